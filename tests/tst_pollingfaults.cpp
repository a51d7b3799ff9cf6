// SPDX-License-Identifier: MIT
#include "clock.h"
#include "simfixture.h"
#include "taskmonitor.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

// The polling engine against the real simulator with faults switched on: every task reaches its true final
// state once the faults stop, and the requests per task stay within the policy's bounds.
class TestPollingFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTaskReachesItsFinalStateThroughFaults();
    void drippingServersDoNotStarveOthers();
};

void TestPollingFaults::initTestCase()
{
    qRegisterMetaType<FetchResult>();
}

void TestPollingFaults::everyTaskReachesItsFinalStateThroughFaults()
{
    SimFixture sim;
    QVERIFY(sim.isListening());

    // 24 tasks of 0.5 s to 5 s with every outcome.
    const QStringList outcomes{QStringLiteral("SUCCEEDED"), QStringLiteral("FAILED"), QStringLiteral("CANCELED")};
    QHash<QString, TaskStatus> expected;
    for (int i = 0; i < 24; ++i) {
        const QString id = QStringLiteral("soak-%1").arg(i);
        const QString status = outcomes.at(i % 3);
        QVERIFY(sim.addTask(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("pending_ms"), 200 + 100 * (i % 5)},
            {QStringLiteral("running_ms"), 300 + 200 * i}, {QStringLiteral("status"), status}}));
        expected.insert(id,
            i % 3 == 0       ? TaskStatus::Succeeded
                : i % 3 == 1 ? TaskStatus::Failed
                             : TaskStatus::Canceled);
    }

    SimFaults faults;
    faults.error500 = 0.15;
    faults.error503 = 0.03;
    faults.error429 = 0.03;
    faults.retryAfterSeconds = 1;
    faults.reset = 0.1;
    faults.invalidJson = 0.1;
    faults.delay = 0.1;
    faults.delayMs = 400;
    faults.seed = 20261128;
    sim.server().setFaults(faults);

    // The default policy, with waits shortened so that the test runs in seconds.
    PollPolicy policy;
    policy.firstIntervalMs = 1'000;
    policy.backoffBaseMs = 1'000;
    policy.backoffMaxMs = 4'000;
    policy.rateLimitFallbackMs = 1'000;
    TaskMonitor monitor(SystemClock::instance());
    monitor.setPolicy(policy);
    monitor.setConnection(sim.connection());

    // Watch the traffic: never two requests in flight for one task, never more than the cap.
    QHash<QString, int> inFlight;
    QHash<QString, qint64> firstRequestMs;
    QHash<QString, qint64> lastRequestMs;
    QHash<QString, int> requestsSent;
    int maxPerTask = 0;
    int maxTotal = 0;
    int total = 0;
    bool failedByNetwork = false;
    connect(monitor.scheduler(), &PollScheduler::requestStarted, this, [&](const QString &id) {
        maxPerTask = std::max(maxPerTask, ++inFlight[id]);
        maxTotal = std::max(maxTotal, ++total);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        firstRequestMs.insert(id, firstRequestMs.value(id, now));
        ++requestsSent[id];
        lastRequestMs.insert(id, now);
    });
    connect(monitor.scheduler(), &PollScheduler::resultReady, this, [&](const FetchResult &result) {
        --inFlight[result.id];
        --total;
        // A request failure must never turn into a task failure.
        const TrackedTask *task = monitor.model()->task(result.id);
        if (!result.ok() && task && task->isComplete() && task->status() != expected.value(result.id))
            failedByNetwork = true;
    });

    QSignalSpy completed(&monitor, &TaskMonitor::taskCompleted);
    monitor.addTasks(expected.keys());
    QTest::qWait(6'000); // the faults run for a while
    const QJsonObject statsDuringFaults = sim.server().stats();
    sim.server().setFaults({});
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 24, 40'000);

    QVERIFY(!failedByNetwork);
    QCOMPARE(maxPerTask, 1);
    QVERIFY(maxTotal <= policy.maxInFlight);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const TrackedTask *task = monitor.model()->task(it.key());
        QVERIFY(task->isComplete());
        QCOMPARE(task->status(), it.value());
        QVERIFY(!task->isStale());
        // The floor is one request per second per task: the count can never beat the task's watched time.
        // Counted as sent by the client: Qt may resend a GET once on a reset connection, which the server sees too.
        const int requests = requestsSent.value(it.key());
        const qint64 watchedMs = lastRequestMs.value(it.key()) - firstRequestMs.value(it.key());
        const int bound = int(watchedMs / policy.minIntervalMs) + 1;
        QVERIFY2(requests <= bound,
            qPrintable(QStringLiteral("%1: %2 requests in %3 ms").arg(it.key()).arg(requests).arg(watchedMs)));
        QCOMPARE(task->requestCount, requests);
        QVERIFY(sim.server().requestCount(it.key()) >= requests);
    }
    QVERIFY2(statsDuringFaults.value(QLatin1String("total")).toInt() > 24, "the faults were exercised");
    QVERIFY(monitor.scheduler()->watchedIds().isEmpty());
}

void TestPollingFaults::drippingServersDoNotStarveOthers()
{
    // Four tasks whose answers drip a byte a second take every request slot; the deadline must free them.
    SimFixture sim;
    QVERIFY(sim.isListening());
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        ids << QStringLiteral("drip-%1").arg(i);
        QVERIFY(sim.addTask(
            QJsonObject{{QStringLiteral("id"), ids.last()}, {QStringLiteral("hostile"), QStringLiteral("drip")}}));
    }
    const QString fifth = QStringLiteral("quick");
    QVERIFY(sim.addTask(QJsonObject{{QStringLiteral("id"), fifth}, {QStringLiteral("pending_ms"), 0},
        {QStringLiteral("running_ms"), 0}, {QStringLiteral("status"), QStringLiteral("SUCCEEDED")}}));

    TaskMonitor monitor(SystemClock::instance());
    QCOMPARE(monitor.scheduler()->policy().maxInFlight, 4);
    ClientLimits limits;
    limits.deadlineMs = 2'000; // the default minute, shortened so the test runs in seconds
    monitor.client()->setLimits(limits);
    monitor.setConnection(sim.connection());
    QSignalSpy started(monitor.scheduler(), &PollScheduler::requestStarted);
    monitor.addTasks(ids);
    monitor.addTasks({fifth});
    QTRY_COMPARE(started.size(), 4);
    QCOMPARE(monitor.scheduler()->inFlightCount(), 4);
    QVERIFY(!monitor.model()->task(fifth)->isComplete());

    QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->task(fifth)->isComplete(), 20'000);
    QCOMPARE(monitor.model()->task(fifth)->status(), TaskStatus::Succeeded);
    // The drippers are not failed tasks: their rows are stale with a timeout, and they are still watched.
    for (const QString &id : std::as_const(ids)) {
        QVERIFY(!monitor.model()->task(id)->isComplete());
        QVERIFY(monitor.scheduler()->isWatching(id));
    }
}

QTEST_GUILESS_MAIN(TestPollingFaults)
#include "tst_pollingfaults.moc"
