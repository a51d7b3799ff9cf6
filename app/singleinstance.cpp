// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtEndian>
#include <QTimer>

namespace {

Q_LOGGING_CATEGORY(lcInstance, "veza.instance", QtInfoMsg)

constexpr char Magic[] = "VZA1";
constexpr qsizetype MagicSize = 4;
constexpr qsizetype HeaderSize = MagicSize + 4;
// More clients at once than any user starts by hand; beyond it they are turned away.
constexpr qsizetype MaxClients = 16;
// A holder that hangs longer is ignored: two windows are better than none.
constexpr int LockTimeoutMs = 5'000;
// Unix socket paths are limited to 108 bytes (sun_path).
constexpr qsizetype MaxSocketPathBytes = 100;

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
}

SingleInstance::~SingleInstance()
{
    delete m_server; // its sockets leave m_incoming while it still exists
}

QString SingleInstance::defaultServerName()
{
    const QString fromEnvironment = qEnvironmentVariable("VEZA_INSTANCE_NAME");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_UNIX
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty()) {
        const QString path = QDir(runtime).filePath(QStringLiteral("veza-task-monitor.socket"));
        if (QFile::encodeName(path).size() <= MaxSocketPathBytes)
            return path;
    }
#endif
    // Per user: the app-data path holds the user's home (or profile) directory.
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QByteArray hash = QCryptographicHash::hash(appData.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("veza-task-monitor-") + QString::fromLatin1(hash);
}

QString SingleInstance::lockFilePath() const
{
    if (QDir::isAbsolutePath(m_serverName))
        return m_serverName + QStringLiteral(".lock");
    return QDir(QDir::tempPath()).filePath(m_serverName + QStringLiteral(".lock"));
}

QByteArray SingleInstance::encode(const QString &text)
{
    const QByteArray payload = text.toUtf8();
    if (payload.size() > MaxMessageBytes)
        return {};
    QByteArray message(HeaderSize, Qt::Uninitialized);
    std::copy_n(Magic, MagicSize, message.data());
    qToBigEndian(quint32(payload.size()), message.data() + MagicSize);
    return message + payload;
}

SingleInstance::Forward SingleInstance::tryForward(const QString &text, int connectTimeoutMs, int answerTimeoutMs) const
{
    const QByteArray message = encode(text);
    if (message.isEmpty())
        return Forward::Failed;
    // Blocking on purpose, and bounded: this runs in main() of a second start, before any window or event loop
    // exists, in a process that exits as soon as the running window has the text.
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(connectTimeoutMs)) {
        const auto error = socket.error();
        return error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError
            ? Forward::NoInstance
            : Forward::Failed;
    }
    const QDeadlineTimer deadline(answerTimeoutMs);
    socket.write(message);
    while (socket.bytesToWrite() > 0) {
        if (deadline.hasExpired() || !socket.waitForBytesWritten(int(deadline.remainingTime())))
            return Forward::Failed;
    }
    while (socket.bytesAvailable() < 1) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return Forward::Failed;
    }
    char answer = 0;
    socket.getChar(&answer);
    return answer == Accepted ? Forward::Delivered : Forward::Failed;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        // Only this user may connect, wherever the socket lives.
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (m_server->isListening())
        return true;
    if (m_server->listen(m_serverName))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Left by an instance that crashed, or one that did not answer: callers only listen after tryForward().
        qCInfo(lcInstance) << "replacing the socket" << m_serverName;
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName))
            return true;
    }
    m_errorString = m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::Role SingleInstance::forwardOrListen(const QString &text)
{
    QLockFile lock(lockFilePath());
    if (!lock.tryLock(LockTimeoutMs))
        qCWarning(lcInstance) << "going on without the lock" << lockFilePath() << "error" << int(lock.error());
    switch (tryForward(text)) {
    case Forward::Delivered:
        return Role::Forwarded;
    case Forward::Failed:
        qCWarning(lcInstance) << "the running instance did not take the text; starting a new one";
        break;
    case Forward::NoInstance:
        break;
    }
    if (listen())
        return Role::Primary;
    qCWarning(lcInstance) << "cannot listen as" << m_serverName << ':' << m_errorString;
    return Role::Alone;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        if (m_incoming.size() >= MaxClients) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_incoming.insert(socket, {});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QObject::destroyed, this, [this, socket] { m_incoming.remove(socket); });
        QTimer::singleShot(IncomingTimeoutMs, socket, [this, socket] {
            if (m_incoming.contains(socket))
                finish(socket, Refused);
        });
        onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    const auto it = m_incoming.find(socket);
    if (it == m_incoming.end())
        return;
    Incoming &incoming = it.value();
    if (incoming.expected < 0) {
        if (socket->bytesAvailable() < HeaderSize)
            return;
        const QByteArray header = socket->read(HeaderSize);
        const auto size = qFromBigEndian<quint32>(header.constData() + MagicSize);
        if (!header.startsWith(QByteArrayView(Magic, MagicSize)) || qint64(size) > MaxMessageBytes) {
            finish(socket, Refused);
            return;
        }
        incoming.expected = qint64(size);
    }
    incoming.buffer += socket->read(incoming.expected - incoming.buffer.size());
    if (incoming.buffer.size() < incoming.expected)
        return;
    const QString text = QString::fromUtf8(incoming.buffer);
    Q_EMIT textReceived(text);
    finish(socket, Accepted);
}

void SingleInstance::finish(QLocalSocket *socket, char answer)
{
    m_incoming.remove(socket);
    socket->write(&answer, 1);
    socket->disconnectFromServer(); // after the answer is written
}
