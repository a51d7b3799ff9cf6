// SPDX-License-Identifier: MIT
#include "teststatusnotifierwatcher.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>

#include <memory>

namespace {

const QString kService = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString kPath = QStringLiteral("/StatusNotifierWatcher");
const QString kConnectionName = QStringLiteral("veza-test-status-notifier-watcher");

} // namespace

// The D-Bus object, living on the watcher's thread.
class StatusNotifierWatcherService final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    // NOLINTBEGIN(readability-identifier-naming): the D-Bus member names
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ registeredItems)
    // NOLINTEND(readability-identifier-naming)
public:
    bool registerOnBus()
    {
        m_bus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, kConnectionName));
        m_registered = m_bus->isConnected()
            && m_bus->registerObject(kPath, this,
                QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals
                    | QDBusConnection::ExportAllProperties)
            && m_bus->registerService(kService);
        return m_registered;
    }

    void leaveBus()
    {
        if (!m_bus)
            return;
        if (m_registered) {
            m_bus->unregisterService(kService);
            m_bus->unregisterObject(kPath);
            m_registered = false;
        }
        m_bus.reset();
        QDBusConnection::disconnectFromBus(kConnectionName);
    }

    [[nodiscard]] bool isHostRegistered() const { return true; } // the test is the tray host
    [[nodiscard]] int protocolVersion() const { return 0; }
    [[nodiscard]] QStringList registeredItems() const { return m_items; }

public Q_SLOTS:
    // NOLINTBEGIN(readability-identifier-naming): the D-Bus member names
    void RegisterStatusNotifierItem(const QString &service)
    {
        // The spec allows a bus name or an object path on the sender's connection: the sender names the item.
        const QString sender = message().service();
        const QString item = service.startsWith(u'/') ? sender : service;
        m_items.append(item);
        Q_EMIT StatusNotifierItemRegistered(item);
        Q_EMIT registered(item);
    }
    void RegisterStatusNotifierHost(const QString & /*service*/) { Q_EMIT StatusNotifierHostRegistered(); }

Q_SIGNALS:
    void StatusNotifierItemRegistered(const QString &service);
    void StatusNotifierItemUnregistered(const QString &service);
    void StatusNotifierHostRegistered();
    // NOLINTEND(readability-identifier-naming)
    void registered(const QString &service);

private:
    std::unique_ptr<QDBusConnection> m_bus;
    bool m_registered = false;
    QStringList m_items;
};

TestStatusNotifierWatcher::TestStatusNotifierWatcher()
    : m_service(new StatusNotifierWatcherService)
{
    m_thread.setObjectName(QStringLiteral("StatusNotifierWatcher"));
    m_service->moveToThread(&m_thread);
    // Destroyed on its thread, as QtDBus relays an exported object's signals from there only.
    connect(&m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    connect(m_service, &StatusNotifierWatcherService::registered, this, [this](const QString &service) {
        m_items.append(service);
        Q_EMIT itemRegistered(service);
    });
    m_thread.start();
}

TestStatusNotifierWatcher::~TestStatusNotifierWatcher()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

bool TestStatusNotifierWatcher::start()
{
    bool started = false;
    StatusNotifierWatcherService *service = m_service;
    QMetaObject::invokeMethod(
        service, [service, &started] { started = service->registerOnBus(); }, Qt::BlockingQueuedConnection);
    return started;
}

void TestStatusNotifierWatcher::stop()
{
    StatusNotifierWatcherService *service = m_service;
    QMetaObject::invokeMethod(
        service, [service] { service->leaveBus(); }, Qt::BlockingQueuedConnection);
}

#include "teststatusnotifierwatcher.moc"
