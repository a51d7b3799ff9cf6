// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"
#include "notificationlog.h"
#include "pollscheduler.h"
#include "taskstore.h"
#include "tasktablemodel.h"
#include "vezaclient.h"

#include <QObject>
#include <QTimer>

class Clock;

// The composition root of the core: client, scheduler, model and notification log, wired once.
// The GUI and the CLI drive it; it never touches widgets.
class TaskMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskMonitor)
public:
    enum class ConnectionState { NotConfigured, Ok, AuthFailed, Unreachable, RateLimited, Offline };
    Q_ENUM(ConnectionState)

    explicit TaskMonitor(const Clock *clock, QObject *parent = nullptr);

    void setConnection(const Connection &connection);
    [[nodiscard]] const Connection &connection() const { return m_client.connection(); }
    [[nodiscard]] ConnectionState connectionState() const { return m_connectionState; }
    // One sentence for the status bar: why the connection is not polling, or empty.
    [[nodiscard]] QString connectionMessage() const { return m_connectionMessage; }

    // Adds and starts watching the ids not already listed; returns how many were added.
    int addTasks(const QStringList &ids, const QString &label = {});
    void removeTasks(const QStringList &ids);
    // Puts removed tasks back as they were (Undo): the store still holds their results until the next start.
    void restoreTasks(const QList<TrackedTask> &tasks);
    // Archives (archivedAtMs > 0) or restores (0) tasks; archived ones are not polled.
    void setArchived(const QStringList &ids, bool archived);
    // Archives the tasks that completed at least olderThanMs ago; returns their ids.
    QStringList archiveCompleted(qint64 olderThanMs);
    // Polls now: unfinished ones through the schedule, finished ones once more on request.
    void refreshTasks(const QStringList &ids);
    void refreshAll();
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_scheduler.isPaused(); }
    // Pause or resume polling of some tasks; resuming a task that was no longer watched watches it again.
    void setTasksPaused(const QStringList &ids, bool paused);

    void setPolicy(const PollPolicy &policy) { m_scheduler.setPolicy(policy); }

    // Keeps the task list and the notifications in the store: what it holds is restored once it is open
    // (unfinished tasks resume with their real age), then every change of the model is written to it from here.
    // Set before the store is opened; the store outlives the monitor.
    void setStore(TaskStore *store);
    [[nodiscard]] TaskStore *store() const { return m_store; }
    // False from setStore() until the store has answered: adds wait for it, so that a stored task is never added
    // again as a blank one over its saved row.
    [[nodiscard]] bool isStoreOpen() const { return !m_store || m_storeOpened; }
    // The result of a task that was restored without it; resultLoaded() follows (Undefined when there is none).
    void requestResult(const QString &id);

    // Follows the system's network state (QNetworkInformation) when a backend exists: offline pauses
    // polling, metered networks poll less. Loopback connections are never considered offline.
    void followNetworkInformation();
    // What the system says of the network (followNetworkInformation calls it; tests too).
    void setNetworkState(bool online, bool metered);

    [[nodiscard]] TaskTableModel *model() { return &m_model; }
    [[nodiscard]] NotificationLog *notifications() { return &m_notifications; }
    [[nodiscard]] PollScheduler *scheduler() { return &m_scheduler; }
    [[nodiscard]] VezaClient *client() { return &m_client; }
    [[nodiscard]] int inFlightCount() const { return m_scheduler.inFlightCount(); }

Q_SIGNALS:
    // A task reached COMPLETE (the first answer that says so).
    void taskCompleted(const TrackedTask &task);
    void connectionStateChanged(TaskMonitor::ConnectionState state, const QString &message);
    void pausedChanged(bool paused);
    void activityChanged(); // requests in flight changed
    // The store is open and its tasks are in the model (or it could not be opened: status says why).
    void storeOpened(const StoreStatus &status);
    void resultLoaded(const QString &id, const QJsonValue &result);
    void storeWriteFailed(const QString &message);

private:
    void onResult(const FetchResult &result);
    void onWatchStopped(const QString &id, PollScheduler::StopReason reason);
    void onRateLimitChanged(qint64 untilMs);
    void updateSchedule(const QString &id);
    void watchAgain(const QString &id);
    void setConnectionState(ConnectionState state, const QString &message);
    void restore(const StoreStatus &status, const StoreContents &contents);
    // Watches a restored task again when it was still being watched: with its real age, paused if it was.
    void resumeWatching(const TrackedTask &task);
    // The one place the store is fed: the model's current row for the id.
    void persist(const QString &id);

    const Clock *m_clock;
    VezaClient m_client;
    PollScheduler m_scheduler;
    TaskTableModel m_model;
    NotificationLog m_notifications;
    QTimer m_elapsedTimer;
    ConnectionState m_connectionState = ConnectionState::NotConfigured;
    bool m_networkOnline = true; // last known system state, re-applied when the connection changes
    bool m_networkMetered = false;
    QString m_connectionMessage;
    TaskStore *m_store = nullptr;
    bool m_storeReady = false; // open and writable
    bool m_storeOpened = false;
    QList<std::pair<QStringList, QString>> m_waitingAdds; // addTasks() before the store opened: ids and label
    QHash<QString, quint32> m_persistedRevision; // answer revision last written per task
};
