// SPDX-License-Identifier: MIT
// The tray (issue #13) over the real StatusNotifierItem protocol: Qt 6.4 on Linux shows a tray icon through
// QDBusTrayIcon when org.kde.StatusNotifierWatcher is on the session bus and says a host is registered. The
// offscreen platform's theme never makes one (its theme is a plain QPlatformTheme, and the XEmbed fallback is xcb
// only), so this test runs on xcb under xvfb-run, on a bare bus with a watcher and a notification server of its own.
#include "clock.h"
#include "mainwindow.h"
#include "notificationsettings.h"
#include "notifier.h"
#include "simfixture.h"
#include "taskmonitor.h"
#include "taskstore.h"
#include "testnotificationserver.h"
#include "testprograms.h"
#include "teststatusnotifierwatcher.h"
#include "translations.h"

#include <QApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString kMenuInterface = u"com.canonical.dbusmenu"_s;

QJsonObject runningTask(const QString &id)
{
    return QJsonObject{
        {u"id"_s, id}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 3'600'000}, {u"status"_s, u"SUCCEEDED"_s}};
}

struct MenuItem
{
    int id = 0;
    QString label;
};

// A dbusmenu layout is (id, properties, children as variants of the same layout): flattened, depth first.
void readLayout(const QDBusArgument &argument, QList<MenuItem> *items)
{
    int id = 0;
    QVariantMap properties;
    argument.beginStructure();
    argument >> id >> properties;
    items->append({id, properties.value(u"label"_s).toString()});
    argument.beginArray();
    while (!argument.atEnd()) {
        QDBusVariant child;
        argument >> child;
        readLayout(qvariant_cast<QDBusArgument>(child.variant()), items);
    }
    argument.endArray();
    argument.endStructure();
}

// Asynchronous, waiting in the event loop: the item may answer from this very thread.
QDBusMessage callAndWait(const QDBusMessage &call)
{
    QDBusPendingCallWatcher watcher(QDBusConnection::sessionBus().asyncCall(call));
    QSignalSpy finished(&watcher, &QDBusPendingCallWatcher::finished);
    if (!watcher.isFinished() && !finished.wait(20'000))
        return call.createErrorReply(u"org.freedesktop.DBus.Error.Timeout"_s, u"no answer"_s);
    return watcher.reply();
}

// What a tray host does: read the item's Menu property, then the menu's layout.
struct TrayMenu
{
    QString service;
    QString path;
    QList<MenuItem> items;
    QString error;

    explicit TrayMenu(const QString &item)
        : service(item)
    {
        QDBusMessage get = QDBusMessage::createMethodCall(
            item, u"/StatusNotifierItem"_s, u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        get << u"org.kde.StatusNotifierItem"_s << u"Menu"_s;
        const QDBusMessage menu = callAndWait(get);
        if (menu.type() != QDBusMessage::ReplyMessage) {
            error = menu.errorMessage();
            return;
        }
        path = qvariant_cast<QDBusObjectPath>(menu.arguments().value(0).value<QDBusVariant>().variant()).path();
        QDBusMessage layout = QDBusMessage::createMethodCall(item, path, kMenuInterface, u"GetLayout"_s);
        layout << 0 << -1 << QStringList();
        const QDBusMessage reply = callAndWait(layout);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
            error = reply.errorMessage();
            return;
        }
        readLayout(qvariant_cast<QDBusArgument>(reply.arguments().at(1)), &items);
    }

    [[nodiscard]] int idOf(const QString &label) const
    {
        for (const MenuItem &item : items) {
            if (item.label == label)
                return item.id;
        }
        return -1;
    }

    // A click in the host's menu.
    [[nodiscard]] bool click(int id) const
    {
        QDBusMessage event = QDBusMessage::createMethodCall(service, path, kMenuInterface, u"Event"_s);
        event << id << u"clicked"_s << QVariant::fromValue(QDBusVariant(QVariant(0))) << uint(0);
        return QDBusConnection::sessionBus().send(event);
    }
};

DesktopNotice marker(const QString &summary)
{
    DesktopNotice notice;
    notice.summary = summary;
    return notice;
}

// The event loop until the app quits, as main() runs it; a quit that never comes fails instead of hanging.
int execUntilQuit()
{
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, qApp, [] { QCoreApplication::exit(99); });
    watchdog.start(60'000);
    return QApplication::exec();
}

} // namespace

class TestTray final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void closeHidesTheWindowAndPollingGoesOn();
    void trayMenuOverDBusMenu();
    void builtAppQuitsFromTheTrayMenu();
    void trayTurnedOffClosingQuits();
    void noWatcherNoTrayClosingQuits();

private:
    // The one-time hint, as the notification server received it.
    [[nodiscard]] int hints() const;
    [[nodiscard]] bool received(const QString &summary) const;

    TestStatusNotifierWatcher m_watcher;
    TestNotificationServer m_server;
};

void TestTray::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == u"xcb"_s, "run under xvfb-run with QT_QPA_PLATFORM=xcb");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_tray"_s);
    QSettings().clear();
    installTranslations(QCoreApplication::instance());
    // Before the first look for a tray: Qt's theme remembers the first answer for the life of the process.
    QVERIFY(m_watcher.start());
    QVERIFY(m_server.start());
}

int TestTray::hints() const
{
    return int(std::count_if(m_server.calls.cbegin(), m_server.calls.cend(),
        [](const TestNotificationServer::Call &call) { return call.body.startsWith(u"Still running in the tray"_s); }));
}

bool TestTray::received(const QString &summary) const
{
    return std::any_of(m_server.calls.cbegin(), m_server.calls.cend(),
        [&summary](const TestNotificationServer::Call &call) { return call.summary == summary; });
}

void TestTray::closeHidesTheWindowAndPollingGoesOn()
{
    SimFixture sim;
    QVERIFY(sim.addTask(runningTask(u"r1"_s)));
    TaskMonitor monitor(SystemClock::instance());
    monitor.setConnection(sim.connection());
    const qsizetype registered = m_watcher.items().size();
    {
        MainWindow window(&monitor, SystemClock::instance());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *notifier = window.findChild<Notifier *>();
        QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
        QVERIFY(notifier->hasTray());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QTRY_COMPARE(m_watcher.items().size(), registered + 1); // RegisterStatusNotifierItem
        monitor.addTasks({u"r1"_s});
        QTRY_VERIFY(sim.server().requestCount(u"r1"_s) >= 1);
        QTRY_VERIFY(notifier->desktop()->isAvailable());

        QVERIFY(!window.close()); // refused: hidden instead
        QVERIFY(window.isHidden());
        QTRY_COMPARE(hints(), 1);
        // Hidden, the task is still asked about.
        const int polled = sim.server().requestCount(u"r1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sim.server().requestCount(u"r1"_s) > polled, 30'000);
        // The hint is the app's own notification: its Show brings the window back.
        const TestNotificationServer::Call hint = m_server.calls.constLast();
        QVERIFY(hint.actions.contains(u"show"_s));
        QCOMPARE(hint.hints.value(u"desktop-entry"_s).toString(), u"veza-task-monitor"_s);
        m_server.invokeAction(hint.id, u"show"_s);
        QTRY_VERIFY(window.isVisible());

        // Closed again: no second hint. A notification sent afterwards on the same connection arrives after
        // anything the close sent.
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.close());
        QVERIFY(window.isHidden());
        QVERIFY(notifier->desktop()->notify(marker(u"after the second close"_s)));
        QTRY_VERIFY(received(u"after the second close"_s));
        QCOMPARE(hints(), 1);
    }
    // On disk for the next start.
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll().contains("closeHintShown=true"), qPrintable(file.fileName()));

    // The next start: closing hides the window without the hint.
    MainWindow window(&monitor, SystemClock::instance());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *notifier = window.findChild<Notifier *>();
    QVERIFY(notifier->hasTray());
    QTRY_VERIFY(notifier->desktop()->isAvailable());
    QVERIFY(!window.close());
    QVERIFY(window.isHidden());
    QVERIFY(notifier->desktop()->notify(marker(u"after a restart"_s)));
    QTRY_VERIFY(received(u"after a restart"_s));
    QCOMPARE(hints(), 1);
}

void TestTray::trayMenuOverDBusMenu()
{
    TaskMonitor monitor(SystemClock::instance());
    const qsizetype registered = m_watcher.items().size();
    MainWindow window(&monitor, SystemClock::instance());
    window.show();
    QTRY_COMPARE(m_watcher.items().size(), registered + 1);
    const TrayMenu menu(m_watcher.items().constLast());
    QVERIFY2(menu.error.isEmpty(), qPrintable(menu.error));
    QCOMPARE(menu.path, u"/MenuBar"_s);
    for (const QString &label : {u"Show Window"_s, u"Pause All"_s, u"Do Not Disturb"_s, u"Quit"_s})
        QVERIFY2(menu.idOf(label) > 0, qPrintable(label));

    QVERIFY(!monitor.isPaused());
    QVERIFY(menu.click(menu.idOf(u"Pause All"_s)));
    QTRY_VERIFY(monitor.isPaused());
    window.hide();
    QVERIFY(menu.click(menu.idOf(u"Show Window"_s)));
    QTRY_VERIFY(window.isVisible());
}

void TestTray::builtAppQuitsFromTheTrayMenu()
{
    // The built app with the tray on quits from its tray menu as from File › Quit: the event loop ends, the store
    // commits, the exit code is 0.
    QString error;
    const QString program = builtProgram(u"veza-task-monitor"_s, &error);
    QVERIFY2(!program.isEmpty(), qPrintable(error));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // this bus, this display
    for (const QString &variable : {u"HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_RUNTIME_DIR"_s}) {
        const QString dir = home.filePath(variable);
        QVERIFY(QDir().mkpath(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(variable, dir);
    }
    env.insert(u"VEZA_INSTANCE_NAME"_s, u"veza-tray-test-%1"_s.arg(QCoreApplication::applicationPid()));
    const QString id = u"7c0d2b4e-1f3a-4b6c-8d9e-0a1b2c3d4e5f"_s;
    const qsizetype registered = m_watcher.items().size();
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedChannels);
    app.start(program, {id});
    QVERIFY(app.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(m_watcher.items().size(), registered + 1, 30'000);
    const QString store = home.filePath(u"XDG_DATA_HOME/Veza Task Monitor/Veza Task Monitor/tasks.sqlite"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(store), 30'000);

    const TrayMenu menu(m_watcher.items().constLast());
    QVERIFY2(menu.error.isEmpty(), qPrintable(menu.error));
    const int quit = menu.idOf(u"Quit"_s);
    QVERIFY(quit > 0);
    QVERIFY(menu.click(quit));
    QTRY_COMPARE_WITH_TIMEOUT(app.state(), QProcess::NotRunning, 30'000);
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);

    TaskStore reopened;
    const OpenedStore opened = openStore(reopened, store);
    QVERIFY(opened.answered);
    const StoreContents &contents = opened.contents;
    QCOMPARE(contents.tasks.size(), 1);
    QCOMPARE(contents.tasks.constFirst().id, id);
}

void TestTray::trayTurnedOffClosingQuits()
{
    TaskMonitor monitor(SystemClock::instance());
    MainWindow window(&monitor, SystemClock::instance());
    auto *notifier = window.findChild<Notifier *>();
    QVERIFY(notifier->hasTray());
    notifier->settings()->setTrayEnabled(false);
    QVERIFY(!notifier->hasTray());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTimer::singleShot(0, &window, &QWidget::close);
    QCOMPARE(execUntilQuit(), 0); // the last window closed: the event loop ended
    QVERIFY(!window.isVisible());
    notifier->settings()->setTrayEnabled(true);
    QVERIFY(notifier->hasTray());
}

void TestTray::noWatcherNoTrayClosingQuits()
{
    m_watcher.stop();
    TaskMonitor monitor(SystemClock::instance());
    MainWindow window(&monitor, SystemClock::instance());
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY(!window.findChild<Notifier *>()->hasTray());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTimer::singleShot(0, &window, &QWidget::close);
    QCOMPARE(execUntilQuit(), 0);
    QVERIFY(!window.isVisible());
}

int main(int argc, char *argv[])
{
    // The generic theme (the one that looks for the watcher) whatever desktop started the test.
    for (const char *variable : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "QT_QPA_PLATFORMTHEME"})
        qunsetenv(variable);
    QApplication app(argc, argv);
    TestTray test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tray.moc"
