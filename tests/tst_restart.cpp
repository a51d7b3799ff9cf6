// SPDX-License-Identifier: MIT
// The window on a task store, quit, and a new window on the same store: the same tasks, labels, states, results and
// notifications come back; unfinished tasks resume with their real age (a virtual clock shows the interval), and
// finished ones are not asked again.
#include "appsession.h"
#include "clock.h"
#include "simfixture.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_MAIN(TestRestart)
#include "tst_restart.moc"
