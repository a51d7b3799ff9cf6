// SPDX-License-Identifier: MIT
#include "testnotificationserver.h"

#include <QDBusConnectionInterface>

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

TestNotificationServer::TestNotificationServer(QStringList capabilities)
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("veza-test-notification-server")))
    , m_capabilities(std::move(capabilities))
{
}

TestNotificationServer::~TestNotificationServer()
{
    stop();
}

bool TestNotificationServer::start()
{
    if (!m_bus.isConnected())
        return false;
    // A separate connection: the client's calls cross the bus as they would to a real daemon.
    m_started = m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        && m_bus.registerService(kService);
    return m_started;
}

void TestNotificationServer::stop()
{
    if (!m_started)
        return;
    m_bus.unregisterService(kService);
    m_bus.unregisterObject(kPath);
    m_started = false;
}

uint TestNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
    const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
    int expireTimeout)
{
    const uint id = replacesId != 0 ? replacesId : m_nextId++;
    calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id});
    return id;
}

void TestNotificationServer::CloseNotification(uint id)
{
    closedByClient.append(id);
    Q_EMIT NotificationClosed(id, 3);
}

QString TestNotificationServer::GetServerInformation(QString &vendor, QString &version, QString &specVersion)
{
    vendor = QStringLiteral("Veza tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("veza-test-notification-server");
}
