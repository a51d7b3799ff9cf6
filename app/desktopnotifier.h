// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

class NotificationsInterface;
class QDBusServiceWatcher;

// What one desktop notification says and what its actions act on.
struct DesktopNotice
{
    enum class Urgency : uchar { Low = 0, Normal = 1, Critical = 2 }; // the spec's urgency byte
    QString summary;
    QString body; // plain text: escaped here when the server reads markup
    Urgency urgency = Urgency::Normal;
    QString category; // the spec's category hint ("transfer.complete"), empty for none
    QStringList taskIds; // what "Show" and a click select; empty for connection notices
    bool canCopyId = false; // offers "Copy id" (one task)
};
Q_DECLARE_METATYPE(DesktopNotice)

// A client of the freedesktop notification service (org.freedesktop.Notifications) over QtDBus: asynchronous calls
// only (never a blocking call on the GUI thread), the service followed as it comes and goes on the bus, and the
// server's signals acted upon for this client's own notification ids only; closed ones are forgotten.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)
public:
    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Action keys sent with each notification; "default" is the spec's click on the body.
    static inline constexpr char DefaultAction[] = "default";
    static inline constexpr char ShowAction[] = "show";
    static inline constexpr char CopyIdAction[] = "copy-id";
    // Notifications still open are remembered up to this many (a server may never say they closed).
    static constexpr int MaxOpen = 100;

    // The service owns its name on the bus (or can be started by the bus).
    [[nodiscard]] bool isAvailable() const { return m_available; }
    // Sends asynchronously; false when the service is not there (the caller falls back). A server that then
    // refuses the call is reported through failed().
    bool notify(const DesktopNotice &notice);
    [[nodiscard]] int openCount() const { return int(m_open.size()); }

    void setAppName(const QString &name) { m_appName = name; }
    void setAppIcon(const QString &icon) { m_appIcon = icon; }
    void setDesktopEntry(const QString &entry) { m_desktopEntry = entry; }

Q_SIGNALS:
    void availabilityChanged(bool available);
    // A look at the bus for the service has ended (at start, and after the service left).
    void checked(bool available);
    // The notification could not be shown (an error reply, the service gone meanwhile).
    void failed(const DesktopNotice &notice);
    // Shown: the server's id for it.
    void shown(uint id, const DesktopNotice &notice);
    // An action of one of this client's notifications: DefaultAction, ShowAction or CopyIdAction.
    void actionInvoked(const DesktopNotice &notice, const QString &action);

private:
    void setAvailable(bool available);
    void checkService();
    void readCapabilities();
    [[nodiscard]] bool isFromService() const;
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

    QDBusConnection m_bus;
    NotificationsInterface *m_interface = nullptr;
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_available = false;
    QString m_owner; // the service's unique name on the bus, empty while nobody owns it
    bool m_markup = false; // the server reads the body as markup
    QString m_appName;
    QString m_appIcon = QStringLiteral("veza-task-monitor");
    QString m_desktopEntry = QStringLiteral("veza-task-monitor");
    QHash<uint, DesktopNotice> m_open; // by the server's id
    QList<uint> m_openOrder; // oldest first, to bound m_open
};
