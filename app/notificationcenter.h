// SPDX-License-Identifier: MIT
#pragma once

#include "desktopnotifier.h"
#include "notificationsettings.h"
#include "taskmonitor.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

class Clock;

// Decides what reaches the desktop (issue #13): completions and stops that land within a short window become one
// notification, each outcome on or off, muted tasks and do-not-disturb respected, connection trouble said once per
// episode (and its recovery once), every completion announced once, also across a restart. Delivery is the
// freedesktop service when it is on the bus, else fallbackRequested() for the UI's tray; the in-app list is the
// core's NotificationLog either way.
class NotificationCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)
public:
    using Outcome = NotificationSettings::Outcome;

    NotificationCenter(TaskMonitor *monitor, DesktopNotifier *desktop, NotificationSettings *settings,
        const Clock *clock, QObject *parent = nullptr);

    static constexpr int GroupWindowMs = 2'000;
    // Trouble that may pass by itself (unreachable, offline, rate limited) is said only once it has lasted this long:
    // a dropped request followed by an answer is no popup, and no "restored" either.
    static constexpr int ConnectionGraceMs = 20'000;
    // Names listed in a grouped notification; the rest are counted.
    static constexpr int MaxNamesShown = 3;

    // Sends what is waiting now instead of at the end of the window (quitting; tests).
    void flush();
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    void setGroupWindowMs(int ms) { m_groupTimer.setInterval(ms); }
    void setConnectionGraceMs(int ms) { m_connectionGraceMs = ms; }

    static std::optional<Outcome> outcomeOf(const TrackedTask &task);

Q_SIGNALS:
    // No notification service: show it where the UI can (a tray balloon); the in-app list has it already.
    void fallbackRequested(const DesktopNotice &notice);
    // "Show" or a click on a notification about tasks: raise the window and select them.
    void tasksActivated(const QStringList &ids);
    // "Show" or a click on a connection notice.
    void showWindowRequested();
    void copyIdRequested(const QString &id);
    // A failure was notified: the window asks for attention when it is not active.
    void alertRequested();
    // A notice went out (desktop or fallback), for the log and tests.
    void noticeSent(const DesktopNotice &notice);

private:
    struct Item
    {
        QString id;
        QString name; // label, or id
        QString title; // for a single notice
        QString detail; // the error, for a failure
        Outcome outcome = Outcome::Succeeded;
        bool completion = false; // announced once across restarts (stops are not completions)
    };

    void enqueue(const TrackedTask &task);
    struct Episode
    {
        quint64 serial = 0; // tells a grace timer of an ended episode from the current one
        QString message; // the latest, said when the grace ends
        bool decided = false; // past its grace: said, or kept quiet by the settings
        bool said = false; // its recovery is said too
    };

    void onConnectionState(const QString &id, TaskMonitor::ConnectionState state, const QString &message);
    void announceProblem(const QString &id, Episode &episode);
    void deliver(const DesktopNotice &notice);
    DesktopNotice noticeFor(const QList<Item> &items) const;

    TaskMonitor *m_monitor;
    DesktopNotifier *m_desktop;
    NotificationSettings *m_settings;
    const Clock *m_clock;
    QTimer m_groupTimer;
    QList<Item> m_pending;
    QHash<QString, Episode> m_episodes; // connections in trouble
    quint64 m_episodeSerial = 0;
    int m_connectionGraceMs = ConnectionGraceMs;
};
