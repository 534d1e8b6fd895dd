// The client-side token bucket: bursts, pacing, sliding-window safety and Retry-After pauses.

#include "connectors/net/ratelimiter.h"

#include <QTest>

using namespace Tenure::Connectors::Net;
using namespace std::chrono;

class TestRateLimiter : public QObject {
    Q_OBJECT

    RateLimiter::Clock::time_point m_now{seconds(1000)};
    std::function<RateLimiter::Clock::time_point()> clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void burstIsFreeThenCallersWaitInTurn()
    {
        RateLimiter limiter({5, 10}, clock());   // 5 at once, then 10 per second
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.reserve(1).count(), 0);
        QCOMPARE(duration_cast<milliseconds>(limiter.reserve(1)).count(), 100);
        QCOMPARE(duration_cast<milliseconds>(limiter.reserve(1)).count(), 200);   // reserved behind the first
        m_now += milliseconds(200);
        QCOMPARE(limiter.reserve(1).count() > 0, true);
    }

    void costOfABatchIsTakenAtOnce()
    {
        RateLimiter limiter({20, 20}, clock());
        QCOMPARE(limiter.reserve(20).count(), 0);
        QCOMPARE(duration_cast<milliseconds>(limiter.reserve(20)).count(), 1000);
    }

    void forWindowNeverExceedsTheQuotaInAnyWindow()
    {
        // Graph: 3,000 writes per 150 s. Simulate greedy callers for 10 windows and check every
        // sliding window of 150 s.
        const auto config = RateLimiter::forWindow(3000, seconds(150), 20);
        QVERIFY(config.capacity == 20);
        QVERIFY(config.refillPerSecond * 150 + config.capacity <= 3000);
        QVERIFY(config.refillPerSecond * 150 / 3000 > 0.95);   // and still uses ≥ 95 % of it
        RateLimiter limiter(config, clock());
        QList<RateLimiter::Clock::time_point> sent;
        const auto start = m_now;
        while (m_now - start < seconds(1500)) {
            const auto wait = limiter.reserve(20);
            m_now += duration_cast<RateLimiter::Clock::duration>(wait);
            for (int i = 0; i < 20; ++i)
                sent.append(m_now);
        }
        qsizetype first = 0;
        for (qsizetype last = 0; last < sent.size(); ++last) {
            while (sent[last] - sent[first] >= seconds(150))
                ++first;
            QVERIFY2(last - first + 1 <= 3000, "more than 3,000 in a 150 s window");
        }
    }

    void pauseHoldsEveryoneUntilItEnds()
    {
        RateLimiter limiter({100, 100}, clock());
        limiter.pauseUntil(m_now + seconds(3));
        QCOMPARE(duration_cast<milliseconds>(limiter.reserve(1)).count(), 3000);
        limiter.pauseUntil(m_now + seconds(1));   // an earlier end does not shorten it
        QCOMPARE(duration_cast<milliseconds>(limiter.reserve(1)).count(), 3000);
        m_now += seconds(3);
        QCOMPARE(limiter.reserve(1).count(), 0);
    }

    void sleepUntilNeverReturnsEarlyAndStopsOnCancel()
    {
        const auto deadline = RateLimiter::Clock::now() + milliseconds(120);
        QVERIFY(sleepUntil(deadline, Tenure::Models::CancelToken()));
        QVERIFY(RateLimiter::Clock::now() >= deadline);
        Tenure::Models::CancelToken cancel;
        cancel.cancel();
        QVERIFY(!sleepUntil(RateLimiter::Clock::now() + seconds(10), cancel));
    }

    void sharedLimiterIsOnePerKey()
    {
        auto a = sharedRateLimiter(QStringLiteral("k/app/tenant"), {1, 1});
        auto b = sharedRateLimiter(QStringLiteral("k/app/tenant"), {5, 5});
        auto c = sharedRateLimiter(QStringLiteral("k/app/other"), {1, 1});
        QCOMPARE(a.get(), b.get());
        QVERIFY(a.get() != c.get());
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
