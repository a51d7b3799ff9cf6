// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A notification server for tests: org.freedesktop.Notifications on a bus connection of its own in the test process
// (never the user's desktop), recording every Notify call; the test makes it invoke actions and close notifications.
class TestNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(TestNotificationServer)
public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
        uint id = 0; // the id it answered
    };

    explicit TestNotificationServer(QStringList capabilities = {QStringLiteral("actions"), QStringLiteral("body")});
    ~TestNotificationServer() override;

    // Registers the object and the service name; false when the name is taken.
    bool start();
    void stop();

    QList<Call> calls;
    QList<uint> closedByClient;

    void invokeAction(uint id, const QString &action) { Q_EMIT ActionInvoked(id, action); }
    void close(uint id) { Q_EMIT NotificationClosed(id, 2); }

public Q_SLOTS:
    // NOLINTBEGIN(readability-identifier-naming): the D-Bus member names
    QStringList GetCapabilities() { return m_capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &actionKey);
    // NOLINTEND(readability-identifier-naming)

private:
    QDBusConnection m_bus;
    QStringList m_capabilities;
    uint m_nextId = 100;
    bool m_started = false;
};
