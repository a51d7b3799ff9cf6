// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QtGlobal>

class QTcpSocket;

// Answers no well-behaved server gives, written straight to the socket: the responder only writes well-formed
// HTTP, and these exist to test a client against servers that do not (docs/simulator.md, "Hostile faults").
enum class HostileKind {
    EndlessChunked, // chunked body that never ends
    EndlessUntilClose, // no length, a body that never ends
    HugeLength, // Content-Length: 2 GiB, then a body that never ends
    Drip, // a long body at one byte per drip interval
    ResetMidBody, // half the announced body, then the connection closes
    Bomb, // a small deflate body that inflates to 64 MiB of zeros
};

struct HostileAnswer
{
    HostileKind kind = HostileKind::EndlessChunked;
    int status = 200; // the status line of endless, huge, drip and reset answers
    int dripMs = 1000;
    QByteArray body; // the real answer: ResetMidBody sends the first half of it
};

// Takes over the socket until the client goes away or, for endless kinds, until kMaxHostileBytes were sent.
void writeHostileAnswer(QTcpSocket *socket, const HostileAnswer &answer);

// An endless answer stops on its own after this much, so a stuck client cannot keep the simulator busy forever.
constexpr qint64 kMaxHostileBytes = 8LL * 1024 * 1024 * 1024;
