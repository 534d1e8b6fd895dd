// Retry-After parsing (RFC 9110 §10.2.3) and the backoff schedule of the HTTP client.

#include "connectors/net/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace Tenure::Connectors::Net;
using namespace std::chrono;

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void retryAfterIsParsed_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<qint64>("expectedMs");   // -1: not parseable
        const QByteArray date = "Sun, 06 Nov 1994 08:49:37 GMT";
        QTest::newRow("delay-seconds") << QByteArray("120") << QByteArray() << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << QByteArray() << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 7 ") << QByteArray() << qint64(7000);
        QTest::newRow("imf-fixdate vs Date") << QByteArray("Sun, 06 Nov 1994 08:50:07 GMT") << date << qint64(30000);
        QTest::newRow("rfc850 vs Date") << QByteArray("Sunday, 06-Nov-94 08:49:47 GMT") << date << qint64(10000);
        QTest::newRow("asctime vs Date") << QByteArray("Sun Nov  6 08:49:42 1994") << date << qint64(5000);
        QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:00 GMT") << date << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << QByteArray() << qint64(-1);
        QTest::newRow("empty") << QByteArray() << QByteArray() << qint64(-1);
    }

    void retryAfterIsParsed()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, date);
        QFETCH(qint64, expectedMs);
        const auto parsed = parseRetryAfter(value, date);
        if (expectedMs < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->count(), expectedMs);
        }
    }

    void httpDateWithoutDateHeaderIsMeasuredFromNow()
    {
        const QDateTime now(QDate(2024, 5, 1), QTime(12, 0, 0), QTimeZone::utc());
        const auto parsed = parseRetryAfter("Wed, 01 May 2024 12:00:45 GMT", {}, now);
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), 45000);
    }

    void backoffGrowsExponentiallyWithinJitterBounds()
    {
        RetryPolicy policy;
        policy.backoffBase = milliseconds(100);
        policy.backoffMax = milliseconds(1000);
        // equal jitter: between half the window and the whole window
        QCOMPARE(policy.backoff(1, 0.0).count(), 50);
        QCOMPARE(policy.backoff(1, 1.0).count(), 100);
        QCOMPARE(policy.backoff(2, 0.0).count(), 100);
        QCOMPARE(policy.backoff(3, 0.999).count(), 400);
        QCOMPARE(policy.backoff(10, 1.0).count(), 1000);   // capped
        QCOMPARE(policy.backoff(10, 0.0).count(), 500);
        for (int i = 0; i < 100; ++i) {
            const auto wait = policy.backoff(4);
            QVERIFY(wait >= milliseconds(400) && wait <= milliseconds(800));
        }
    }

    void onlyTransientStatusesAreRetryable()
    {
        for (int status : {408, 429, 500, 502, 503, 504})
            QVERIFY(isRetryableStatus(status));
        for (int status : {200, 400, 401, 403, 404, 409, 410, 424, 501})
            QVERIFY(!isRetryableStatus(status));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
