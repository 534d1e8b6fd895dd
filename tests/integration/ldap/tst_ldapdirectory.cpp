#include "connectors/directory/ldap/ldapdirectory.h"
#include "connectors/directory/ldap/ldapescaping.h"
#include "connectors/directory/ldap/ldapsettings.h"
#include "tests/support/slapdfixture.h"

#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace Tenure::Connectors;
using Tenure::Models::Account;
using Tenure::Models::AttributeChange;
using Tenure::Models::Attributes;
using Tenure::Models::CancelToken;
using Tenure::Models::ErrorCode;
using Tenure::Models::Operation;
using Tenure::Models::OperationKind;
using Tenure::Tests::SlapdFixture;

namespace {

const QStringList readAttributes{QStringLiteral("uid"), QStringLiteral("cn"), QStringLiteral("sn"),
                                 QStringLiteral("mail"), QStringLiteral("description"), QStringLiteral("title"),
                                 QStringLiteral("telephoneNumber")};

AttributeChange change(const QString& attribute, const QStringList& before, const QStringList& after)
{
    return AttributeChange{attribute, before, after, QStringLiteral("test")};
}

Operation operation(OperationKind kind, const QString& dn, QList<AttributeChange> changes = {})
{
    Operation op;
    op.kind = kind;
    op.workerId = QStringLiteral("W-1");
    op.targetId = dn;
    op.changes = std::move(changes);
    return op;
}

// A create of a person with the attributes inetOrgPerson requires.
Operation createPerson(const QString& dn, const QString& uid, QList<AttributeChange> extra = {})
{
    QList<AttributeChange> changes{change(QStringLiteral("uid"), {}, {uid}),
                                   change(QStringLiteral("cn"), {}, {QStringLiteral("Person ") + uid}),
                                   change(QStringLiteral("sn"), {}, {QStringLiteral("Person")})};
    changes += extra;
    return operation(OperationKind::Create, dn, changes);
}

QString describe(const Tenure::Models::Error& error)
{
    return Tenure::Models::Error::codeName(error.code) + QStringLiteral(": ") + error.describe();
}

// For QVERIFY2, which evaluates its message even when the check passes.
template <typename T>
QString failure(const Tenure::Models::Result<T>& result)
{
    return result ? QString() : describe(result.error());
}

} // namespace

class TestLdapDirectory : public QObject {
    Q_OBJECT

private:
    SlapdFixture m_slapd;

    LdapSettings settings(bool useTls, const QJsonObject& overrides = {})
    {
        QJsonObject json = m_slapd.ldapSettings(useTls);
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            json.insert(it.key(), it.value());
        auto parsed = LdapSettings::fromJson(json);
        if (!parsed)
            qFatal("invalid test settings: %s", qPrintable(parsed.error().message));
        return *parsed;
    }

    QString dnFor(const QString& uid) const { return joinRdn(QStringLiteral("uid"), uid, m_slapd.peopleDn()); }

    std::optional<Account> readBack(LdapDirectory& directory, const QString& uid,
                                    const QStringList& attributes = readAttributes)
    {
        auto snapshot = directory.readAccounts(attributes, CancelToken());
        if (!snapshot) {
            qWarning("read failed: %s", qPrintable(failure(snapshot)));
            return std::nullopt;
        }
        for (const Account& account : snapshot->accounts) {
            for (auto it = account.attributes.cbegin(); it != account.attributes.cend(); ++it) {
                if (it.key().compare(QLatin1String("uid"), Qt::CaseInsensitive) == 0 && it->contains(uid))
                    return account;
            }
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_slapd.start(), qPrintable(m_slapd.errorString())); }

    // --- connection, TLS, credentials ---------------------------------------------------------

    void ldapsWithCaFileIsVerified()
    {
        LdapDirectory directory(settings(true), m_slapd.password());
        const auto result = directory.testConnection();
        QVERIFY2(result, qPrintable(failure(result)));
        QCOMPARE(*result, QStringLiteral("Connected to %1 as %2 (TLS verified)").arg(m_slapd.ldapsUrl(), m_slapd.bindDn()));
    }

    void selfSignedCertificateWithoutCaFileIsRefusedAsTls()
    {
        LdapSettings s = settings(true);
        s.caFile.clear();   // system trust only: the fixture's self-signed certificate is not in it
        LdapDirectory directory(s, m_slapd.password());
        const auto result = directory.testConnection();
        QVERIFY(!result);
        qInfo("%s", qPrintable(result.error().message));
        QCOMPARE(result.error().code, ErrorCode::Tls);
        QVERIFY2(result.error().message.contains(QLatin1String("certificate")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QLatin1String("caFile")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(m_slapd.port() + 1)),
                 qPrintable(result.error().message));
        QVERIFY(!result.error().retryable);
    }

    void turningVerificationOffConnectsAndSaysSo()
    {
        LdapSettings s = settings(true);
        s.caFile.clear();
        s.verifyCertificate = false;
        LdapDirectory directory(s, m_slapd.password());
        const auto result = directory.testConnection();
        QVERIFY2(result, qPrintable(failure(result)));
        QVERIFY2(result->contains(QLatin1String("NOT verified")), qPrintable(*result));
    }

    void startTlsOnThePlainPortIsVerifiedWithCaFile()
    {
        LdapSettings s = settings(false);
        s.startTls = true;
        s.caFile = m_slapd.caFile();
        LdapDirectory directory(s, m_slapd.password());
        const auto result = directory.testConnection();
        QVERIFY2(result, qPrintable(failure(result)));
        QVERIFY2(result->endsWith(QLatin1String("(StartTLS verified)")), qPrintable(*result));
    }

    void wrongPasswordIsAnAuthenticationError()
    {
        const QString wrong = QStringLiteral("Wr0ng-Passw0rd");
        LdapDirectory directory(settings(false), wrong);
        const auto result = directory.testConnection();
        QVERIFY(!result);
        qInfo("%s", qPrintable(result.error().message));
        QCOMPARE(result.error().code, ErrorCode::Authentication);
        QVERIFY(!result.error().describe().contains(wrong));   // no secret in any error text
    }

    void unreachablePortIsUnavailableAndNamesHostAndPort()
    {
        QTcpServer probe;   // a port that was free a moment ago and has no listener now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        LdapDirectory directory(settings(false, {{QStringLiteral("url"), QStringLiteral("ldap://127.0.0.1:%1").arg(port)}}),
                                m_slapd.password());
        const auto result = directory.readAccounts(readAttributes, CancelToken());
        QVERIFY(!result);
        qInfo("%s", qPrintable(result.error().message));
        QCOMPARE(result.error().code, ErrorCode::Unavailable);
        QVERIFY(result.error().retryable);
        QVERIFY2(result.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(result.error().message));
    }

    // --- create, read, update, disable, enable -----------------------------------------------

    void createsAnAccountWithDnMetacharactersInItsName()
    {
        LdapDirectory directory(settings(true), m_slapd.password());
        const QString uid = QStringLiteral("#Doe, John+Jr \"x\" <y>; z\\w=1 ");
        const auto dn = directory.newAccountId({{QStringLiteral("uid"), {uid}}});
        QVERIFY2(dn, qPrintable(failure(dn)));
        QCOMPARE(*dn, canonicalDn(dnFor(uid)));   // hex-escaped: how slapd will return it

        const auto created = directory.apply(createPerson(
            *dn, uid,
            {change(QStringLiteral("mail"), {}, {QStringLiteral("jdoe@example.test")}),
             change(QStringLiteral("description"), {}, {})}));   // empty: never written
        QVERIFY2(created, qPrintable(failure(created)));

        const auto account = readBack(directory, uid);
        QVERIFY(account);
        QCOMPARE(account->id, *dn);
        QVERIFY(account->enabled);
        QCOMPARE(account->attributes.value(QStringLiteral("uid")), QStringList{uid});
        QCOMPARE(account->attributes.value(QStringLiteral("mail")), QStringList{QStringLiteral("jdoe@example.test")});
        QVERIFY(!account->attributes.contains(QStringLiteral("description")));
    }

    void createWithoutTargetIdNamesTheEntryFromItsAttributes()
    {
        LdapDirectory directory(settings(false), m_slapd.password());
        const QString uid = QStringLiteral("Zoë Ødegård");
        const auto created = directory.apply(createPerson(QString(), uid));
        QVERIFY2(created, qPrintable(failure(created)));
        const auto account = readBack(directory, uid);
        QVERIFY(account);
        QCOMPARE(account->id, dnFor(uid));   // nothing to escape: all forms agree
    }

    void newAccountIdWithoutTheNamingValueNamesTheAttribute()
    {
        LdapDirectory directory(settings(false), m_slapd.password());
        const auto dn = directory.newAccountId({{QStringLiteral("cn"), {QStringLiteral("No Uid")}}});
        QVERIFY(!dn);
        QCOMPARE(dn.error().code, ErrorCode::InvalidInput);
        QCOMPARE(dn.error().context.attribute, QStringLiteral("uid"));
    }

    void duplicateCreateIsAConflict()
    {
        LdapDirectory directory(settings(false), m_slapd.password());
        const Operation create = createPerson(dnFor(QStringLiteral("twice")), QStringLiteral("twice"));
        QVERIFY(directory.apply(create));
        const auto again = directory.apply(create);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY2(again.error().message.contains(create.targetId), qPrintable(again.error().message));
        QCOMPARE(again.error().context.workerId, QStringLiteral("W-1"));
    }

    void readReturnsAttributesUnderTheRequestedSpelling()
    {
        LdapDirectory directory(settings(false), m_slapd.password());
        const QString uid = QStringLiteral("spelling");
        QVERIFY(directory.apply(createPerson(dnFor(uid), uid, {change(QStringLiteral("mail"), {}, {QStringLiteral("s@x.test")})})));
        const auto account = readBack(directory, uid, {QStringLiteral("UID"), QStringLiteral("Mail"), QStringLiteral("cN")});
        QVERIFY(account);
        QCOMPARE(account->attributes.keys(), (QStringList{QStringLiteral("Mail"), QStringLiteral("UID"), QStringLiteral("cN")}));
    }

    void updateReplacesAndDeletesAndCanBeRepeated()
    {
        LdapDirectory directory(settings(false), m_slapd.password());
        const QString uid = QStringLiteral("mover");
        const QString dn = dnFor(uid);
        QVERIFY(directory.apply(createPerson(dn, uid,
                                             {change(QStringLiteral("mail"), {}, {QStringLiteral("old@x.test")}),
                                              change(QStringLiteral("description"), {}, {QStringLiteral("Sales")}),
                                              change(QStringLiteral("telephoneNumber"), {}, {QStringLiteral("+1 555 0100")})})));

        const Operation update = operation(
            OperationKind::Update, dn,
            {change(QStringLiteral("mail"), {QStringLiteral("old@x.test")}, {QStringLiteral("new@x.test")}),
             change(QStringLiteral("description"), {QStringLiteral("Sales")}, {}),
             change(QStringLiteral("telephoneNumber"), {QStringLiteral("+1 555 0100")}, {}),
             change(QStringLiteral("title"), {}, {QStringLiteral("Engineer"), QStringLiteral("Lead")}),
             change(QStringLiteral("roomNumber"), {}, {})});
        const auto updated = directory.apply(update);
        QVERIFY2(updated, qPrintable(failure(updated)));
        // A run resumed after a lost connection sends the same update again.
        const auto repeated = directory.apply(update);
        QVERIFY2(repeated, qPrintable(failure(repeated)));

        const auto account = readBack(directory, uid);
        QVERIFY(account);
        QCOMPARE(account->attributes.value(QStringLiteral("mail")), QStringList{QStringLiteral("new@x.test")});
        QCOMPARE(account->attributes.value(QStringLiteral("title")),
                 (QStringList{QStringLiteral("Engineer"), QStringLiteral("Lead")}));
        QVERIFY(!account->attributes.contains(QStringLiteral("description")));
        QVERIFY(!account->attributes.contains(QStringLiteral("telephoneNumber")));
    }

    void updateOfAMissingEntryIsNotFound()
    {
        LdapDirectory directory(settings(false), m_slapd.password());
        const auto result = directory.apply(operation(OperationKind::Update, dnFor(QStringLiteral("nobody")),
                                                      {change(QStringLiteral("mail"), {}, {QStringLiteral("a@b.c")})}));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::NotFound);
    }

    void disableRefusesTheUsersBindAndEnableRestoresIt()
    {
        LdapDirectory directory(settings(true), m_slapd.password());
        const QString uid = QStringLiteral("leaver");
        const QString dn = dnFor(uid);
        const QString userPassword = QStringLiteral("Leaver-Pass-1");
        QVERIFY(directory.apply(createPerson(dn, uid, {change(QStringLiteral("userPassword"), {}, {userPassword})})));
        QVERIFY2(m_slapd.canBind(dn, userPassword), qPrintable(m_slapd.errorString()));

        const auto disabled = directory.apply(operation(
            OperationKind::Disable, dn, {change(QStringLiteral("description"), {}, {QStringLiteral("Left")})}));
        QVERIFY2(disabled, qPrintable(failure(disabled)));
        auto account = readBack(directory, uid);
        QVERIFY(account);
        QVERIFY(!account->enabled);
        QCOMPARE(account->attributes.value(QStringLiteral("description")), QStringList{QStringLiteral("Left")});
        QVERIFY(!m_slapd.canBind(dn, userPassword));
        // The same refusal through Tenure's own connector, binding as the user.
        LdapSettings asUser = settings(true);
        asUser.bindDn = dn;
        LdapDirectory userDirectory(asUser, userPassword);
        const auto refused = userDirectory.testConnection();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Authentication);
        QVERIFY(directory.apply(operation(OperationKind::Disable, dn)));   // disabling twice is harmless

        const auto enabled = directory.apply(operation(OperationKind::Enable, dn));
        QVERIFY2(enabled, qPrintable(failure(enabled)));
        account = readBack(directory, uid);
        QVERIFY(account);
        QVERIFY(account->enabled);
        QVERIFY2(m_slapd.canBind(dn, userPassword), qPrintable(m_slapd.errorString()));
        const auto enabledAgain = directory.apply(operation(OperationKind::Enable, dn));   // resumed run
        QVERIFY2(enabledAgain, qPrintable(failure(enabledAgain)));
    }

    void disableMethodNoneRefusesToDisable()
    {
        LdapDirectory directory(settings(false, {{QStringLiteral("disableMethod"), QStringLiteral("none")}}),
                                m_slapd.password());
        QVERIFY(!directory.capabilities().disable);
        QVERIFY(!directory.capabilities().enable);
        const auto result = directory.apply(operation(OperationKind::Disable, dnFor(QStringLiteral("twice"))));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Rejected);
    }

    // --- reading: paging, filters, cancellation -------------------------------------------------

    void pagedReadReturnsEveryEntryBeyondThePageSize()
    {
        // 600 entries read by an ordinary account: slapd caps its plain searches at 500
        // (local-ldap.sh sets sizelimit 500), so all 600 arrive only through paging.
        const QString container = QStringLiteral("ou=Paged,") + m_slapd.peopleDn();
        const QString readerDn = QStringLiteral("cn=reader,") + m_slapd.baseDn();
        const QString readerPassword = QStringLiteral("Reader-Pass-1");
        QString ldif = QStringLiteral("dn: %1\nobjectClass: organizationalUnit\nou: Paged\n\n"
                                      "dn: %2\nobjectClass: person\ncn: reader\nsn: reader\nuserPassword: %3\n\n")
                           .arg(container, readerDn, readerPassword);
        for (int i = 0; i < 600; ++i)
            ldif += QStringLiteral("dn: uid=p%1,%2\nobjectClass: inetOrgPerson\nuid: p%1\ncn: P %1\nsn: P\n\n")
                        .arg(i, 3, 10, QLatin1Char('0'))
                        .arg(container);
        QVERIFY2(m_slapd.ldif(ldif), qPrintable(m_slapd.errorString()));

        LdapSettings s = settings(false, {{QStringLiteral("baseDn"), container}, {QStringLiteral("pageSize"), 100}});
        s.bindDn = readerDn;
        LdapDirectory directory(s, readerPassword);
        const auto snapshot = directory.readAccounts({QStringLiteral("uid")}, CancelToken());
        QVERIFY2(snapshot, qPrintable(failure(snapshot)));
        QCOMPARE(snapshot->accounts.size(), 600);
        QCOMPARE(snapshot->accounts.first().id, QStringLiteral("uid=p000,") + container);
        QCOMPARE(snapshot->accounts.last().id, QStringLiteral("uid=p599,") + container);
        QSet<QString> ids;
        for (const Account& account : snapshot->accounts)
            ids.insert(account.id);
        QCOMPARE(ids.size(), 600);
    }

    void escapedFilterValueMatchesOnlyItself()
    {
        LdapDirectory writer(settings(false), m_slapd.password());
        const QString hostile = QStringLiteral("*)(uid=*");
        QVERIFY(writer.apply(createPerson(dnFor(hostile), hostile)));
        QVERIFY(writer.apply(createPerson(dnFor(QStringLiteral("bystander")), QStringLiteral("bystander"))));

        const QString filter = QStringLiteral("(uid=%1)").arg(escapeFilterValue(hostile));
        LdapDirectory directory(settings(false, {{QStringLiteral("accountFilter"), filter}}), m_slapd.password());
        const auto snapshot = directory.readAccounts({QStringLiteral("uid")}, CancelToken());
        QVERIFY2(snapshot, qPrintable(failure(snapshot)));
        QCOMPARE(snapshot->accounts.size(), 1);
        QCOMPARE(snapshot->accounts.first().attributes.value(QStringLiteral("uid")), QStringList{hostile});

        const QString star = QStringLiteral("(uid=%1)").arg(escapeFilterValue(QStringLiteral("*")));
        LdapDirectory starDirectory(settings(false, {{QStringLiteral("accountFilter"), star}}), m_slapd.password());
        const auto none = starDirectory.readAccounts({QStringLiteral("uid")}, CancelToken());
        QVERIFY(none);
        QCOMPARE(none->accounts.size(), 0);
    }

    void cancelledReadStopsWithCancelled()
    {
        LdapDirectory directory(settings(false), m_slapd.password());
        CancelToken cancel;
        cancel.cancel();
        const auto snapshot = directory.readAccounts(readAttributes, cancel);
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code, ErrorCode::Cancelled);
    }

    // --- the kept connection -------------------------------------------------------------------

    void reconnectsOnceAfterTheServerRestarted()
    {
        LdapDirectory directory(settings(true), m_slapd.password());
        QVERIFY(directory.readAccounts(readAttributes, CancelToken()));
        QVERIFY2(m_slapd.restart(), qPrintable(m_slapd.errorString()));
        const auto afterRestart = directory.readAccounts(readAttributes, CancelToken());
        QVERIFY2(afterRestart, qPrintable(failure(afterRestart)));
        QVERIFY(!afterRestart->accounts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLdapDirectory)
#include "tst_ldapdirectory.moc"
