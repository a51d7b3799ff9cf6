// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusAbstractInterface>
#include <QDBusPendingReply>
#include <QStringList>
#include <QVariantMap>

// The freedesktop notification service (org.freedesktop.Notifications, spec 1.2) as a QtDBus proxy: asynchronous
// calls only, and its signals as Qt signals, so connects are function pointers (QDBusAbstractInterface routes them).
class NotificationsInterface final : public QDBusAbstractInterface
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsInterface)
public:
    static inline constexpr char ServiceName[] = "org.freedesktop.Notifications";
    static inline constexpr char ObjectPath[] = "/org/freedesktop/Notifications";

    NotificationsInterface(const QDBusConnection &connection, QObject *parent = nullptr)
        : QDBusAbstractInterface(QLatin1String(ServiceName), QLatin1String(ObjectPath), ServiceName, connection, parent)
    {
    }

    QDBusPendingReply<uint> notify(const QString &appName, uint replacesId, const QString &appIcon,
        const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
        int expireTimeout)
    {
        return asyncCall(
            QStringLiteral("Notify"), appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout);
    }
    QDBusPendingReply<> closeNotification(uint id) { return asyncCall(QStringLiteral("CloseNotification"), id); }
    QDBusPendingReply<QStringList> getCapabilities() { return asyncCall(QStringLiteral("GetCapabilities")); }

Q_SIGNALS:
    // NOLINTBEGIN(readability-identifier-naming): the D-Bus member names
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
    // NOLINTEND(readability-identifier-naming)
};
