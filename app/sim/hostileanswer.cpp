// SPDX-License-Identifier: MIT
#include "hostileanswer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace {

constexpr qint64 kChunkBytes = 64LL * 1024;
constexpr qint64 kSendQueueBytes = 1024LL * 1024; // refilled below this, so memory stays flat however fast it goes
constexpr qint64 kDripBodyBytes = 1024LL * 1024;
constexpr qint64 kBombBytes = 64LL * 1024 * 1024;
constexpr qint64 kHugeLength = 2LL * 1024 * 1024 * 1024;

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + (status == 200 ? QByteArray("OK") : QByteArray("Error"))
        + "\r\n";
}

// The deflate (zlib) stream of kBombBytes zeros, made once: about 64 KB.
const QByteArray &bombBody()
{
    static const QByteArray body = [] {
        const QByteArray compressed = qCompress(QByteArray(kBombBytes, '0'), 9);
        return compressed.mid(4); // qCompress prefixes the length; the rest is a zlib stream, HTTP's "deflate"
    }();
    return body;
}

// Writes a body that never ends (or stops after limit bytes), a chunk whenever the send queue runs low.
void streamEndlessly(QTcpSocket *socket, bool chunked, qint64 limit = kMaxHostileBytes)
{
    auto sent = std::make_shared<qint64>(0);
    const QByteArray data(kChunkBytes, 'a');
    const QByteArray chunk = chunked ? QByteArray::number(kChunkBytes, 16) + "\r\n" + data + "\r\n" : data;
    const auto refill = [socket, sent, chunk, limit] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kSendQueueBytes) {
            if (*sent >= limit) {
                socket->disconnectFromHost();
                return;
            }
            socket->write(chunk);
            *sent += chunk.size();
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    refill();
}

} // namespace

void writeHostileAnswer(QTcpSocket *socket, const HostileAnswer &answer)
{
    // These answers are the server's last on the connection.
    QByteArray head = statusLine(answer.status) + "Content-Type: application/json\r\nConnection: close\r\n";
    switch (answer.kind) {
    case HostileKind::EndlessChunked:
        socket->write(head + "Transfer-Encoding: chunked\r\n\r\n" + "e\r\n{\"task\":{\"id\":\r\n");
        streamEndlessly(socket, true);
        return;
    case HostileKind::EndlessUntilClose:
        socket->write(head + "\r\n{\"task\":{\"id\":\"");
        streamEndlessly(socket, false);
        return;
    case HostileKind::HugeLength:
        socket->write(head + "Content-Length: " + QByteArray::number(kHugeLength) + "\r\n\r\n{\"task\":{\"id\":\"");
        streamEndlessly(socket, false, kHugeLength);
        return;
    case HostileKind::Drip: {
        socket->write(head + "Content-Length: " + QByteArray::number(kDripBodyBytes) + "\r\n\r\n");
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qint64>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent] {
            if (socket->state() != QAbstractSocket::ConnectedState || ++*sent > kDripBodyBytes) {
                timer->stop();
                return;
            }
            socket->write(*sent == 1 ? "{" : " ");
        });
        timer->start(std::max(1, answer.dripMs));
        return;
    }
    case HostileKind::ResetMidBody: {
        socket->write(head + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n"
            + answer.body.left(answer.body.size() / 2));
        // Closed once the half is on the wire, before the announced length is reached.
        const QPointer<QTcpSocket> guard(socket);
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [guard] {
            if (!guard || guard->bytesToWrite() != 0)
                return;
            // Linger 0: the close is a TCP reset, not an orderly end of a short body.
            const linger reset{1, 0};
            setsockopt(int(guard->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            guard->abort();
        });
        return;
    }
    case HostileKind::Bomb:
        socket->write(head + "Content-Encoding: deflate\r\nContent-Length: " + QByteArray::number(bombBody().size())
            + "\r\n\r\n" + bombBody());
        socket->disconnectFromHost(); // after the queued bytes are written
        return;
    }
}
