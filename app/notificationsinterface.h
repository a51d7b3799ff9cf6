// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusAbstractInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusPendingReply>
#include <QStringList>
#include <QVariantMap>

// The freedesktop notification service (org.freedesktop.Notifications, spec 1.2) over QtDBus without a blocking call:
// methods are messages to the service's name, sent asynchronously; signals come as Qt signals (function-pointer
// connects) from a proxy on no name, because a proxy on a name asks the bus daemon for its owner while the GUI thread
// waits (QDBusAbstractInterfacePrivate::initOwnerTracking, and each signal connect's match rule). Any client on the
// bus can send these signals: signalSender() names the one being delivered, for the caller to check.
class NotificationsInterface final : public QDBusAbstractInterface, protected QDBusContext
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsInterface)
public:
    static inline constexpr char ServiceName[] = "org.freedesktop.Notifications";
    static inline constexpr char ObjectPath[] = "/org/freedesktop/Notifications";

    NotificationsInterface(const QDBusConnection &connection, QObject *parent = nullptr)
        : QDBusAbstractInterface(QString(), QLatin1String(ObjectPath), ServiceName, connection, parent)
    {
    }

    // The unique bus name of the sender of the signal being delivered; empty outside a delivery.
    [[nodiscard]] QString signalSender() const { return calledFromDBus() ? message().service() : QString(); }

    QDBusPendingReply<uint> notify(const QString &appName, uint replacesId, const QString &appIcon,
        const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
        int expireTimeout)
    {
        return send(
            QStringLiteral("Notify"), {appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
    }
    QDBusPendingReply<> closeNotification(uint id) { return send(QStringLiteral("CloseNotification"), {id}); }
    QDBusPendingReply<QStringList> getCapabilities() { return send(QStringLiteral("GetCapabilities"), {}); }

Q_SIGNALS:
    // NOLINTBEGIN(readability-identifier-naming): the D-Bus member names
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
    // NOLINTEND(readability-identifier-naming)

private:
    QDBusPendingCall send(const QString &method, const QVariantList &arguments)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QLatin1String(ServiceName), QLatin1String(ObjectPath), QLatin1String(ServiceName), method);
        call.setArguments(arguments);
        return QDBusAbstractInterface::connection().asyncCall(call);
    }
};
