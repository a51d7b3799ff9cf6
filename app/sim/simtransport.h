// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtGlobal>

#include <initializer_list>
#include <memory>
#include <utility>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

// QAbstractHttpServer's virtuals, responder and listen() changed in Qt 6.5 and 6.8: the simulator sees one API.
// Built on 6.4; the 6.5+ branches follow the qthttpserver v6.5.0 / v6.7.3 / v6.8.0 headers.
class SimTransport : public QAbstractHttpServer
{
public:
    using QAbstractHttpServer::QAbstractHttpServer;

    using Headers = std::initializer_list<std::pair<QByteArray, QByteArray>>;

    // A whole answer: status, Content-Type, Content-Length, then the extra headers and the body.
    static void writeResponse(QHttpServerResponder &responder, int status, const QByteArray &contentType,
        const QByteArray &body, Headers extra)
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QHttpHeaders headers;
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, contentType);
        for (const auto &[name, value] : extra) {
            if (!value.isEmpty())
                headers.append(name, value);
        }
        responder.write(body, headers, QHttpServerResponder::StatusCode(status)); // adds Content-Length
#else
        responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
        responder.writeHeader("Content-Type", contentType);
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        for (const auto &[name, value] : extra) {
            if (!value.isEmpty())
                responder.writeHeader(name, value);
        }
        responder.writeBody(body);
#endif
    }

protected:
    // The responder may be moved away to answer later; the socket is for answers no responder writes (may be null).
    virtual bool handleExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket)
        = 0;
    virtual void handleMissing(const QHttpServerRequest &request, QHttpServerResponder &responder) = 0;

    // Returns the port, 0 on failure.
    quint16 listenOn(const QHostAddress &address, quint16 port)
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(address, port) || !bind(server.get()))
            return 0;
        return server.release()->serverPort(); // bind() made this its parent
#else
        return listen(address, port);
#endif
    }

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        return handleExchange(request, std::move(responder), socketOf(request));
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        handleMissing(request, responder);
    }
#else
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override
    {
        handleMissing(request, responder);
    }
#endif
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        return handleExchange(request, makeResponder(request, socket), socket);
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        auto responder = makeResponder(request, socket);
        handleMissing(request, responder);
    }
#endif

private:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // 6.5+ hides the socket: each connection's handler (a child of this server) owns it, so match the peer.
    QTcpSocket *socketOf(const QHttpServerRequest &request) const
    {
        const auto sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            if (socket->peerPort() == request.remotePort() && socket->peerAddress() == request.remoteAddress())
                return socket;
        }
        return nullptr;
    }
#endif
};
