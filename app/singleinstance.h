// SPDX-License-Identifier: MIT
#pragma once

#include "idextractor.h"

#include <QHash>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

// One running window per user: a later start hands its text to the first one over a local socket and exits.
// Protocol: the client sends "VZA1", a 32-bit big-endian byte count and that many bytes of UTF-8; the server
// answers one byte, Accepted once the whole text was received (and textReceived emitted), Refused otherwise.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    // The extractor's cap: a larger text could not be read anyway.
    static constexpr qint64 MaxMessageBytes = IdExtractor::MaxInputBytes;
    static constexpr int ConnectTimeoutMs = 1'000;
    // Writing up to 64 MiB and the answer of a window that may be busy for a moment.
    static constexpr int AnswerTimeoutMs = 10'000;
    // A client that stops sending half-way is dropped after this long.
    static constexpr int IncomingTimeoutMs = 30'000;
    static constexpr char Accepted = 'A';
    static constexpr char Refused = 'R';

    enum class Forward {
        Delivered, // the running instance has the text
        NoInstance, // nothing listens under the name (or only a stale socket file is left)
        Failed, // an instance is there but did not take the text (too large, no answer in time)
    };
    enum class Role { Forwarded, Primary, Alone };

    // serverName: QLocalServer name or absolute socket path; see defaultServerName().
    explicit SingleInstance(const QString &serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // $VEZA_INSTANCE_NAME when set (a test and development hook), else veza-task-monitor.socket in the user's
    // runtime directory (XDG_RUNTIME_DIR, mode 0700, so other users cannot even connect), else a name with a hash
    // of the user's app-data path in the temporary directory.
    static QString defaultServerName();
    [[nodiscard]] QString serverName() const { return m_serverName; }
    // Taken around the connect-or-listen decision so that two instances starting at once do not both listen.
    [[nodiscard]] QString lockFilePath() const;

    // Client side. Blocks for at most connectTimeoutMs + answerTimeoutMs: meant for a process about to exit,
    // before it shows any window (or on a worker thread).
    Forward tryForward(
        const QString &text, int connectTimeoutMs = ConnectTimeoutMs, int answerTimeoutMs = AnswerTimeoutMs) const;
    // Server side: asynchronous, textReceived is emitted on this object's thread. Replaces a socket file left by
    // an instance that crashed (or one that no longer answers).
    bool listen();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // Under the lock file: forwards the text to a running instance (Forwarded), else listens (Primary), else,
    // when listening is impossible, lets the caller run on its own (Alone; see errorString()).
    Role forwardOrListen(const QString &text);

    // The bytes a client sends for the text; empty when it is larger than MaxMessageBytes.
    static QByteArray encode(const QString &text);

Q_SIGNALS:
    // A later start's text (possibly empty: it asked only for the window).
    void textReceived(const QString &text);

private:
    struct Incoming
    {
        QByteArray buffer;
        qint64 expected = -1; // payload size once the header is read
    };

    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    void finish(QLocalSocket *socket, char answer);

    QString m_serverName;
    QString m_errorString;
    QLocalServer *m_server = nullptr;
    QHash<QLocalSocket *, Incoming> m_incoming;
};
