// SPDX-License-Identifier: MIT
#pragma once

#include "pollscheduler.h"
#include "vezaclient.h"

#include <QObject>

class Clock;

// One connection at work: its client (and so its own QNetworkAccessManager, proxy and TLS trust, as Nextcloud
// desktop has one per account) and its scheduler. A rate-limit pause, a refused key or an unreachable host of one
// connection stops only its own tasks.
class ConnectionSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSession)
public:
    ConnectionSession(const QString &id, const Clock *clock, QObject *parent = nullptr);

    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    [[nodiscard]] VezaClient *client() { return &m_client; }
    [[nodiscard]] const VezaClient *client() const { return &m_client; }
    [[nodiscard]] PollScheduler *scheduler() { return &m_scheduler; }
    [[nodiscard]] const PollScheduler *scheduler() const { return &m_scheduler; }
    [[nodiscard]] const Connection &connection() const { return m_client.connection(); }

private:
    QString m_id;
    QString m_name;
    VezaClient m_client;
    PollScheduler m_scheduler;
};
