// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QUrl>

class QSslSocket;

// An HTTPS server on 127.0.0.1 (QSslServer) whose every answer is a finished task, on connections kept open as a
// real server keeps them. The task "hop" is answered with a same-origin redirect to the task "x" and the connection
// closed, so that the redirect's request makes a handshake of its own.
class TlsTestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsTestServer)
public:
    explicit TlsTestServer(QObject *parent = nullptr);

    // Listens with this identity; port 0 picks a free one. False when it cannot listen.
    bool listen(const QSslCertificate &certificate, const QSslKey &key, quint16 port = 0);
    // The identity new connections get; the connections open now are closed, so the next request meets it.
    void setIdentity(const QSslCertificate &certificate, const QSslKey &key);
    void closeConnections();

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QUrl baseUrl() const;
    // Handshakes completed (connections that reached the HTTP layer) and requests answered.
    [[nodiscard]] int handshakes() const { return m_handshakes; }
    [[nodiscard]] int requests() const { return m_requests; }

Q_SIGNALS:
    // The redirect of "hop" was written and its connection is closing.
    void redirected();

private:
    void onConnection();
    void answer(QSslSocket *socket, const QByteArray &head);

    QSslServer m_server;
    QList<QPointer<QSslSocket>> m_sockets;
    int m_handshakes = 0;
    int m_requests = 0;
};
