// SPDX-License-Identifier: MIT
#include "simfixture.h"

#include <QTest>

SimFixture::SimFixture(const SimOptions &options)
    : m_server(options)
{
    m_server.listenLoopback(0);
}

Connection SimFixture::connection() const
{
    Connection connection;
    connection.baseUrl = m_server.baseUrl();
    connection.apiKey = m_server.options().token;
    return connection;
}

bool SimFixture::addTask(const QJsonObject &spec)
{
    QString error;
    const bool ok = m_server.addTask(spec, &error);
    if (!ok)
        qWarning("scripted task refused: %s", qPrintable(error));
    return ok;
}
