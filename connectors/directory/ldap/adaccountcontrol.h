#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tenure::Connectors::Ad {

// userAccountControl bits ([MS-ADTS] 2.2.16). Only ACCOUNTDISABLE is ever flipped; every other
// flag (DONT_EXPIRE_PASSWORD, SMARTCARD_REQUIRED, …) an administrator set stays as it is.
inline constexpr qint64 AccountDisable = 0x2;
inline constexpr qint64 NormalAccount = 0x200;   // 512: an enabled user; 514 = disabled

inline constexpr char AccountControlAttribute[] = "userAccountControl";
inline constexpr char AccountExpiresAttribute[] = "accountExpires";

// The value as AD returns it (a decimal 32-bit integer); nullopt when it is not one.
[[nodiscard]] std::optional<qint64> parseAccountControl(const QString& value);
// The first value says the account is disabled (ACCOUNTDISABLE set). No value: enabled.
[[nodiscard]] bool isDisabled(const QStringList& values);
// current with ACCOUNTDISABLE set or cleared, every other bit kept.
[[nodiscard]] qint64 withDisabled(qint64 current, bool disabled);

// accountExpires ([MS-ADA1] 2.4): 100-ns intervals since 1601-01-01 UTC; 0 and 0x7FFFFFFFFFFFFFFF
// both mean "never". Accepts what a mapping produces:
//   "" / "never" / "0" / "9223372036854775807"  → "0" (never)
//   "2025-12-31"                                → the end of that day, i.e. 2026-01-01T00:00Z, as
//                                                 ADUC's "End of: 31/12/2025" writes (in UTC here)
//   "2025-12-31T17:00:00Z" (ISO 8601, offset)    → that instant
//   a FILETIME in decimal                       → as is
// nullopt for anything else.
[[nodiscard]] std::optional<QString> accountExpiresValue(const QString& value);
// The date-time a FILETIME names (UTC); invalid for "never".
[[nodiscard]] QDateTime accountExpiresDateTime(const QString& fileTime);

} // namespace Tenure::Connectors::Ad
