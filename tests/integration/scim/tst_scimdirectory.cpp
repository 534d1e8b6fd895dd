// ScimDirectory against scimmy + scimmy-routers (tests/servers/scim/server.js): create, read back,
// PATCH and PUT, active, escaped filters, paging, the enterprise extension, ETags, error bodies.
#include "connectors/directory/scim/scimattributepath.h"
#include "connectors/directory/scim/scimdirectory.h"
#include "tests/support/scimpeerfixture.h"

#include <QTest>

using namespace Tenure::Connectors;
using Tenure::Models::Account;
using Tenure::Models::AttributeChange;
using Tenure::Models::ErrorCode;
using Tenure::Models::Operation;
using Tenure::Models::OperationKind;
using Tenure::Tests::ScimPeerFixture;

namespace {

const QString enterprise = QString::fromLatin1(ScimEnterpriseUserSchema);
const QString employeeNumber = enterprise + QStringLiteral(":employeeNumber");
const QString managerValue = enterprise + QStringLiteral(":manager.value");
const QString department = enterprise + QStringLiteral(":department");
const QString workEmail = QStringLiteral("emails[type eq \"work\"].value");

const QStringList readAttributes{QStringLiteral("userName"), QStringLiteral("externalId"),
                                 QStringLiteral("name.givenName"), QStringLiteral("name.familyName"),
                                 QStringLiteral("title"), QStringLiteral("nickName"), workEmail,
                                 employeeNumber, managerValue, department};

AttributeChange change(const QString& attribute, const QStringList& before, const QStringList& after)
{
    return AttributeChange{attribute, before, after, QStringLiteral("test")};
}

Operation operation(OperationKind kind, const QString& id, QList<AttributeChange> changes = {})
{
    Operation op;
    op.kind = kind;
    op.workerId = QStringLiteral("W-1");
    op.targetId = id;
    op.changes = std::move(changes);
    return op;
}

Operation createUser(const QString& userName, const QString& externalId, QList<AttributeChange> extra = {})
{
    QList<AttributeChange> changes{change(QStringLiteral("userName"), {}, {userName}),
                                   change(QStringLiteral("externalId"), {}, {externalId})};
    changes += extra;
    return operation(OperationKind::Create, {}, changes);
}

template <typename T>
QString failure(const Tenure::Models::Result<T>& result)
{
    return result ? QString()
                  : Tenure::Models::Error::codeName(result.error().code) + QStringLiteral(": ") + result.error().describe();
}

} // namespace

class TestScimDirectory : public QObject {
    Q_OBJECT

    ScimPeerFixture m_scim;          // PATCH, filter, ETags
    ScimPeerFixture m_limited;       // no PATCH, no filter: PUT and client-side lookups

    std::unique_ptr<ScimDirectory> directory(const ScimPeerFixture& peer, const QJsonObject& overrides = {},
                                             const QString& token = {})
    {
        auto settings = ScimSettings::fromJson(peer.settings(overrides));
        if (!settings)
            qFatal("invalid test settings: %s", qPrintable(settings.error().message));
        return std::make_unique<ScimDirectory>(*settings, token.isEmpty() ? peer.token() : token);
    }

    // The account with this userName, read through a fresh connection.
    std::optional<Account> account(const ScimPeerFixture& peer, const QString& userName)
    {
        auto snapshot = directory(peer)->readAccounts(readAttributes, {});
        if (!snapshot)
            qFatal("read failed: %s", qPrintable(snapshot.error().describe()));
        for (const auto& a : snapshot->accounts) {
            if (a.attributes.value(QStringLiteral("userName")) == QStringList{userName})
                return a;
        }
        return std::nullopt;
    }

    QString create(ScimDirectory& dir, const QString& userName, const QString& externalId,
                   QList<AttributeChange> extra = {})
    {
        auto done = dir.apply(createUser(userName, externalId, std::move(extra)));
        if (!done)
            qFatal("create failed: %s", qPrintable(done.error().describe()));
        auto user = dir.findUser(QStringLiteral("userName"), userName);
        return user && *user ? (**user).value(QStringLiteral("id")).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_scim.start({QStringLiteral("--etag")}), qPrintable(m_scim.errorString()));
        QVERIFY2(m_limited.start({QStringLiteral("--no-patch"), QStringLiteral("--no-filter")}),
                 qPrintable(m_limited.errorString()));
    }

    void testConnectionSaysWhatTheServiceSupports()
    {
        auto message = directory(m_scim)->testConnection();
        QVERIFY2(message, qPrintable(failure(message)));
        QVERIFY2(message->contains(QStringLiteral("supports PATCH, filter (max 200), ETags; no bulk")), qPrintable(*message));
        auto limited = directory(m_limited)->testConnection();
        QVERIFY2(limited, qPrintable(failure(limited)));
        QVERIFY2(limited->contains(QStringLiteral("supports none of PATCH, filter")), qPrintable(*limited));
    }

    void createdUserReadsBackWithTheEnterpriseExtension()
    {
        auto dir = directory(m_scim);
        auto done = dir->apply(createUser(QStringLiteral("ann.lee"), QStringLiteral("1001"),
                                          {change(QStringLiteral("name.givenName"), {}, {QStringLiteral("Ann")}),
                                           change(QStringLiteral("name.familyName"), {}, {QStringLiteral("Lee")}),
                                           change(QStringLiteral("title"), {}, {QStringLiteral("Engineer")}),
                                           change(workEmail, {}, {QStringLiteral("ann@example.test")}),
                                           change(employeeNumber, {}, {QStringLiteral("E-1001")}),
                                           change(managerValue, {}, {QStringLiteral("mgr-42")}),
                                           change(department, {}, {QStringLiteral("R&D")})}));
        QVERIFY2(done, qPrintable(failure(done)));
        const auto ann = account(m_scim, QStringLiteral("ann.lee"));
        QVERIFY(ann);
        QVERIFY(!ann->id.isEmpty());
        QVERIFY(ann->enabled);
        QCOMPARE(ann->attributes.value(QStringLiteral("externalId")), QStringList{QStringLiteral("1001")});
        QCOMPARE(ann->attributes.value(QStringLiteral("name.givenName")), QStringList{QStringLiteral("Ann")});
        QCOMPARE(ann->attributes.value(workEmail), QStringList{QStringLiteral("ann@example.test")});
        QCOMPARE(ann->attributes.value(employeeNumber), QStringList{QStringLiteral("E-1001")});
        QCOMPARE(ann->attributes.value(managerValue), QStringList{QStringLiteral("mgr-42")});
        QCOMPARE(ann->attributes.value(department), QStringList{QStringLiteral("R&D")});
    }

    void patchUpdatesReplacesAddsAndRemoves()
    {
        auto dir = directory(m_scim);
        const QString id = create(*dir, QStringLiteral("bo"), QStringLiteral("1002"),
                                  {change(QStringLiteral("title"), {}, {QStringLiteral("Clerk")}),
                                   change(QStringLiteral("nickName"), {}, {QStringLiteral("Bobby")}),
                                   change(employeeNumber, {}, {QStringLiteral("E-1002")})});
        QVERIFY(!id.isEmpty());
        QVERIFY(dir->readAccounts(readAttributes, {}));   // as a preview would: records the ETags
        auto done = dir->apply(operation(OperationKind::Update, id,
                                         {change(QStringLiteral("title"), {QStringLiteral("Clerk")}, {QStringLiteral("Lead")}),
                                          change(QStringLiteral("nickName"), {QStringLiteral("Bobby")}, {}),
                                          change(workEmail, {}, {QStringLiteral("bo@example.test")}),
                                          change(employeeNumber, {QStringLiteral("E-1002")}, {QStringLiteral("E-2002")}),
                                          change(managerValue, {}, {QStringLiteral("mgr-7")})}));
        QVERIFY2(done, qPrintable(failure(done)));
        const auto bo = account(m_scim, QStringLiteral("bo"));
        QVERIFY(bo);
        QCOMPARE(bo->attributes.value(QStringLiteral("title")), QStringList{QStringLiteral("Lead")});
        QVERIFY(!bo->attributes.contains(QStringLiteral("nickName")));
        QCOMPARE(bo->attributes.value(workEmail), QStringList{QStringLiteral("bo@example.test")});
        QCOMPARE(bo->attributes.value(employeeNumber), QStringList{QStringLiteral("E-2002")});
        QCOMPARE(bo->attributes.value(managerValue), QStringList{QStringLiteral("mgr-7")});
    }

    void disableAndEnableThroughActive()
    {
        auto dir = directory(m_scim);
        const QString id = create(*dir, QStringLiteral("cy"), QStringLiteral("1003"));
        QVERIFY(dir->readAccounts(readAttributes, {}));
        auto disabled = dir->apply(operation(OperationKind::Disable, id));
        QVERIFY2(disabled, qPrintable(failure(disabled)));
        QVERIFY(!account(m_scim, QStringLiteral("cy"))->enabled);
        auto enabled = dir->apply(operation(OperationKind::Enable, id));
        QVERIFY2(enabled, qPrintable(failure(enabled)));
        QVERIFY(account(m_scim, QStringLiteral("cy"))->enabled);
    }

    // RFC 7644 §3.4.2.2: quotes and backslashes in the value are escaped, so the filter finds that
    // user and only that user, and a value written to break out of the string matches nobody.
    void filterByExternalIdSurvivesHostileValues()
    {
        auto dir = directory(m_scim);
        const QString hostile = QStringLiteral("a\"b\\c");
        const QString hostileId = create(*dir, QStringLiteral("hostile"), hostile);
        create(*dir, QStringLiteral("near1"), QStringLiteral("a\"b"));
        create(*dir, QStringLiteral("near2"), QStringLiteral("a\\\"b\\\\c"));
        auto found = dir->findUser(QStringLiteral("externalId"), hostile);
        QVERIFY2(found, qPrintable(failure(found)));
        QVERIFY(found->has_value());
        QCOMPARE((**found).value(QStringLiteral("id")).toString(), hostileId);
        auto breakout = dir->findUser(QStringLiteral("externalId"), QStringLiteral("x\" or userName pr or \"x"));
        QVERIFY2(breakout, qPrintable(failure(breakout)));
        QVERIFY(!breakout->has_value());
        // The same without filter support: every user read, compared here.
        auto limited = directory(m_limited);
        QVERIFY(limited->apply(createUser(QStringLiteral("hostile"), hostile)));
        auto local = limited->findUser(QStringLiteral("externalId"), hostile);
        QVERIFY2(local, qPrintable(failure(local)));
        QVERIFY(local->has_value());
        QCOMPARE((**local).value(QStringLiteral("userName")).toString(), QStringLiteral("hostile"));
    }

    void readsEveryPageWhenUsersOutnumberThePageSize()
    {
        auto dir = directory(m_scim);
        for (int i = 0; i < 23; ++i)
            QVERIFY(dir->apply(createUser(QStringLiteral("page%1").arg(i), QStringLiteral("P-%1").arg(i))));
        auto all = directory(m_scim, {{QStringLiteral("pageSize"), 500}})->readAccounts(readAttributes, {});
        QVERIFY2(all, qPrintable(failure(all)));
        auto paged = directory(m_scim, {{QStringLiteral("pageSize"), 4}})->readAccounts(readAttributes, {});
        QVERIFY2(paged, qPrintable(failure(paged)));
        QVERIFY(paged->accounts.size() >= 23);
        QCOMPARE(paged->accounts.size(), all->accounts.size());
        QStringList pagedIds;
        for (const auto& a : paged->accounts)
            pagedIds << a.id;
        QStringList allIds;
        for (const auto& a : all->accounts)
            allIds << a.id;
        QCOMPARE(QSet<QString>(pagedIds.begin(), pagedIds.end()).size(), pagedIds.size());   // no user twice
        QCOMPARE(pagedIds, allIds);   // the same users, in the same (id) order
    }

    void updatesGoAsPutWhenPatchIsNotSupported()
    {
        auto dir = directory(m_limited);   // the peer answers PATCH with 501: only PUT can pass
        auto done = dir->apply(createUser(QStringLiteral("di"), QStringLiteral("1004"),
                                          {change(QStringLiteral("title"), {}, {QStringLiteral("Clerk")}),
                                           change(employeeNumber, {}, {QStringLiteral("E-1004")})}));
        QVERIFY2(done, qPrintable(failure(done)));
        const auto di = account(m_limited, QStringLiteral("di"));
        QVERIFY(di);
        auto updated = dir->apply(operation(OperationKind::Update, di->id,
                                            {change(QStringLiteral("title"), {QStringLiteral("Clerk")}, {QStringLiteral("Lead")}),
                                             change(managerValue, {}, {QStringLiteral("mgr-1")})}));
        QVERIFY2(updated, qPrintable(failure(updated)));
        auto disabled = dir->apply(operation(OperationKind::Disable, di->id));
        QVERIFY2(disabled, qPrintable(failure(disabled)));
        const auto after = account(m_limited, QStringLiteral("di"));
        QCOMPARE(after->attributes.value(QStringLiteral("title")), QStringList{QStringLiteral("Lead")});
        QCOMPARE(after->attributes.value(QStringLiteral("externalId")), QStringList{QStringLiteral("1004")});   // kept by PUT
        QCOMPARE(after->attributes.value(employeeNumber), QStringList{QStringLiteral("E-1004")});
        QCOMPARE(after->attributes.value(managerValue), QStringList{QStringLiteral("mgr-1")});
        QVERIFY(!after->enabled);

        // "patch": "never" makes a PATCH-capable service get PUT too.
        auto never = directory(m_scim, {{QStringLiteral("patch"), QStringLiteral("never")}});
        const auto ann = account(m_scim, QStringLiteral("ann.lee"));
        QVERIFY(ann);
        QVERIFY(never->apply(operation(OperationKind::Update, ann->id,
                                       {change(QStringLiteral("title"), {QStringLiteral("Engineer")}, {QStringLiteral("Architect")})})));
        QCOMPARE(account(m_scim, QStringLiteral("ann.lee"))->attributes.value(QStringLiteral("title")),
                 QStringList{QStringLiteral("Architect")});
    }

    void aResumedCreateDoesNotMakeADuplicate()
    {
        auto dir = directory(m_scim);
        const auto op = createUser(QStringLiteral("ed"), QStringLiteral("1005"), {change(QStringLiteral("title"), {}, {QStringLiteral("Intern")})});
        QVERIFY(dir->apply(op));
        auto again = dir->apply(op);   // as after a lost answer: sent twice
        QVERIFY2(again, qPrintable(failure(again)));
        auto found = dir->findUser(QStringLiteral("externalId"), QStringLiteral("1005"));
        QVERIFY2(found, qPrintable(failure(found)));   // Conflict if there were two
        QVERIFY(found->has_value());
    }

    // RFC 7644 §3.14: the version the preview read is sent as If-Match; a user changed since then
    // is refused with 412, which tells the person to preview again.
    void aUserChangedSinceThePreviewIsAConflict()
    {
        auto preview = directory(m_scim);
        const QString id = create(*preview, QStringLiteral("fay"), QStringLiteral("1006"),
                                  {change(QStringLiteral("title"), {}, {QStringLiteral("Clerk")})});
        QVERIFY(preview->readAccounts(readAttributes, {}));
        auto someoneElse = directory(m_scim);
        QVERIFY(someoneElse->apply(operation(OperationKind::Update, id,
                                             {change(QStringLiteral("title"), {}, {QStringLiteral("Changed elsewhere")})})));
        auto stale = preview->apply(operation(OperationKind::Update, id,
                                              {change(QStringLiteral("title"), {QStringLiteral("Clerk")}, {QStringLiteral("Lead")})}));
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QVERIFY2(stale.error().message.contains(QStringLiteral("preview again")), qPrintable(stale.error().message));
        QCOMPARE(stale.error().context.workerId, QStringLiteral("W-1"));
        QCOMPARE(account(m_scim, QStringLiteral("fay"))->attributes.value(QStringLiteral("title")),
                 QStringList{QStringLiteral("Changed elsewhere")});
    }

    void errorBodiesBecomeClearMessages()
    {
        auto dir = directory(m_scim);
        // userName is unique (RFC 7643 §4.1.1); the peer answers 409 uniqueness.
        auto duplicate = dir->apply(createUser(QStringLiteral("ANN.LEE"), QStringLiteral("other-1001")));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
        QVERIFY2(duplicate.error().message.contains(QStringLiteral("must be unique")), qPrintable(duplicate.error().message));
        QVERIFY2(duplicate.error().message.contains(QStringLiteral("ANN.LEE")), qPrintable(duplicate.error().message));
        QVERIFY(duplicate.error().detail.startsWith(QStringLiteral("HTTP 409 uniqueness")));
        // No userName: 400 invalidValue.
        Operation noName = operation(OperationKind::Create, {}, {change(QStringLiteral("title"), {}, {QStringLiteral("x")})});
        auto invalid = dir->apply(noName);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, ErrorCode::Rejected);
        QVERIFY2(invalid.error().message.contains(QStringLiteral("userName")), qPrintable(invalid.error().message));
        // An id the service does not know.
        auto missing = dir->apply(operation(OperationKind::Update, QStringLiteral("no-such-id"),
                                            {change(QStringLiteral("title"), {}, {QStringLiteral("x")})}));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void aWrongTokenIsAnAuthenticationError()
    {
        auto dir = directory(m_scim, {}, QStringLiteral("not-the-token"));
        auto connected = dir->testConnection();
        QVERIFY(!connected);
        QCOMPARE(connected.error().code, ErrorCode::Authentication);
        QVERIFY2(connected.error().message.contains(QStringLiteral("bearer token")), qPrintable(connected.error().message));
        auto read = directory(m_scim, {}, QStringLiteral("not-the-token"))->readAccounts(readAttributes, {});
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Authentication);
    }

    void deleteRemovesAndAnAbsentUserIsDone()
    {
        auto dir = directory(m_scim);
        const QString id = create(*dir, QStringLiteral("gone"), QStringLiteral("1009"));
        QVERIFY(!id.isEmpty());
        QVERIFY(dir->apply(operation(OperationKind::Delete, id)));
        QVERIFY(!account(m_scim, QStringLiteral("gone")));
        auto again = dir->apply(operation(OperationKind::Delete, id));
        QVERIFY2(again, qPrintable(failure(again)));
    }

    void capabilitiesTellTheTruth()
    {
        const auto capabilities = directory(m_scim)->capabilities();
        QVERIFY(capabilities.disable);
        QVERIFY(capabilities.enable);
        QVERIFY(!capabilities.move);
        QVERIFY(!capabilities.setPassword);
        QVERIFY(!capabilities.revokeSessions);
        QVERIFY(!capabilities.deltaReads);
        auto moved = directory(m_scim)->apply(operation(OperationKind::Move, QStringLiteral("x")));
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, ErrorCode::Rejected);
    }
};

QTEST_GUILESS_MAIN(TestScimDirectory)
#include "tst_scimdirectory.moc"
