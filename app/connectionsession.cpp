// SPDX-License-Identifier: MIT
#include "connectionsession.h"

ConnectionSession::ConnectionSession(const QString &id, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_client(clock)
    , m_scheduler(&m_client, clock)
{
    m_scheduler.setConnectionReady(false);
}
