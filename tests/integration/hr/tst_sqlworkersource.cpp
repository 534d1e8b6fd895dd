// The SQL staging-table source: full reads, incremental reads by a watermark column (the
// watermark moves only on success, deltas are never full snapshots), bad rows as per-row errors,
// and a query or credential that fails the whole read. SQLite always; PostgreSQL when the
// fixture can start a throwaway cluster (root), otherwise skipped with the reason.
#include "connectors/hr/sql/sqlworkersource.h"
#include "tests/support/postgresfixture.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tenure;

namespace {

const QString Query = QStringLiteral("SELECT worker_id AS \"WorkerID\", given_name AS \"FirstName\", hire_date AS "
                                     "\"HireDate\", status AS \"Status\", updated_at FROM hr_staging");

QStringList ids(const Models::HrSnapshot& snapshot)
{
    QStringList list;
    for (const auto& w : snapshot.workers)
        list.append(w.workerId);
    list.sort();   // a full read has no ORDER BY: PostgreSQL returns updated rows last
    return list;
}

} // namespace

class TestSqlWorkerSource : public QObject {
    Q_OBJECT

private:
    // Seeds three workers updated at 10:00, 11:00, 12:00 through `exec`.
    template <typename Exec>
    static bool seed(Exec exec, const QString& timestampType)
    {
        return exec(QStringLiteral("CREATE TABLE hr_staging (worker_id VARCHAR(20), given_name VARCHAR(50), hire_date DATE, "
                                   "status VARCHAR(20), updated_at %1)")
                        .arg(timestampType)) &&
               exec(QStringLiteral("INSERT INTO hr_staging VALUES ('1', 'Ann', '2020-01-01', 'Active', '2026-01-05 10:00:00'),"
                                   "('2', 'Bob', '2021-02-03', 'Active', '2026-01-05 11:00:00'),"
                                   "('3', NULL, '2022-03-04', 'Terminated', '2026-01-05 12:00:00')"));
    }

    static void checkFullAndIncremental(const QJsonObject& settingsJson, const QString& password,
                                        const std::function<bool(const QString&)>& exec)
    {
        auto settings = Connectors::SqlSourceSettings::fromJson(settingsJson);
        QVERIFY2(settings, qPrintable(settings ? QString() : settings.error().describe()));
        Connectors::SqlWorkerSource source(*settings, password);

        auto full = source.read({});
        QVERIFY2(full, qPrintable(full ? QString() : full.error().describe()));
        QVERIFY(full->isFullSnapshot);
        QCOMPARE(ids(*full), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(Models::firstValue(full->workers.at(1).attributes, QStringLiteral("HireDate")), QStringLiteral("2021-02-03"));
        QVERIFY(!full->workers.at(2).attributes.contains(QStringLiteral("FirstName")));   // NULL is absent

        QString watermark;
        auto first = source.readChanges(watermark, {});
        QVERIFY2(first, qPrintable(first ? QString() : first.error().describe()));
        QVERIFY(!first->isFullSnapshot);
        QCOMPARE(first->workers.size(), 3);
        QVERIFY2(watermark.startsWith(QStringLiteral("2026-01-05T12:00:00")), qPrintable(watermark));

        auto nothing = source.readChanges(watermark, {});
        QVERIFY(nothing);
        QCOMPARE(nothing->workers.size(), 0);
        QVERIFY2(watermark.startsWith(QStringLiteral("2026-01-05T12:00:00")), qPrintable(watermark));

        QVERIFY(exec(QStringLiteral("UPDATE hr_staging SET status = 'Terminated', updated_at = '2026-01-06 09:30:00' "
                                    "WHERE worker_id = '2'")));
        auto delta = source.readChanges(watermark, {});
        QVERIFY(delta);
        QCOMPARE(ids(*delta), QStringList{QStringLiteral("2")});
        QCOMPARE(Models::firstValue(delta->workers.at(0).attributes, QStringLiteral("Status")), QStringLiteral("Terminated"));
        QVERIFY2(watermark.startsWith(QStringLiteral("2026-01-06T09:30:00")), qPrintable(watermark));

        // Bad rows: a duplicated id and a missing id become errors with their row; others proceed.
        QVERIFY(exec(QStringLiteral("INSERT INTO hr_staging VALUES ('1', 'Ann again', '2020-01-01', 'Active', "
                                    "'2026-01-07 08:00:00'), (NULL, 'Nobody', NULL, 'Active', '2026-01-07 08:00:01')")));
        auto bad = source.read({});
        QVERIFY(bad);
        QCOMPARE(ids(*bad), (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(bad->errors.size(), 3);   // both records of worker 1, and the row without an id
    }

private Q_SLOTS:
    void sqliteFullAndIncrementalReads()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("hr.sqlite"));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            auto exec = [&](const QString& sql) { return QSqlQuery(db).exec(sql); };
            // ISO text timestamps: SQLite compares them as text, which orders them correctly.
            QVERIFY(seed(exec, QStringLiteral("TEXT")));
            checkFullAndIncremental({{QStringLiteral("driver"), QStringLiteral("QSQLITE")},
                                     {QStringLiteral("database"), path},
                                     {QStringLiteral("query"), QString(Query).replace(QLatin1String("updated_at FROM"),
                                                                                        QLatin1String("replace(updated_at, ' ', 'T') AS updated_at FROM"))},
                                     {QStringLiteral("watermarkColumn"), QStringLiteral("updated_at")}},
                                    {}, exec);
            QVERIFY(!QTest::currentTestFailed());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    }

    void postgresFullAndIncrementalReads()
    {
        Tests::PostgresFixture pg;
        if (!pg.canRun())
            QSKIP(qPrintable(pg.whyNot()));
        QVERIFY2(pg.start(), qPrintable(pg.errorString()));
        auto exec = [&](const QString& sql) { return pg.psql(sql); };
        QVERIFY2(seed(exec, QStringLiteral("TIMESTAMP(6)")), qPrintable(pg.errorString()));
        checkFullAndIncremental({{QStringLiteral("driver"), QStringLiteral("QPSQL")},
                                 {QStringLiteral("database"), pg.database()},
                                 {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), pg.port()},
                                 {QStringLiteral("user"), pg.user()},
                                 {QStringLiteral("query"), Query},
                                 {QStringLiteral("watermarkColumn"), QStringLiteral("updated_at")}},
                                pg.password(), exec);

        // A refused password and a broken query fail the whole read: nothing is planned from them.
        auto settings = Connectors::SqlSourceSettings::fromJson({{QStringLiteral("driver"), QStringLiteral("QPSQL")},
                                                                 {QStringLiteral("database"), pg.database()},
                                                                 {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                                 {QStringLiteral("port"), pg.port()},
                                                                 {QStringLiteral("user"), pg.user()},
                                                                 {QStringLiteral("query"), Query}});
        QVERIFY(settings);
        auto refused = Connectors::SqlWorkerSource(*settings, QStringLiteral("wrong")).read({});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Models::ErrorCode::Authentication);
        settings->query = QStringLiteral("SELECT nope FROM hr_staging");
        auto broken = Connectors::SqlWorkerSource(*settings, pg.password()).read({});
        QVERIFY(!broken);
        QVERIFY2(broken.error().detail.contains(QStringLiteral("nope")), qPrintable(broken.error().detail));
    }

    void settingsErrorsNameTheField_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const QJsonObject ok{{QStringLiteral("driver"), QStringLiteral("QSQLITE")},
                             {QStringLiteral("database"), QStringLiteral("x.db")},
                             {QStringLiteral("query"), QStringLiteral("SELECT 1 AS WorkerID")}};
        auto with = [&](const char* key, const QJsonValue& v) {
            auto json = ok;
            json.insert(QLatin1String(key), v);
            return json;
        };
        QTest::newRow("driver") << with("driver", QStringLiteral("QNOPE")) << QStringLiteral("driver");
        QTest::newRow("database") << with("database", QString()) << QStringLiteral("database");
        QTest::newRow("query") << with("query", QStringLiteral("DELETE FROM t")) << QStringLiteral("query");
        QTest::newRow("watermark") << with("watermarkColumn", QStringLiteral("a; DROP")) << QStringLiteral("watermarkColumn");
    }
    void settingsErrorsNameTheField()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto settings = Connectors::SqlSourceSettings::fromJson(json);
        QVERIFY(!settings);
        QCOMPARE(settings.error().context.attribute, field);
    }
};

QTEST_GUILESS_MAIN(TestSqlWorkerSource)
#include "tst_sqlworkersource.moc"
