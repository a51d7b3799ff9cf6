// SPDX-License-Identifier: MIT
#include "clock.h"
#include "fakefetcher.h"
#include "pollscheduler.h"
#include "testprograms.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

FetchResult failure(const QString &id, VezaError::Kind kind, int httpStatus, std::optional<qint64> retryAfterMs = {})
{
    return failedAnswer(id, kind, httpStatus, retryAfterMs);
}

FetchResult running(const QString &id, std::optional<qint64> retryAfterMs = {})
{
    return taskAnswer(id, TaskState::InProgress, TaskStatus::Unknown, retryAfterMs);
}

QStringList ids(int count, const QString &prefix = QStringLiteral("t"))
{
    QStringList result;
    for (int i = 0; i < count; ++i)
        result << prefix + QString::number(i);
    return result;
}

} // namespace

// Every rule of docs/polling.md on a virtual clock: nothing here sleeps.
class TestPollScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newTaskIsFetchedAtOnce();
    void intervalGrowsWithAge();
    void jitterStaysInRange();
    void intervalHasAFloor();
    void stopsAtComplete();
    void unknownStateKeepsPolling();
    void noOverlapWhenServerIsSlow();
    void retryAfterPausesWholeConnection_data();
    void retryAfterPausesWholeConnection();
    void rateLimitWithoutRetryAfterDoubles();
    void retryAfterIsAHintOnGoodAnswers();
    void transientFailuresBackOffThenRecover();
    void authFailureStopsEverything();
    void notFoundHasAGracePeriod();
    void permanentAnswersStopTheTask();
    void refusedCertificateBlocksTheConnection();
    void notFoundThenFoundCarriesOn();
    void capOnRequestsInFlight();
    void budgetIsFairAndNothingStarves();
    void loadLimitsOverrideThePolicy();
    void loadLimitRateBoundsRequestsPerTick();
    void loadLimitsAreBounded();
    void deadlineStopsWatching();
    void pauseAndResume();
    void pausePerTask();
    void refreshBypassesScheduleNotRateLimit();
    void offlineSendsNothingThenSpreadsOut();
    void meteredMultipliesInterval();
    void notReadyConnectionSendsNothing();
    void unwatchDropsLateAnswer();
    void rewatchWhileInFlightSendsNoSecondRequest();
    void unwatchedRequestsStillCountAgainstTheCap();
    void burstOfRateLimitsIsOneStrike();
    void newConnectionClearsRateLimit();
    void canceledRequestIsAskedAgainAtOnce();
    void systemClockIgnoresStepsBackFollowsJumpsAhead();
    void absurdRetryAfterIsClamped_data();
    void absurdRetryAfterIsClamped();
    void timesAtTheEdgesNeverOverflow_data();
    void timesAtTheEdgesNeverOverflow();
    void anOldTaskGetsItsOwnWatchTime();

private:
    void advance(qint64 ms);
    void answerAllRunning();
    // Watches count new tasks t0, t1, … and returns their ids.
    QStringList watchAll(int count);
    PollPolicy noJitter() const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeFetcher> m_fetcher;
    std::unique_ptr<PollScheduler> m_scheduler;
};

void TestPollScheduler::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_fetcher = std::make_unique<FakeFetcher>();
    m_scheduler = std::make_unique<PollScheduler>(m_fetcher.get(), m_clock.get());
    m_scheduler->setRandomSeed(7);
}

void TestPollScheduler::cleanup()
{
    m_scheduler.reset();
    m_fetcher.reset();
    m_clock.reset();
}

PollPolicy TestPollScheduler::noJitter() const
{
    PollPolicy policy;
    policy.jitter = 0;
    return policy;
}

void TestPollScheduler::advance(qint64 ms)
{
    m_clock->advance(ms);
    m_scheduler->processDue();
}

QStringList TestPollScheduler::watchAll(int count)
{
    const QStringList all = ids(count);
    for (const QString &id : all)
        m_scheduler->watch(id);
    return all;
}

void TestPollScheduler::answerAllRunning()
{
    const QStringList pending = m_fetcher->pending();
    for (const QString &id : pending)
        m_fetcher->answerResult(running(id));
}

void TestPollScheduler::newTaskIsFetchedAtOnce()
{
    QSignalSpy started(m_scheduler.get(), &PollScheduler::requestStarted);
    m_scheduler->watch(QStringLiteral("a"));
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("a")), m_clock->nowMs());
    QCOMPARE(m_scheduler->nextWakeMs(), m_clock->nowMs());
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requests(), QStringList{QStringLiteral("a")});
    QCOMPARE(started.size(), 1);
    QVERIFY(m_scheduler->isInFlight(QStringLiteral("a")));
    QCOMPARE(m_scheduler->inFlightCount(), 1);
    m_scheduler->watch(QStringLiteral("a")); // watching again changes nothing
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 1);
}

void TestPollScheduler::intervalGrowsWithAge()
{
    const PollPolicy policy = noJitter();
    QCOMPARE(policy.baseIntervalMs(0), 2'000);
    QCOMPARE(policy.baseIntervalMs(100'000), 12'000);
    QCOMPARE(policy.baseIntervalMs(3'600'000), 60'000);
    qint64 previous = 0;
    for (qint64 age = 0; age <= 6 * 3'600'000; age += 30'000) {
        const qint64 interval = policy.baseIntervalMs(age);
        QVERIFY(interval >= previous);
        QVERIFY(interval <= policy.maxIntervalMs);
        previous = interval;
    }

    m_scheduler->setPolicy(policy);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("a"))));
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("a")) - m_clock->nowMs(), 2'000);
    // A task first seen 100 s ago waits 12 s; one seen two hours ago waits a minute.
    m_scheduler->watch(QStringLiteral("old"), m_clock->nowMs() - 100'000);
    m_scheduler->watch(QStringLiteral("older"), m_clock->nowMs() - 7'200'000);
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("old"))));
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("older"))));
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("old")) - m_clock->nowMs(), 12'000);
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("older")) - m_clock->nowMs(), 60'000);
}

void TestPollScheduler::jitterStaysInRange()
{
    const PollPolicy policy; // ±20 %
    const qint64 base = policy.baseIntervalMs(300'000);
    QCOMPARE(policy.intervalMs(300'000, false, 0.0), qint64(base * 0.8));
    QCOMPARE(policy.intervalMs(300'000, false, 0.5), base);
    QVERIFY(policy.intervalMs(300'000, false, 0.999999) <= qint64(base * 1.2));

    // A pasted batch answered at the same moment spreads out instead of polling in lockstep.
    m_scheduler->setPolicy(policy);
    const QStringList batch = ids(200);
    for (const QString &id : batch)
        m_scheduler->watch(id, m_clock->nowMs() - 300'000);
    m_scheduler->setPolicy([] {
        PollPolicy p;
        p.maxInFlight = 1000;
        p.requestsPerSecond = 0;
        return p;
    }());
    m_scheduler->processDue();
    answerAllRunning();
    QSet<qint64> distinct;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = 0;
    for (const QString &id : batch) {
        const qint64 wait = m_scheduler->nextDueMs(id) - m_clock->nowMs();
        QVERIFY2(wait >= qint64(base * 0.8) && wait <= qint64(base * 1.2), QByteArray::number(wait).constData());
        distinct.insert(wait);
        low = std::min(low, wait);
        high = std::max(high, wait);
    }
    QVERIFY(distinct.size() > 150);
    QVERIFY(low < base * 0.85); // both ends of the range are used
    QVERIFY(high > base * 1.15);
}

void TestPollScheduler::intervalHasAFloor()
{
    PollPolicy policy;
    policy.firstIntervalMs = 100;
    QCOMPARE(policy.intervalMs(0, false, 0.0), 1'000);
    QCOMPARE(policy.backoffMs(1, 0.0), 1'000);
    m_scheduler->setIntervalMs(10);
    QCOMPARE(m_scheduler->policy().baseIntervalMs(0), 1'000);
}

void TestPollScheduler::stopsAtComplete()
{
    QSignalSpy results(m_scheduler.get(), &PollScheduler::resultReady);
    QSignalSpy stopped(m_scheduler.get(), &PollScheduler::watchStopped);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answer(QStringLiteral("a"), TaskState::InProgress));
    advance(2'400);
    QVERIFY(m_fetcher->answer(QStringLiteral("a"), TaskState::Complete, TaskStatus::Succeeded));
    QCOMPARE(results.size(), 2);
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped.at(0).at(1).value<PollScheduler::StopReason>(), PollScheduler::StopReason::Complete);
    QVERIFY(!m_scheduler->isWatching(QStringLiteral("a")));
    for (int i = 0; i < 10; ++i)
        advance(3'600'000);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
    QCOMPARE(m_scheduler->nextWakeMs(), -1);
}

void TestPollScheduler::unknownStateKeepsPolling()
{
    m_scheduler->setIntervalMs(5'000);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    FetchResult result = running(QStringLiteral("a"));
    result.task->state = TaskState::Unrecognised;
    result.task->stateRaw = QStringLiteral("PAUSED");
    QVERIFY(m_fetcher->answerResult(result));
    QVERIFY(m_scheduler->isWatching(QStringLiteral("a")));
    advance(5'000);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
}

void TestPollScheduler::noOverlapWhenServerIsSlow()
{
    m_scheduler->setIntervalMs(5'000);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->watch(QStringLiteral("b"));
    m_scheduler->processDue();
    // "a" does not answer for a minute; "b" answers every time.
    for (int i = 0; i < 12; ++i) {
        advance(5'000);
        m_fetcher->answer(QStringLiteral("b"), TaskState::InProgress);
    }
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 1);
    QCOMPARE(m_fetcher->maxConcurrent(QStringLiteral("a")), 1);
    QVERIFY(m_fetcher->requestCount(QStringLiteral("b")) >= 11);
    QCOMPARE(m_fetcher->maxConcurrent(QStringLiteral("b")), 1);
    QVERIFY(m_fetcher->answer(QStringLiteral("a"), TaskState::InProgress));
    advance(5'000);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
}

void TestPollScheduler::retryAfterPausesWholeConnection_data()
{
    QTest::addColumn<VezaError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("429") << VezaError::Kind::RateLimited << 429;
    QTest::newRow("503") << VezaError::Kind::Unavailable << 503;
}

void TestPollScheduler::retryAfterPausesWholeConnection()
{
    QFETCH(VezaError::Kind, kind);
    QFETCH(int, status);
    QSignalSpy limited(m_scheduler.get(), &PollScheduler::rateLimitChanged);
    m_scheduler->setIntervalMs(2'000);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->watch(QStringLiteral("b"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("b"))));
    // Retry-After (already turned into ms by the client, from seconds or an HTTP-date) covers every task.
    QVERIFY(m_fetcher->answerResult(failure(QStringLiteral("a"), kind, status, 45'000)));
    const qint64 until = m_clock->nowMs() + 45'000;
    QCOMPARE(m_scheduler->rateLimitedUntilMs(), until);
    QCOMPARE(limited.size(), 1);
    QCOMPARE(limited.at(0).at(0).toLongLong(), until);
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("b")), until);
    QCOMPARE(m_scheduler->nextWakeMs(), until);
    advance(44'999);
    QCOMPARE(m_fetcher->requests().size(), 2);
    m_scheduler->refreshAll(); // "Refresh now" never breaks a rate-limit pause
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requests().size(), 2);
    advance(1);
    QCOMPARE(m_fetcher->requests().size(), 4);
    QCOMPARE(m_scheduler->rateLimitedUntilMs(), 0);
    QCOMPARE(limited.size(), 2);
    QCOMPARE(limited.at(1).at(0).toLongLong(), 0);
}

void TestPollScheduler::rateLimitWithoutRetryAfterDoubles()
{
    m_scheduler->setPolicy(noJitter());
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerResult(failure(QStringLiteral("a"), VezaError::Kind::RateLimited, 429)));
    QCOMPARE(m_scheduler->rateLimitedUntilMs() - m_clock->nowMs(), 10'000);
    advance(10'000);
    QVERIFY(m_fetcher->answerResult(failure(QStringLiteral("a"), VezaError::Kind::RateLimited, 429)));
    QCOMPARE(m_scheduler->rateLimitedUntilMs() - m_clock->nowMs(), 20'000);
    advance(20'000);
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("a"))));
    QCOMPARE(m_scheduler->rateLimitedUntilMs(), 0);
    advance(100'000);
    QVERIFY(m_fetcher->answerResult(failure(QStringLiteral("a"), VezaError::Kind::RateLimited, 429)));
    QCOMPARE(m_scheduler->rateLimitedUntilMs() - m_clock->nowMs(), 10'000); // strikes reset by the good answer
}

void TestPollScheduler::retryAfterIsAHintOnGoodAnswers()
{
    m_scheduler->setPolicy(noJitter());
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("a"), 30'000)));
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("a")) - m_clock->nowMs(), 30'000);
    QCOMPARE(m_scheduler->rateLimitedUntilMs(), 0);
}

void TestPollScheduler::transientFailuresBackOffThenRecover()
{
    PollPolicy policy = noJitter();
    m_scheduler->setPolicy(policy);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    const QList<VezaError::Kind> kinds{VezaError::Kind::Server, VezaError::Kind::Network, VezaError::Kind::Timeout,
        VezaError::Kind::BadResponse, VezaError::Kind::Server, VezaError::Kind::Server, VezaError::Kind::Server,
        VezaError::Kind::Server, VezaError::Kind::Server};
    int failures = 0;
    for (VezaError::Kind kind : kinds) {
        QVERIFY(m_fetcher->answerResult(failure(QStringLiteral("a"), kind, kind == VezaError::Kind::Server ? 500 : 0)));
        ++failures;
        QVERIFY(m_scheduler->isWatching(QStringLiteral("a")));
        QCOMPARE(m_scheduler->retryCount(QStringLiteral("a")), failures);
        const qint64 wait = m_scheduler->nextDueMs(QStringLiteral("a")) - m_clock->nowMs();
        const qint64 ceiling = std::min<qint64>(policy.backoffBaseMs << (failures - 1), policy.backoffMaxMs);
        QVERIFY2(wait >= policy.minIntervalMs && wait <= ceiling, QByteArray::number(wait).constData());
        advance(wait);
        QVERIFY(m_scheduler->isInFlight(QStringLiteral("a")));
    }
    // Full jitter over many failures: the waits are not all at the ceiling.
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), kinds.size() + 1);
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("a"))));
    QCOMPARE(m_scheduler->retryCount(QStringLiteral("a")), 0);
    QVERIFY(m_scheduler->nextDueMs(QStringLiteral("a")) - m_clock->nowMs() <= policy.maxIntervalMs);
}

void TestPollScheduler::authFailureStopsEverything()
{
    QSignalSpy blocked(m_scheduler.get(), &PollScheduler::blockChanged);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->watch(QStringLiteral("b"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerError(QStringLiteral("a"), VezaError::Kind::Unauthorized, 401));
    QVERIFY((m_scheduler->block() == PollScheduler::Block::Auth));
    QCOMPARE(blocked.size(), 1);
    QVERIFY(m_fetcher->answerError(QStringLiteral("b"), VezaError::Kind::Unauthorized, 403));
    QCOMPARE(blocked.size(), 1); // said once
    advance(3'600'000);
    QCOMPARE(m_fetcher->requests().size(), 2);
    QCOMPARE(m_scheduler->nextWakeMs(), -1);
    m_scheduler->clearBlock();
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requests().size(), 4);
    QCOMPARE(blocked.size(), 2);
}

void TestPollScheduler::notFoundHasAGracePeriod()
{
    QSignalSpy stopped(m_scheduler.get(), &PollScheduler::watchStopped);
    const PollPolicy policy;
    m_scheduler->watch(QStringLiteral("new"));
    m_scheduler->processDue();
    int answers = 0;
    while (m_scheduler->isWatching(QStringLiteral("new")) && answers < 100) {
        QVERIFY(m_fetcher->answerError(QStringLiteral("new"), VezaError::Kind::NotFound, 404));
        ++answers;
        if (m_scheduler->isWatching(QStringLiteral("new")))
            advance(m_scheduler->nextDueMs(QStringLiteral("new")) - m_clock->nowMs());
    }
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped.at(0).at(1).value<PollScheduler::StopReason>(), PollScheduler::StopReason::NotFound);
    // Retried every notFoundRetryMs for notFoundGraceMs: about ten answers, not one and not forever.
    QCOMPARE(answers, int(policy.notFoundGraceMs / policy.notFoundRetryMs) + 1);
    advance(3'600'000);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("new")), answers);
}

void TestPollScheduler::permanentAnswersStopTheTask()
{
    QSignalSpy stopped(m_scheduler.get(), &PollScheduler::watchStopped);
    const QStringList ids{u"bad-request"_s, u"gone"_s, u"elsewhere"_s, u"conflict"_s};
    for (const QString &id : ids)
        m_scheduler->watch(id);
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerError(u"bad-request"_s, VezaError::Kind::Http, 400));
    QVERIFY(m_fetcher->answerError(u"gone"_s, VezaError::Kind::Http, 410));
    QVERIFY(m_fetcher->answerError(u"elsewhere"_s, VezaError::Kind::Redirect, 302));
    QVERIFY(m_fetcher->answerError(u"conflict"_s, VezaError::Kind::Http, 409));
    QCOMPARE(stopped.size(), 3);
    for (const auto &args : std::as_const(stopped))
        QCOMPARE(args.at(1).value<PollScheduler::StopReason>(), PollScheduler::StopReason::Refused);
    // Asking again would get the same answer: an hour later they were asked once each; a 409 may pass.
    advance(3'600'000);
    QCOMPARE(m_fetcher->requestCount(u"bad-request"_s), 1);
    QCOMPARE(m_fetcher->requestCount(u"gone"_s), 1);
    QCOMPARE(m_fetcher->requestCount(u"elsewhere"_s), 1);
    QVERIFY(m_fetcher->requestCount(u"conflict"_s) > 1);
    QVERIFY(m_scheduler->isWatching(u"conflict"_s));
    QVERIFY(!m_scheduler->isWatching(u"bad-request"_s));
}

void TestPollScheduler::refusedCertificateBlocksTheConnection()
{
    QSignalSpy blocked(m_scheduler.get(), &PollScheduler::blockChanged);
    m_scheduler->watch(u"a"_s);
    m_scheduler->watch(u"b"_s);
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerError(u"a"_s, VezaError::Kind::Tls));
    QCOMPARE(m_scheduler->block(), PollScheduler::Block::Tls);
    QVERIFY(m_fetcher->answerError(u"b"_s, VezaError::Kind::Unauthorized, 401));
    QCOMPARE(m_scheduler->block(), PollScheduler::Block::Tls); // the first refusal is the one shown
    QCOMPARE(blocked.size(), 1);
    advance(3'600'000);
    QCOMPARE(m_fetcher->requests().size(), 2); // nothing sent while blocked
    QVERIFY(m_scheduler->isWatching(u"a"_s));
    m_scheduler->clearBlock(); // the certificate was trusted: both are asked at once
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requests().size(), 4);
    QCOMPARE(blocked.size(), 2);
}

void TestPollScheduler::notFoundThenFoundCarriesOn()
{
    m_scheduler->watch(QStringLiteral("lag"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerError(QStringLiteral("lag"), VezaError::Kind::NotFound, 404));
    advance(3'000);
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("lag"))));
    QCOMPARE(m_scheduler->retryCount(QStringLiteral("lag")), 0);
    // A later 404 starts a fresh grace period.
    advance(m_scheduler->nextDueMs(QStringLiteral("lag")) - m_clock->nowMs());
    QVERIFY(m_fetcher->answerError(QStringLiteral("lag"), VezaError::Kind::NotFound, 404));
    QVERIFY(m_scheduler->isWatching(QStringLiteral("lag")));
}

void TestPollScheduler::capOnRequestsInFlight()
{
    PollPolicy policy;
    policy.maxInFlight = 4;
    policy.requestsPerSecond = 0; // no budget: the cap alone
    m_scheduler->setPolicy(policy);
    watchAll(10);
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requests().size(), 4);
    QCOMPARE(m_scheduler->inFlightCount(), 4);
    QCOMPARE(m_scheduler->nextWakeMs(), -1); // waiting for an answer, not for time
    QVERIFY(m_fetcher->answerResult(running(m_fetcher->pending().constFirst())));
    QCOMPARE(m_scheduler->nextWakeMs(), m_clock->nowMs()); // the answer frees a slot at once
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requests().size(), 5);
    QCOMPARE(m_scheduler->inFlightCount(), 4);
}

void TestPollScheduler::budgetIsFairAndNothingStarves()
{
    PollPolicy policy = PollPolicy::fixed(1'000);
    policy.maxInFlight = 100;
    policy.requestsPerSecond = 5;
    m_scheduler->setPolicy(policy);
    const QStringList all = watchAll(50);
    // 50 tasks want a request every second; the budget allows 5 a second.
    QHash<QString, qint64> lastServed;
    qint64 worstGap = 0;
    for (int tick = 0; tick < 600; ++tick) {
        const int before = int(m_fetcher->requests().size());
        m_scheduler->processDue();
        for (int i = before; i < m_fetcher->requests().size(); ++i) {
            const QString &id = m_fetcher->requests().at(i);
            if (lastServed.contains(id))
                worstGap = std::max(worstGap, m_clock->nowMs() - lastServed.value(id));
            lastServed.insert(id, m_clock->nowMs());
        }
        answerAllRunning();
        m_clock->advance(100);
    }
    const int total = int(m_fetcher->requests().size());
    QVERIFY2(total <= 5 * 60 + 5 + 1, QByteArray::number(total).constData()); // the budget holds (burst of 5)
    QVERIFY(total >= 5 * 60 - 5);
    int fewest = std::numeric_limits<int>::max();
    int most = 0;
    for (const QString &id : all) {
        fewest = std::min(fewest, m_fetcher->requestCount(id));
        most = std::max(most, m_fetcher->requestCount(id));
    }
    QVERIFY2(most - fewest <= 1, qPrintable(QStringLiteral("%1..%2").arg(fewest).arg(most)));
    QVERIFY2(worstGap <= 11'000, QByteArray::number(worstGap).constData()); // 50 tasks / 5 per s, plus a tick
}

void TestPollScheduler::loadLimitsOverrideThePolicy()
{
    LoadLimits limits;
    limits.maxInFlight = 2;
    m_scheduler->setLoadLimits(limits);
    // The user's cap outlasts a later policy (the app sets one for every connection).
    PollPolicy policy;
    policy.maxInFlight = 10;
    policy.requestsPerSecond = 0;
    m_scheduler->setPolicy(policy);
    QCOMPARE(m_scheduler->policy().maxInFlight, 2);
    QCOMPARE(m_scheduler->policy().requestsPerSecond, 0.0);
    watchAll(10);
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requests().size(), 2);
    QCOMPARE(m_scheduler->inFlightCount(), 2);
    // Back to the policy's own cap once the limit is unset.
    m_scheduler->setLoadLimits({});
    QCOMPARE(m_scheduler->policy().maxInFlight, 10);
    m_scheduler->processDue();
    QCOMPARE(m_scheduler->inFlightCount(), 10);
}

void TestPollScheduler::loadLimitRateBoundsRequestsPerTick()
{
    PollPolicy policy = PollPolicy::fixed(1'000);
    policy.maxInFlight = 64;
    m_scheduler->setPolicy(policy);
    LoadLimits limits;
    limits.requestsPerSecond = 20;
    m_scheduler->setLoadLimits(limits);
    watchAll(500);
    // A virtual minute in ticks of 50 ms: never more than the burst (20) in one tick, and 20 a second overall.
    int most = 0;
    for (int tick = 0; tick < 1'200; ++tick) {
        const int before = int(m_fetcher->requests().size());
        m_scheduler->processDue();
        most = std::max(most, int(m_fetcher->requests().size()) - before);
        answerAllRunning();
        m_clock->advance(50);
    }
    const int total = int(m_fetcher->requests().size());
    QVERIFY2(total <= 20 * 60 + 20, QByteArray::number(total).constData());
    QVERIFY2(total >= 20 * 60 - 20, QByteArray::number(total).constData()); // and it is used, not just capped
    QVERIFY2(most <= 20, QByteArray::number(most).constData());
}

void TestPollScheduler::loadLimitsAreBounded()
{
    LoadLimits limits;
    limits.requestsPerSecond = 1e12;
    limits.maxInFlight = 100'000;
    m_scheduler->setLoadLimits(limits);
    QCOMPARE(m_scheduler->policy().requestsPerSecond, LoadLimits::MaxRequestsPerSecond);
    QCOMPARE(m_scheduler->policy().maxInFlight, LoadLimits::MaxInFlight);
    limits.requestsPerSecond = -5;
    limits.maxInFlight = 0;
    m_scheduler->setLoadLimits(limits);
    QCOMPARE(m_scheduler->policy().requestsPerSecond, LoadLimits::MinRequestsPerSecond);
    QCOMPARE(m_scheduler->policy().maxInFlight, LoadLimits::MinInFlight);
    QVERIFY(!LoadLimits::isValidRate(0));
    QVERIFY(!LoadLimits::isValidRate(std::numeric_limits<double>::quiet_NaN()));
    QVERIFY(!LoadLimits::isValidRate(std::numeric_limits<double>::infinity()));
    QVERIFY(LoadLimits::isValidRate(0.5));
    QVERIFY(!LoadLimits::isValidInFlight(65));
}

void TestPollScheduler::deadlineStopsWatching()
{
    PollPolicy policy;
    policy.maxWatchMs = 3'600'000;
    m_scheduler->setPolicy(policy);
    QSignalSpy stopped(m_scheduler.get(), &PollScheduler::watchStopped);
    m_scheduler->watch(QStringLiteral("long"));
    for (int minute = 0; minute < 70 && m_scheduler->isWatching(QStringLiteral("long")); ++minute) {
        m_scheduler->processDue();
        answerAllRunning();
        m_clock->advance(60'000);
    }
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped.at(0).at(1).value<PollScheduler::StopReason>(), PollScheduler::StopReason::Deadline);
    const int requests = m_fetcher->requestCount(QStringLiteral("long"));
    advance(3'600'000);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("long")), requests);
    // It can be resumed.
    m_scheduler->watch(QStringLiteral("long"));
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("long")), requests + 1);
}

void TestPollScheduler::pauseAndResume()
{
    QSignalSpy paused(m_scheduler.get(), &PollScheduler::pausedChanged);
    m_scheduler->setPaused(true);
    m_scheduler->watch(QStringLiteral("a"));
    advance(60'000);
    QVERIFY(m_fetcher->requests().isEmpty());
    QCOMPARE(m_scheduler->nextWakeMs(), -1);
    m_scheduler->setPaused(false);
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 1);
    QCOMPARE(paused.size(), 2);
}

void TestPollScheduler::pausePerTask()
{
    m_scheduler->setIntervalMs(2'000);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->watch(QStringLiteral("b"));
    m_scheduler->processDue();
    answerAllRunning();
    m_scheduler->setTaskPaused(QStringLiteral("a"), true);
    QVERIFY(m_scheduler->isTaskPaused(QStringLiteral("a")));
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("a")), -1);
    for (int i = 0; i < 5; ++i) {
        advance(2'000);
        answerAllRunning();
    }
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 1);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("b")), 6);
    m_scheduler->setTaskPaused(QStringLiteral("a"), false);
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2); // overdue: asked at once
}

void TestPollScheduler::refreshBypassesScheduleNotRateLimit()
{
    m_scheduler->setIntervalMs(60'000);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("a"))));
    advance(1'000);
    m_scheduler->refresh(QStringLiteral("a"));
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
    m_scheduler->refresh(QStringLiteral("a")); // in flight: no second request
    m_scheduler->refreshAll();
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
    // Refresh also skips a failure backoff.
    QVERIFY(m_fetcher->answerResult(failure(QStringLiteral("a"), VezaError::Kind::Server, 500)));
    m_scheduler->refresh(QStringLiteral("a"));
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 3);
}

void TestPollScheduler::offlineSendsNothingThenSpreadsOut()
{
    PollPolicy policy = PollPolicy::fixed(2'000);
    policy.maxInFlight = 100;
    policy.requestsPerSecond = 0;
    m_scheduler->setPolicy(policy);
    const QStringList all = watchAll(40);
    m_scheduler->processDue();
    answerAllRunning();
    m_scheduler->setOnline(false);
    QCOMPARE(m_scheduler->nextWakeMs(), -1);
    advance(600'000);
    QCOMPARE(m_fetcher->requests().size(), 40);
    m_scheduler->setOnline(true);
    const qint64 back = m_clock->nowMs();
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    for (const QString &id : all) {
        const qint64 due = m_scheduler->nextDueMs(id);
        QVERIFY(due >= back && due <= back + policy.reconnectSpreadMs);
        first = std::min(first, due);
        last = std::max(last, due);
    }
    QVERIFY(last - first > policy.reconnectSpreadMs / 2); // spread out, not one burst
    advance(policy.reconnectSpreadMs);
    QCOMPARE(m_fetcher->requests().size(), 80);
}

void TestPollScheduler::meteredMultipliesInterval()
{
    m_scheduler->setPolicy(noJitter());
    m_scheduler->setMetered(true);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("a"))));
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("a")) - m_clock->nowMs(), 8'000);
}

void TestPollScheduler::notReadyConnectionSendsNothing()
{
    m_scheduler->setConnectionReady(false);
    m_scheduler->watch(QStringLiteral("a"));
    advance(60'000);
    QVERIFY(m_fetcher->requests().isEmpty());
    m_scheduler->setConnectionReady(true);
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requests().size(), 1);
}

void TestPollScheduler::unwatchDropsLateAnswer()
{
    QSignalSpy results(m_scheduler.get(), &PollScheduler::resultReady);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    m_scheduler->unwatch(QStringLiteral("a"));
    QCOMPARE(m_scheduler->inFlightCount(), 1); // still on the wire
    QVERIFY(m_fetcher->answer(QStringLiteral("a"), TaskState::Pending));
    QCOMPARE(results.size(), 0);
    QCOMPARE(m_scheduler->inFlightCount(), 0);
    advance(60'000);
    QCOMPARE(m_fetcher->requests().size(), 1);
}

void TestPollScheduler::rewatchWhileInFlightSendsNoSecondRequest()
{
    QSignalSpy results(m_scheduler.get(), &PollScheduler::resultReady);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    m_scheduler->unwatch(QStringLiteral("a"));
    m_scheduler->watch(QStringLiteral("a")); // removed and pasted again while the first request is out
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 1);
    QVERIFY(m_scheduler->isInFlight(QStringLiteral("a")));
    QVERIFY(m_fetcher->answer(QStringLiteral("a"), TaskState::Pending));
    QCOMPARE(results.size(), 1); // the first request answers for the new watch
    QCOMPARE(m_scheduler->inFlightCount(), 0);
    QCOMPARE(m_fetcher->maxConcurrent(QStringLiteral("a")), 1);
}

void TestPollScheduler::unwatchedRequestsStillCountAgainstTheCap()
{
    QSignalSpy counts(m_scheduler.get(), &PollScheduler::inFlightCountChanged);
    PollPolicy policy;
    policy.maxInFlight = 2;
    policy.requestsPerSecond = 0;
    m_scheduler->setPolicy(policy);
    watchAll(4);
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->pending().size(), 2);
    m_scheduler->unwatch(QStringLiteral("t0"));
    m_scheduler->unwatch(QStringLiteral("t1"));
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->pending().size(), 2); // the two are still on the wire
    QCOMPARE(m_scheduler->inFlightCount(), 2);
    QVERIFY(m_fetcher->answer(QStringLiteral("t0"), TaskState::Pending));
    QCOMPARE(m_scheduler->inFlightCount(), 1);
    QCOMPARE(counts.constLast().at(0).toInt(), 1); // the status bar hears of the dropped answer too
    m_scheduler->processDue();
    QCOMPARE(counts.constLast().at(0).toInt(), 2);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("t2")), 1);
    QCOMPARE(m_scheduler->inFlightCount(), 2);
}

void TestPollScheduler::burstOfRateLimitsIsOneStrike()
{
    m_scheduler->setPolicy(noJitter());
    watchAll(4);
    m_scheduler->processDue();
    // Four requests were out when the limit hit: their four 429s are one strike, a 10 s pause.
    for (const QString &id : ids(4))
        QVERIFY(m_fetcher->answerResult(failure(id, VezaError::Kind::RateLimited, 429)));
    QCOMPARE(m_scheduler->rateLimitedUntilMs() - m_clock->nowMs(), 10'000);
}

void TestPollScheduler::newConnectionClearsRateLimit()
{
    QSignalSpy limited(m_scheduler.get(), &PollScheduler::rateLimitChanged);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerResult(failure(QStringLiteral("a"), VezaError::Kind::RateLimited, 429, 600'000)));
    QVERIFY(m_scheduler->rateLimitedUntilMs() > 0);
    m_scheduler->resetRateLimit();
    QCOMPARE(m_scheduler->rateLimitedUntilMs(), 0);
    QCOMPARE(limited.size(), 2);
    m_scheduler->refreshAll();
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
}

void TestPollScheduler::canceledRequestIsAskedAgainAtOnce()
{
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerError(QStringLiteral("a"), VezaError::Kind::Canceled));
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
}

void TestPollScheduler::systemClockIgnoresStepsBackFollowsJumpsAhead()
{
    qint64 wall = 1'700'000'000'000;
    qint64 monotonic = 0;
    const SystemClock clock([&] { return wall; }, [&] { return monotonic; });
    QCOMPARE(clock.nowMs(), wall);
    monotonic += 1'000;
    wall += 1'000;
    QCOMPARE(clock.nowMs(), 1'700'000'001'000);
    // The wall clock is set back an hour: the schedule's time keeps counting on.
    wall -= 3'600'000;
    monotonic += 500;
    QCOMPARE(clock.nowMs(), 1'700'000'001'500);
    // Eight hours of sleep: the monotonic count stood still, the wall clock did not.
    wall += 3'600'000 + 500 + 8 * 3'600'000;
    QCOMPARE(clock.nowMs(), wall);
    monotonic += 100;
    wall += 100;
    QCOMPARE(clock.nowMs(), wall);
}

void TestPollScheduler::absurdRetryAfterIsClamped_data()
{
    QTest::addColumn<FetchResult>("answer");
    QTest::addColumn<bool>("pausesConnection");
    // As a fetcher other than VezaClient might hand them over: the scheduler bounds them itself.
    const qint64 absurd = std::numeric_limits<qint64>::max();
    const QString id = QStringLiteral("a");
    QTest::newRow("200 with a hint of 2^63 ms") << running(id, absurd) << false;
    QTest::newRow("429 for 31 years") << failure(id, VezaError::Kind::RateLimited, 429, 999'999'999'000LL) << true;
    QTest::newRow("503 for 2^63 ms") << failure(id, VezaError::Kind::Unavailable, 503, absurd) << true;
    QTest::newRow("500 with a hint of 2^63 ms") << failure(id, VezaError::Kind::Server, 500, absurd) << false;
    QTest::newRow("404 with a hint of 2^63 ms") << failure(id, VezaError::Kind::NotFound, 404, absurd) << false;
}

void TestPollScheduler::absurdRetryAfterIsClamped()
{
    QFETCH(FetchResult, answer);
    QFETCH(bool, pausesConnection);
    const PollPolicy policy = noJitter();
    m_scheduler->setPolicy(policy);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->watch(QStringLiteral("b"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerResult(answer));
    const qint64 now = m_clock->nowMs();
    const qint64 due = m_scheduler->nextDueMs(QStringLiteral("a"));
    QVERIFY2(due > now && due <= now + policy.maxRetryAfterMs, qPrintable(QString::number(due - now)));
    QCOMPARE(m_scheduler->rateLimitedUntilMs() != 0, pausesConnection);
    if (pausesConnection)
        QCOMPARE(m_scheduler->rateLimitedUntilMs(), now + policy.maxRetryAfterMs);
    // The timer is armed for a real moment, and polling goes on once it comes.
    QVERIFY(m_scheduler->nextWakeMs() <= now + policy.maxRetryAfterMs);
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("b"))));
    advance(policy.maxRetryAfterMs);
    QVERIFY(m_fetcher->pending().contains(QStringLiteral("a")));
    QVERIFY(m_fetcher->pending().contains(QStringLiteral("b")));
}

void TestPollScheduler::timesAtTheEdgesNeverOverflow_data()
{
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<qint64>("sinceMs");
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("first seen at the dawn of time") << qint64(1'700'000'000'000) << min + 1;
    QTest::newRow("first seen at the end of time") << qint64(1'700'000'000'000) << max;
    QTest::newRow("clock at the end of time") << max - 1'000 << max - 2'000;
    QTest::newRow("clock at zero, seen in the future") << qint64(0) << max / 2;
}

void TestPollScheduler::timesAtTheEdgesNeverOverflow()
{
    // Stored first-seen times and clocks come from outside (a database, a wall clock): no sum may wrap.
    QFETCH(qint64, nowMs);
    QFETCH(qint64, sinceMs);
    PollPolicy policy;
    policy.maxWatchMs = std::numeric_limits<qint64>::max();
    m_scheduler->setPolicy(policy);
    m_clock->set(nowMs);
    m_scheduler->watch(QStringLiteral("a"), sinceMs);
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->pending(), QStringList{QStringLiteral("a")});
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("a"), std::numeric_limits<qint64>::max())));
    const qint64 due = m_scheduler->nextDueMs(QStringLiteral("a"));
    QVERIFY2(due >= nowMs, qPrintable(QString::number(due)));
    QVERIFY(m_scheduler->nextWakeMs() >= nowMs);
}

void TestPollScheduler::anOldTaskGetsItsOwnWatchTime()
{
    // A task first seen 30 hours ago (restored, or its created_at learnt) is asked at its age's pace, and the
    // maximum watch time counts from when it was watched again, not from its age: Resume keeps it watched.
    QSignalSpy stopped(m_scheduler.get(), &PollScheduler::watchStopped);
    const qint64 thirtyHours = 30LL * 3600 * 1000;
    m_scheduler->watch(QStringLiteral("old"), m_clock->nowMs() - thirtyHours);
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->pending(), QStringList{QStringLiteral("old")});
    QVERIFY(m_fetcher->answerResult(running(QStringLiteral("old"))));
    m_scheduler->setFirstSeen(QStringLiteral("old"), m_clock->nowMs() - 2 * thirtyHours);
    advance(m_scheduler->policy().maxIntervalMs * 2);
    QCOMPARE(m_fetcher->pending(), QStringList{QStringLiteral("old")});
    QVERIFY(stopped.isEmpty());
}

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
