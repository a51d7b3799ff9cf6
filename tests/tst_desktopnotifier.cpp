// SPDX-License-Identifier: MIT
#include "busmain.h"
#include "clock.h"
#include "desktopnotifier.h"
#include "notificationcenter.h"
#include "notificationsettings.h"
#include "simfixture.h"
#include "taskmonitor.h"
#include "taskstore.h"
#include "testnotificationserver.h"
#include "translations.h"

#include <QDBusMessage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TrackedTask completedTask(const QString &id, TaskStatus status, const QString &label = {})
{
    TrackedTask task;
    task.id = id;
    task.label = label;
    task.addedAtMs = 1'700'000'000'000;
    task.completedAtMs = 1'700'000'060'000;
    task.watch = TrackedTask::Watch::Done;
    AsyncTask answer;
    answer.id = id;
    answer.state = TaskState::Complete;
    answer.status = status;
    task.task = answer;
    return task;
}

QJsonObject quickTask(const QString &id, const QString &status)
{
    return QJsonObject{{u"id"_s, id}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, status},
        {u"error_reason"_s, u"query timed out"_s}};
}

// The test server answers on another connection: its signals reach the client in the order they were sent.
void waitForCalls(const TestNotificationServer &server, int count)
{
    QTRY_COMPARE(server.calls.size(), count);
}

// What every case wires the same way: a monitor, the desktop notifier, the settings, and the center between them.
struct Notifying
{
    explicit Notifying(const Clock *clock = SystemClock::instance())
        : monitor(clock)
        , center(&monitor, &desktop, &settings, clock)
    {
    }
    TaskMonitor monitor;
    DesktopNotifier desktop;
    NotificationSettings settings;
    NotificationCenter center;
};

} // namespace

// The desktop notifications of issue #13 against a notification server the test registers on a private bare bus
// (tests/data/dbus-bare-session.conf): what each Notify call carries, actions, grouping, settings, episodes, restarts.
class TestDesktopNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void failedTaskReachesTheDesktop();
    void markupServerGetsEscapedText();
    void actionsActOnOwnIdsOnly();
    void signalsOfOtherClientsAreIgnored();
    void completionsWithinTheWindowAreGrouped();
    void perOutcomeSettingsAndMute();
    void doNotDisturbOnAndUntil();
    void connectionTroubleOncePerEpisode();
    void briefTroubleIsNotSaid();
    void announcedOnceAcrossRestart();
    void serviceLeavingFallsBack();

private:
    std::unique_ptr<TestNotificationServer> m_server;
};

// On a bus with no notification service at all (tests/data/dbus-bare-session.conf).
class TestNoNotificationService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fallsBackCleanly();
};

void TestDesktopNotifier::initTestCase()
{
    installTranslations(QCoreApplication::instance()); // the English plural forms, as the app shows them
    qRegisterMetaType<TrackedTask>();
    qRegisterMetaType<DesktopNotice>();
}

void TestDesktopNotifier::init()
{
    m_server = std::make_unique<TestNotificationServer>();
    QVERIFY(m_server->start());
}

void TestDesktopNotifier::cleanup()
{
    m_server.reset();
}

void TestDesktopNotifier::failedTaskReachesTheDesktop()
{
    SimFixture sim;
    QVERIFY(sim.addTask(quickTask(u"bad"_s, u"FAILED"_s)));
    Notifying n;
    auto &[monitor, desktop, settings, center] = n;
    monitor.setConnection(sim.connection());
    desktop.setAppName(u"Veza Task Monitor"_s);
    QTRY_VERIFY(desktop.isAvailable());
    center.setGroupWindowMs(50);
    QSignalSpy alert(&center, &NotificationCenter::alertRequested);
    QSignalSpy fallback(&center, &NotificationCenter::fallbackRequested);
    monitor.addTasks({u"bad"_s}, u"Nightly <audit> & co"_s);

    waitForCalls(*m_server, 1);
    const TestNotificationServer::Call &call = m_server->calls.constFirst();
    QCOMPARE(call.appName, u"Veza Task Monitor"_s);
    QCOMPARE(call.appIcon, u"veza-task-monitor"_s);
    QCOMPARE(call.summary, u"Task failed"_s);
    QCOMPARE(call.body, u"Nightly <audit> & co\nquery timed out"_s); // no body-markup: sent as it is
    QCOMPARE(call.actions, (QStringList{u"default"_s, u"Show"_s, u"show"_s, u"Show"_s, u"copy-id"_s, u"Copy id"_s}));
    QCOMPARE(call.hints.value(u"urgency"_s).metaType(), QMetaType::fromType<uchar>());
    QCOMPARE(call.hints.value(u"urgency"_s).value<uchar>(), uchar(2));
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"veza-task-monitor"_s);
    QCOMPARE(call.hints.value(u"category"_s).toString(), u"transfer.error"_s);
    QCOMPARE(call.expireTimeout, -1);
    QCOMPARE(alert.size(), 1);
    QCOMPARE(fallback.size(), 0);
    // The in-app list has it too.
    QCOMPARE(monitor.notifications()->at(0).taskId, u"bad"_s);
}

void TestDesktopNotifier::markupServerGetsEscapedText()
{
    m_server.reset();
    m_server = std::make_unique<TestNotificationServer>(QStringList{u"actions"_s, u"body"_s, u"body-markup"_s});
    QVERIFY(m_server->start());
    DesktopNotifier desktop;
    QTRY_VERIFY(desktop.isAvailable());
    // The capabilities are read asynchronously once the service is seen. Replies come back in the order the calls
    // went out, so the first notice's reply tells they are in; the server's own record of it does not (another
    // connection, dispatched in its own order).
    QSignalSpy shown(&desktop, &DesktopNotifier::shown);
    QVERIFY(desktop.notify({u"first"_s, {}, DesktopNotice::Urgency::Low, {}, {}, false}));
    QTRY_COMPARE(shown.size(), 1);
    waitForCalls(*m_server, 1);
    QVERIFY(desktop.notify({u"second"_s, u"<b>a & b</b>"_s, DesktopNotice::Urgency::Low, {}, {}, false}));
    waitForCalls(*m_server, 2);
    QCOMPARE(m_server->calls.at(1).body, u"&lt;b&gt;a &amp; b&lt;/b&gt;"_s);
    QCOMPARE(m_server->calls.at(1).hints.value(u"urgency"_s).value<uchar>(), uchar(0));
}

void TestDesktopNotifier::actionsActOnOwnIdsOnly()
{
    Notifying n;
    auto &[monitor, desktop, settings, center] = n;
    QTRY_VERIFY(desktop.isAvailable());
    QSignalSpy shown(&desktop, &DesktopNotifier::shown);
    QSignalSpy activated(&center, &NotificationCenter::tasksActivated);
    QSignalSpy copied(&center, &NotificationCenter::copyIdRequested);
    Q_EMIT monitor.taskCompleted(completedTask(u"t1"_s, TaskStatus::Succeeded, u"Report"_s));
    center.flush();
    QTRY_COMPARE(shown.size(), 1);
    const uint id = shown.at(0).at(0).toUInt();

    m_server->invokeAction(id + 1000, u"show"_s); // another application's notification
    m_server->invokeAction(id, u"show"_s);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), QStringList{u"t1"_s});
    m_server->invokeAction(id, u"default"_s); // a click on the body
    QTRY_COMPARE(activated.size(), 2);
    m_server->invokeAction(id, u"copy-id"_s);
    QTRY_COMPARE(copied.size(), 1);
    QCOMPARE(copied.at(0).at(0).toString(), u"t1"_s);

    // Closed: forgotten, a late action on it does nothing.
    m_server->close(id);
    QTRY_COMPARE(desktop.openCount(), 0);
    m_server->invokeAction(id, u"show"_s);
    Q_EMIT monitor.taskCompleted(completedTask(u"t2"_s, TaskStatus::Succeeded));
    center.flush();
    QTRY_COMPARE(shown.size(), 2);
    m_server->invokeAction(shown.at(1).at(0).toUInt(), u"show"_s);
    QTRY_COMPARE(activated.size(), 3);
    QCOMPARE(activated.at(2).at(0).toStringList(), QStringList{u"t2"_s}); // t1's late action never arrived
}

void TestDesktopNotifier::signalsOfOtherClientsAreIgnored()
{
    Notifying n;
    auto &[monitor, desktop, settings, center] = n;
    QTRY_VERIFY(desktop.isAvailable());
    QSignalSpy shown(&desktop, &DesktopNotifier::shown);
    QSignalSpy activated(&center, &NotificationCenter::tasksActivated);
    QSignalSpy copied(&center, &NotificationCenter::copyIdRequested);
    Q_EMIT monitor.taskCompleted(completedTask(u"t1"_s, TaskStatus::Succeeded));
    center.flush();
    QTRY_COMPARE(shown.size(), 1);
    const uint id = shown.at(0).at(0).toUInt();

    // Another client on the bus sends the server's signals for this id: neither a click nor a close counts.
    const QString name = u"veza-test-impostor"_s;
    QDBusConnection other = QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
    const auto signal = [](const QString &member, const QVariantList &arguments) {
        QDBusMessage message = QDBusMessage::createSignal(
            u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, member);
        message.setArguments(arguments);
        return message;
    };
    QVERIFY(other.send(signal(u"ActionInvoked"_s, {id, u"show"_s})));
    QVERIFY(other.send(signal(u"NotificationClosed"_s, {id, 2U})));
    // A round trip to the bus daemon: both signals are routed before the server's next one.
    const QDBusMessage ping = other.call(QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, u"GetId"_s));
    QCOMPARE(ping.type(), QDBusMessage::ReplyMessage);
    m_server->invokeAction(id, u"copy-id"_s);
    QTRY_COMPARE(copied.size(), 1);
    QCOMPARE(activated.size(), 0);
    QCOMPARE(desktop.openCount(), 1);
    QDBusConnection::disconnectFromBus(name);
}

void TestDesktopNotifier::completionsWithinTheWindowAreGrouped()
{
    Notifying n;
    auto &[monitor, desktop, settings, center] = n;
    QTRY_VERIFY(desktop.isAvailable());
    center.setGroupWindowMs(100);
    QSignalSpy shown(&desktop, &DesktopNotifier::shown);
    QSignalSpy activated(&center, &NotificationCenter::tasksActivated);
    const QStringList ids{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    Q_EMIT monitor.taskCompleted(completedTask(u"a"_s, TaskStatus::Succeeded, u"Alpha"_s));
    Q_EMIT monitor.taskCompleted(completedTask(u"b"_s, TaskStatus::Failed, u"Beta"_s));
    Q_EMIT monitor.taskCompleted(completedTask(u"c"_s, TaskStatus::Succeeded, u"Gamma"_s));
    Q_EMIT monitor.taskCompleted(completedTask(u"d"_s, TaskStatus::Failed));
    Q_EMIT monitor.taskCompleted(completedTask(u"e"_s, TaskStatus::Succeeded));
    QCOMPARE(center.pendingCount(), 5);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(center.pendingCount(), 0);
    QCOMPARE(m_server->calls.size(), 1);
    const TestNotificationServer::Call &call = m_server->calls.constFirst();
    QCOMPARE(call.summary, u"5 tasks finished: 3 succeeded, 2 failed"_s);
    QCOMPARE(call.body, u"Alpha, Beta, Gamma and 2 more"_s);
    QCOMPARE(call.hints.value(u"urgency"_s).value<uchar>(), uchar(2));
    QVERIFY(!call.actions.contains(u"copy-id"_s));
    m_server->invokeAction(call.id, u"show"_s);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), ids);
}

void TestDesktopNotifier::perOutcomeSettingsAndMute()
{
    Notifying n;
    auto &[monitor, desktop, settings, center] = n;
    QTRY_VERIFY(desktop.isAvailable());
    QVERIFY(settings.isEnabled(NotificationSettings::Outcome::Succeeded));
    QVERIFY(settings.isEnabled(NotificationSettings::Outcome::Failed));
    QVERIFY(!settings.isEnabled(NotificationSettings::Outcome::Canceled));
    QVERIFY(!settings.isEnabled(NotificationSettings::Outcome::NotFound));
    QVERIFY(!settings.isEnabled(NotificationSettings::Outcome::StoppedWatching));

    // Canceled is off by default, and a muted task is quiet: nothing goes out for either.
    settings.setMuted({u"muted"_s}, true);
    Q_EMIT monitor.taskCompleted(completedTask(u"c"_s, TaskStatus::Canceled));
    Q_EMIT monitor.taskCompleted(completedTask(u"muted"_s, TaskStatus::Failed));
    center.flush();
    Q_EMIT monitor.taskCompleted(completedTask(u"ok"_s, TaskStatus::Succeeded));
    center.flush();
    waitForCalls(*m_server, 1);
    QCOMPARE(m_server->calls.at(0).summary, u"Task succeeded"_s);

    settings.setEnabled(NotificationSettings::Outcome::Canceled, true);
    settings.setEnabled(NotificationSettings::Outcome::Succeeded, false);
    settings.setMuted({u"muted"_s}, false);
    Q_EMIT monitor.taskCompleted(completedTask(u"ok2"_s, TaskStatus::Succeeded));
    Q_EMIT monitor.taskCompleted(completedTask(u"c2"_s, TaskStatus::Canceled));
    center.flush();
    waitForCalls(*m_server, 2);
    QCOMPARE(m_server->calls.at(1).summary, u"Task canceled"_s);
    QCOMPARE(m_server->calls.at(1).hints.value(u"urgency"_s).value<uchar>(), uchar(1));

    // Not found and stopped watching: off by default, on when asked.
    TrackedTask lost;
    lost.id = u"lost"_s;
    lost.watch = TrackedTask::Watch::NotFound;
    Q_EMIT monitor.taskStoppedWatching(lost);
    center.flush();
    settings.setEnabled(NotificationSettings::Outcome::NotFound, true);
    Q_EMIT monitor.taskStoppedWatching(lost);
    center.flush();
    waitForCalls(*m_server, 3);
    QCOMPARE(m_server->calls.at(2).summary, u"Task not found"_s);
}

void TestDesktopNotifier::doNotDisturbOnAndUntil()
{
    ManualClock clock;
    Notifying n(&clock);
    auto &[monitor, desktop, settings, center] = n;
    QTRY_VERIFY(desktop.isAvailable());
    QSignalSpy sent(&center, &NotificationCenter::noticeSent);
    QSignalSpy alert(&center, &NotificationCenter::alertRequested);

    settings.setDoNotDisturb(NotificationSettings::DoNotDisturb::On);
    Q_EMIT monitor.taskCompleted(completedTask(u"a"_s, TaskStatus::Failed));
    center.flush();
    QCOMPARE(sent.size(), 0);
    QCOMPARE(alert.size(), 0);

    settings.setDoNotDisturb(NotificationSettings::DoNotDisturb::Until, clock.nowMs() + 60'000);
    Q_EMIT monitor.taskCompleted(completedTask(u"b"_s, TaskStatus::Failed));
    center.flush();
    QCOMPARE(sent.size(), 0);

    clock.advance(60'000); // the time has come: notifications again
    Q_EMIT monitor.taskCompleted(completedTask(u"c"_s, TaskStatus::Failed));
    center.flush();
    QCOMPARE(sent.size(), 1);
    waitForCalls(*m_server, 1);
    QCOMPARE(m_server->calls.at(0).summary, u"Task failed"_s);
    QCOMPARE(m_server->calls.at(0).body, u"c"_s);
}

void TestDesktopNotifier::connectionTroubleOncePerEpisode()
{
    Notifying n;
    auto &[monitor, desktop, settings, center] = n;
    monitor.setConnection(u"remote"_s, u"Production"_s, Connection{QUrl(u"https://veza.example"_s), u"k"_s});
    QTRY_VERIFY(desktop.isAvailable());
    center.setConnectionGraceMs(0); // said at once: the grace has its own case
    QSignalSpy sent(&center, &NotificationCenter::noticeSent);

    monitor.setNetworkState(false, false);
    QCOMPARE(monitor.connectionState(u"remote"_s), TaskMonitor::ConnectionState::Offline);
    // The trouble changing shape within one episode is not another popup.
    Q_EMIT monitor.connectionStateChanged(u"remote"_s, TaskMonitor::ConnectionState::Unreachable, u"down"_s);
    Q_EMIT monitor.connectionStateChanged(u"remote"_s, TaskMonitor::ConnectionState::RateLimited, u"slow"_s);
    monitor.setNetworkState(false, false);
    QCOMPARE(sent.size(), 1);
    monitor.setNetworkState(true, false);
    QCOMPARE(sent.size(), 2);
    Q_EMIT monitor.connectionStateChanged(u"remote"_s, TaskMonitor::ConnectionState::Ok, {});
    QCOMPARE(sent.size(), 2); // recovery said once
    waitForCalls(*m_server, 2);
    QCOMPARE(m_server->calls.at(0).summary, u"Connection problem: Production"_s);
    QVERIFY(m_server->calls.at(0).body.contains(u"Offline"_s));
    QCOMPARE(m_server->calls.at(1).summary, u"Connection restored: Production"_s);

    // A new episode is said again; with connection notices off, it is not.
    Q_EMIT monitor.connectionStateChanged(u"remote"_s, TaskMonitor::ConnectionState::AuthFailed, u"401"_s);
    QCOMPARE(sent.size(), 3);
    Q_EMIT monitor.connectionStateChanged(u"remote"_s, TaskMonitor::ConnectionState::Ok, {});
    QCOMPARE(sent.size(), 4);
    settings.setEnabled(NotificationSettings::Outcome::Connection, false);
    Q_EMIT monitor.connectionStateChanged(u"remote"_s, TaskMonitor::ConnectionState::Unreachable, u"down"_s);
    Q_EMIT monitor.connectionStateChanged(u"remote"_s, TaskMonitor::ConnectionState::Ok, {});
    QCOMPARE(sent.size(), 4);
}

void TestDesktopNotifier::briefTroubleIsNotSaid()
{
    Notifying n;
    auto &[monitor, desktop, settings, center] = n;
    monitor.setConnection(u"remote"_s, u"Production"_s, Connection{QUrl(u"https://veza.example"_s), u"k"_s});
    QTRY_VERIFY(desktop.isAvailable());
    constexpr int graceMs = 100;
    constexpr int endlessGraceMs = 600'000; // outlasts the test
    QSignalSpy sent(&center, &NotificationCenter::noticeSent);
    using State = TaskMonitor::ConnectionState;
    const auto state = [&monitor](State to, const QString &message = {}) {
        Q_EMIT monitor.connectionStateChanged(u"remote"_s, to, message);
    };

    // A request dropped, the next one answered within the grace: no problem, and no recovery, is said.
    center.setConnectionGraceMs(graceMs);
    state(State::Unreachable, u"timed out"_s);
    state(State::Ok);
    // Trouble again, with a grace that outlasts the test: the first episode's timer must not speak for this one.
    center.setConnectionGraceMs(endlessGraceMs);
    state(State::Unreachable, u"timed out"_s);
    QTest::qWait(graceMs * 3);
    QCOMPARE(sent.size(), 0);
    state(State::Ok);

    // Trouble that lasts past its grace: said once, with the latest message, and then its recovery.
    center.setConnectionGraceMs(graceMs);
    state(State::Unreachable, u"timed out"_s);
    state(State::RateLimited, u"slow down"_s);
    QCOMPARE(sent.size(), 0);
    QTRY_COMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).value<DesktopNotice>().summary, u"Connection problem: Production"_s);
    QCOMPARE(sent.at(0).at(0).value<DesktopNotice>().body, u"slow down"_s);
    state(State::Ok);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).at(0).value<DesktopNotice>().summary, u"Connection restored: Production"_s);

    // A refused key stops polling until the user acts: said at once, also when it follows passing trouble.
    state(State::AuthFailed, u"401"_s);
    QCOMPARE(sent.size(), 3);
    state(State::Ok);
    state(State::Offline, u"offline"_s);
    state(State::CertificateRefused, u"untrusted"_s);
    QCOMPARE(sent.size(), 5); // restored, then the certificate
    QCOMPARE(sent.at(4).at(0).value<DesktopNotice>().body, u"untrusted"_s);
    state(State::Ok);
    QCOMPARE(sent.size(), 6);

    // Kept quiet by do-not-disturb when its grace ends: its recovery is quiet too.
    const auto troubleWhileQuiet = [&] {
        settings.setDoNotDisturb(NotificationSettings::DoNotDisturb::On);
        state(State::Unreachable, u"down"_s);
        QTest::qWait(graceMs * 5);
        settings.setDoNotDisturb(NotificationSettings::DoNotDisturb::Off);
    };
    troubleWhileQuiet();
    state(State::Ok);
    QCOMPARE(sent.size(), 6);
    // But a refused key later in such an episode is said: polling stopped, and nobody was told of the trouble.
    troubleWhileQuiet();
    state(State::AuthFailed, u"401 after the night"_s);
    QCOMPARE(sent.size(), 7);
    QCOMPARE(sent.at(6).at(0).value<DesktopNotice>().body, u"401 after the night"_s);
    state(State::Ok);
    QCOMPARE(sent.size(), 8);

    // A connection removed while its grace runs is never said, nor its recovery should its id come back.
    state(State::Unreachable, u"down"_s);
    monitor.removeConnection(u"remote"_s);
    QTest::qWait(graceMs * 3);
    QCOMPARE(sent.size(), 8);
    monitor.setConnection(u"remote"_s, u"Production"_s, Connection{QUrl(u"https://veza.example"_s), u"k"_s});
    state(State::Ok);
    QCOMPARE(sent.size(), 8);
}

void TestDesktopNotifier::announcedOnceAcrossRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tasks.sqlite"_s);
    const auto openMonitor = [&](TaskStore &store, TaskMonitor &monitor) {
        QSignalSpy opened(&monitor, &TaskMonitor::storeOpened);
        monitor.setStore(&store);
        store.open(path);
        QVERIFY(opened.wait());
    };
    SimFixture sim;
    QVERIFY(sim.addTask(quickTask(u"x"_s, u"SUCCEEDED"_s)));
    QVERIFY(sim.addTask(quickTask(u"y"_s, u"FAILED"_s)));
    {
        // Two tasks complete, and the app quits before the end of their grouping window.
        TaskStore store;
        Notifying n;
        auto &[monitor, desktop, settings, center] = n;
        center.setGroupWindowMs(3'600'000);
        openMonitor(store, monitor);
        monitor.setConnection(sim.connection());
        monitor.addTasks({u"x"_s, u"y"_s});
        QTRY_COMPARE(center.pendingCount(), 2);
        store.flushAndWait();
    }
    QVERIFY(m_server->calls.isEmpty());
    {
        TaskStore store;
        Notifying n;
        auto &[monitor, desktop, settings, center] = n;
        QTRY_VERIFY(desktop.isAvailable());
        QSignalSpy unannounced(&monitor, &TaskMonitor::completionsUnannounced);
        openMonitor(store, monitor);
        QCOMPARE(unannounced.size(), 1);
        QCOMPARE(center.pendingCount(), 2);
        center.flush();
        waitForCalls(*m_server, 1);
        QCOMPARE(m_server->calls.at(0).summary, u"2 tasks finished: 1 succeeded, 1 failed"_s);
        store.flushAndWait();
    }
    {
        TaskStore store;
        TaskMonitor monitor(SystemClock::instance());
        QSignalSpy unannounced(&monitor, &TaskMonitor::completionsUnannounced);
        openMonitor(store, monitor);
        QCOMPARE(monitor.model()->rowCount(), 2);
        QCOMPARE(unannounced.size(), 0); // said once: not again
    }
}

void TestDesktopNotifier::serviceLeavingFallsBack()
{
    Notifying n;
    auto &[monitor, desktop, settings, center] = n;
    QTRY_VERIFY(desktop.isAvailable());
    QSignalSpy fallback(&center, &NotificationCenter::fallbackRequested);
    m_server->stop();
    QTRY_VERIFY(!desktop.isAvailable());
    Q_EMIT monitor.taskCompleted(completedTask(u"a"_s, TaskStatus::Failed));
    center.flush();
    QCOMPARE(fallback.size(), 1);
    QCOMPARE(fallback.at(0).at(0).value<DesktopNotice>().summary, u"Task failed"_s);
    QVERIFY(m_server->calls.isEmpty());
    QVERIFY(m_server->start()); // back: the desktop again
    QTRY_VERIFY(desktop.isAvailable());
    Q_EMIT monitor.taskCompleted(completedTask(u"b"_s, TaskStatus::Failed));
    center.flush();
    waitForCalls(*m_server, 1);
    QCOMPARE(fallback.size(), 1);
}

void TestNoNotificationService::fallsBackCleanly()
{
    qRegisterMetaType<TrackedTask>();
    Notifying n;
    auto &[monitor, desktop, settings, center] = n;
    QSignalSpy checked(&desktop, &DesktopNotifier::checked);
    QVERIFY(checked.wait());
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    QVERIFY(!desktop.isAvailable());
    QSignalSpy fallback(&center, &NotificationCenter::fallbackRequested);
    QSignalSpy alert(&center, &NotificationCenter::alertRequested);
    Q_EMIT monitor.taskCompleted(completedTask(u"a"_s, TaskStatus::Failed, u"Audit"_s));
    center.flush();
    QCOMPARE(fallback.size(), 1);
    QCOMPARE(fallback.at(0).at(0).value<DesktopNotice>().body, u"Audit"_s);
    QCOMPARE(alert.size(), 1);
}

int main(int argc, char *argv[])
{
    return runOnEitherBus<QCoreApplication, TestDesktopNotifier, TestNoNotificationService>(argc, argv);
}

#include "tst_desktopnotifier.moc"
