// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"
#include "simserver.h"

#include <QJsonObject>

// The real simulator on a free loopback port, in process, for network tests.
class SimFixture
{
public:
    explicit SimFixture(const SimOptions &options = {});

    [[nodiscard]] bool isListening() const { return m_server.port() != 0; }
    [[nodiscard]] SimServer &server() { return m_server; }
    [[nodiscard]] Connection connection() const;

    // Adds a scripted task; fails the calling test through QVERIFY in the caller via the return value.
    bool addTask(const QJsonObject &spec);

private:
    SimServer m_server;
};
