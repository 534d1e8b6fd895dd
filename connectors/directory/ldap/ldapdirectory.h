#pragma once

#include "ldapaccountsearch.h"
#include "ldapconnection.h"
#include "ldapsettings.h"

#include "connectors/directory/directorytarget.h"

#include <functional>
#include <memory>

namespace Tenure::Connectors {

class LdapModList;
struct LdapRename;

// An LDAP directory (OpenLDAP and compatible) as a DirectoryTarget, on libldap. One connection is
// kept open across calls and re-established once when the server went away. Blocking: use from
// one worker thread at a time. ActiveDirectoryTarget builds on it through the protected hooks.
//
// Moves: parentDistinguishedName is the entry's DN minus its first RDN, synthesized on reads and
// never asked of the server; an operation that changes it (or the naming attribute's value) is
// carried out by a modify DN request (newSuperior, deleteoldrdn=1) before the modify.
class LdapDirectory : public DirectoryTarget {
public:
    LdapDirectory(LdapSettings settings, QString password);
    ~LdapDirectory() override;
    LdapDirectory(const LdapDirectory&) = delete;
    LdapDirectory& operator=(const LdapDirectory&) = delete;

    [[nodiscard]] DirectoryCapabilities capabilities() const override;
    // Binds afresh and checks that baseDn exists:
    // "Connected to ldaps://127.0.0.1:3891 as cn=admin,dc=example,dc=test (TLS verified)".
    [[nodiscard]] Result<QString> testConnection() override;
    // Paged subtree search of baseDn with accountFilter; attributes come back in the requested
    // spelling; id = canonical DN; enabled from the disable method's attribute.
    [[nodiscard]] Result<Models::DirectorySnapshot> readAccounts(const QStringList& attributes,
                                                               const Models::CancelToken& cancel) override;
    // rdnAttribute=<escaped value>,<parentDistinguishedName if given, else accountContainer>.
    [[nodiscard]] Result<QString> newAccountId(const Models::Attributes& attributes) const override;
    // DN-valued attributes (parentDistinguishedName, manager, member, …) as comparableDn().
    [[nodiscard]] QString comparableValue(const QString& attribute, const QString& value) const override;
    [[nodiscard]] Result<void> apply(const Models::Operation& operation) override;
    // Pipelined: up to pipelineWindow single-request operations in flight on the one connection
    // (RFC 4511 §4.1.1 lets a client send requests without waiting), in order per entry.
    void applyBatch(const QList<Models::Operation>& operations, const BatchCallbacks& callbacks,
                    const Models::CancelToken& cancel) override;

    [[nodiscard]] const LdapSettings& settings() const { return m_settings; }

    static constexpr int pipelineWindow = 64;

protected:
    using Attempt = std::function<int(::ldap*)>;

    // One LDAP write request that carries out an operation, or its last step.
    struct Write {
        bool add = false;            // an add request; else a modify
        QString dn;
        std::unique_ptr<LdapModList> mods;
        QString action;              // "create cn=…", for messages
        QString note;                // the outcome's note on success ("password set; …")
        std::function<void()> onFailure;   // undo what preparing it did outside the directory
    };

    // Runs attempt on an open connection; reconnects and runs it once more when a connection
    // that was already open turns out to be gone. Returns the attempt's LDAP result code.
    [[nodiscard]] Result<int> withConnection(const Attempt& attempt);
    [[nodiscard]] Models::Error errorFor(int resultCode, const QString& action, const Models::Operation& operation);
    // Whether an entry exists (a base-scope search).
    [[nodiscard]] Result<bool> entryExists(const QString& dn);
    // The values of one attribute of one entry; empty when it has none.
    [[nodiscard]] Result<QStringList> readAttribute(const QString& dn, const QString& attribute);
    // The accounts a query finds, sorted by DN.
    [[nodiscard]] Result<Models::DirectorySnapshot> search(const LdapAccountQuery& query,
                                                           const Models::CancelToken& cancel);

    // --- what a flavour (Active Directory) changes -------------------------------------------
    [[nodiscard]] virtual LdapAccountQuery accountQuery(const QStringList& attributes) const;
    // The add request of a create, DN decided.
    [[nodiscard]] virtual Result<Write> createWrite(const Models::Operation& operation, const QString& dn);
    // The values written for an attribute: never an empty string (most syntaxes, and AD, refuse
    // them); AD converts accountExpires dates. Empty: the attribute is absent.
    [[nodiscard]] virtual QStringList writtenValues(const QString& attribute, const QStringList& after) const;
    // Appends the state change of a disable or enable of dn.
    [[nodiscard]] virtual Result<void> appendStateChange(const Models::Operation& operation, const QString& dn,
                                                         LdapModList& mods);
    // Whether an operation is one write request (then applyBatch may pipeline it).
    [[nodiscard]] virtual bool isSingleWrite(const Models::Operation& operation) const;

    LdapSettings m_settings;
    LdapConnection m_connection;

private:
    [[nodiscard]] Result<QString> applyOne(const Models::Operation& operation);
    [[nodiscard]] Result<Write> prepareCreate(const Models::Operation& operation);
    [[nodiscard]] Result<Write> prepareModify(const Models::Operation& operation, const QString& dn);
    void appendChange(const Models::AttributeChange& change, LdapModList& mods) const;
    [[nodiscard]] Result<QString> send(Write& write, const Models::Operation& operation);
    [[nodiscard]] Result<QString> rename(const Models::Operation& operation, const LdapRename& rename);
    [[nodiscard]] Models::Error collision(Models::Error error, const QString& dn, const Models::Operation& operation);
    [[nodiscard]] Result<void> checkOperation(const Models::Operation& operation) const;
};

} // namespace Tenure::Connectors
