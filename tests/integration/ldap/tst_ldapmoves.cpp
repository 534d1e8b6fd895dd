// Moves (modify DN with a new superior), renames and the pipelined batch of LdapDirectory,
// against a real slapd.
#include "connectors/directory/ldap/ldapdirectory.h"
#include "connectors/directory/ldap/ldapescaping.h"
#include "connectors/directory/ldap/ldapsettings.h"
#include "tests/support/slapdfixture.h"

#include <QTest>

using namespace Tenure::Connectors;
using Tenure::Models::Account;
using Tenure::Models::AttributeChange;
using Tenure::Models::CancelToken;
using Tenure::Models::ErrorCode;
using Tenure::Models::Operation;
using Tenure::Models::OperationKind;
using Tenure::Models::ParentDnAttribute;
using Tenure::Tests::SlapdFixture;

namespace {

const QString parentAttribute = QString::fromLatin1(ParentDnAttribute);

AttributeChange change(const QString& attribute, const QStringList& before, const QStringList& after)
{
    return AttributeChange{attribute, before, after, QStringLiteral("test")};
}

Operation operation(OperationKind kind, const QString& dn, QList<AttributeChange> changes = {})
{
    Operation op;
    op.kind = kind;
    op.workerId = QStringLiteral("W-7");
    op.targetId = dn;
    op.changes = std::move(changes);
    return op;
}

template <typename T>
QString failure(const Tenure::Models::Result<T>& result)
{
    return result ? QString() : result.error().describe();
}

} // namespace

class TestLdapMoves : public QObject {
    Q_OBJECT

private:
    SlapdFixture m_slapd;
    std::unique_ptr<LdapDirectory> m_directory;

    QString ou(const QString& name) const { return QStringLiteral("ou=%1,%2").arg(name, m_slapd.peopleDn()); }

    // A person uid under container, created through the directory itself.
    QString createPerson(const QString& uid, const QString& container)
    {
        Operation create = operation(OperationKind::Create, {},
                                     {change(QStringLiteral("uid"), {}, {uid}),
                                      change(QStringLiteral("cn"), {}, {QStringLiteral("Person ") + uid}),
                                      change(QStringLiteral("sn"), {}, {QStringLiteral("Person")}),
                                      change(parentAttribute, {}, {container})});
        const auto dn = m_directory->newAccountId({{QStringLiteral("uid"), {uid}}, {parentAttribute, {container}}});
        if (!dn)
            qFatal("newAccountId: %s", qPrintable(dn.error().message));
        const auto created = m_directory->apply(create);
        if (!created)
            qFatal("create %s: %s", qPrintable(*dn), qPrintable(created.error().describe()));
        return *dn;
    }

    std::optional<Account> find(const QString& uid)
    {
        auto snapshot = m_directory->readAccounts({QStringLiteral("uid"), QStringLiteral("title"), parentAttribute},
                                                  CancelToken());
        if (!snapshot)
            return std::nullopt;
        for (const Account& account : snapshot->accounts) {
            if (account.attributes.value(QStringLiteral("uid")).contains(uid))
                return account;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_slapd.start(), qPrintable(m_slapd.errorString()));
        QString ldif;
        for (const QString& name : {QStringLiteral("Sales"), QStringLiteral("Finance")})
            ldif += QStringLiteral("dn: %1\nobjectClass: organizationalUnit\nou: %2\n\n").arg(ou(name), name);
        QVERIFY2(m_slapd.ldif(ldif), qPrintable(m_slapd.errorString()));
        auto settings = LdapSettings::fromJson(m_slapd.ldapSettings(false));
        QVERIFY2(settings, qPrintable(failure(settings)));
        m_directory = std::make_unique<LdapDirectory>(*settings, m_slapd.password());
    }

    void capabilitiesIncludeMove() { QVERIFY(m_directory->capabilities().move); }

    void newAccountIdPlacesTheEntryUnderItsParent()
    {
        const auto dn = m_directory->newAccountId({{QStringLiteral("uid"), {QStringLiteral("x")}},
                                                   {parentAttribute, {QStringLiteral("OU=Sales, ") + m_slapd.peopleDn()}}});
        QVERIFY2(dn, qPrintable(failure(dn)));
        // Attribute types keep the spelling given (OU=); as DNs they are the same.
        QCOMPARE(*dn, QStringLiteral("uid=x,OU=Sales,") + m_slapd.peopleDn());
        QCOMPARE(comparableDn(*dn), comparableDn(QStringLiteral("uid=x,") + ou(QStringLiteral("Sales"))));
        const auto fallback = m_directory->newAccountId({{QStringLiteral("uid"), {QStringLiteral("x")}}});
        QCOMPARE(*fallback, canonicalDn(QStringLiteral("uid=x,") + m_slapd.peopleDn()));
    }

    void readSynthesizesTheParentFromTheDn()
    {
        createPerson(QStringLiteral("reader"), ou(QStringLiteral("Sales")));
        const auto account = find(QStringLiteral("reader"));
        QVERIFY(account);
        QCOMPARE(account->attributes.value(parentAttribute), QStringList{canonicalDn(ou(QStringLiteral("Sales")))});
    }

    void dnValuesCompareAsDns()
    {
        const QString a = QStringLiteral("OU=Sales,DC=Example,DC=test");
        const QString b = QStringLiteral("ou=sales, dc=example,dc=test");
        QCOMPARE(m_directory->comparableValue(parentAttribute, a), m_directory->comparableValue(parentAttribute, b));
        QCOMPARE(m_directory->comparableValue(QStringLiteral("manager"), a),
                 m_directory->comparableValue(QStringLiteral("Manager"), b));
        QVERIFY(m_directory->comparableValue(QStringLiteral("title"), a)
                != m_directory->comparableValue(QStringLiteral("title"), b));
    }

    void movesToAnotherOu()
    {
        const QString dn = createPerson(QStringLiteral("mover"), ou(QStringLiteral("Sales")));
        const auto moved = m_directory->apply(operation(
            OperationKind::Move, dn, {change(parentAttribute, {ou(QStringLiteral("Sales"))}, {ou(QStringLiteral("Finance"))})}));
        QVERIFY2(moved, qPrintable(failure(moved)));
        const auto account = find(QStringLiteral("mover"));
        QVERIFY(account);
        QCOMPARE(account->id, canonicalDn(QStringLiteral("uid=mover,") + ou(QStringLiteral("Finance"))));
        QVERIFY(m_slapd.search(QStringLiteral("(uid=mover)")).contains(QStringLiteral("ou=Finance")));
    }

    void movesAndChangesAttributesInOneOperation()
    {
        const QString dn = createPerson(QStringLiteral("both"), ou(QStringLiteral("Sales")));
        const Operation move = operation(OperationKind::Move, dn,
                                         {change(parentAttribute, {ou(QStringLiteral("Sales"))}, {ou(QStringLiteral("Finance"))}),
                                          change(QStringLiteral("title"), {}, {QStringLiteral("Controller")})});
        const auto moved = m_directory->apply(move);
        QVERIFY2(moved, qPrintable(failure(moved)));
        const auto account = find(QStringLiteral("both"));
        QVERIFY(account);
        QCOMPARE(account->attributes.value(parentAttribute), QStringList{canonicalDn(ou(QStringLiteral("Finance")))});
        QCOMPARE(account->attributes.value(QStringLiteral("title")), QStringList{QStringLiteral("Controller")});

        // Resumed after a crash: the entry is at its new DN already; only the modify is done again.
        const auto again = m_directory->apply(move);
        QVERIFY2(again, qPrintable(failure(again)));
    }

    void moveToAMissingOuNamesTheOu()
    {
        const QString dn = createPerson(QStringLiteral("lost"), ou(QStringLiteral("Sales")));
        const QString missing = ou(QStringLiteral("Nowhere"));
        const auto moved = m_directory->apply(
            operation(OperationKind::Move, dn, {change(parentAttribute, {ou(QStringLiteral("Sales"))}, {missing})}));
        QVERIFY(!moved);
        qInfo("%s", qPrintable(moved.error().message));
        QCOMPARE(moved.error().code, ErrorCode::NotFound);
        QVERIFY2(moved.error().message.contains(canonicalDn(missing)), qPrintable(moved.error().message));
        QVERIFY2(moved.error().message.contains(QLatin1String("does not exist")), qPrintable(moved.error().message));
        QCOMPARE(moved.error().context.attribute, parentAttribute);
        QVERIFY(find(QStringLiteral("lost")));   // still where it was
    }

    void aNewNamingValueRenames()
    {
        const QString dn = createPerson(QStringLiteral("oldname"), ou(QStringLiteral("Sales")));
        const auto renamed = m_directory->apply(
            operation(OperationKind::Update, dn, {change(QStringLiteral("uid"), {QStringLiteral("oldname")}, {QStringLiteral("newname")})}));
        QVERIFY2(renamed, qPrintable(failure(renamed)));
        const auto account = find(QStringLiteral("newname"));
        QVERIFY(account);
        QCOMPARE(account->id, canonicalDn(QStringLiteral("uid=newname,") + ou(QStringLiteral("Sales"))));
        QCOMPARE(account->attributes.value(QStringLiteral("uid")), QStringList{QStringLiteral("newname")});   // deleteoldrdn
    }

    void disableMayCarryAMove()
    {
        const QString dn = createPerson(QStringLiteral("leaving"), ou(QStringLiteral("Sales")));
        const auto disabled = m_directory->apply(operation(
            OperationKind::Disable, dn, {change(parentAttribute, {ou(QStringLiteral("Sales"))}, {ou(QStringLiteral("Finance"))})}));
        QVERIFY2(disabled, qPrintable(failure(disabled)));
        const auto account = find(QStringLiteral("leaving"));
        QVERIFY(account);
        QVERIFY(!account->enabled);
        QVERIFY(account->id.contains(QLatin1String("ou=Finance")));
    }

    void batchReportsEveryOperationOnceInOrderPerEntry()
    {
        QList<Operation> operations;
        for (int i = 0; i < 150; ++i)
            operations << operation(OperationKind::Create, {},
                                    {change(QStringLiteral("uid"), {}, {QStringLiteral("b%1").arg(i)}),
                                     change(QStringLiteral("cn"), {}, {QStringLiteral("B %1").arg(i)}),
                                     change(QStringLiteral("sn"), {}, {QStringLiteral("B")})});
        const QString first = canonicalDn(QStringLiteral("uid=b0,") + m_slapd.peopleDn());
        // Same entry again: must wait for its create. Then a move (synchronous) and a failure.
        operations << operation(OperationKind::Update, first, {change(QStringLiteral("title"), {}, {QStringLiteral("One")})})
                   << operation(OperationKind::Move, first, {change(parentAttribute, {}, {ou(QStringLiteral("Sales"))})})
                   << operation(OperationKind::Update, QStringLiteral("uid=ghost,") + m_slapd.peopleDn(),
                                {change(QStringLiteral("title"), {}, {QStringLiteral("x")})});
        QList<qsizetype> sent;
        QMap<qsizetype, QString> done;
        BatchCallbacks callbacks;
        callbacks.sending = [&](qsizetype index) {
            sent << index;
            return true;
        };
        callbacks.done = [&](qsizetype index, const Tenure::Models::Result<QString>& outcome) {
            if (done.contains(index))
                qFatal("operation %lld reported twice", static_cast<long long>(index));
            done.insert(index, outcome ? QStringLiteral("ok") : outcome.error().message);
            return true;
        };
        m_directory->applyBatch(operations, callbacks, CancelToken());
        QCOMPARE(sent.size(), operations.size());
        QCOMPARE(done.size(), operations.size());
        for (qsizetype i = 0; i < operations.size() - 1; ++i)
            QVERIFY2(done.value(i) == QLatin1String("ok"), qPrintable(QStringLiteral("%1: %2").arg(i).arg(done.value(i))));
        QVERIFY(done.value(operations.size() - 1) != QLatin1String("ok"));
        const auto moved = find(QStringLiteral("b0"));
        QVERIFY(moved);
        QVERIFY(moved->id.contains(QLatin1String("ou=Sales")));
        QCOMPARE(moved->attributes.value(QStringLiteral("title")), QStringList{QStringLiteral("One")});
    }

    // The server restarts while operations are in flight: each operation is still reported exactly
    // once, none is sent twice, the ones in flight are "outcome unknown" (Unavailable), and every
    // one reported done is in the directory.
    void aDroppedConnectionMidBatchReportsEachOperationOnce()
    {
        QList<Operation> operations;
        for (int i = 0; i < 600; ++i)
            operations << operation(OperationKind::Create, {},
                                    {change(QStringLiteral("uid"), {}, {QStringLiteral("drop%1").arg(i)}),
                                     change(QStringLiteral("cn"), {}, {QStringLiteral("D %1").arg(i)}),
                                     change(QStringLiteral("sn"), {}, {QStringLiteral("D")})});
        QList<qsizetype> sent;
        QMap<qsizetype, Tenure::Models::Result<QString>> done;
        bool restarted = false;
        BatchCallbacks callbacks;
        callbacks.sending = [&](qsizetype index) {
            sent << index;
            if (index == 300 && !restarted) {
                restarted = true;
                if (!m_slapd.restart())
                    qFatal("restart: %s", qPrintable(m_slapd.errorString()));
            }
            return true;
        };
        callbacks.done = [&](qsizetype index, const Tenure::Models::Result<QString>& outcome) {
            if (done.contains(index))
                qFatal("operation %lld reported twice", static_cast<long long>(index));
            done.insert(index, outcome);
            return true;
        };
        m_directory->applyBatch(operations, callbacks, CancelToken());
        QCOMPARE(sent.size(), operations.size());
        QCOMPARE(QSet<qsizetype>(sent.begin(), sent.end()).size(), operations.size());
        QCOMPARE(done.size(), operations.size());
        int unknown = 0;
        const QString present = m_slapd.search(QStringLiteral("(uid=drop*)"), {QStringLiteral("uid")});
        for (auto it = done.cbegin(); it != done.cend(); ++it) {
            const QString uid = QStringLiteral("uid: drop%1\n").arg(it.key());
            if (*it) {
                QVERIFY2(present.contains(QStringLiteral("uid: drop%1\n").arg(it.key())), qPrintable(uid));
            } else {
                QCOMPARE(it->error().code, ErrorCode::Unavailable);
                ++unknown;
            }
        }
        qInfo("%d of %lld operations were in flight or refused when the server restarted", unknown,
              static_cast<long long>(operations.size()));
        QVERIFY(done.value(operations.size() - 1).has_value());   // reconnected after the restart
    }

    void batchStopsWhenTheCallbackSaysSo()
    {
        QList<Operation> operations;
        for (int i = 0; i < 10; ++i)
            operations << operation(OperationKind::Update, QStringLiteral("uid=nobody%1,").arg(i) + m_slapd.peopleDn(),
                                    {change(QStringLiteral("title"), {}, {QStringLiteral("x")})});
        int sent = 0;
        int done = 0;
        BatchCallbacks callbacks;
        callbacks.sending = [&](qsizetype) { return ++sent <= 3; };
        callbacks.done = [&](qsizetype, const Tenure::Models::Result<QString>&) {
            ++done;
            return true;
        };
        m_directory->applyBatch(operations, callbacks, CancelToken());
        QCOMPARE(sent, 4);   // the fourth was refused by the journal and never sent
        QCOMPARE(done, 3);
    }
};

QTEST_GUILESS_MAIN(TestLdapMoves)
#include "tst_ldapmoves.moc"
