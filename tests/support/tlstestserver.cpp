// SPDX-License-Identifier: MIT
#include "tlstestserver.h"

#include <QSslConfiguration>
#include <QSslSocket>

#include <memory>

TlsTestServer::TlsTestServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &TlsTestServer::onConnection);
}

bool TlsTestServer::listen(const QSslCertificate &certificate, const QSslKey &key, quint16 port)
{
    setIdentity(certificate, key);
    return m_server.listen(QHostAddress::LocalHost, port);
}

void TlsTestServer::setIdentity(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(configuration);
    closeConnections();
}

void TlsTestServer::closeConnections()
{
    for (const QPointer<QSslSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
    m_sockets.clear();
}

QUrl TlsTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port()));
}

void TlsTestServer::onConnection()
{
    while (m_server.hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection());
        if (!socket)
            continue;
        ++m_handshakes;
        m_sockets << socket;
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            // GETs without a body: each head is one request, and a kept connection brings more.
            qsizetype end = 0;
            while (socket->state() == QAbstractSocket::ConnectedState && (end = buffer->indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = buffer->left(end);
                buffer->remove(0, end + 4);
                answer(socket, head);
            }
        });
    }
}

void TlsTestServer::answer(QSslSocket *socket, const QByteArray &head)
{
    ++m_requests;
    QByteArray path = head.left(head.indexOf("\r\n")).split(' ').value(1);
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    const QByteArray id = path.mid(path.lastIndexOf('/') + 1);
    if (id == "hop") {
        socket->write("HTTP/1.1 302 Found\r\nLocation: /api/v1/assessments/async_tasks/x\r\nContent-Length: 0\r\n"
                      "Connection: close\r\n\r\n");
        // Closing on its own, after the redirect is out: a change of identity must not cut it short.
        m_sockets.removeAll(socket);
        socket->disconnectFromHost();
        Q_EMIT redirected();
        return;
    }
    const QByteArray body = R"({"task":{"id":")" + id + R"(","state":"COMPLETE","status":"SUCCEEDED"}})";
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}
