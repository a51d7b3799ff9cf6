// SPDX-License-Identifier: MIT
// The window on a task store, quit, and a new window on the same store: the same tasks, labels, states, results and
// notifications come back; unfinished tasks resume with their real age (a virtual clock shows the interval), and
// finished ones are not asked again.
#include "appsession.h"
#include "clock.h"
#include "simfixture.h"
#include "testprograms.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3'600'000;

} // namespace

class TestRestart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everythingComesBackAndResumesWithItsAge();
    void aTaskCreatedEarlierIsNotNew();
    void idsBeforeTheListIsReadKeepTheirSavedRows();
    void sigtermQuitsCleanlyAndKeepsTheList();
    void historyComesBackInTheDetailsPane();
};

void TestRestart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<FetchResult>();
}

void TestRestart::everythingComesBackAndResumesWithItsAge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"tasks.sqlite"_s);
    SimFixture sim;
    QVERIFY(sim.addTask({{u"id"_s, u"done"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0},
        {u"status"_s, u"SUCCEEDED"_s}, {u"result"_s, QJsonObject{{u"number_value"_s, u"4242"_s}}}}));
    QVERIFY(sim.addTask(
        {{u"id"_s, u"long"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 100 * kHourMs}, {u"status"_s, u"SUCCEEDED"_s}}));
    // The simulator runs on real time; the app on a virtual one, so that two hours pass in an instant.
    ManualClock clock(1'764'400'000'000);

    qint64 firstNextCheckIn = 0;
    {
        AppSession first(&clock, path, sim.connection());
        QCOMPARE(first.monitor.addTasks({u"done"_s}, u"Quarterly review"_s), 1);
        QCOMPARE(first.monitor.addTasks({u"long"_s}, u"Nightly export"_s), 1);
        QTRY_VERIFY(first.monitor.model()->task(u"done"_s)->isComplete());
        QTRY_COMPARE(first.monitor.model()->task(u"long"_s)->state(), TaskState::InProgress);
        // A new task is asked again soon.
        firstNextCheckIn = first.monitor.scheduler()->nextDueMs(u"long"_s) - clock.nowMs();
        QVERIFY2(firstNextCheckIn > 0 && firstNextCheckIn <= 3'000, qPrintable(QString::number(firstNextCheckIn)));
        QCOMPARE(first.monitor.notifications()->rowCount(), 1);
        QCOMPARE(first.monitor.notifications()->at(0).title, u"Task succeeded"_s);
        // Ctrl+Q: the window, the monitor and the store go; what is pending is committed.
    }
    const int doneRequests = sim.server().requestCount(u"done"_s);
    const int longRequests = sim.server().requestCount(u"long"_s);

    clock.advance(2 * kHourMs);
    AppSession second(&clock, path, sim.connection());
    QCOMPARE(second.store.status().mode, StoreStatus::Mode::ReadWrite);
    const TaskTableModel *model = second.monitor.model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->idAt(0), u"done"_s);
    QCOMPARE(model->task(u"done"_s)->label, u"Quarterly review"_s);
    QCOMPARE(model->task(u"done"_s)->status(), TaskStatus::Succeeded);
    QCOMPARE(model->task(u"long"_s)->label, u"Nightly export"_s);
    QCOMPARE(model->task(u"long"_s)->state(), TaskState::InProgress);
    QCOMPARE(second.monitor.notifications()->rowCount(), 1);
    QCOMPARE(second.monitor.notifications()->at(0).title, u"Task succeeded"_s);
    QCOMPARE(second.monitor.notifications()->unreadCount(), 0); // read before: no second alert

    // Finished: not asked again. Unfinished: asked once at start, then at the interval of a two-hour-old task.
    QVERIFY(!second.monitor.scheduler()->isWatching(u"done"_s));
    QTRY_COMPARE(sim.server().requestCount(u"long"_s), longRequests + 1);
    QTRY_VERIFY(!second.monitor.scheduler()->isInFlight(u"long"_s));
    const qint64 nextCheckIn = second.monitor.scheduler()->nextDueMs(u"long"_s) - clock.nowMs();
    const PollPolicy &policy = second.monitor.scheduler()->policy();
    QVERIFY2(nextCheckIn >= qint64(double(policy.maxIntervalMs) * (1 - policy.jitter)),
        qPrintable(u"next check in %1 ms, was %2 ms when new"_s.arg(nextCheckIn).arg(firstNextCheckIn)));
    QCOMPARE(sim.server().requestCount(u"done"_s), doneRequests);

    // The result comes from the store when the details pane shows the task.
    QVERIFY(model->task(u"done"_s)->resultInStore);
    QVERIFY(second.window.selectTask(u"done"_s));
    auto *result = second.window.findChild<QPlainTextEdit *>(u"resultEdit"_s);
    QVERIFY(result);
    QTRY_VERIFY(result->toPlainText().contains(u"4242"_s));
}

void TestRestart::aTaskCreatedEarlierIsNotNew()
{
    // Pasted late: the answer's created_at says the task started three hours ago, so it is asked at its slow pace.
    SimFixture sim;
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    const QString created = QDateTime::fromMSecsSinceEpoch(clock.nowMs() - 3 * kHourMs, Qt::UTC).toString(Qt::ISODate);
    QVERIFY(sim.addTask({{u"id"_s, u"old"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 100 * kHourMs},
        {u"extra"_s, QJsonObject{{u"created_at"_s, created}}}}));
    TaskMonitor monitor(&clock);
    monitor.setConnection(sim.connection());
    monitor.addTasks({u"old"_s});
    QTRY_COMPARE(monitor.model()->task(u"old"_s)->state(), TaskState::InProgress);
    QTRY_VERIFY(!monitor.scheduler()->isInFlight(u"old"_s));
    // created_at carries whole seconds.
    QVERIFY(qAbs(monitor.model()->task(u"old"_s)->firstSeenMs() - (clock.nowMs() - 3 * kHourMs)) < 1'000);
    const PollPolicy &policy = monitor.scheduler()->policy();
    const qint64 nextCheckIn = monitor.scheduler()->nextDueMs(u"old"_s) - clock.nowMs();
    QVERIFY2(nextCheckIn >= qint64(double(policy.maxIntervalMs) * (1 - policy.jitter)),
        qPrintable(QString::number(nextCheckIn)));
}

void TestRestart::idsBeforeTheListIsReadKeepTheirSavedRows()
{
    // `--add ID` or a forwarded paste can beat the stored list: the saved row must win, and no Undo may take it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tasks.sqlite"_s);
    SimFixture sim;
    QVERIFY(
        sim.addTask({{u"id"_s, u"kept"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, u"SUCCEEDED"_s}}));
    ManualClock clock(1'764'400'000'000);
    {
        AppSession first(&clock, path, sim.connection());
        first.monitor.addTasks({u"kept"_s}, u"Quarterly review"_s);
        QTRY_VERIFY(first.monitor.model()->task(u"kept"_s)->isComplete());
        first.monitor.setArchived({u"kept"_s}, true);
    }
    TaskStore store;
    TaskMonitor monitor(&clock);
    MainWindow window(&monitor, &clock);
    monitor.setConnection(sim.connection());
    monitor.setStore(&store);
    QSignalSpy opened(&monitor, &TaskMonitor::storeOpened);
    store.open(path);
    QVERIFY(!monitor.isStoreOpen());
    QCOMPARE(window.addTaskIds({u"kept"_s, u"new-one"_s}), 0); // waits for the list
    QCOMPARE(monitor.addTasks({u"also-new"_s}), 0);
    QVERIFY(opened.wait(10'000));
    const TrackedTask *kept = monitor.model()->task(u"kept"_s);
    QVERIFY(kept);
    QCOMPARE(kept->label, u"Quarterly review"_s);
    QVERIFY(kept->archivedAtMs > 0);
    QCOMPARE(kept->status(), TaskStatus::Succeeded);
    QVERIFY(monitor.model()->task(u"new-one"_s));
    QVERIFY(monitor.model()->task(u"also-new"_s));
    // The add took only the new id: undoing it leaves the saved task alone.
    QCOMPARE(window.undoStack()->count(), 1);
    window.undoStack()->undo();
    QVERIFY(monitor.model()->task(u"kept"_s));
    QVERIFY(!monitor.model()->task(u"new-one"_s));
}

void TestRestart::sigtermQuitsCleanlyAndKeepsTheList()
{
    // A desktop logout sends SIGTERM: the built app quits as on Ctrl+Q, and what it held is in its store.
    QString error;
    const QString program = builtProgram(u"veza-task-monitor"_s, &error);
    QVERIFY2(!program.isEmpty(), qPrintable(error));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : {u"HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_RUNTIME_DIR"_s}) {
        const QString dir = home.filePath(variable);
        QVERIFY(QDir().mkpath(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(variable, dir);
    }
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"VEZA_INSTANCE_NAME"_s, u"veza-restart-test-%1"_s.arg(QCoreApplication::applicationPid()));
    const QString id = u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s;
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(program, {u"https://acme.vezacloud.com/api/v1/assessments/async_tasks/"_s + id});
    QVERIFY(app.waitForStarted());
    // The store exists once the window has opened it; the id is added right after.
    const QString store = home.filePath(u"XDG_DATA_HOME/Veza Task Monitor/Veza Task Monitor/tasks.sqlite"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(store), 20'000);
    QTest::qWait(200);
    ::kill(pid_t(app.processId()), SIGTERM);
    QTRY_COMPARE_WITH_TIMEOUT(app.state(), QProcess::NotRunning, 20'000);
    QCOMPARE(app.exitStatus(), QProcess::NormalExit); // quit, not killed by the signal
    QCOMPARE(app.exitCode(), 0);

    TaskStore reopened;
    const OpenedStore opened = openStore(reopened, store);
    QVERIFY(opened.answered);
    const StoreContents &contents = opened.contents;
    QCOMPARE(contents.tasks.size(), 1);
    QCOMPARE(contents.tasks.constFirst().id, id);
}

void TestRestart::historyComesBackInTheDetailsPane()
{
    // A task that failed twice, then recovered: after a restart, the details pane lists its failed requests and its
    // transitions from the store.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tasks.sqlite"_s);
    SimFixture sim;
    QVERIFY(sim.addTask(
        {{u"id"_s, u"flaky"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, u"SUCCEEDED"_s}}));
    ManualClock clock(1'764'400'000'000);
    {
        AppSession first(&clock, path, sim.connection());
        SimFaults faults;
        faults.error500 = 1;
        sim.server().setFaults(faults);
        first.monitor.addTasks({u"flaky"_s});
        const auto failures = [&] {
            const TrackedTask *task = first.monitor.model()->task(u"flaky"_s);
            return task && !first.monitor.scheduler()->isInFlight(u"flaky"_s) ? task->requestCount : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(failures(), 1, 10'000);
        first.monitor.refreshTasks({u"flaky"_s});
        QTRY_COMPARE_WITH_TIMEOUT(failures(), 2, 10'000);
        sim.server().setFaults({});
        first.monitor.refreshTasks({u"flaky"_s});
        QTRY_VERIFY_WITH_TIMEOUT(first.monitor.model()->task(u"flaky"_s)->isComplete(), 10'000);
        QCOMPARE(first.monitor.model()->task(u"flaky"_s)->requests.size(), 3);
    }
    AppSession second(&clock, path, sim.connection());
    QVERIFY(second.monitor.model()->task(u"flaky"_s)->requests.isEmpty()); // read on demand, not at start
    QVERIFY(second.window.selectTask(u"flaky"_s));
    auto *requests = second.window.findChild<QTreeWidget *>(u"requestsView"_s);
    auto *timeline = second.window.findChild<QTreeWidget *>(u"timelineView"_s);
    QVERIFY(requests && timeline);
    QTRY_COMPARE(requests->topLevelItemCount(), 3);
    QCOMPARE(requests->topLevelItem(0)->text(1), u"200"_s);
    QCOMPARE(requests->topLevelItem(1)->text(1), u"500"_s);
    QCOMPARE(requests->topLevelItem(2)->text(1), u"500"_s);
    QVERIFY(!requests->topLevelItem(1)->text(5).isEmpty()); // the simulator's request_id
    QCOMPARE(timeline->topLevelItemCount(), 1);
    QCOMPARE(timeline->topLevelItem(0)->text(1), stateLabel(TaskState::Complete));
}

QTEST_MAIN(TestRestart)
#include "tst_restart.moc"
