#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Tenure::Connectors {

// The text encodings an HR export arrives in.
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1252 };

[[nodiscard]] QString textEncodingName(TextEncoding encoding);
// "auto", "utf-8", "utf-16le", "utf-16be", "windows-1252" (also "cp1252"); nullopt otherwise.
[[nodiscard]] std::optional<TextEncoding> textEncodingFromName(const QString& name);

// The encoding of a file, by this rule (in order):
//  1. a byte order mark decides: EF BB BF is UTF-8, FF FE is UTF-16 LE, FE FF is UTF-16 BE
//     (Excel's "Unicode Text" and PowerShell 5's Export-Csv write UTF-16 LE with a BOM);
//  2. bytes that are valid UTF-8 (pure ASCII included) are UTF-8;
//  3. bytes that are not valid UTF-8 and hold no valid multi-byte UTF-8 sequence at all, with
//     at least two invalid sequences, are Windows-1252 (Excel's "CSV (Comma delimited)" on a
//     Western-European Windows);
//  4. anything else is UTF-8: a single bad byte, or bad bytes next to valid multi-byte UTF-8,
//     is damage rather than an encoding, so the records holding it become per-record errors
//     ("not valid UTF-8") instead of being silently re-read as something else. The encoding
//     setting overrides the rule.
// `validUtf8`, when given, says whether the scan found all of `data` valid UTF-8 (false when the
// rule decided without scanning).
[[nodiscard]] TextEncoding detectTextEncoding(QByteArrayView data, bool* validUtf8 = nullptr);

// Whether `data` is well-formed UTF-8 (RFC 3629: no overlongs, surrogates or code points past
// U+10FFFF). ASCII runs are checked eight bytes at a time: this is on the CSV hot path.
[[nodiscard]] bool isValidUtf8(QByteArrayView data);

// `data` in `encoding` (not Auto) re-encoded as UTF-8 without a BOM; UTF-8 input is returned
// as is (BOM included: the CSV parser skips it), so the common case copies nothing.
[[nodiscard]] QByteArray toUtf8(const QByteArray& data, TextEncoding encoding);

} // namespace Tenure::Connectors
