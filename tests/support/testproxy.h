// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

// A small HTTP proxy on 127.0.0.1 for tests: it forwards absolute-URI requests (plain http) and tunnels CONNECT
// (https), records the target host:port of every request it sees, and can require Basic credentials, answering
// 407 without them.
class TestProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestProxy)
public:
    explicit TestProxy(QObject *parent = nullptr);
    ~TestProxy() override;

    bool listen();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    // From now on, only requests with "Proxy-Authorization: Basic user:password" pass.
    void requireCredentials(const QString &user, const QString &password);

    // "host:port" of every request seen, refused ones too, in order.
    [[nodiscard]] QStringList targets() const { return m_targets; }
    // 407 answers sent.
    [[nodiscard]] int refusals() const { return m_refusals; }

private:
    struct Session;

    void onConnection();
    // Takes the requests that have arrived in full, one at a time: the next waits for the answer to the one before.
    void processRequests(const std::shared_ptr<Session> &session);
    void handleRequest(const std::shared_ptr<Session> &session, const QByteArray &head);
    void onUpstreamData(const std::shared_ptr<Session> &session);
    void finishRelay(const std::shared_ptr<Session> &session);

    QTcpServer m_server;
    QByteArray m_expectedAuthorization; // empty: none needed
    QStringList m_targets;
    int m_refusals = 0;
};
