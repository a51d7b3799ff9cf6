// SPDX-License-Identifier: MIT
#include "desktopnotifier.h"

#include "notificationsinterface.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcDesktop, "veza.notify")

const QString kService = QLatin1String(NotificationsInterface::ServiceName);

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_appName(QCoreApplication::applicationName())
{
    qRegisterMetaType<DesktopNotice>();
    if (!m_bus.isConnected()) {
        qCInfo(lcDesktop) << "no session bus: desktop notifications go to the fallback";
        return;
    }
    m_watcher = new QDBusServiceWatcher(kService, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
        [this](const QString &, const QString &, const QString &newOwner) {
            m_owner = newOwner;
            if (newOwner.isEmpty())
                checkService(); // gone, but the bus may still start it on demand
            else
                setAvailable(true);
        });
    // No call on the bus here: the proxy is on no name (see NotificationsInterface).
    m_interface = new NotificationsInterface(m_bus, this);
    connect(m_interface, &NotificationsInterface::ActionInvoked, this, &DesktopNotifier::onActionInvoked);
    connect(m_interface, &NotificationsInterface::NotificationClosed, this, &DesktopNotifier::onClosed);
    checkService();
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::checkService()
{
    // Owned now, or activatable (dunst and others are started by the bus on the first call).
    QDBusConnectionInterface *bus = m_bus.interface();
    if (!bus)
        return;
    auto *owned = new QDBusPendingCallWatcher(bus->asyncCall(QStringLiteral("GetNameOwner"), kService), this);
    connect(owned, &QDBusPendingCallWatcher::finished, this, [this, bus](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QString> reply = *call;
        if (!reply.isError() && !reply.value().isEmpty()) {
            m_owner = reply.value();
            setAvailable(true);
            Q_EMIT checked(true);
            return;
        }
        auto *names = new QDBusPendingCallWatcher(bus->asyncCall(QStringLiteral("ListActivatableNames")), this);
        connect(names, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *listed) {
            listed->deleteLater();
            const QDBusPendingReply<QStringList> list = *listed;
            const bool activatable = !list.isError() && list.value().contains(kService);
            setAvailable(activatable);
            Q_EMIT checked(activatable);
        });
    });
}

void DesktopNotifier::setAvailable(bool available)
{
    if (available)
        readCapabilities();
    if (m_available == available)
        return;
    m_available = available;
    qCInfo(lcDesktop) << "notification service" << (available ? "available" : "absent");
    if (!available) {
        m_open.clear();
        m_openOrder.clear();
    }
    Q_EMIT availabilityChanged(available);
}

void DesktopNotifier::readCapabilities()
{
    auto *call = new QDBusPendingCallWatcher(m_interface->getCapabilities(), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        const QDBusPendingReply<QStringList> reply = *watcher;
        if (!reply.isError())
            m_markup = reply.value().contains(QLatin1String("body-markup"));
    });
}

bool DesktopNotifier::notify(const DesktopNotice &notice)
{
    if (!m_available || !m_interface)
        return false;
    // Pairs of key and label; a server that has no actions ignores them.
    QStringList actions{QLatin1String(DefaultAction), tr("Show"), QLatin1String(ShowAction), tr("Show")};
    if (notice.canCopyId)
        actions << QLatin1String(CopyIdAction) << tr("Copy id");
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(notice.urgency)));
    if (!m_desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), m_desktopEntry);
    if (!notice.category.isEmpty())
        hints.insert(QStringLiteral("category"), notice.category);
    // A label may hold "<" or "&": plain text stays plain on a server that reads markup.
    const QString body = m_markup ? notice.body.toHtmlEscaped() : notice.body;
    auto *call = new QDBusPendingCallWatcher(
        m_interface->notify(m_appName, 0, m_appIcon, notice.summary, body, actions, hints, -1), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this, notice](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcDesktop) << "the notification service refused a notification:" << reply.error().message();
            Q_EMIT failed(notice);
            return;
        }
        const uint id = reply.value();
        if (m_openOrder.size() >= MaxOpen)
            m_open.remove(m_openOrder.takeFirst());
        m_open.insert(id, notice);
        m_openOrder.append(id);
        Q_EMIT shown(id, notice);
    });
    return true;
}

bool DesktopNotifier::isFromService() const
{
    // Anyone on the bus may send these signals: only the service's owner is listened to.
    return !m_owner.isEmpty() && m_interface->signalSender() == m_owner;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (!isFromService())
        return;
    // The server broadcasts every client's actions: only ours are acted upon.
    const auto it = m_open.constFind(id);
    if (it == m_open.cend())
        return;
    const DesktopNotice notice = it.value();
    Q_EMIT actionInvoked(notice, action);
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    if (!isFromService())
        return;
    if (m_open.remove(id) > 0)
        m_openOrder.removeOne(id);
}
