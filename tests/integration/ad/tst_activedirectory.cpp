// ActiveDirectoryTarget against a real Samba AD domain controller, over LDAPS with the DC's
// certificate verified through caFile. Needs root and the ports 389/636/88: skipped otherwise.
#include "connectors/directory/ldap/activedirectorytarget.h"
#include "connectors/directory/ldap/adaccountcontrol.h"
#include "connectors/directory/ldap/adpassword.h"
#include "connectors/directory/ldap/adwatermark.h"
#include "connectors/directory/ldap/ldapescaping.h"
#include "connectors/directory/ldap/ldapsettings.h"
#include "models/lifecycle/planbuilder.h"
#include "tests/support/sambaadfixture.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QTest>

using namespace Tenure::Connectors;
using namespace Tenure::Models;
using Tenure::Tests::SambaAdFixture;

namespace {

const QString parentAttribute = QString::fromLatin1(ParentDnAttribute);
const QStringList readAttributes{QStringLiteral("sAMAccountName"), QStringLiteral("cn"), QStringLiteral("title"),
                                 QStringLiteral("manager"), QStringLiteral("accountExpires"),
                                 QStringLiteral("employeeID"), QStringLiteral("userAccountControl"), parentAttribute};

AttributeChange change(const QString& attribute, const QStringList& after, const QStringList& before = {})
{
    return AttributeChange{attribute, before, after, QStringLiteral("test")};
}

Operation operation(OperationKind kind, const QString& dn, QList<AttributeChange> changes = {})
{
    Operation op;
    op.kind = kind;
    op.workerId = QStringLiteral("W-%1").arg(qHash(dn) % 1000);
    op.targetId = dn;
    op.changes = std::move(changes);
    return op;
}

template <typename T>
QString failure(const Result<T>& result)
{
    return result ? QString() : result.error().describe();
}

// The value of attribute in ldapsearch -LLL output (the first one).
QString ldifValue(const QString& ldif, const QString& attribute)
{
    const QRegularExpression line(QStringLiteral("^%1: (.*)$").arg(attribute),
                                  QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const auto match = line.match(ldif);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

// Keeps handed-over passwords in memory, as the SecretStore does in the product.
struct Handover {
    QMap<QString, QString> kept;
    QStringList discarded;

    Ad::InitialPasswordHandover make()
    {
        return {[this](const QString& account, const QString& password) -> Result<QString> {
                    const QString reference = QStringLiteral("tenure/test/initial-password/") + account;
                    kept.insert(reference, password);
                    return reference;
                },
                [this](const QString& reference) {
                    kept.remove(reference);
                    discarded << reference;
                }};
    }
};

} // namespace

class TestActiveDirectory : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SambaAdFixture> m_ad;
    Handover m_handover;
    QString m_container;   // OU=Tenure,<base>: what the target manages

    QString ou(const QString& name) const { return QStringLiteral("OU=%1,%2").arg(name, m_container); }
    QString userDn(const QString& cn, const QString& container = {}) const
    {
        return canonicalDn(joinRdn(QStringLiteral("CN"), cn, container.isEmpty() ? ou(QStringLiteral("Staff")) : container));
    }

    LdapSettings settings(const QJsonObject& overrides = {}) const
    {
        QJsonObject json = m_ad->ldapSettings(m_container);
        json.insert(QStringLiteral("accountContainer"), ou(QStringLiteral("Staff")));
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            json.insert(it.key(), it.value());
        auto parsed = LdapSettings::fromJson(json);
        if (!parsed)
            qFatal("settings: %s", qPrintable(parsed.error().describe()));
        return *parsed;
    }

    std::unique_ptr<ActiveDirectoryTarget> target(const QJsonObject& overrides = {})
    {
        return std::make_unique<ActiveDirectoryTarget>(settings(overrides), m_ad->password(), m_handover.make());
    }

    Operation createUser(const QString& cn, const QString& sam, QList<AttributeChange> extra = {}) const
    {
        Operation op = operation(OperationKind::Create, userDn(cn),
                                 {change(QStringLiteral("cn"), {cn}), change(QStringLiteral("sAMAccountName"), {sam}),
                                  change(QStringLiteral("userPrincipalName"), {sam + QLatin1Char('@') + m_ad->upnSuffix()}),
                                  change(QStringLiteral("sn"), {cn.section(QLatin1Char(' '), -1)}),
                                  change(QStringLiteral("displayName"), {cn})});
        op.changes += extra;
        op.displayName = cn;
        return op;
    }

    // Applies through applyBatch, which carries the outcome's note.
    Result<QString> applyWithNote(DirectoryTarget& directory, const Operation& op)
    {
        Result<QString> outcome = QString();
        BatchCallbacks callbacks;
        callbacks.done = [&outcome](qsizetype, const Result<QString>& result) {
            outcome = result;
            return true;
        };
        directory.applyBatch({op}, callbacks, CancelToken());
        return outcome;
    }

    QString entry(const QString& dn, const QStringList& attributes)
    {
        return m_ad->search(dn, QStringLiteral("(objectClass=*)"), attributes);
    }

    std::optional<Account> read(DirectoryTarget& directory, const QString& sam)
    {
        auto snapshot = directory.readAccounts(readAttributes, CancelToken());
        if (!snapshot) {
            qWarning("read: %s", qPrintable(failure(snapshot)));
            return std::nullopt;
        }
        for (const Account& account : snapshot->accounts) {
            if (account.attributes.value(QStringLiteral("sAMAccountName")).contains(sam, Qt::CaseInsensitive))
                return account;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = SambaAdFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_ad = std::make_unique<SambaAdFixture>();
        QVERIFY2(m_ad->start(), qPrintable(m_ad->errorString()));
        m_container = QStringLiteral("OU=Tenure,") + m_ad->baseDn();
        QString ldif = QStringLiteral("dn: %1\nobjectClass: organizationalUnit\n\n").arg(m_container);
        for (const QString& name : {QStringLiteral("Staff"), QStringLiteral("Leavers")})
            ldif += QStringLiteral("dn: %1\nobjectClass: organizationalUnit\n\n").arg(ou(name));
        // A domain in use has seen a deletion within its tombstone lifetime; a new one has not, and
        // incremental reads need some deleted object to be visible (addeletedaccounts.h).
        const QString scratch = QStringLiteral("CN=Provisioning Scratch,CN=Users,") + m_ad->baseDn();
        ldif += QStringLiteral("dn: %1\nobjectClass: user\nsAMAccountName: pscratch\n\n"
                               "dn: %1\nchangetype: delete\n\n").arg(scratch);
        QVERIFY2(m_ad->ldif(ldif), qPrintable(m_ad->errorString()));
    }

    void cleanupTestCase() { m_ad.reset(); }

    void testConnectionVerifiesTheDcsCertificate()
    {
        const auto result = target()->testConnection();
        QVERIFY2(result, qPrintable(failure(result)));
        QVERIFY2(result->contains(QLatin1String("TLS verified")), qPrintable(*result));
    }

    void createsAnEnabledUserWithAPasswordThatBinds()
    {
        auto directory = target({{QStringLiteral("forcePasswordChange"), false}});
        const Operation create = createUser(QStringLiteral("Ada Lovelace"), QStringLiteral("alovelace"));
        const auto outcome = applyWithNote(*directory, create);
        QVERIFY2(outcome, qPrintable(failure(outcome)));
        const QString reference = QStringLiteral("tenure/test/initial-password/") + create.targetId;
        QCOMPARE(*outcome, QStringLiteral("password set; handed over once as secret ") + reference);
        QVERIFY(m_handover.kept.contains(reference));
        const QString password = m_handover.kept.value(reference);
        QVERIFY(!outcome->contains(password));
        QCOMPARE(ldifValue(entry(create.targetId, {QStringLiteral("userAccountControl")}), QStringLiteral("userAccountControl")),
                 QStringLiteral("512"));
        const QString problem = m_ad->bindProblem(QStringLiteral("alovelace@") + m_ad->upnSuffix(), password);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(read(*directory, QStringLiteral("alovelace"))->enabled);
    }

    void aNewUserMustChangeThePasswordAtFirstLogon()
    {
        auto directory = target();
        const Operation create = createUser(QStringLiteral("Grace Hopper"), QStringLiteral("ghopper"));
        const auto outcome = applyWithNote(*directory, create);
        QVERIFY2(outcome, qPrintable(failure(outcome)));
        QCOMPARE(ldifValue(entry(create.targetId, {QStringLiteral("pwdLastSet")}), QStringLiteral("pwdLastSet")),
                 QStringLiteral("0"));
        // AD checks the password before it answers 773, so this also proves the password is right.
        LdapSettings asUser = settings();
        asUser.bindDn = create.targetId;
        const QString password = m_handover.kept.value(QStringLiteral("tenure/test/initial-password/") + create.targetId);
        const auto bound = LdapDirectory(asUser, password).testConnection();
        QVERIFY(!bound);
        qInfo("%s", qPrintable(bound.error().message));
        QCOMPARE(bound.error().code, ErrorCode::Authentication);
        QVERIFY2(bound.error().message.contains(QLatin1String("must be changed before the first logon")),
                 qPrintable(bound.error().message));
        QVERIFY(!bound.error().describe().contains(password));
        const auto wrong = LdapDirectory(asUser, QStringLiteral("Wrong-Passw0rd")).testConnection();
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QLatin1String("user name or password is wrong")),
                 qPrintable(wrong.error().message));
    }

    void disableAndEnableFlipOnlyAccountDisable()
    {
        auto directory = target();
        const Operation create = createUser(QStringLiteral("Alan Turing"), QStringLiteral("aturing"));
        QVERIFY2(directory->apply(create), "create");
        // DONT_EXPIRE_PASSWORD (0x10000), set by an administrator, must survive.
        QVERIFY2(m_ad->ldif(QStringLiteral("dn: %1\nchangetype: modify\nreplace: userAccountControl\n"
                                           "userAccountControl: 66048\n")
                                .arg(create.targetId)),
                 qPrintable(m_ad->errorString()));
        const auto disabled = directory->apply(operation(OperationKind::Disable, create.targetId));
        QVERIFY2(disabled, qPrintable(failure(disabled)));
        QCOMPARE(ldifValue(entry(create.targetId, {QStringLiteral("userAccountControl")}), QStringLiteral("userAccountControl")),
                 QStringLiteral("66050"));
        QVERIFY(!read(*directory, QStringLiteral("aturing"))->enabled);
        const auto enabled = directory->apply(operation(OperationKind::Enable, create.targetId));
        QVERIFY2(enabled, qPrintable(failure(enabled)));
        QCOMPARE(ldifValue(entry(create.targetId, {QStringLiteral("userAccountControl")}), QStringLiteral("userAccountControl")),
                 QStringLiteral("66048"));
        QVERIFY(read(*directory, QStringLiteral("aturing"))->enabled);
    }

    void updateWritesValuesAndNeverAnEmptyOne()
    {
        auto directory = target();
        const Operation create = createUser(QStringLiteral("Edsger Dijkstra"), QStringLiteral("edijkstra"),
                                            {change(QStringLiteral("description"), {QString()})});
        QVERIFY2(directory->apply(create), "create with an empty value");
        const auto updated = directory->apply(operation(
            OperationKind::Update, create.targetId,
            {change(QStringLiteral("title"), {QStringLiteral("Professor")}), change(QStringLiteral("description"), {QString()}),
             change(QStringLiteral("department"), {}, {QStringLiteral("Old")})}));
        QVERIFY2(updated, qPrintable(failure(updated)));
        QCOMPARE(read(*directory, QStringLiteral("edijkstra"))->attributes.value(QStringLiteral("title")),
                 QStringList{QStringLiteral("Professor")});
    }

    void movesToAnotherOu()
    {
        auto directory = target();
        const Operation create = createUser(QStringLiteral("Barbara Liskov"), QStringLiteral("bliskov"));
        QVERIFY2(directory->apply(create), "create");
        const auto moved = directory->apply(operation(
            OperationKind::Move, create.targetId,
            {change(parentAttribute, {ou(QStringLiteral("Leavers")).toLower()}, {ou(QStringLiteral("Staff"))}),
             change(QStringLiteral("title"), {QStringLiteral("Emerita")})}));
        QVERIFY2(moved, qPrintable(failure(moved)));
        const auto account = read(*directory, QStringLiteral("bliskov"));
        QVERIFY(account);
        QCOMPARE(comparableDn(account->id), comparableDn(userDn(QStringLiteral("Barbara Liskov"), ou(QStringLiteral("Leavers")))));
        // The spelling differs, the DN does not: no false mover.
        QCOMPARE(directory->comparableValue(parentAttribute, account->attributes.value(parentAttribute).value(0)),
                 directory->comparableValue(parentAttribute, ou(QStringLiteral("Leavers")).toLower()));
        QCOMPARE(account->attributes.value(QStringLiteral("title")), QStringList{QStringLiteral("Emerita")});

        const auto lost = directory->apply(operation(OperationKind::Move, account->id,
                                                     {change(parentAttribute, {ou(QStringLiteral("Nowhere"))})}));
        QVERIFY(!lost);
        qInfo("%s", qPrintable(lost.error().message));
        QCOMPARE(lost.error().code, ErrorCode::NotFound);
        QVERIFY2(lost.error().message.contains(QLatin1String("OU=Nowhere")), qPrintable(lost.error().message));
    }

    void planGivesAUniqueValidSamAccountName()
    {
        auto directory = target();
        // Taken in the directory: the second candidate for the first worker.
        QVERIFY(directory->apply(createUser(QStringLiteral("Max Taken"), QStringLiteral("mschwarzenberger"))));
        Worker max;
        max.workerId = QStringLiteral("41");
        max.attributes = {{QStringLiteral("WorkerID"), {QStringLiteral("41")}},
                          {QStringLiteral("First"), {QStringLiteral("Maximilian")}},
                          {QStringLiteral("Last"), {QStringLiteral("Schwarzenberger")}}};
        Worker ann;
        ann.workerId = QStringLiteral("42");
        ann.attributes = {{QStringLiteral("WorkerID"), {QStringLiteral("42")}},
                          {QStringLiteral("First"), {QStringLiteral("Ann")}},
                          {QStringLiteral("Last"), {QStringLiteral("Lee [Temp]")}}};
        PlanInputs in;
        in.tenant = QStringLiteral("AD");
        in.hr.workers = {max, ann};
        in.today = QDate::currentDate();
        AttributeMapping anchor = AttributeMapping::direct(QStringLiteral("employeeID"), QStringLiteral("WorkerID"));
        anchor.matchingPrecedence = 1;
        in.mapping.attributes = {
            anchor,
            AttributeMapping::fromExpression(QStringLiteral("cn"), QStringLiteral("Join(\" \", [First], [Last])")),
            AttributeMapping::fromExpression(QStringLiteral("sn"), QStringLiteral("[Last]")),
            AttributeMapping::fromExpression(
                QStringLiteral("sAMAccountName"),
                QStringLiteral("SelectUniqueValue(ToLower(Join(\".\", [First], [Last])), "
                               "ToLower(Join(\"\", Left([First], 1), [Last])), "
                               "ToLower(Join(\"\", Left([First], 1), Left([Last], 3), [WorkerID])))"),
                ApplyWhen::OnCreate),
            AttributeMapping::constantValue(parentAttribute, ou(QStringLiteral("Staff")))};
        auto snapshot = directory->readAccounts({QStringLiteral("employeeID"), QStringLiteral("sAMAccountName"),
                                                 QStringLiteral("cn"), QStringLiteral("sn"), parentAttribute},
                                                CancelToken());
        QVERIFY2(snapshot, qPrintable(failure(snapshot)));
        in.directory = *snapshot;
        in.newAccountId = [&directory](const Attributes& a) { return directory->newAccountId(a); };
        in.acceptsValue = [&directory](const QString& a, const QString& v) { return directory->acceptsValue(a, v); };
        in.comparableValue = [&directory](const QString& a, const QString& v) { return directory->comparableValue(a, v); };
        const auto plan = PlanBuilder::build(in);
        QVERIFY2(plan, qPrintable(failure(plan)));
        QMap<QString, QString> given;
        for (const Operation& op : plan->operations) {
            QCOMPARE(op.kind, OperationKind::Create);
            for (const auto& c : op.changes)
                if (c.attribute == QLatin1String("sAMAccountName"))
                    given.insert(op.workerId, c.after.value(0));
            const auto created = directory->apply(op);
            QVERIFY2(created, qPrintable(failure(created)));
        }
        // "maximilian.schwarzenberger" is too long, "mschwarzenberger" taken; "ann.lee [temp]" and
        // "alee [temp]" hold '[' and ']'.
        QCOMPARE(given.value(QStringLiteral("41")), QStringLiteral("msch41"));
        QCOMPARE(given.value(QStringLiteral("42")), QStringLiteral("alee42"));
        QVERIFY(read(*directory, QStringLiteral("msch41")));
        QVERIFY(read(*directory, QStringLiteral("alee42")));
    }

    void managerIsADn()
    {
        auto directory = target();
        const Operation boss = createUser(QStringLiteral("Frances Allen"), QStringLiteral("fallen"));
        const Operation report = createUser(QStringLiteral("John Backus"), QStringLiteral("jbackus"));
        QVERIFY(directory->apply(boss));
        QVERIFY(directory->apply(report));
        const QString bossSpelledOtherwise = boss.targetId.toLower().replace(QLatin1String(","), QLatin1String(", "));
        const auto managed = directory->apply(
            operation(OperationKind::Update, report.targetId, {change(QStringLiteral("manager"), {bossSpelledOtherwise})}));
        QVERIFY2(managed, qPrintable(failure(managed)));
        const auto account = read(*directory, QStringLiteral("jbackus"));
        QVERIFY(account);
        QCOMPARE(directory->comparableValue(QStringLiteral("manager"), account->attributes.value(QStringLiteral("manager")).value(0)),
                 directory->comparableValue(QStringLiteral("manager"), bossSpelledOtherwise));

        const auto ghost = directory->apply(operation(
            OperationKind::Update, report.targetId, {change(QStringLiteral("manager"), {userDn(QStringLiteral("Nobody"))})}));
        QVERIFY(!ghost);
        qInfo("%s", qPrintable(ghost.error().message));
        QCOMPARE(ghost.error().code, ErrorCode::NotFound);
        QVERIFY2(ghost.error().message.contains(QLatin1String("manager")), qPrintable(ghost.error().message));
    }

    void accountExpiresFromADate()
    {
        auto directory = target();
        const Operation create = createUser(QStringLiteral("Hedy Lamarr"), QStringLiteral("hlamarr"),
                                            {change(QStringLiteral("accountExpires"), {QStringLiteral("2030-06-30")})});
        QVERIFY2(directory->apply(create), "create");
        auto account = read(*directory, QStringLiteral("hlamarr"));
        const QString stored = account->attributes.value(QStringLiteral("accountExpires")).value(0);
        QCOMPARE(Ad::accountExpiresDateTime(stored), QDateTime(QDate(2030, 7, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(directory->comparableValue(QStringLiteral("accountExpires"), stored),
                 directory->comparableValue(QStringLiteral("accountExpires"), QStringLiteral("2030-06-30")));
        const auto never = directory->apply(operation(OperationKind::Update, create.targetId,
                                                      {change(QStringLiteral("accountExpires"), {QStringLiteral("never")})}));
        QVERIFY2(never, qPrintable(failure(never)));
        account = read(*directory, QStringLiteral("hlamarr"));
        QCOMPARE(directory->comparableValue(QStringLiteral("accountExpires"),
                                            account->attributes.value(QStringLiteral("accountExpires")).value(0)),
                 directory->comparableValue(QStringLiteral("accountExpires"), QStringLiteral("9223372036854775807")));
    }

    void aDuplicateSamAccountNameIsAlreadyInUse()
    {
        auto directory = target();
        QVERIFY(directory->apply(createUser(QStringLiteral("Ken Thompson"), QStringLiteral("kthompson"))));
        const auto again = directory->apply(createUser(QStringLiteral("Ken Thompson II"), QStringLiteral("kthompson")));
        QVERIFY(!again);
        qInfo("%s", qPrintable(again.error().message));
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY2(again.error().message.contains(QLatin1String("\"kthompson\" is already in use")),
                 qPrintable(again.error().message));
    }

    void aTakenCnNamesTheDnAndAFreeOne()
    {
        auto directory = target();
        QVERIFY(directory->apply(createUser(QStringLiteral("Dennis Ritchie"), QStringLiteral("dritchie"))));
        Operation twin = createUser(QStringLiteral("Dennis Ritchie"), QStringLiteral("dritchie2"));
        twin.workerId = QStringLiteral("77");
        const auto created = directory->apply(twin);
        QVERIFY(!created);
        qInfo("%s", qPrintable(created.error().message));
        QCOMPARE(created.error().code, ErrorCode::Conflict);
        QVERIFY2(created.error().message.contains(twin.targetId), qPrintable(created.error().message));
        QVERIFY2(created.error().message.contains(QLatin1String("Dennis Ritchie (77)")), qPrintable(created.error().message));
    }

    void aWeakPasswordIsThePasswordPolicyAndCreatesNothing()
    {
        auto directory = target();
        directory->setPasswordGenerator([](const QStringList&) { return QStringLiteral("abc"); });
        const Operation create = createUser(QStringLiteral("Weak Password"), QStringLiteral("wpassword"));
        const auto created = directory->apply(create);
        QVERIFY(!created);
        qInfo("%s", qPrintable(created.error().message));
        QCOMPARE(created.error().code, ErrorCode::Rejected);
        QVERIFY2(created.error().message.contains(QLatin1String("password policy")), qPrintable(created.error().message));
        QVERIFY(!created.error().describe().contains(QLatin1String("\"abc\"")));
        QVERIFY(m_handover.discarded.contains(QStringLiteral("tenure/test/initial-password/") + create.targetId));
        QVERIFY(!read(*directory, QStringLiteral("wpassword")));
    }

    void deltaReadReturnsOnlyTheChangedAccount()
    {
        auto directory = target();
        QVERIFY(directory->capabilities().deltaReads);
        const auto full = directory->readChanges(readAttributes, {}, CancelToken());
        QVERIFY2(full, qPrintable(failure(full)));
        QVERIFY(full->full);
        QVERIFY(full->snapshot.accounts.size() > 3);
        const auto quiet = directory->readChanges(readAttributes, full->next, CancelToken());
        QVERIFY2(quiet, qPrintable(failure(quiet)));
        QVERIFY(!quiet->full);
        QCOMPARE(quiet->snapshot.accounts.size(), 0);

        const auto edsger = read(*directory, QStringLiteral("edijkstra"));
        QVERIFY(directory->apply(operation(OperationKind::Update, edsger->id,
                                           {change(QStringLiteral("title"), {QStringLiteral("Turing Award")})})));
        const auto delta = directory->readChanges(readAttributes, quiet->next, CancelToken());
        QVERIFY2(delta, qPrintable(failure(delta)));
        QVERIFY(!delta->full);
        QCOMPARE(delta->snapshot.accounts.size(), 1);
        QCOMPARE(delta->snapshot.accounts.first().id, edsger->id);
        QCOMPARE(delta->snapshot.accounts.first().attributes.value(QStringLiteral("title")),
                 QStringList{QStringLiteral("Turing Award")});
    }

    // Deleted out of band, outside Tenure: the account leaves the managed subtree and becomes a
    // tombstone in Deleted Objects, which only the Show Deleted control lets the next incremental
    // read see. It is reported by the DN it had, once.
    void anAccountDeletedOutOfBandIsReportedGoneByTheNextIncrementalRead()
    {
        auto directory = target();
        const Operation leaving = createUser(QStringLiteral("Leaving Soon"), QStringLiteral("lsoon"));
        const Operation returning = createUser(QStringLiteral("Back Again"), QStringLiteral("bagain"));
        for (const Operation& create : {leaving, returning}) {
            const auto created = directory->apply(create);
            QVERIFY2(created, qPrintable(failure(created)));
        }
        const QString outside = QStringLiteral("CN=Not Managed,CN=Users,") + m_ad->baseDn();
        QVERIFY2(m_ad->ldif(QStringLiteral("dn: %1\nobjectClass: user\nsAMAccountName: nmanaged\n").arg(outside)),
                 qPrintable(m_ad->errorString()));
        const auto before = directory->readChanges(readAttributes, {}, CancelToken());
        QVERIFY2(before, qPrintable(failure(before)));
        QVERIFY(std::any_of(before->snapshot.accounts.cbegin(), before->snapshot.accounts.cend(),
                            [&](const Account& a) { return a.id == leaving.targetId; }));

        // Out of band: one managed account deleted; one deleted and made again under the same DN;
        // one deleted outside the managed subtree.
        QVERIFY2(m_ad->ldif(QStringLiteral("dn: %1\nchangetype: delete\n\ndn: %2\nchangetype: delete\n\n"
                                           "dn: %3\nchangetype: delete\n")
                                .arg(leaving.targetId, returning.targetId, outside)),
                 qPrintable(m_ad->errorString()));
        QVERIFY2(m_ad->ldif(QStringLiteral("dn: %1\nobjectClass: user\nsAMAccountName: bagain\n").arg(returning.targetId)),
                 qPrintable(m_ad->errorString()));

        const auto delta = directory->readChanges(readAttributes, before->next, CancelToken());
        QVERIFY2(delta, qPrintable(failure(delta)));
        QVERIFY(!delta->full);
        QCOMPARE(delta->removedIds, QStringList{leaving.targetId});
        QCOMPARE(delta->snapshot.accounts.size(), 1);   // the account made again
        QCOMPARE(delta->snapshot.accounts.constFirst().id, returning.targetId);

        const auto quiet = directory->readChanges(readAttributes, delta->next, CancelToken());
        QVERIFY2(quiet, qPrintable(failure(quiet)));
        QVERIFY(!quiet->full);
        QVERIFY(quiet->removedIds.isEmpty());   // reported once
        QVERIFY(quiet->snapshot.accounts.isEmpty());

        // A watermark from another DC still means a full read: the deleted account is simply absent.
        auto position = Ad::ServerPosition::parse(before->next.value);
        QVERIFY(position);
        position->invocationId = QString(32, QLatin1Char('0'));
        const auto full = directory->readChanges(readAttributes, {position->toString()}, CancelToken());
        QVERIFY2(full, qPrintable(failure(full)));
        QVERIFY(full->full);
        QVERIFY(full->removedIds.isEmpty());
        QVERIFY(std::none_of(full->snapshot.accounts.cbegin(), full->snapshot.accounts.cend(),
                             [&](const Account& a) { return a.id == leaving.targetId; }));
    }

    // AD and Samba show an account without rights on Deleted Objects nothing there, as if nothing
    // had been deleted: its incremental reads are full ones, which see deletions by absence.
    void aBindAccountThatSeesNoDeletedObjectsGetsFullReads()
    {
        const QString reader = QStringLiteral("CN=Tenure Reader,CN=Users,") + m_ad->baseDn();
        const QString password = QStringLiteral("Rd!") + m_ad->password();
        QVERIFY2(m_ad->ldif(QStringLiteral("dn: %1\nobjectClass: user\nsAMAccountName: treader\nunicodePwd:: %2\n"
                                           "userAccountControl: 512\n")
                                .arg(reader, QString::fromLatin1(Ad::unicodePwdValue(password).toBase64()))),
                 qPrintable(m_ad->errorString()));
        auto readerSettings = settings({{QStringLiteral("bindDn"), reader}});
        ActiveDirectoryTarget asReader(readerSettings, password, m_handover.make());

        const auto first = asReader.readChanges(readAttributes, {}, CancelToken());
        QVERIFY2(first, qPrintable(failure(first)));
        QVERIFY(!first->snapshot.accounts.isEmpty());   // it may read the accounts
        const auto next = asReader.readChanges(readAttributes, first->next, CancelToken());
        QVERIFY2(next, qPrintable(failure(next)));
        QVERIFY(next->full);
        QCOMPARE(next->snapshot.accounts.size(), first->snapshot.accounts.size());
        // The administrator sees the deleted objects: its reads stay incremental.
        auto admin = target();
        const auto adminFirst = admin->readChanges(readAttributes, {}, CancelToken());
        QVERIFY2(adminFirst, qPrintable(failure(adminFirst)));
        const auto adminNext = admin->readChanges(readAttributes, adminFirst->next, CancelToken());
        QVERIFY2(adminNext, qPrintable(failure(adminNext)));
        QVERIFY(!adminNext->full);
    }

    void anotherDomainControllerMeansAFullRead()
    {
        auto directory = target();
        const auto first = directory->readChanges(readAttributes, {}, CancelToken());
        QVERIFY2(first, qPrintable(failure(first)));
        auto position = Ad::ServerPosition::parse(first->next.value);
        QVERIFY(position);
        // The watermark of another DC (or of this one before a restore): its USNs mean nothing here.
        position->invocationId = QString(32, QLatin1Char('0'));
        const auto next = directory->readChanges(readAttributes, {position->toString()}, CancelToken());
        QVERIFY2(next, qPrintable(failure(next)));
        QVERIFY(next->full);
        QCOMPARE(next->snapshot.accounts.size(), first->snapshot.accounts.size());
    }
};

QTEST_GUILESS_MAIN(TestActiveDirectory)
#include "tst_activedirectory.moc"
