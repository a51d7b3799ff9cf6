// SPDX-License-Identifier: MIT
#pragma once

#include "taskfetcher.h"
#include "trackedtask.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Clock;

// The task list. Each answer is applied as a diff keyed by task id: dataChanged for that row and the
// columns that changed, never a reset per poll.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)
public:
    enum Column {
        IdColumn,
        LabelColumn,
        StateColumn,
        StatusColumn,
        ElapsedColumn,
        NextCheckColumn,
        LastCheckedColumn,
        LastAnswerColumn,
        ErrorColumn,
        ConnectionColumn, // last: header states saved before it still restore
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting (numbers, times, enum order)
        TaskIdRole,
        StateRole, // int(TaskState)
        StatusRole, // int(TaskStatus)
        StaleRole, // bool
        ArchivedRole, // bool
        ConnectionRole, // the task's connection id
        UnknownValueRole, // bool: the state or status cell holds a value this client does not know
        OutcomeRole, // int(TaskOutcome), the same for every column of a row
    };

    explicit TaskTableModel(const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Adds rows for ids not present yet; returns the ids actually added.
    QStringList addTasks(const QStringList &ids, const QString &label = {}, const QString &connection = {});
    // Adds rows as they were (from the task store), in one insertion; ids already present are skipped.
    QStringList restoreTasks(const QList<TrackedTask> &tasks);
    void removeTasks(const QStringList &ids);
    // Archived tasks leave the main table (TaskProxyModel hides them) but stay listed and stored; 0 restores.
    void setArchived(const QStringList &ids, qint64 archivedAtMs);
    void applyResult(const FetchResult &result);
    // Moves tasks to a connection (the id TaskMonitor knows it by).
    void setConnection(const QStringList &ids, const QString &connectionId);
    // The names the Connection column shows, by connection id; a task whose connection is not among them says so.
    void setConnectionNames(const QHash<QString, QString> &names);
    // What the scheduler plans for the task: shown in the next-check and error columns.
    void setSchedule(const QString &id, TrackedTask::Watch watch, qint64 nextCheckMs, int retryCount);
    // Re-renders the clock-driven columns (elapsed, next check) of unfinished rows; call once a second.
    void refreshElapsed();

    [[nodiscard]] const TrackedTask *task(const QString &id) const;
    [[nodiscard]] QString idAt(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    [[nodiscard]] QStringList ids() const;
    // The status bar's figures, each task counted once in the first bucket that fits.
    struct Counts
    {
        int waiting = 0; // no answer yet
        int pending = 0;
        int inProgress = 0;
        int complete = 0; // of which:
        int failed = 0; //   FAILED, or a status this client does not know (never counted as success)
        int canceled = 0;
        int notFound = 0; // gave up after the 404 grace period
        int stopped = 0; // watched longer than the policy's maximum
        int other = 0; // UNKNOWN_STATE or a state this client does not know
    };
    [[nodiscard]] Counts counts() const;

    static QString formatDuration(qint64 ms);
    // An answer's created_at in ms since the epoch, 0 when absent or unreadable.
    static qint64 createdAtOf(const AsyncTask &task);

Q_SIGNALS:
    // A watched task's row changed (any column); the details pane listens for its current id.
    void taskChanged(const QString &id);

private:
    QVariant displayData(const TrackedTask &task, int column) const;
    QVariant sortData(const TrackedTask &task, int column) const;
    QString toolTip(const TrackedTask &task, int column) const;
    void reindexFrom(int row);
    // Compares the columns in [fromColumn, toColumn] (those the change can affect) and signals the span that differs.
    void emitRowChanges(int row, const TrackedTask &before, int fromColumn = 0, int toColumn = ColumnCount - 1);

    const Clock *m_clock;
    QList<TrackedTask> m_tasks;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_connectionNames;
};
