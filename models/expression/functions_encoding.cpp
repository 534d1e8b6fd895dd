// Encodings and identifiers: ConvertToBase64, ConvertFromBase64, ConvertToUTF8Hex, StringFromSid,
// DNComponent, Guid, RandomString.
#include "functions.h"

#include <QRandomGenerator>
#include <QUuid>
#include <QtEndian>

namespace Tenure::Models::Expr::Functions {

namespace {

QRandomGenerator& randomOf(EvalState& state)
{
    return state.context().random ? *state.context().random : *QRandomGenerator::global();
}

QByteArray utf16le(const QString& s)
{
    QByteArray bytes(s.size() * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        qToLittleEndian<quint16>(s[i].unicode(), bytes.data() + 2 * i);
    return bytes;
}

QString fromUtf16le(const QByteArray& bytes)
{
    QString s(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        s[i] = QChar(qFromLittleEndian<quint16>(bytes.constData() + 2 * i));
    return s;
}

} // namespace

Value convertToBase64(const Node& call, EvalState& state)
{
    // "converts a string to a Unicode base64 string": the UTF-16LE bytes, so "Hello world!" is
    // "SABlAGwAbABvACAAdwBvAHIAbABkACEA".
    return mapText(call, state, state.arg(call, 0),
                   [](const QString& s) { return QString::fromLatin1(utf16le(s).toBase64()); });
}

Value convertFromBase64(const Node& call, EvalState& state)
{
    // "str ConvertFromBase64(str source) - assumes Unicode for encoding"; Encoding: Unicode, ASCII, UTF8.
    const Value source = state.arg(call, 0);
    QString text, encoding = QStringLiteral("Unicode");
    if (state.failed() || !state.text(call, source, "source", text) ||
        (!call.isOmitted(1) && !state.text(call, state.arg(call, 1), "encoding", encoding)) || state.failed())
        return {};
    if (source.isNull())
        return {};
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return state.fail(call, QStringLiteral("\"%1\" is not base64").arg(text.left(60)));
    if (encoding == QLatin1String("Unicode")) {
        if (decoded.decoded.size() % 2 != 0)
            return state.fail(call, QStringLiteral("the decoded bytes are not UTF-16 (odd length); pass UTF8 or ASCII"));
        return Value::fromString(fromUtf16le(decoded.decoded));
    }
    if (encoding == QLatin1String("UTF8"))
        return Value::fromString(QString::fromUtf8(decoded.decoded));
    if (encoding == QLatin1String("ASCII")) {
        // .NET's ASCIIEncoding turns bytes above 0x7F into '?'.
        QByteArray ascii = decoded.decoded;
        for (char& c : ascii)
            if (static_cast<unsigned char>(c) > 0x7F)
                c = '?';
        return Value::fromString(QString::fromLatin1(ascii));
    }
    return state.fail(call, QStringLiteral("encoding must be Unicode, UTF8 or ASCII, got \"%1\"").arg(encoding));
}

Value convertToUtf8Hex(const Node& call, EvalState& state)
{
    // "ConvertToUTF8Hex("Hello world!") returns 48656C6C6F20776F726C6421": upper-case hex.
    return mapText(call, state, state.arg(call, 0),
                   [](const QString& s) { return QString::fromLatin1(s.toUtf8().toHex().toUpper()); });
}

Value stringFromSid(const Node& call, EvalState& state)
{
    // "converts a byte array containing a security identifier to a string". Binary attributes
    // travel as base64 text in Tenure; text that already reads "S-1-..." passes through.
    const Value source = state.arg(call, 0);
    QString text;
    if (state.failed() || !state.text(call, source, "objectSid", text) || source.isNull())
        return {};
    if (text.startsWith(QLatin1String("S-1-")))
        return Value::fromString(text);
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray& b = decoded.decoded;
    // Revision (1 byte), sub-authority count (1), identifier authority (6, big-endian),
    // then count sub-authorities (4 bytes each, little-endian).
    if (!decoded || b.size() < 8 || b.size() != 8 + 4 * static_cast<unsigned char>(b[1]))
        return state.fail(call, QStringLiteral("\"%1\" is not a base64-encoded SID").arg(text.left(60)));
    quint64 authority = 0;
    for (int i = 2; i < 8; ++i)
        authority = (authority << 8) | static_cast<unsigned char>(b[i]);
    QString sid = QStringLiteral("S-%1-%2").arg(static_cast<unsigned char>(b[0])).arg(authority);
    for (int i = 8; i < b.size(); i += 4)
        sid += QLatin1Char('-') + QString::number(qFromLittleEndian<quint32>(b.constData() + i));
    return Value::fromString(sid);
}

Value dnComponent(const Node& call, EvalState& state)
{
    // "returns the value of a specified DN component going from left": component 1 of
    // "cn=Joe,ou=..." is "Joe". Escaped commas (RFC 4514 "\,") do not split.
    const Value source = state.arg(call, 0);
    QString dn;
    qint64 number = 0;
    if (state.failed() || !state.text(call, source, "dn", dn) ||
        !state.integer(call, state.arg(call, 1), "componentNumber", number))
        return {};
    if (source.isNull() || number < 1)
        return {};
    qint64 index = 1;
    QString value;
    bool inValue = false;
    for (qsizetype i = 0; i <= dn.size(); ++i) {
        const bool end = i == dn.size();
        const QChar c = end ? QChar() : dn[i];
        if (end || c == QLatin1Char(',')) {
            if (index == number)
                return Value::fromString(value.trimmed());
            ++index;
            value.clear();
            inValue = false;
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < dn.size()) {
            if (inValue)
                value += dn[i + 1];
            ++i;
            continue;
        }
        if (!inValue && c == QLatin1Char('=')) {
            inValue = true;
            continue;
        }
        if (inValue)
            value += c;
    }
    return {};
}

Value guid(const Node&, EvalState& state)
{
    // A random (version 4) GUID in the usual lower-case form, "00aa00aa-bb11-cc22-dd33-44ee44ee44ee".
    QByteArray bytes(16, Qt::Uninitialized);
    randomOf(state).fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    bytes[6] = char((bytes[6] & 0x0F) | 0x40);
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    return Value::fromString(QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces));
}

Value randomString(const Node& call, EvalState& state)
{
    // RandomString(Length, MinimumNumbers, MinimumSpecialCharacters, MinimumCapital,
    // MinimumLowerCase, CharactersToAvoid): "256 characters max". Special characters are the
    // ones Windows password complexity counts (~!@#$%^&*_-+=`|\(){}[]:;"'<>,.?/).
    qint64 n[5] = {};
    const char* names[5] = {"length", "minimumNumbers", "minimumSpecialCharacters", "minimumCapital",
                            "minimumLowerCase"};
    for (int i = 0; i < 5; ++i)
        if (!state.integer(call, state.arg(call, std::size_t(i)), names[i], n[i]))
            return {};
    QString avoid;
    if (!call.isOmitted(5) && (!state.text(call, state.arg(call, 5), "charactersToAvoid", avoid) || state.failed()))
        return {};
    const qint64 length = n[0];
    if (length < 1 || length > 256)
        return state.fail(call, QStringLiteral("length must be between 1 and 256, got %1").arg(length));
    for (int i = 1; i < 5; ++i) {
        if (n[i] < 0)
            return state.fail(call, QStringLiteral("%1 must not be negative").arg(QLatin1String(names[i])));
        // Checked one by one first, so the sum below cannot overflow.
        if (n[i] > length)
            return state.fail(call, QStringLiteral("%1 (%2) is more than the length %3")
                                        .arg(QLatin1String(names[i]))
                                        .arg(n[i])
                                        .arg(length));
    }
    if (n[1] + n[2] + n[3] + n[4] > length)
        return state.fail(call, QStringLiteral("length %1 is less than the sum of the minimums (%2)")
                                    .arg(length)
                                    .arg(n[1] + n[2] + n[3] + n[4]));
    auto without = [&avoid](QString set) {
        set.removeIf([&avoid](QChar c) { return avoid.contains(c); });
        return set;
    };
    const QString classes[4] = {without(QStringLiteral("0123456789")),
                                without(QStringLiteral("~!@#$%^&*_-+=`|\\(){}[]:;\"'<>,.?/")),
                                without(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
                                without(QStringLiteral("abcdefghijklmnopqrstuvwxyz"))};
    QRandomGenerator& random = randomOf(state);
    QString out;
    QString all;
    for (int k = 0; k < 4; ++k) {
        if (n[k + 1] > 0 && classes[k].isEmpty())
            return state.fail(call, QStringLiteral("charactersToAvoid leaves no character for %1").arg(QLatin1String(names[k + 1])));
        for (qint64 i = 0; i < n[k + 1]; ++i)
            out += classes[k][random.bounded(int(classes[k].size()))];
        all += classes[k];
    }
    if (all.isEmpty())
        return state.fail(call, QStringLiteral("charactersToAvoid excludes every character"));
    while (out.size() < length)
        out += all[random.bounded(int(all.size()))];
    for (qsizetype i = out.size() - 1; i > 0; --i) // Fisher-Yates, so required characters are not grouped
        std::swap(out[i], out[random.bounded(int(i + 1))]);
    return Value::fromString(out);
}

} // namespace Tenure::Models::Expr::Functions
