// SPDX-License-Identifier: MIT
#include "clock.h"
#include "fakefetcher.h"
#include "pollscheduler.h"

#include <QSignalSpy>
#include <QTest>

class TestPollScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newTaskIsFetchedAtOnce();
    void fixedIntervalAfterEachAnswer();
    void stopsAtComplete();
    void unknownStateKeepsPolling();
    void noOverlapWhenServerIsSlow();
    void errorsKeepPolling();
    void retryAfterIsHonoured();
    void pauseAndResume();
    void refreshBypassesSchedule();
    void authFailureStopsEverything();
    void unwatchDropsLateAnswer();
    void canceledRequestIsAskedAgainAtOnce();
    void intervalHasAFloor();

private:
    void advance(qint64 ms);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeFetcher> m_fetcher;
    std::unique_ptr<PollScheduler> m_scheduler;
};

void TestPollScheduler::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_fetcher = std::make_unique<FakeFetcher>();
    m_scheduler = std::make_unique<PollScheduler>(m_fetcher.get(), m_clock.get());
    m_scheduler->setIntervalMs(5'000);
}

void TestPollScheduler::cleanup()
{
    m_scheduler.reset();
    m_fetcher.reset();
    m_clock.reset();
}

void TestPollScheduler::advance(qint64 ms)
{
    m_clock->advance(ms);
    m_scheduler->processDue();
}

void TestPollScheduler::newTaskIsFetchedAtOnce()
{
    QSignalSpy started(m_scheduler.get(), &PollScheduler::requestStarted);
    m_scheduler->watch(QStringLiteral("a"));
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("a")), m_clock->nowMs());
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requests(), QStringList{QStringLiteral("a")});
    QCOMPARE(started.size(), 1);
    QVERIFY(m_scheduler->isInFlight(QStringLiteral("a")));
    QCOMPARE(m_scheduler->inFlightCount(), 1);
    // Watching again changes nothing.
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 1);
}

void TestPollScheduler::fixedIntervalAfterEachAnswer()
{
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    advance(700);  // the answer takes 700 ms; the interval counts from the answer
    QVERIFY(m_fetcher->answer(QStringLiteral("a"), TaskState::Pending));
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("a")), m_clock->nowMs() + 5'000);
    advance(4'999);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 1);
    advance(1);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
}

void TestPollScheduler::stopsAtComplete()
{
    QSignalSpy results(m_scheduler.get(), &PollScheduler::resultReady);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answer(QStringLiteral("a"), TaskState::InProgress));
    advance(5'000);
    QVERIFY(m_fetcher->answer(QStringLiteral("a"), TaskState::Complete, TaskStatus::Succeeded));
    QCOMPARE(results.size(), 2);
    QVERIFY(!m_scheduler->isWatching(QStringLiteral("a")));
    for (int i = 0; i < 10; ++i)
        advance(60'000);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("a")), -1);
}

void TestPollScheduler::unknownStateKeepsPolling()
{
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    FetchResult result;
    result.id = QStringLiteral("a");
    AsyncTask task;
    task.state = TaskState::Unrecognised;
    task.stateRaw = QStringLiteral("PAUSED");
    result.task = task;
    QVERIFY(m_fetcher->answerResult(result));
    QVERIFY(m_scheduler->isWatching(QStringLiteral("a")));
    advance(5'000);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
}

void TestPollScheduler::noOverlapWhenServerIsSlow()
{
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->watch(QStringLiteral("b"));
    m_scheduler->processDue();
    // "a" never answers for a minute; "b" answers every time.
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

void TestPollScheduler::errorsKeepPolling()
{
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    for (VezaError::Kind kind : {VezaError::Kind::Server, VezaError::Kind::Network, VezaError::Kind::Timeout,
                                 VezaError::Kind::BadResponse, VezaError::Kind::NotFound}) {
        QVERIFY(m_fetcher->answerError(QStringLiteral("a"), kind, 500));
        QVERIFY(m_scheduler->isWatching(QStringLiteral("a")));
        advance(5'000);
    }
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 6);
}

void TestPollScheduler::retryAfterIsHonoured()
{
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    FetchResult result;
    result.id = QStringLiteral("a");
    result.httpStatus = 503;
    result.error.kind = VezaError::Kind::Unavailable;
    result.retryAfterMs = 30'000;
    QVERIFY(m_fetcher->answerResult(result));
    QCOMPARE(m_scheduler->nextDueMs(QStringLiteral("a")), m_clock->nowMs() + 30'000);
    advance(29'999);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 1);
    advance(1);
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
}

void TestPollScheduler::pauseAndResume()
{
    QSignalSpy paused(m_scheduler.get(), &PollScheduler::pausedChanged);
    m_scheduler->setPaused(true);
    m_scheduler->watch(QStringLiteral("a"));
    advance(60'000);
    QVERIFY(m_fetcher->requests().isEmpty());
    m_scheduler->setPaused(false);
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 1);
    QCOMPARE(paused.size(), 2);
}

void TestPollScheduler::refreshBypassesSchedule()
{
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answer(QStringLiteral("a"), TaskState::Pending));
    advance(1'000);
    m_scheduler->refresh(QStringLiteral("a"));
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
    // Refresh while in flight does not add a second request.
    m_scheduler->refresh(QStringLiteral("a"));
    m_scheduler->refreshAll();
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
}

void TestPollScheduler::authFailureStopsEverything()
{
    QSignalSpy blocked(m_scheduler.get(), &PollScheduler::authBlockedChanged);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->watch(QStringLiteral("b"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerError(QStringLiteral("a"), VezaError::Kind::Unauthorized, 401));
    QVERIFY(m_scheduler->isAuthBlocked());
    QCOMPARE(blocked.size(), 1);
    QVERIFY(m_fetcher->answerError(QStringLiteral("b"), VezaError::Kind::Unauthorized, 401));
    QCOMPARE(blocked.size(), 1);  // said once
    advance(600'000);
    QCOMPARE(m_fetcher->requests().size(), 2);
    m_scheduler->clearAuthBlock();
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requests().size(), 4);
    QCOMPARE(blocked.size(), 2);
}

void TestPollScheduler::unwatchDropsLateAnswer()
{
    QSignalSpy results(m_scheduler.get(), &PollScheduler::resultReady);
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    m_scheduler->unwatch(QStringLiteral("a"));
    QVERIFY(m_fetcher->answer(QStringLiteral("a"), TaskState::Pending));
    QCOMPARE(results.size(), 0);
    advance(60'000);
    QCOMPARE(m_fetcher->requests().size(), 1);
}

void TestPollScheduler::canceledRequestIsAskedAgainAtOnce()
{
    m_scheduler->watch(QStringLiteral("a"));
    m_scheduler->processDue();
    QVERIFY(m_fetcher->answerError(QStringLiteral("a"), VezaError::Kind::Canceled));
    m_scheduler->processDue();
    QCOMPARE(m_fetcher->requestCount(QStringLiteral("a")), 2);
}

void TestPollScheduler::intervalHasAFloor()
{
    m_scheduler->setIntervalMs(10);
    QCOMPARE(m_scheduler->intervalMs(), 1'000);
}

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
