// SPDX-License-Identifier: MIT
#include "adddialog.h"
#include "clock.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "taskmonitor.h"
#include "testprograms.h"

#include <QLocalSocket>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ProcessTimeoutMs = 20'000;

const QString kUuidA = u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s;
const QString kUuidB = u"7a41d0c2-5e9b-4f1a-b3c8-0d6e2f9a1b47"_s;
const QString kUuidC = u"c0ffee00-1234-4abc-8def-0123456789ab"_s;

// A header announcing `size` bytes, as SingleInstance::encode() writes it.
QByteArray header(quint32 size)
{
    QByteArray bytes("VZA1....");
    qToBigEndian(size, bytes.data() + 4);
    return bytes;
}

// Forwards on a worker thread (the client blocks; the server answers on this thread's event loop) and waits;
// empty when the forwards did not end in time.
QList<SingleInstance::Forward> forwardAll(const QString &serverName, const QStringList &texts)
{
    const QFuture<QList<SingleInstance::Forward>> future = QtConcurrent::run([serverName, texts] {
        QList<SingleInstance::Forward> results;
        const SingleInstance client(serverName);
        for (const QString &text : texts)
            results << client.tryForward(text);
        return results;
    });
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, ProcessTimeoutMs))
        return {};
    return future.result();
}

// What a crashed instance leaves: a socket file nobody listens on.
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (name.size() >= qsizetype(sizeof(address.sun_path))) {
        ::close(fd);
        return false;
    }
    std::copy_n(name.constData(), name.size(), address.sun_path);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd); // closed without unlink: the file stays
    return bound && QFileInfo::exists(path);
}

// This process's window as the first instance, wired as main.cpp wires it; the built app as later starts.
struct FirstWindow
{
    TaskMonitor monitor{SystemClock::instance()};
    MainWindow window{&monitor, SystemClock::instance()};
    SingleInstance server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString program;
    QString error;

    FirstWindow(const QTemporaryDir &dir, const QString &serverName)
        : server(serverName)
    {
        program = builtProgram(u"veza-task-monitor"_s, &error);
        QObject::connect(&server, &SingleInstance::textReceived, &window, &MainWindow::receiveForwardedText);
        if (!server.listen())
            error = server.errorString();
        window.showMinimized();
        // Whatever a later start could touch lives in the temporary directory, never the user's own.
        env.insert(u"VEZA_INSTANCE_NAME"_s, serverName);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        for (const char *variable : {"XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "HOME"}) {
            const QString path = dir.filePath(QString::fromLatin1(variable));
            QDir().mkpath(path);
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            env.insert(QString::fromLatin1(variable), path);
        }
    }

    [[nodiscard]] bool isReady() const { return !program.isEmpty() && server.isListening(); }

    // The exit code of a later start, or -1 when it did not start, -2 when it did not end in time, -3 on a crash.
    int runSecond(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForStarted())
            return -1;
        process.write(input);
        process.closeWriteChannel();
        // Not waitForFinished(): the window answers on this thread's event loop.
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, ProcessTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            return -2;
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
    }
};

} // namespace

class tst_SingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void forwardedTextArrivesWhole();
    void forwardsArriveInOrder();
    void nothingListeningIsNoInstance();
    void oversizedTextIsNotSent();
    void serverRefusesOversizedOrForeignMessages();
    void staleSocketIsReplaced();
    void secondStartForwardsToTheFirst();
    void serverNameIsPerUserOrFromTheEnvironment();

    // The built veza-task-monitor as the second start, this process's window as the first.
    void secondProcessHandsItsIdsToTheWindow();
    void secondProcessWithoutIdsRaisesTheWindow();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_name;
};

void tst_SingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_singleinstance"_s);
}

void tst_SingleInstance::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_name = m_dir->filePath(u"instance.socket"_s);
}

void tst_SingleInstance::forwardedTextArrivesWhole()
{
    SingleInstance server(m_name);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QSignalSpy received(&server, &SingleInstance::textReceived);
    const QString text = u"añadir “Ünïcode” 🚀\n"_s + kUuidA + u"\r\nlast line, no newline"_s;

    QCOMPARE(forwardAll(m_name, {text}), QList<SingleInstance::Forward>{SingleInstance::Forward::Delivered});
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toString(), text);
}

void tst_SingleInstance::forwardsArriveInOrder()
{
    SingleInstance server(m_name);
    QVERIFY(server.listen());
    QSignalSpy received(&server, &SingleInstance::textReceived);

    QCOMPARE(forwardAll(m_name, {kUuidA, QString(), kUuidB}),
        QList<SingleInstance::Forward>(3, SingleInstance::Forward::Delivered));
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.at(0).at(0).toString(), kUuidA);
    QCOMPARE(received.at(1).at(0).toString(), QString()); // only the window was asked for
    QCOMPARE(received.at(2).at(0).toString(), kUuidB);
}

void tst_SingleInstance::nothingListeningIsNoInstance()
{
    const SingleInstance client(m_name);
    QCOMPARE(client.tryForward(kUuidA), SingleInstance::Forward::NoInstance);
    QVERIFY(!QFileInfo::exists(m_name));
}

void tst_SingleInstance::oversizedTextIsNotSent()
{
    // Two UTF-8 bytes per character: one byte over the cap, while the character count is under it.
    const QString text(SingleInstance::MaxMessageBytes / 2 + 1, QChar(0x00e9));
    QVERIFY(SingleInstance::encode(text).isEmpty());
    QCOMPARE(SingleInstance::encode(kUuidA).size(), 8 + kUuidA.size());

    SingleInstance server(m_name);
    QVERIFY(server.listen());
    QSignalSpy received(&server, &SingleInstance::textReceived);
    QCOMPARE(forwardAll(m_name, {text}), QList<SingleInstance::Forward>{SingleInstance::Forward::Failed});
    QCOMPARE(received.size(), 0);
}

void tst_SingleInstance::serverRefusesOversizedOrForeignMessages()
{
    SingleInstance server(m_name);
    QVERIFY(server.listen());
    QSignalSpy received(&server, &SingleInstance::textReceived);
    const QList<QByteArray> messages{
        header(quint32(SingleInstance::MaxMessageBytes + 1)), // refused on the header, before any payload
        QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n"),
    };
    for (const QByteArray &message : messages) {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        QTRY_COMPARE(socket.state(), QLocalSocket::ConnectedState);
        socket.write(message);
        QTRY_VERIFY(socket.bytesAvailable() > 0);
        QCOMPARE(socket.readAll(), QByteArray(1, SingleInstance::Refused));
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
    }
    QCOMPARE(received.size(), 0);

    // A message split across writes is put together; bytes after it are ignored.
    QLocalSocket socket;
    socket.connectToServer(m_name);
    QTRY_COMPARE(socket.state(), QLocalSocket::ConnectedState);
    const QByteArray message = SingleInstance::encode(kUuidC);
    socket.write(message.left(3));
    socket.flush();
    QTest::qWait(50);
    socket.write(message.mid(3) + "trailing");
    QTRY_VERIFY(socket.bytesAvailable() > 0);
    QCOMPARE(socket.readAll(), QByteArray(1, SingleInstance::Accepted));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toString(), kUuidC);
}

void tst_SingleInstance::staleSocketIsReplaced()
{
    QVERIFY(makeStaleSocket(m_name));
    QCOMPARE(SingleInstance(m_name).tryForward(kUuidA), SingleInstance::Forward::NoInstance);

    SingleInstance first(m_name);
    QCOMPARE(first.forwardOrListen(kUuidA), SingleInstance::Role::Primary);
    QVERIFY(first.isListening());
    QVERIFY(!QFileInfo::exists(first.lockFilePath())); // released once listening
    QSignalSpy received(&first, &SingleInstance::textReceived);
    QCOMPARE(forwardAll(m_name, {kUuidB}), QList<SingleInstance::Forward>{SingleInstance::Forward::Delivered});
    QCOMPARE(received.size(), 1);
}

void tst_SingleInstance::secondStartForwardsToTheFirst()
{
    SingleInstance first(m_name);
    QCOMPARE(first.forwardOrListen({}), SingleInstance::Role::Primary);
    QSignalSpy received(&first, &SingleInstance::textReceived);
    const QString name = m_name;
    const auto future = QtConcurrent::run([name] { return SingleInstance(name).forwardOrListen(kUuidA); });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), ProcessTimeoutMs);
    QCOMPARE(future.result(), SingleInstance::Role::Forwarded);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toString(), kUuidA);
    QVERIFY(first.isListening());
}

void tst_SingleInstance::serverNameIsPerUserOrFromTheEnvironment()
{
    const QByteArray savedName = qgetenv("VEZA_INSTANCE_NAME");
    const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
    const auto restore = qScopeGuard([&] {
        qputenv("VEZA_INSTANCE_NAME", savedName);
        qputenv("XDG_RUNTIME_DIR", savedRuntime);
    });
    qputenv("VEZA_INSTANCE_NAME", QFile::encodeName(m_name));
    QCOMPARE(SingleInstance::defaultServerName(), m_name);
    QCOMPARE(SingleInstance(m_name).lockFilePath(), m_name + u".lock"_s);

    qunsetenv("VEZA_INSTANCE_NAME");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path()));
    QCOMPARE(SingleInstance::defaultServerName(), m_dir->filePath(u"veza-task-monitor.socket"_s));
}

void tst_SingleInstance::secondProcessHandsItsIdsToTheWindow()
{
    FirstWindow first(*m_dir, m_name);
    QVERIFY2(first.isReady(), qPrintable(first.error));
    TaskTableModel *model = first.monitor.model();

    // A log line: the task URL's id, not the request id beside it nor the words, after a preview.
    const QString line = u"Nov 29 10:00:02 host app[311]: GET https://acme.vezacloud.com/api/v1/assessments/"
                         "async_tasks/"_s
        + kUuidA + u" 200 req="_s + kUuidB;
    QCOMPARE(first.runSecond({line}), 0);
    QTRY_VERIFY(!first.window.isMinimized());
    QVERIFY(first.window.isVisible());
    AddTasksDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = first.window.findChild<AddTasksDialog *>()) && dialog->isVisible());
    QTRY_VERIFY(dialog->isPreviewReady());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(dialog->newIds(), QStringList{kUuidA});
    auto *add = dialog->findChild<QPushButton *>(u"addButton"_s);
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(model->ids(), QStringList{kUuidA});
    QTRY_VERIFY(!first.window.findChild<AddTasksDialog *>());

    // A task URL after --add, and a list on standard input: unambiguous, so added at once.
    QCOMPARE(
        first.runSecond({u"--add"_s, u"https://acme.vezacloud.com/api/v1/assessments/async_tasks/"_s + kUuidB}), 0);
    QTRY_COMPARE(model->ids(), (QStringList{kUuidA, kUuidB}));
    QCOMPARE(first.runSecond({u"-"_s}, (kUuidC + u'\n' + kUuidA + u'\n').toUtf8()), 0);
    QTRY_COMPARE(model->ids(), (QStringList{kUuidA, kUuidB, kUuidC}));
    QVERIFY(!first.window.findChild<AddTasksDialog *>());
}

void tst_SingleInstance::secondProcessWithoutIdsRaisesTheWindow()
{
    FirstWindow first(*m_dir, m_name);
    QVERIFY2(first.isReady(), qPrintable(first.error));
    QSignalSpy received(&first.server, &SingleInstance::textReceived);

    QCOMPARE(first.runSecond({}), 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toString(), QString());
    QTRY_VERIFY(!first.window.isMinimized());
    QVERIFY(!first.window.findChild<AddTasksDialog *>());
    QCOMPARE(first.monitor.model()->rowCount(), 0);
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
