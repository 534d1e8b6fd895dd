#pragma once

#include <QString>

namespace Tenure::Connectors::Ad {

// What Active Directory accepts as a value, checked before a plan gives the value out
// (SelectUniqueValue skips a candidate AD would refuse). A reason for a person, or empty when
// the value is accepted.

// sAMAccountName, the pre-Windows 2000 logon name: at most 20 characters, none of
// " / \ [ ] : ; | = , + * ? < > and no control characters, not only periods and spaces
// ([MS-ADA3] 2.222 sAMAccountName; Microsoft Learn "Naming conventions in Active Directory").
[[nodiscard]] QString samAccountNameProblem(const QString& value);

// userPrincipalName: prefix@suffix, at most 1024 characters ([MS-ADA3] 2.349), one '@', no
// spaces and none of the characters a sAMAccountName may not hold in the prefix; the suffix a
// DNS-style name.
[[nodiscard]] QString userPrincipalNameProblem(const QString& value);

// The problem for any attribute Tenure checks (the two above); empty for every other attribute.
[[nodiscard]] QString valueProblem(const QString& attribute, const QString& value);

} // namespace Tenure::Connectors::Ad
