// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"
#include "connectionsession.h"
#include "notificationlog.h"
#include "pollscheduler.h"
#include "taskstore.h"
#include "tasktablemodel.h"
#include "vezaclient.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <memory>

class Clock;

// The composition root of the core: the connections (a client and a scheduler each), the model and the
// notification log, wired once. The GUI drives it; it never touches widgets.
class TaskMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskMonitor)
public:
    enum class ConnectionState { NotConfigured, Ok, AuthFailed, CertificateRefused, Unreachable, RateLimited, Offline };
    Q_ENUM(ConnectionState)

    explicit TaskMonitor(const Clock *clock, QObject *parent = nullptr);
    ~TaskMonitor() override;

    // Connections (docs/ARCHITECTURE.md): each has its own client and scheduler. Creates the connection when the
    // id is new (its tasks, restored or moved, are then watched) and applies a changed address, key, proxy or
    // trust at once. name is what the table and the status bar show.
    void setConnection(const QString &id, const QString &name, const Connection &connection);
    // Shorthand for the current connection (one named "default" is made when there is none yet).
    void setConnection(const Connection &connection);
    // Stops the connection's polling and forgets it; its tasks stay listed, unpolled, until moved or removed.
    void removeConnection(const QString &id);
    [[nodiscard]] QStringList connectionIds() const;
    [[nodiscard]] bool hasConnection(const QString &id) const { return m_sessions.contains(id); }
    [[nodiscard]] QString connectionName(const QString &id) const;
    // Where added tasks go when no connection is named.
    void setCurrentConnection(const QString &id);
    [[nodiscard]] QString currentConnectionId() const { return m_currentId; }
    [[nodiscard]] const Connection &connection(const QString &id) const;
    [[nodiscard]] const Connection &connection() const { return connection(m_currentId); }
    [[nodiscard]] ConnectionState connectionState(const QString &id) const;
    [[nodiscard]] ConnectionState connectionState() const { return connectionState(m_currentId); }
    // One sentence for the status bar: why the connection is not polling, or empty.
    [[nodiscard]] QString connectionMessage(const QString &id) const;
    [[nodiscard]] QString connectionMessage() const { return connectionMessage(m_currentId); }
    // The failure that stopped the connection (its certificate, for a refused one); kind None when polling.
    [[nodiscard]] VezaError connectionError(const QString &id) const;

    // Adds and starts watching the ids not already listed, on the given connection (empty: the current one);
    // returns how many were added.
    int addTasks(const QStringList &ids, const QString &label = {}, const QString &connectionId = {});
    void removeTasks(const QStringList &ids);
    // Moves tasks to another connection: they are asked there at once (finished ones are not asked again).
    void moveTasks(const QStringList &ids, const QString &connectionId);
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
    [[nodiscard]] bool isPaused() const { return m_paused; }
    // Pause or resume polling of some tasks; resuming a task that was no longer watched watches it again.
    void setTasksPaused(const QStringList &ids, bool paused);

    // For every connection, present and future.
    void setPolicy(const PollPolicy &policy);

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
    // The task's transitions and last requests as the store keeps them: transitionsLoaded() and requestsLoaded()
    // follow. Without a store nothing follows: the model's rows hold what this session saw.
    void requestHistory(const QString &id);
    // These completions were announced on the desktop (or deliberately not): not again after a restart.
    void markAnnounced(const QStringList &ids);

    // Follows the system's network state (QNetworkInformation) when a backend exists: offline pauses
    // polling, metered networks poll less. Loopback connections are never considered offline.
    void followNetworkInformation();
    // What the system says of the network (followNetworkInformation calls it; tests too).
    void setNetworkState(bool online, bool metered);

    [[nodiscard]] TaskTableModel *model() { return &m_model; }
    [[nodiscard]] NotificationLog *notifications() { return &m_notifications; }
    // The current connection's scheduler and client (made, as "default", when there is no connection yet).
    [[nodiscard]] PollScheduler *scheduler() { return currentSession()->scheduler(); }
    [[nodiscard]] VezaClient *client() { return currentSession()->client(); }
    [[nodiscard]] PollScheduler *scheduler(const QString &id);
    [[nodiscard]] int inFlightCount() const;

Q_SIGNALS:
    // A task reached COMPLETE (the first answer that says so).
    void taskCompleted(const TrackedTask &task);
    // Polling of an unfinished task ended for good: not found, or stopped (the task's watch says which).
    void taskStoppedWatching(const TrackedTask &task);
    // At start: restored tasks that completed but whose completion was never announced (the app quit first).
    void completionsUnannounced(const QStringList &ids);
    void connectionStateChanged(
        const QString &connectionId, TaskMonitor::ConnectionState state, const QString &message);
    // Connections were added, removed or renamed.
    void connectionsChanged();
    void pausedChanged(bool paused);
    void activityChanged(); // requests in flight changed
    // The store is open and its tasks are in the model (or it could not be opened: status says why).
    void storeOpened(const StoreStatus &status);
    void resultLoaded(const QString &id, const JsonText &result);
    void transitionsLoaded(const QString &id, const QList<StateTransition> &transitions);
    void requestsLoaded(const QString &id, const QList<RequestRecord> &requests);
    void storeWriteFailed(const QString &message);

private:
    struct Slot
    {
        std::unique_ptr<ConnectionSession> session;
        ConnectionState state = ConnectionState::NotConfigured;
        QString message;
        VezaError error;
    };

    ConnectionSession *currentSession();
    ConnectionSession *sessionOf(const QString &taskId);
    void onResult(ConnectionSession *session, const FetchResult &result);
    void onWatchStopped(const QString &id, PollScheduler::StopReason reason);
    void onRateLimitChanged(ConnectionSession *session, qint64 untilMs);
    void onBlockChanged(ConnectionSession *session, PollScheduler::Block block);
    void updateSchedule(const QString &id);
    void watchAgain(const QString &id);
    void setConnectionState(const QString &id, ConnectionState state, const QString &message);
    void applyNetworkState(ConnectionSession *session);
    // Watches the listed tasks of a connection that has just been made (restored ones, or added before it).
    void adoptTasks(ConnectionSession *session);
    void restore(const StoreStatus &status, const StoreContents &contents);
    // Watches a restored task again when it was still being watched: with its real age, paused if it was.
    void resumeWatching(const TrackedTask &task);
    // The one place the store is fed: the model's current row for the id.
    void persist(const QString &id);
    void updateConnectionNames();

    const Clock *m_clock;
    std::map<QString, Slot> m_sessions; // by connection id
    QString m_currentId;
    PollPolicy m_policy;
    bool m_policySet = false;
    bool m_paused = false;
    TaskTableModel m_model;
    NotificationLog m_notifications;
    QTimer m_elapsedTimer;
    bool m_networkOnline = true; // last known system state, applied to each connection as it is made
    bool m_networkMetered = false;
    TaskStore *m_store = nullptr;
    bool m_storeReady = false; // open and writable
    bool m_storeOpened = false;
    QList<std::tuple<QStringList, QString, QString>> m_waitingAdds; // addTasks() before the store opened
    QHash<QString, quint32> m_persistedRevision; // answer revision last written per task
};
