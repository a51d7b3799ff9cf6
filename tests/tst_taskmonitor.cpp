// SPDX-License-Identifier: MIT
#include "clock.h"
#include "simfixture.h"
#include "taskmonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject quickTask(const QString &id, const QString &status, int pendingMs = 100, int runningMs = 200)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("pending_ms"), pendingMs},
        {QStringLiteral("running_ms"), runningMs}, {QStringLiteral("status"), status}};
}

} // namespace

// The core end to end, with real timers, against the real simulator over loopback.
class TestTaskMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tasksRunToCompletion();
    void notConfiguredSaysSo();
    void rejectedKeyStopsPollingUntilKeyChanges();
    void slowServerNeverGetsOverlappingRequests();
    void transientFailuresKeepLastStateThenRecover();
    void removeStopsPolling();
    void rateLimitPausesConnectionAndSaysUntilWhen();
    void unknownIdEndsAsNotFound();
    void pauseAndResumeTasks();
    void offlineHoldsRemoteConnectionsOnly();
    void twoConnectionsStopAndPauseApart();
    void permanentErrorStopsTheTaskUntilRefresh();
    void tasksMoveBetweenConnections();
};

void TestTaskMonitor::initTestCase()
{
    qRegisterMetaType<FetchResult>();
    qRegisterMetaType<TrackedTask>();
}

void TestTaskMonitor::tasksRunToCompletion()
{
    SimFixture sim;
    QVERIFY(sim.addTask(quickTask(QStringLiteral("ok"), QStringLiteral("SUCCEEDED"))));
    QVERIFY(sim.addTask(quickTask(QStringLiteral("bad"), QStringLiteral("FAILED"))));
    QVERIFY(sim.addTask(quickTask(QStringLiteral("stop"), QStringLiteral("CANCELED"))));

    TaskMonitor monitor(SystemClock::instance());
    monitor.scheduler()->setIntervalMs(1'000);
    monitor.setConnection(sim.connection());
    QSignalSpy completed(&monitor, &TaskMonitor::taskCompleted);
    QCOMPARE(
        monitor.addTasks({QStringLiteral("ok"), QStringLiteral("bad"), QStringLiteral("stop"), QStringLiteral("ok")},
            QStringLiteral("nightly")),
        3);
    QCOMPARE(monitor.model()->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 3, 10'000);

    const TaskTableModel *model = monitor.model();
    QCOMPARE(model->task(QStringLiteral("ok"))->status(), TaskStatus::Succeeded);
    QCOMPARE(model->task(QStringLiteral("bad"))->status(), TaskStatus::Failed);
    QCOMPARE(model->task(QStringLiteral("stop"))->status(), TaskStatus::Canceled);
    QCOMPARE(monitor.notifications()->rowCount(), 3);
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::Ok);
    QVERIFY(monitor.scheduler()->watchedIds().isEmpty());

    // Nothing more is asked once complete: 300 ms of task life at a 1 s interval needs at most 2 requests.
    const int requests = sim.server().requestCount(QStringLiteral("ok"));
    QVERIFY2(requests >= 1 && requests <= 2, QByteArray::number(requests).constData());
    QTest::qWait(1'500);
    QCOMPARE(sim.server().requestCount(QStringLiteral("ok")), requests);

    // A finished task is asked again only when the user says so.
    monitor.refreshTasks({QStringLiteral("ok")});
    QTRY_COMPARE(sim.server().requestCount(QStringLiteral("ok")), requests + 1);
    QCOMPARE(completed.size(), 3); // no second notification for the same completion
}

void TestTaskMonitor::notConfiguredSaysSo()
{
    TaskMonitor monitor(SystemClock::instance());
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::NotConfigured);
    QVERIFY(monitor.connectionMessage().contains(QLatin1String("in Connections")));
    monitor.addTasks({QStringLiteral("a")});
    QTest::qWait(200);
    // Nothing is sent without a connection: the row waits, the status bar says why.
    QCOMPARE(monitor.model()->task(QStringLiteral("a"))->requestCount, 0);
    QCOMPARE(monitor.inFlightCount(), 0);
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::NotConfigured);
    monitor.setConnection({QUrl(QStringLiteral("https://example.invalid")), QString()});
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::NotConfigured);
}

void TestTaskMonitor::rejectedKeyStopsPollingUntilKeyChanges()
{
    SimFixture sim;
    QVERIFY(sim.addTask(quickTask(QStringLiteral("a"), QStringLiteral("SUCCEEDED"), 0, 0)));
    QVERIFY(sim.addTask(quickTask(QStringLiteral("b"), QStringLiteral("SUCCEEDED"), 0, 0)));
    TaskMonitor monitor(SystemClock::instance());
    monitor.scheduler()->setIntervalMs(1'000);
    Connection wrong = sim.connection();
    wrong.apiKey = QStringLiteral("expired-key");
    monitor.setConnection(wrong);
    QSignalSpy state(&monitor, &TaskMonitor::connectionStateChanged);
    monitor.addTasks({QStringLiteral("a"), QStringLiteral("b")});
    QTRY_COMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::AuthFailed);
    QVERIFY(monitor.connectionMessage().contains(QLatin1String("401")));
    QVERIFY(!monitor.connectionMessage().contains(QLatin1String("expired-key")));
    QTest::qWait(1'500);
    const int seen = sim.server().stats().value(QLatin1String("total")).toInt();
    QVERIFY(seen <= 2);
    QTest::qWait(1'200);
    QCOMPARE(sim.server().stats().value(QLatin1String("total")).toInt(), seen);
    QCOMPARE(monitor.notifications()->rowCount(), 1); // said once

    monitor.setConnection(sim.connection());
    QTRY_VERIFY(monitor.model()->task(QStringLiteral("a"))->isComplete());
    QTRY_VERIFY(monitor.model()->task(QStringLiteral("b"))->isComplete());
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::Ok);
}

void TestTaskMonitor::slowServerNeverGetsOverlappingRequests()
{
    SimFixture sim;
    QVERIFY(sim.addTask(quickTask(QStringLiteral("slow"), QStringLiteral("SUCCEEDED"), 60'000, 0)));
    SimFaults faults;
    faults.delay = 1;
    faults.delayMs = 1'800;
    sim.server().setFaults(faults);

    TaskMonitor monitor(SystemClock::instance());
    monitor.scheduler()->setIntervalMs(1'000);
    monitor.setConnection(sim.connection());
    int inFlight = 0;
    int maxInFlight = 0;
    connect(monitor.scheduler(), &PollScheduler::requestStarted, this,
        [&] { maxInFlight = std::max(maxInFlight, ++inFlight); });
    connect(monitor.scheduler(), &PollScheduler::resultReady, this, [&] { --inFlight; });
    monitor.addTasks({QStringLiteral("slow")});
    QTest::qWait(4'500);
    QCOMPARE(maxInFlight, 1);
    // Each cycle is 1.8 s of answer plus a 1 s interval: two requests in 4.5 s.
    QVERIFY(sim.server().requestCount(QStringLiteral("slow")) <= 2);
    QCOMPARE(monitor.model()->task(QStringLiteral("slow"))->state(), TaskState::Pending);
}

void TestTaskMonitor::transientFailuresKeepLastStateThenRecover()
{
    SimFixture sim;
    QVERIFY(sim.addTask(quickTask(QStringLiteral("t"), QStringLiteral("SUCCEEDED"), 60'000, 0)));
    TaskMonitor monitor(SystemClock::instance());
    monitor.scheduler()->setIntervalMs(1'000);
    monitor.setConnection(sim.connection());
    monitor.addTasks({QStringLiteral("t")});
    QTRY_COMPARE(monitor.model()->task(QStringLiteral("t"))->state(), TaskState::Pending);

    SimFaults faults;
    faults.error500 = 1;
    sim.server().setFaults(faults);
    QTRY_VERIFY(monitor.model()->task(QStringLiteral("t"))->isStale());
    QCOMPARE(monitor.model()->task(QStringLiteral("t"))->state(), TaskState::Pending);
    QCOMPARE(monitor.model()->task(QStringLiteral("t"))->lastError.kind, VezaError::Kind::Server);

    sim.server().setFaults({});
    QVERIFY(sim.addTask(quickTask(QStringLiteral("t"), QStringLiteral("SUCCEEDED"), 0, 0)));
    QTRY_VERIFY(monitor.model()->task(QStringLiteral("t"))->isComplete());
    QVERIFY(!monitor.model()->task(QStringLiteral("t"))->isStale());
}

void TestTaskMonitor::removeStopsPolling()
{
    SimFixture sim;
    TaskMonitor monitor(SystemClock::instance());
    monitor.scheduler()->setIntervalMs(1'000);
    monitor.setConnection(sim.connection());
    QVERIFY(sim.addTask(quickTask(QStringLiteral("r"), QStringLiteral("SUCCEEDED"), 60'000, 0)));
    monitor.addTasks({QStringLiteral("r")});
    QTRY_COMPARE(sim.server().requestCount(QStringLiteral("r")), 1);
    monitor.removeTasks({QStringLiteral("r")});
    QCOMPARE(monitor.model()->rowCount(), 0);
    QTest::qWait(1'500);
    QCOMPARE(sim.server().requestCount(QStringLiteral("r")), 1);
}

void TestTaskMonitor::rateLimitPausesConnectionAndSaysUntilWhen()
{
    SimFixture sim;
    QVERIFY(sim.addTask(quickTask(QStringLiteral("x"), QStringLiteral("SUCCEEDED"), 0, 0)));
    QVERIFY(sim.addTask(quickTask(QStringLiteral("y"), QStringLiteral("SUCCEEDED"), 0, 0)));
    SimFaults faults;
    faults.error429 = 1;
    faults.retryAfterSeconds = 2;
    sim.server().setFaults(faults);
    TaskMonitor monitor(SystemClock::instance());
    monitor.setConnection(sim.connection());
    monitor.addTasks({QStringLiteral("x")});
    QTRY_COMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::RateLimited);
    QVERIFY2(monitor.connectionMessage().startsWith(QLatin1String("Rate limited, next request at ")),
        qPrintable(monitor.connectionMessage()));
    // A task added during the pause waits for it too, and confirming the same connection does not end it.
    monitor.addTasks({QStringLiteral("y")});
    monitor.setConnection(sim.connection());
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::RateLimited);
    QTest::qWait(500);
    QCOMPARE(sim.server().requestCount(QStringLiteral("y")), 0);
    sim.server().setFaults({});
    QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->task(QStringLiteral("x"))->isComplete(), 8'000);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->task(QStringLiteral("y"))->isComplete(), 8'000);
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::Ok);
}

void TestTaskMonitor::unknownIdEndsAsNotFound()
{
    SimFixture sim;
    QJsonObject gone = quickTask(QStringLiteral("gone"), QStringLiteral("SUCCEEDED"));
    gone.insert(QStringLiteral("http_status"), 404);
    QVERIFY(sim.addTask(gone));
    TaskMonitor monitor(SystemClock::instance());
    PollPolicy policy;
    policy.notFoundGraceMs = 2'000;
    policy.notFoundRetryMs = 1'000;
    monitor.setPolicy(policy);
    monitor.setConnection(sim.connection());
    monitor.addTasks({QStringLiteral("gone")});
    QTRY_COMPARE_WITH_TIMEOUT(
        monitor.model()->task(QStringLiteral("gone"))->watch, TrackedTask::Watch::NotFound, 8'000);
    const int requests = sim.server().requestCount(QStringLiteral("gone"));
    QVERIFY2(requests >= 2 && requests <= 4, QByteArray::number(requests).constData());
    QCOMPARE(monitor.notifications()->at(0).title, QStringLiteral("Task not found"));
    QTest::qWait(1'200);
    QCOMPARE(sim.server().requestCount(QStringLiteral("gone")), requests);
}

void TestTaskMonitor::pauseAndResumeTasks()
{
    SimFixture sim;
    QVERIFY(sim.addTask(quickTask(QStringLiteral("p"), QStringLiteral("SUCCEEDED"), 60'000, 0)));
    TaskMonitor monitor(SystemClock::instance());
    monitor.setPolicy(PollPolicy::fixed(1'000));
    monitor.setConnection(sim.connection());
    monitor.addTasks({QStringLiteral("p")});
    QTRY_COMPARE(sim.server().requestCount(QStringLiteral("p")), 1);
    monitor.setTasksPaused({QStringLiteral("p")}, true);
    QCOMPARE(monitor.model()->task(QStringLiteral("p"))->watch, TrackedTask::Watch::Paused);
    QTest::qWait(1'500);
    QCOMPARE(sim.server().requestCount(QStringLiteral("p")), 1);
    monitor.setTasksPaused({QStringLiteral("p")}, false);
    QTRY_COMPARE(sim.server().requestCount(QStringLiteral("p")), 2);
    QCOMPARE(monitor.model()->task(QStringLiteral("p"))->watch, TrackedTask::Watch::Watching);
}

void TestTaskMonitor::offlineHoldsRemoteConnectionsOnly()
{
    SimFixture sim;
    TaskMonitor monitor(SystemClock::instance());
    monitor.setNetworkState(false, false);
    monitor.setConnection({QUrl(QStringLiteral("https://tenant.example")), QStringLiteral("key")});
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::Offline);
    QVERIFY(!monitor.scheduler()->isOnline());
    // The simulator on loopback is reachable without any network.
    monitor.setConnection(sim.connection());
    QVERIFY(monitor.scheduler()->isOnline());
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::Ok);
    QVERIFY(sim.addTask(quickTask(QStringLiteral("o"), QStringLiteral("SUCCEEDED"), 0, 0)));
    monitor.addTasks({QStringLiteral("o")});
    QTRY_VERIFY(monitor.model()->task(QStringLiteral("o"))->isComplete());
    // Back to the tenant: still offline, as the system last said.
    monitor.setConnection({QUrl(QStringLiteral("https://tenant.example")), QStringLiteral("key")});
    QVERIFY(!monitor.scheduler()->isOnline());
    monitor.setNetworkState(true, true);
    QVERIFY(monitor.scheduler()->isOnline());
    QVERIFY(monitor.scheduler()->isMetered());
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::Ok);
}

void TestTaskMonitor::twoConnectionsStopAndPauseApart()
{
    SimFixture prod;
    SimFixture staging;
    for (const QString &id : {u"p1"_s, u"p2"_s})
        QVERIFY(prod.addTask(quickTask(id, u"SUCCEEDED"_s, 0, 0)));
    for (const QString &id : {u"s1"_s, u"s2"_s})
        QVERIFY(staging.addTask(quickTask(id, u"SUCCEEDED"_s, 600, 0)));
    TaskMonitor monitor(SystemClock::instance());
    monitor.setPolicy(PollPolicy::fixed(1'000));
    Connection refused = prod.connection();
    refused.apiKey = u"revoked"_s;
    monitor.setConnection(u"prod"_s, u"Production"_s, refused);
    monitor.setConnection(u"staging"_s, u"Staging"_s, staging.connection());
    QCOMPARE(monitor.connectionIds(), (QStringList{u"prod"_s, u"staging"_s}));
    QCOMPARE(monitor.addTasks({u"p1"_s}, {}, u"prod"_s), 1);
    QCOMPARE(monitor.addTasks({u"s1"_s}, {}, u"staging"_s), 1);
    QCOMPARE(monitor.model()->task(u"p1"_s)->connection, u"prod"_s);
    QCOMPARE(
        monitor.model()->data(monitor.model()->index(0, TaskTableModel::ConnectionColumn)).toString(), u"Production"_s);

    // A refused key stops production only, and says which connection it is.
    QTRY_COMPARE(monitor.connectionState(u"prod"_s), TaskMonitor::ConnectionState::AuthFailed);
    QVERIFY2(monitor.connectionMessage(u"prod"_s).startsWith(u"Production: "_s),
        qPrintable(monitor.connectionMessage(u"prod"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->task(u"s1"_s)->isComplete(), 8'000);
    QCOMPARE(monitor.connectionState(u"staging"_s), TaskMonitor::ConnectionState::Ok);
    QVERIFY(!monitor.model()->task(u"p1"_s)->isComplete());
    const int prodRequests = prod.server().stats().value(QLatin1String("total")).toInt();

    // Staging rate-limits: it pauses alone, while production (with its key fixed) goes on.
    SimFaults faults;
    faults.error429 = 1;
    faults.retryAfterSeconds = 3;
    staging.server().setFaults(faults);
    QCOMPARE(monitor.addTasks({u"s2"_s}, {}, u"staging"_s), 1);
    QTRY_COMPARE(monitor.connectionState(u"staging"_s), TaskMonitor::ConnectionState::RateLimited);
    QVERIFY(monitor.connectionMessage(u"staging"_s).startsWith(u"Rate limited"_s));
    QCOMPARE(prod.server().stats().value(QLatin1String("total")).toInt(), prodRequests); // still stopped
    monitor.setConnection(u"prod"_s, u"Production"_s, prod.connection());
    QCOMPARE(monitor.addTasks({u"p2"_s}, {}, u"prod"_s), 1);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->task(u"p1"_s)->isComplete(), 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->task(u"p2"_s)->isComplete(), 5'000);
    QCOMPARE(monitor.connectionState(u"prod"_s), TaskMonitor::ConnectionState::Ok);
    QCOMPARE(monitor.connectionState(u"staging"_s), TaskMonitor::ConnectionState::RateLimited);
    QVERIFY(!monitor.model()->task(u"s2"_s)->isComplete());
    staging.server().setFaults({});
    QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->task(u"s2"_s)->isComplete(), 10'000);
    QCOMPARE(monitor.connectionState(u"staging"_s), TaskMonitor::ConnectionState::Ok);
}

void TestTaskMonitor::permanentErrorStopsTheTaskUntilRefresh()
{
    SimFixture sim;
    QJsonObject spec = quickTask(u"bad"_s, u"SUCCEEDED"_s, 0, 0);
    spec.insert(u"http_status"_s, 400);
    QVERIFY(sim.addTask(spec));
    TaskMonitor monitor(SystemClock::instance());
    monitor.setPolicy(PollPolicy::fixed(1'000));
    monitor.setConnection(sim.connection());
    monitor.addTasks({u"bad"_s});
    QTRY_COMPARE(monitor.model()->task(u"bad"_s)->watch, TrackedTask::Watch::Refused);
    const TrackedTask *task = monitor.model()->task(u"bad"_s);
    QCOMPARE(task->lastError.httpStatus, 400);
    QVERIFY(!task->errorSummary().isEmpty());
    QTest::qWait(2'500);
    QCOMPARE(sim.server().requestCount(u"bad"_s), 1); // not retried every few minutes, not at all
    QCOMPARE(monitor.connectionState(), TaskMonitor::ConnectionState::Ok); // the connection itself is fine
    monitor.refreshTasks({u"bad"_s});
    QTRY_COMPARE(sim.server().requestCount(u"bad"_s), 2);
}

void TestTaskMonitor::tasksMoveBetweenConnections()
{
    SimFixture first;
    SimFixture second;
    QVERIFY(second.addTask(quickTask(u"t"_s, u"SUCCEEDED"_s, 0, 0)));
    TaskMonitor monitor(SystemClock::instance());
    monitor.setPolicy(PollPolicy::fixed(1'000));
    monitor.setConnection(u"one"_s, u"One"_s, first.connection());
    monitor.setConnection(u"two"_s, u"Two"_s, second.connection());
    monitor.setCurrentConnection(u"one"_s);
    monitor.addTasks({u"t"_s}); // on the wrong tenant: unknown there
    QTRY_VERIFY(first.server().requestCount(u"t"_s) >= 1);
    monitor.moveTasks({u"t"_s}, u"two"_s);
    QTRY_VERIFY(monitor.model()->task(u"t"_s)->isComplete());
    QCOMPARE(monitor.model()->task(u"t"_s)->connection, u"two"_s);

    // A removed connection leaves its tasks listed, unpolled, and named as such.
    QVERIFY(second.addTask(quickTask(u"u"_s, u"SUCCEEDED"_s, 60'000, 0)));
    monitor.addTasks({u"u"_s}, {}, u"two"_s);
    QTRY_COMPARE(second.server().requestCount(u"u"_s), 1);
    monitor.removeConnection(u"two"_s);
    QCOMPARE(monitor.connectionIds(), QStringList{u"one"_s});
    QVERIFY(monitor.model()->task(u"u"_s));
    const int row = monitor.model()->rowOf(u"u"_s);
    QCOMPARE(monitor.model()->data(monitor.model()->index(row, TaskTableModel::ConnectionColumn)).toString(),
        u"None (not polled)"_s);
    QTest::qWait(1'500);
    QCOMPARE(second.server().requestCount(u"u"_s), 1);
    monitor.moveTasks({u"u"_s}, u"one"_s);
    QTRY_VERIFY(first.server().requestCount(u"u"_s) >= 1);
}

QTEST_GUILESS_MAIN(TestTaskMonitor)
#include "tst_taskmonitor.moc"
