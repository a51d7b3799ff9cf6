// SPDX-License-Identifier: MIT
#include "testproxy.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QUrl>

#include <utility>

struct TestProxy::Session
{
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr; // a child of client
    QByteArray fromClient; // request bytes not handled yet
    QByteArray responseHead; // of the forwarded answer, until it is complete
    bool tunnel = false; // after CONNECT: bytes go through untouched
    bool relaying = false; // a forwarded answer is on its way back
    bool headDone = false;
    qint64 bodyLeft = -1; // -1: until the upstream closes
};

TestProxy::TestProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestProxy::onConnection);
}

TestProxy::~TestProxy() = default;

bool TestProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

void TestProxy::requireCredentials(const QString &user, const QString &password)
{
    m_expectedAuthorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

void TestProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto session = std::make_shared<Session>();
        session->client = client;
        connect(client, &QTcpSocket::readyRead, this, [this, session] {
            const QByteArray data = session->client->readAll();
            if (session->tunnel) {
                session->upstream->write(data);
                return;
            }
            session->fromClient += data;
            processRequests(session);
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void TestProxy::processRequests(const std::shared_ptr<Session> &session)
{
    qsizetype end = 0;
    while (!session->tunnel && !session->relaying && (end = session->fromClient.indexOf("\r\n\r\n")) >= 0) {
        const QByteArray head = session->fromClient.left(end);
        session->fromClient.remove(0, end + 4);
        handleRequest(session, head);
    }
}

void TestProxy::handleRequest(const std::shared_ptr<Session> &session, const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);

    QByteArray authorization;
    QByteArray forwardedHeaders;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        if (name == "proxy-authorization")
            authorization = lines[i].mid(colon + 1).trimmed();
        else if (name != "proxy-connection" && name != "connection" && name != "keep-alive")
            forwardedHeaders += lines[i] + "\r\n";
    }

    const bool connectMethod = method == "CONNECT";
    QString host;
    quint16 port = 0;
    QByteArray originForm;
    if (connectMethod) {
        const qsizetype colon = target.lastIndexOf(':');
        host = QString::fromLatin1(target.left(colon));
        port = quint16(target.mid(colon + 1).toUInt());
    } else {
        const QUrl url = QUrl::fromEncoded(target);
        host = url.host();
        port = quint16(url.port(80));
        originForm = url.path(QUrl::FullyEncoded).toLatin1();
        if (url.hasQuery())
            originForm += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    }
    m_targets << host + QLatin1Char(':') + QString::number(port);

    QTcpSocket *client = session->client;
    if (!m_expectedAuthorization.isEmpty() && authorization != m_expectedAuthorization) {
        ++m_refusals;
        client->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"veza-test\"\r\n"
                      "Content-Length: 0\r\n\r\n");
        return;
    }

    auto *upstream = new QTcpSocket(client);
    upstream->setProxy(QNetworkProxy::NoProxy);
    session->upstream = upstream;
    if (connectMethod) {
        connect(upstream, &QTcpSocket::connected, session->client, [session] {
            session->tunnel = true;
            session->client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            session->upstream->write(std::exchange(session->fromClient, {}));
        });
    } else {
        session->relaying = true;
        session->headDone = false;
        session->responseHead.clear();
        // The upstream closes after its answer: the answer ends at its length or at that close.
        const QByteArray request
            = method + ' ' + originForm + " HTTP/1.1\r\n" + forwardedHeaders + "Connection: close\r\n\r\n";
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, request] { upstream->write(request); });
    }
    connect(upstream, &QTcpSocket::readyRead, session->client, [this, session] { onUpstreamData(session); });
    // The client is the context: its upstream (a child) dies with it and must not call back into it then.
    connect(upstream, &QTcpSocket::disconnected, session->client, [session, upstream] {
        if (session->upstream == upstream && (session->tunnel || session->relaying))
            session->client->disconnectFromHost();
    });
    connect(upstream, &QTcpSocket::errorOccurred, session->client, [session, upstream](QAbstractSocket::SocketError) {
        if (session->upstream == upstream && !session->tunnel && !session->headDone) {
            session->client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            session->client->disconnectFromHost();
        }
    });
    upstream->connectToHost(host, port);
}

void TestProxy::onUpstreamData(const std::shared_ptr<Session> &session)
{
    if (!session->upstream)
        return;
    QByteArray data = session->upstream->readAll();
    if (session->tunnel) {
        session->client->write(data);
        return;
    }
    if (!session->relaying)
        return;
    if (!session->headDone) {
        session->responseHead += data;
        const qsizetype end = session->responseHead.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        session->headDone = true;
        data = session->responseHead.mid(end + 4);
        const QByteArray head = session->responseHead.left(end + 4);
        session->client->write(head);
        session->bodyLeft = -1;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                session->bodyLeft = line.mid(15).trimmed().toLongLong();
        }
    }
    session->client->write(data);
    if (session->bodyLeft >= 0) {
        session->bodyLeft -= data.size();
        if (session->bodyLeft <= 0)
            finishRelay(session);
    }
}

void TestProxy::finishRelay(const std::shared_ptr<Session> &session)
{
    // The answer is complete: the client's connection stays for its next request.
    QTcpSocket *upstream = std::exchange(session->upstream, nullptr);
    upstream->disconnect(this);
    upstream->abort();
    upstream->deleteLater();
    session->relaying = false;
    processRequests(session);
}
