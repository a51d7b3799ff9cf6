// SPDX-License-Identifier: MIT
#pragma once

#include "notificationlog.h"
#include "trackedtask.h"

#include <QList>
#include <QObject>
#include <QThread>

class TaskStoreWorker;

// Reads results from a store's file on the calling thread (an export on a worker thread), with a read-only
// connection of its own; blocking, so never on the GUI thread.
class TaskStoreReader final
{
    Q_DISABLE_COPY_MOVE(TaskStoreReader)
public:
    explicit TaskStoreReader(const QString &path);
    ~TaskStoreReader();
    // The last answer's result of the task; Undefined when there is none (or the file cannot be read).
    [[nodiscard]] JsonText result(const QString &taskId);

private:
    QString m_connectionName;
};

// How the database could be opened.
struct StoreStatus
{
    enum class Mode {
        ReadWrite,
        ReadOnly, // a newer schema, a read-only file or folder, or a database another program holds
        Unavailable, // nothing could be opened: the app runs with an empty list that is not saved
    };
    Mode mode = Mode::ReadWrite;
    QString path;
    QString movedAsidePath; // a corrupt file moved aside: where it is now
    QString message; // for the user, empty when all is well
};
Q_DECLARE_METATYPE(StoreStatus)

// What the database holds, as read at start-up: tasks without their results, and the notification list.
struct StoreContents
{
    QList<TrackedTask> tasks;
    QList<NotificationLog::Entry> notifications; // newest first
    // Completed tasks whose completion no desktop notification has announced yet (the app quit first), oldest first.
    QStringList unannounced;
};
Q_DECLARE_METATYPE(StoreContents)

// The durable image of the task list (docs/ARCHITECTURE.md, "Store"): one SQLite database in WAL mode, written by a
// worker thread with its own connection in batched transactions (at most one a second), so the GUI thread never
// waits on the disk. TaskTableModel owns the tasks in memory; TaskMonitor feeds this store from the model.
// Results are read back only on request. Never overwrites what it cannot read: a corrupt file is moved aside.
class TaskStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskStore)
public:
    explicit TaskStore(QObject *parent = nullptr);
    // Commits what is pending, then stops the worker.
    ~TaskStore() override;

    // QStandardPaths::AppDataLocation/tasks.sqlite.
    static QString defaultPath();
    static constexpr int SchemaVersion = 4;
    static constexpr int BatchIntervalMs = 1'000;

    // Opens (creating or migrating) the database; opened() follows once, from the worker.
    void open(const QString &path);
    [[nodiscard]] const StoreStatus &status() const { return m_status; }
    [[nodiscard]] bool isWritable() const { return m_status.mode == StoreStatus::Mode::ReadWrite; }

    // Writes, queued and batched; a later snapshot of a task replaces an earlier one not yet written. The answer
    // (and its result) is written only with withAnswer, so a task polled again is not rewritten whole.
    void saveTask(const TrackedTask &task, bool withAnswer);
    // Removed rows are kept (with their results) until the next start, so that a task removed by mistake comes
    // back whole when saved again (Undo).
    void removeTasks(const QStringList &ids);
    void addTransition(const QString &taskId, qint64 timeMs, const QString &state, const QString &status);
    // Kept to the task's newest TrackedTask::MaxRequests, older ones deleted in the same transaction.
    void addRequest(const QString &taskId, const RequestRecord &request);
    void addNotification(const NotificationLog::Entry &entry);
    void clearNotifications();
    // The completions of these tasks were announced (or deliberately not): never again after a restart.
    void markAnnounced(const QStringList &taskIds);
    // resultLoaded() follows, from the worker.
    void loadResult(const QString &taskId);
    // transitionsLoaded() follows, oldest first.
    void loadTransitions(const QString &taskId);
    // requestsLoaded() follows, oldest first.
    void loadRequests(const QString &taskId);
    // Commits what is pending now instead of at the next batch.
    void flush();
    // Commits what is pending and returns when it is on disk: for quitting, never while the window is in use.
    void flushAndWait();

Q_SIGNALS:
    void opened(const StoreStatus &status, const StoreContents &contents);
    void resultLoaded(const QString &taskId, const JsonText &result);
    void transitionsLoaded(const QString &taskId, const QList<StateTransition> &transitions);
    void requestsLoaded(const QString &taskId, const QList<RequestRecord> &requests);
    // A batch is on disk: how many task rows it wrote.
    void committed(int tasks);
    void writeFailed(const QString &message);

private:
    QThread m_thread;
    TaskStoreWorker *m_worker = nullptr; // lives in m_thread
    StoreStatus m_status;
};
