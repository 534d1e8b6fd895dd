#pragma once

#include <QString>

#include <optional>

struct ldap;

namespace Tenure::Connectors::Ad {

// Where a domain controller's change stream stood: its invocationId (the GUID of its database,
// [MS-ADTS] 6.1.1.2.2.1.1.5) and its highestCommittedUSN. USNs are local to one DC and one
// database: a read from another DC, or from a restored one (new invocationId), cannot continue
// from a USN and must read everything ([MS-ADTS] 3.1.1.1.9; Microsoft Learn "Polling for
// changes using uSNChanged").
struct ServerPosition {
    QString invocationId;   // 32 hex digits
    qint64 highestCommittedUsn = -1;

    // "<invocationId>:<usn>", the DirectoryWatermark value.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static std::optional<ServerPosition> parse(const QString& text);
};

// Reads the position of the DC ld is bound to: highestCommittedUSN and dsServiceName from the
// rootDSE, then the invocationId of that NTDS Settings object. Read before a search, so that a
// change made during the search is read again next time rather than missed.
// Returns LDAP_SUCCESS or the failing result code (LDAP_NO_RESULTS_RETURNED when the server
// is not an AD DC).
[[nodiscard]] int readServerPosition(::ldap* ld, ServerPosition* out);

// The filter that finds what changed after position: (&<filter>(uSNChanged>=usn+1)).
[[nodiscard]] QString changedSinceFilter(const QString& filter, const ServerPosition& since);

} // namespace Tenure::Connectors::Ad
