// Email and username written back to SuccessFactors with the OData upsert, checked on the server.
#include "sffixture.h"

using namespace Tenure;
using namespace Tenure::Tests::SuccessFactors;
using Connectors::WriteBackItem;

class TestSuccessFactorsWriteBack : public QObject {
    Q_OBJECT

    static std::optional<Email> emailOf(const Person& p, const QString& type)
    {
        for (const auto& e : p.emails) {
            if (e.type == type)
                return e;
        }
        return std::nullopt;
    }

    Connectors::SuccessFactorsSettings writeBackSettings(SfFixture& f)
    {
        auto s = f.settings();
        s.writeBackEmailType = BusinessEmail;
        return s;
    }

private Q_SLOTS:
    void emailAndUsernameLandOnThePersonAndItsUser()
    {
        SfFixture f;
        QVERIFY(f.start());
        Person ann = person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee"));
        ann.emails.clear();   // a joiner: no business email yet
        f.server.service().addPeople({ann});
        auto source = f.source(writeBackSettings(f));
        QVERIFY(source->writeBack());
        auto outcomes = source->writeBack()->writeBack(
            {WriteBackItem{QStringLiteral("1001"), QStringLiteral("ann.lee@acme.test"), QStringLiteral("alee")}}, {});
        QVERIFY2(outcomes, outcomes ? "" : qPrintable(outcomes.error().describe()));
        QCOMPARE(outcomes->size(), 1);
        QVERIFY2(outcomes->first().written, qPrintable(outcomes->first().message));
        QCOMPARE(outcomes->first().workerId, QStringLiteral("1001"));

        const auto stored = f.server.service().person(QStringLiteral("1001"));
        QVERIFY(stored);
        const auto business = emailOf(*stored, BusinessEmail);
        QVERIFY(business);
        QCOMPARE(business->address, QStringLiteral("ann.lee@acme.test"));
        QVERIFY(business->primary);
        QCOMPARE(stored->username, QStringLiteral("alee"));
        // The upsert named the entities by their keys: PerEmail by type and person, User by userId.
        const auto upserts = f.server.service().upserts();
        QCOMPARE(upserts.size(), 2);
        QCOMPARE(upserts.at(0).uri, QStringLiteral("PerEmail(emailType='8448',personIdExternal='1001')"));
        QCOMPARE(upserts.at(1).uri, QStringLiteral("User('u1001')"));
        QVERIFY(upserts.at(0).entity.value(QStringLiteral("isPrimary")).isBool());
    }

    void anotherPrimaryEmailStepsAsideFirst()
    {
        SfFixture f;
        QVERIFY(f.start());
        Person bo = person(QStringLiteral("1002"), QStringLiteral("Bo"), QStringLiteral("Stone"));
        bo.emails = {{PersonalEmail, QStringLiteral("bo@home.test"), true, bo.lastModified}};
        f.server.service().addPeople({bo});
        auto outcomes = f.source(writeBackSettings(f))->writeBack()->writeBack(
            {WriteBackItem{QStringLiteral("1002"), QStringLiteral("bo.stone@acme.test"), {}}}, {});
        QVERIFY(outcomes);
        QVERIFY2(outcomes->first().written, qPrintable(outcomes->first().message));
        const auto stored = f.server.service().person(QStringLiteral("1002"));
        QVERIFY(emailOf(*stored, BusinessEmail)->primary);
        QVERIFY(!emailOf(*stored, PersonalEmail)->primary);
        QCOMPARE(emailOf(*stored, PersonalEmail)->address, QStringLiteral("bo@home.test"));
    }

    void eachWorkerGetsItsOwnOutcome()
    {
        SfFixture f;
        QVERIFY(f.start());
        f.server.service().addPeople({person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee")),
                                      person(QStringLiteral("1002"), QStringLiteral("Bo"), QStringLiteral("Stone"))});
        auto outcomes = f.source(writeBackSettings(f))->writeBack()->writeBack(
            {WriteBackItem{QStringLiteral("1001"), {}, QStringLiteral("bo")},          // Bo's username: refused
             WriteBackItem{QStringLiteral("9999"), QStringLiteral("x@acme.test"), {}},  // no such person
             WriteBackItem{QStringLiteral("1002"), QStringLiteral("bo.s@acme.test"), {}},
             WriteBackItem{QStringLiteral("1001"), {}, {}}},
            {});
        QVERIFY2(outcomes, outcomes ? "" : qPrintable(outcomes.error().describe()));
        QCOMPARE(outcomes->size(), 4);
        QVERIFY(!outcomes->at(0).written);
        QVERIFY2(outcomes->at(0).message.contains(QStringLiteral("SuccessFactors refused the username")),
                 qPrintable(outcomes->at(0).message));
        QVERIFY(outcomes->at(0).message.contains(QStringLiteral("used by another user")));
        QVERIFY(!outcomes->at(1).written);
        QVERIFY2(outcomes->at(1).message.contains(QStringLiteral("no person with personIdExternal 9999")),
                 qPrintable(outcomes->at(1).message));
        QVERIFY2(outcomes->at(2).written, qPrintable(outcomes->at(2).message));
        QVERIFY(!outcomes->at(3).written);
        QVERIFY(outcomes->at(3).message.contains(QStringLiteral("no email or username")));
        QCOMPARE(f.server.service().person(QStringLiteral("1001"))->username, QStringLiteral("ann"));   // unchanged
        QCOMPARE(emailOf(*f.server.service().person(QStringLiteral("1002")), BusinessEmail)->address,
                 QStringLiteral("bo.s@acme.test"));
    }

    void withoutAnEmailTypeOnlyTheUsernameIsWritten()
    {
        SfFixture f;
        QVERIFY(f.start());
        f.server.service().addPeople({person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee"))});
        auto outcomes = f.source()->writeBack()->writeBack(
            {WriteBackItem{QStringLiteral("1001"), QStringLiteral("new@acme.test"), QStringLiteral("alee")}}, {});
        QVERIFY(outcomes);
        QVERIFY(!outcomes->first().written);
        QVERIFY2(outcomes->first().message.contains(QStringLiteral("writeBackEmailType")), qPrintable(outcomes->first().message));
        QVERIFY(outcomes->first().message.contains(QStringLiteral("the rest was written")));
        QCOMPARE(f.server.service().person(QStringLiteral("1001"))->username, QStringLiteral("alee"));
        QCOMPARE(emailOf(*f.server.service().person(QStringLiteral("1001")), BusinessEmail)->address,
                 QStringLiteral("ann@acme.test"));
    }

    void refusedCredentialsFailTheWholeWriteBack()
    {
        SfFixture f;
        QVERIFY(f.start());
        f.server.service().addPeople({person(QStringLiteral("1001"), QStringLiteral("Ann"), QStringLiteral("Lee"))});
        auto outcomes = f.source(writeBackSettings(f), QStringLiteral("wrong"))
                            ->writeBack()
                            ->writeBack({WriteBackItem{QStringLiteral("1001"), QStringLiteral("a@acme.test"), {}}}, {});
        QVERIFY(!outcomes);
        QCOMPARE(outcomes.error().code, Models::ErrorCode::Authentication);
        QVERIFY(f.server.service().upserts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSuccessFactorsWriteBack)
#include "tst_successfactorswriteback.moc"
