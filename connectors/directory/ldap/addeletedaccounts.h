#pragma once

#include "adwatermark.h"
#include "ldapaccountsearch.h"

#include "models/domain/account.h"

#include <QString>
#include <QStringList>

struct ldap;

namespace Tenure::Connectors::Ad {

// How an incremental read sees the accounts deleted since its watermark. A deleted object leaves
// the search of its old container: it becomes a tombstone (or, with the Recycle Bin, a
// deleted-object) under the domain's Deleted Objects container, with isDeleted=TRUE, a new RDN
// ("<old RDN value>\nDEL:<objectGUID>"), lastKnownParent = its container before, and a uSNChanged
// of the deletion. Only the Show Deleted control makes it visible to a search.
//   https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-adts/4b8f2a0e-9ea6-4be3-b639-4b019948c568
//     ([MS-ADTS] 3.1.1.3.4.1.14 LDAP_SERVER_SHOW_DELETED_OID: tombstones and deleted-objects visible)
//   https://learn.microsoft.com/en-us/windows/desktop/ad/retrieving-deleted-objects
//     (the Deleted Objects container by its well-known GUID, one level, (isDeleted=TRUE), paged)
//   https://learn.microsoft.com/en-us/previous-versions/windows/desktop/ldap/ldap-server-show-deleted-oid

// LDAP_SERVER_SHOW_DELETED_OID; no control value.
inline constexpr char ShowDeletedControl[] = "1.2.840.113556.1.4.417";
// GUID_DELETED_OBJECTS_CONTAINER (Ntdsapi.h), bound as <WKGUID=<guid>,<domain DN>>.
inline constexpr char DeletedObjectsContainerGuid[] = "18e2ea80684f11d2b9aa00c04f79f805";

// The domain a DN lives in: its trailing run of DC= RDNs ("DC=corp,DC=example,DC=test"), where
// AD keeps that domain's Deleted Objects container. Empty when the DN ends in no DC= RDN.
[[nodiscard]] QString domainOf(const QString& dn);

// The search for the user accounts of `domain` deleted after `since`: one level below the Deleted
// Objects container, with the Show Deleted control (critical: a server that cannot show deleted
// objects must fail, not answer "nothing was deleted"), paged. Computers are users too in AD and
// are left out. Tombstones keep neither objectCategory nor most attributes, so the tenant's own
// account filter cannot be applied: which of them were managed accounts is decided by their DN.
[[nodiscard]] LdapAccountQuery deletedAccountsQuery(const QString& domain, const ServerPosition& since, int pageSize);

// Whether any deleted object of `domain` is visible to the bound account: a one-entry search of
// the Deleted Objects container with the Show Deleted control. AD and Samba answer a search of
// that container by an account without List Contents on it with success and no entries, exactly
// as they answer an account allowed to look when nothing was deleted: so an empty answer to the
// real query proves nothing unless some deleted object is visible at all. Every domain that saw a
// deletion within its tombstone lifetime (180 days by default) has one. Sets *visible; returns
// LDAP_SUCCESS or the failing result code.
[[nodiscard]] int probeDeletedObjects(::ldap* ld, const QString& domain, bool* visible);

// The DN an account had before it was deleted, from a tombstone the query above returned (its id
// the tombstone's DN): the RDN value from msDS-LastKnownRDN when the DC keeps it (Windows Server
// 2008 R2 and later), else from the tombstone's name without its "\nDEL:<guid>" suffix; the
// container from lastKnownParent. Canonical (ldapescaping.h), as reads give account ids. Empty
// when the tombstone holds too little to tell.
[[nodiscard]] QString dnBeforeDeletion(const Models::Account& tombstone);

// The attributes deletedAccountsQuery asks for, as dnBeforeDeletion reads them.
inline constexpr char LastKnownParentAttribute[] = "lastKnownParent";
inline constexpr char LastKnownRdnAttribute[] = "msDS-LastKnownRDN";
inline constexpr char NameAttribute[] = "name";

} // namespace Tenure::Connectors::Ad
