// SPDX-License-Identifier: MIT
#include "busmain.h"
#include "clock.h"
#include "mainwindow.h"
#include "notificationcenter.h"
#include "notificationsettings.h"
#include "notificationspane.h"
#include "notifier.h"
#include "simfixture.h"
#include "taskmonitor.h"
#include "testnotificationserver.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject failingTask(const QString &id)
{
    return QJsonObject{{u"id"_s, id}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, u"FAILED"_s}};
}

void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_notifier"_s);
    QSettings().clear();
    installTranslations(QCoreApplication::instance()); // the English plural forms, as the app shows them
}

} // namespace

// The window's side of notifications on a bare bus with a notification server of the test's own: "Show" selects,
// mute from the task list, the keyboard reaches every pane.
class TestNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useTestSettings(); }
    void showActionSelectsTheTasks();
    void muteFromTheTaskList();
    void keyboardReachesEveryPane();
};

// A bare bus with no notification service, and no tray (offscreen): the window and the in-app list carry on.
class TestNotifierFallback final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useTestSettings(); }
    void noServiceNoTray();
};

void TestNotifier::showActionSelectsTheTasks()
{
    TestNotificationServer server;
    QVERIFY(server.start());
    SimFixture sim;
    QVERIFY(sim.addTask(failingTask(u"f1"_s)));
    QVERIFY(sim.addTask(failingTask(u"f2"_s)));
    TaskMonitor monitor(SystemClock::instance());
    monitor.setConnection(sim.connection());
    MainWindow window(&monitor, SystemClock::instance());
    window.show();
    auto *notifier = window.findChild<Notifier *>();
    QVERIFY(notifier);
    QTRY_VERIFY(notifier->desktop()->isAvailable());
    monitor.addTasks({u"f1"_s, u"f2"_s, u"other"_s});
    QTRY_COMPARE(server.calls.size(), 1); // the two failures within the window: one notification
    QCOMPARE(server.calls.at(0).summary, u"2 tasks finished: 2 failed"_s);
    // What the tray shows (when there is one): the worst state, failed over running, and the counts.
    QTRY_COMPARE(notifier->worstState(), 2);
    QVERIFY2(notifier->trayToolTip().contains(u"1 running, 2 failed or stopped, 0 done"_s),
        qPrintable(notifier->trayToolTip()));
    window.findChild<QTabWidget *>(u"sideTabs"_s)->setCurrentWidget(window.findChild<NotificationsPane *>());

    server.invokeAction(server.calls.at(0).id, u"show"_s);
    QTRY_COMPARE(window.selectedTaskIds().size(), 2);
    QStringList selected = window.selectedTaskIds();
    selected.sort();
    QCOMPARE(selected, (QStringList{u"f1"_s, u"f2"_s}));
    QVERIFY(window.isVisible());
    QCOMPARE(window.findChild<QTabWidget *>(u"sideTabs"_s)->currentWidget()->objectName(), u"detailsPane"_s);
}

void TestNotifier::muteFromTheTaskList()
{
    TaskMonitor monitor(SystemClock::instance());
    MainWindow window(&monitor, SystemClock::instance());
    monitor.addTasks({u"m1"_s, u"m2"_s});
    auto *notifier = window.findChild<Notifier *>();
    auto *mute = window.findChild<QAction *>(u"muteNotificationsAction"_s);
    QVERIFY(mute);
    QVERIFY(!mute->isEnabled()); // nothing selected
    auto *table = window.findChild<QTableView *>(u"taskTable"_s);
    table->selectRow(0);
    QVERIFY(mute->isEnabled());
    QVERIFY(!mute->isChecked());
    const QString id = window.selectedTaskIds().value(0);
    mute->trigger();
    QVERIFY(notifier->settings()->isMuted(id));
    table->selectRow(1);
    QVERIFY(!mute->isChecked());
    table->selectRow(0);
    QVERIFY(mute->isChecked());
    // The context menu and the Tasks menu offer it.
    QVERIFY(window.findChild<QMenu *>(u"taskContextMenu"_s)->actions().contains(mute));
    QVERIFY(window.findChild<QMenu *>(u"tasksMenu"_s)->actions().contains(mute));
}

void TestNotifier::keyboardReachesEveryPane()
{
    TaskMonitor monitor(SystemClock::instance());
    MainWindow window(&monitor, SystemClock::instance());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"sideTabs"_s);
    auto *pane = window.findChild<NotificationsPane *>();
    auto *table = window.findChild<QTableView *>(u"taskTable"_s);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), pane);
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), u"detailsPane"_s);
    QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier); // from the table too
    QCOMPARE(tabs->currentWidget(), pane);
    QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), u"detailsPane"_s);
    // Pause all and the connections have shortcuts; the View menu names the panes.
    QCOMPARE(window.findChild<QAction *>(u"pauseAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QCOMPARE(window.findChild<QAction *>(u"connectionAction"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(monitor.isPaused());
    const QList<QAction *> view = window.findChild<QMenu *>(u"viewMenu"_s)->actions();
    QVERIFY(view.contains(window.findChild<QAction *>(u"showNotificationsAction"_s)));
    QVERIFY(view.contains(window.findChild<QAction *>(u"notificationSettingsAction"_s)));
}

void TestNotifierFallback::noServiceNoTray()
{
    SimFixture sim;
    QVERIFY(sim.addTask(failingTask(u"f"_s)));
    TaskMonitor monitor(SystemClock::instance());
    monitor.setConnection(sim.connection());
    MainWindow window(&monitor, SystemClock::instance());
    window.show();
    auto *notifier = window.findChild<Notifier *>();
    QVERIFY(!notifier->hasTray());
    QVERIFY(QApplication::quitOnLastWindowClosed()); // a normal window: closing it quits
    QSignalSpy checked(notifier->desktop(), &DesktopNotifier::checked);
    QVERIFY(checked.wait());
    QVERIFY(!notifier->desktop()->isAvailable());
    QSignalSpy fallback(notifier->center(), &NotificationCenter::fallbackRequested);
    monitor.addTasks({u"f"_s});
    QTRY_COMPARE(fallback.size(), 1);
    QCOMPARE(monitor.notifications()->rowCount(), 1); // the in-app list has it
    QCOMPARE(monitor.notifications()->unreadCount(), 1);
    window.close();
    QVERIFY(!window.isVisible());
}

int main(int argc, char *argv[])
{
    return runOnEitherBus<QApplication, TestNotifier, TestNotifierFallback>(argc, argv);
}

#include "tst_notifier.moc"
