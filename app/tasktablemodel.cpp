// SPDX-License-Identifier: MIT
#include "tasktablemodel.h"

#include "clock.h"
#include "saturating.h"
#include "taskoutcome.h"
#include "timeformat.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {

// Stable sort order for states: unfinished work first by progress, then done, unknown last.
int stateOrder(TaskState state)
{
    switch (state) {
    case TaskState::Pending:
        return 1;
    case TaskState::InProgress:
        return 2;
    case TaskState::Complete:
        return 3;
    case TaskState::Unknown:
        return 0;
    case TaskState::Unrecognised:
        return 4;
    }
    return 5;
}

} // namespace

TaskTableModel::TaskTableModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskTableModel::formatDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s", "duration").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s", "duration").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%L1 h %2 min", "duration").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QVariant TaskTableModel::displayData(const TrackedTask &task, int column) const
{
    switch (column) {
    case IdColumn:
        return task.id;
    case LabelColumn:
        return task.label;
    case StateColumn:
        if (!task.task)
            return task.lastError.isError() ? tr("—", "no state yet") : tr("Waiting…", "first request not answered");
        return stateLabel(task.task->state, task.task->stateRaw);
    case StatusColumn:
        if (!task.task || (!task.isComplete() && task.task->status == TaskStatus::Unknown))
            return QString();
        return statusLabel(task.task->status, task.task->statusRaw);
    case ElapsedColumn:
        return formatDuration(task.elapsedMs(m_clock->nowMs()));
    case NextCheckColumn:
        switch (task.watch) {
        case TrackedTask::Watch::Paused:
            return task.watchLabel();
        case TrackedTask::Watch::Watching:
            if (task.nextCheckMs < 0)
                return tr("checking…", "next check");
            return task.nextCheckMs <= m_clock->nowMs()
                ? tr("due", "next check")
                : tr("in %1", "next check")
                      .arg(formatDuration(addSaturated(subSaturated(task.nextCheckMs, m_clock->nowMs()), 999)));
        default:
            return QString();
        }
    case LastAnswerColumn:
        if (task.lastHttpStatus > 0)
            return tr("HTTP %1 · %L2 ms", "last answer").arg(task.lastHttpStatus).arg(task.lastLatencyMs);
        return task.lastError.isError() ? summariseError(task.lastError) : QString();
    case LastCheckedColumn:
        return task.lastCheckedMs > 0 ? formatTimeForUser(task.lastCheckedMs, m_clock->nowMs()) : QString();
    case ErrorColumn:
        return task.errorSummary();
    case ConnectionColumn:
        if (const auto it = m_connectionNames.constFind(task.connection); it != m_connectionNames.cend())
            return it->isEmpty() ? task.connection : *it;
        return tr("None (not polled)", "a task whose connection was removed");
    default:
        return {};
    }
}

QString TaskTableModel::toolTip(const TrackedTask &task, int column) const
{
    QStringList lines;
    if (task.isStale()) {
        lines << tr("Showing the last known state: requests have failed since %1.")
                     .arg(formatTimeForUser(task.staleSinceMs, m_clock->nowMs()));
    }
    if ((column == ErrorColumn || column == LastAnswerColumn || task.isStale()) && task.lastError.isError())
        lines << describeError(task.lastError);
    if (task.retryCount > 0)
        lines << tr("Failed answers in a row: %L1.").arg(task.retryCount);
    if (column == ConnectionColumn && !m_connectionNames.contains(task.connection))
        lines << tr("This task's connection was removed: move it to a connection to poll it again.");
    return lines.join(QLatin1Char('\n'));
}

QVariant TaskTableModel::sortData(const TrackedTask &task, int column) const
{
    switch (column) {
    case StateColumn:
        return stateOrder(task.state());
    case StatusColumn:
        return task.isComplete() ? int(task.status()) : -2;
    case ElapsedColumn:
        return task.elapsedMs(m_clock->nowMs());
    case LastCheckedColumn:
        return task.lastCheckedMs;
    case NextCheckColumn:
        return task.watch == TrackedTask::Watch::Watching ? task.nextCheckMs : std::numeric_limits<qint64>::max();
    case LastAnswerColumn:
        return task.lastHttpStatus;
    default:
        return displayData(task, column);
    }
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrackedTask &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(task, index.column());
    case Qt::EditRole:
        return index.column() == LabelColumn ? QVariant(task.label) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(task, index.column());
    case SortRole:
        return sortData(task, index.column());
    case TaskIdRole:
        return task.id;
    case StateRole:
        return int(task.state());
    case StatusRole:
        return int(task.status());
    case StaleRole:
        return task.isStale();
    case ArchivedRole:
        return task.archivedAtMs > 0;
    case ConnectionRole:
        return task.connection;
    case OutcomeRole:
        return int(taskOutcome(task));
    case UnknownValueRole:
        return (index.column() == StateColumn && task.state() == TaskState::Unrecognised)
            || (index.column() == StatusColumn && task.status() == TaskStatus::Unrecognised);
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Task id", "column");
    case LabelColumn:
        return tr("Label", "column");
    case StateColumn:
        return tr("State", "column");
    case StatusColumn:
        return tr("Status", "column");
    case ElapsedColumn:
        return tr("Elapsed", "column");
    case NextCheckColumn:
        return tr("Next check", "column");
    case LastCheckedColumn:
        return tr("Last checked", "column");
    case LastAnswerColumn:
        return tr("Last answer", "column");
    case ErrorColumn:
        return tr("Error", "column");
    case ConnectionColumn:
        return tr("Connection", "column");
    default:
        return {};
    }
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == LabelColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != LabelColumn)
        return false;
    TrackedTask &task = m_tasks[index.row()];
    const QString label = value.toString().trimmed();
    if (task.label == label)
        return true;
    task.label = label;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, SortRole});
    Q_EMIT taskChanged(task.id);
    return true;
}

qint64 TaskTableModel::createdAtOf(const AsyncTask &task)
{
    const QDateTime created
        = QDateTime::fromString(task.raw.value(QLatin1String("created_at")).toString(), Qt::ISODateWithMs);
    return created.isValid() ? created.toMSecsSinceEpoch() : 0;
}

QStringList TaskTableModel::addTasks(const QStringList &ids, const QString &label, const QString &connection)
{
    QStringList added;
    QSet<QString> seen; // a paste of 100,000 ids: a list lookup per id would be quadratic
    for (const QString &id : ids) {
        if (!m_rowById.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            added.append(id);
        }
    }
    if (added.isEmpty())
        return added;
    const int first = int(m_tasks.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    const qint64 now = m_clock->nowMs();
    for (const QString &id : std::as_const(added)) {
        TrackedTask task;
        task.id = id;
        task.label = label;
        task.connection = connection;
        task.addedAtMs = now;
        m_rowById.insert(id, int(m_tasks.size()));
        m_tasks.append(task);
    }
    endInsertRows();
    return added;
}

QStringList TaskTableModel::restoreTasks(const QList<TrackedTask> &tasks)
{
    QList<TrackedTask> fresh;
    QSet<QString> seen;
    for (const TrackedTask &task : tasks) {
        if (!m_rowById.contains(task.id) && !seen.contains(task.id)) {
            seen.insert(task.id);
            fresh.append(task);
        }
    }
    QStringList restored;
    if (fresh.isEmpty())
        return restored;
    const int first = int(m_tasks.size());
    // One insertion for the whole list: a view lays out 10,000 restored rows once.
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    restored.reserve(fresh.size());
    for (TrackedTask &task : fresh) {
        restored.append(task.id);
        m_rowById.insert(task.id, int(m_tasks.size()));
        m_tasks.append(std::move(task));
    }
    endInsertRows();
    return restored;
}

void TaskTableModel::removeTasks(const QStringList &ids)
{
    QSet<int> unique;
    for (const QString &id : ids) {
        const int row = m_rowById.value(id, -1);
        if (row >= 0)
            unique.insert(row);
    }
    QList<int> rows(unique.cbegin(), unique.cend());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Remove contiguous runs from the bottom up so each signal covers a real range.
    int i = 0;
    while (i < rows.size()) {
        int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            first = rows.at(i);
        }
        ++i;
        beginRemoveRows({}, first, last);
        for (int row = last; row >= first; --row)
            m_rowById.remove(m_tasks.at(row).id);
        m_tasks.remove(first, last - first + 1);
        // The index must be right before endRemoveRows(): its listeners look tasks up by id.
        reindexFrom(first);
        endRemoveRows();
    }
}

void TaskTableModel::setArchived(const QStringList &ids, qint64 archivedAtMs)
{
    for (const QString &id : ids) {
        const int row = m_rowById.value(id, -1);
        if (row < 0 || m_tasks.at(row).archivedAtMs == archivedAtMs)
            continue;
        m_tasks[row].archivedAtMs = archivedAtMs;
        // No column shows it: the proxy filters on the role, the store writes it.
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {ArchivedRole});
        Q_EMIT taskChanged(id);
    }
}

void TaskTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_tasks.size(); ++i)
        m_rowById.insert(m_tasks.at(i).id, i);
}

void TaskTableModel::applyResult(const FetchResult &result)
{
    const int row = m_rowById.value(result.id, -1);
    if (row < 0 || result.error.kind == VezaError::Kind::Canceled)
        return; // unknown id, or our own abort (not an answer)
    TrackedTask &task = m_tasks[row];
    const qint64 answeredAtMs = result.finishedAtMs > 0 ? result.finishedAtMs : m_clock->nowMs();
    // No column shows the history: it grows before the snapshot below, which then shares it instead of copying it.
    task.recordRequest({answeredAtMs, result.error.requestId, result.httpStatus,
        int(std::clamp<qint64>(result.latencyMs, 0, std::numeric_limits<int>::max())),
        int(std::clamp<qint64>(result.bodyBytes, -1, std::numeric_limits<int>::max())), result.error.kind});
    if (result.task
        && (!task.task || task.task->stateRaw != result.task->stateRaw
            || task.task->statusRaw != result.task->statusRaw)) {
        task.recordTransition({answeredAtMs, result.task->stateRaw, result.task->statusRaw});
    }
    const TrackedTask before = task;

    task.lastCheckedMs = answeredAtMs;
    task.lastHttpStatus = result.httpStatus;
    task.lastLatencyMs = result.latencyMs;
    ++task.requestCount;
    task.lastError = result.error;
    if (result.task) {
        const quint64 previous = task.task ? task.task->fingerprint : 0;
        if (previous == 0 || result.task->fingerprint == 0 || previous != result.task->fingerprint) {
            task.task = result.task;
            task.resultInStore = false;
            ++task.answerRevision;
        } // the same answer again: the one held stays, and with it the bytes the details pane already indexed
        task.staleSinceMs = 0;
        if (task.isComplete() && task.completedAtMs == 0)
            task.completedAtMs = task.lastCheckedMs;
        if (task.runningSinceMs == 0 && (task.state() == TaskState::InProgress || task.state() == TaskState::Complete))
            task.runningSinceMs = task.lastCheckedMs;
        if (task.createdAtMs == 0)
            task.createdAtMs = createdAtOf(*result.task);
    } else if (task.staleSinceMs == 0) {
        task.staleSinceMs = task.lastCheckedMs;
    }
    emitRowChanges(row, before);
}

void TaskTableModel::setConnection(const QStringList &ids, const QString &connectionId)
{
    for (const QString &id : ids) {
        const int row = m_rowById.value(id, -1);
        if (row < 0 || m_tasks.at(row).connection == connectionId)
            continue;
        const TrackedTask before = m_tasks.at(row);
        m_tasks[row].connection = connectionId;
        emitRowChanges(row, before);
    }
}

void TaskTableModel::setConnectionNames(const QHash<QString, QString> &names)
{
    if (m_connectionNames == names)
        return;
    m_connectionNames = names;
    if (!m_tasks.isEmpty())
        Q_EMIT dataChanged(index(0, ConnectionColumn), index(rowCount() - 1, ConnectionColumn));
}

void TaskTableModel::setSchedule(const QString &id, TrackedTask::Watch watch, qint64 nextCheckMs, int retryCount)
{
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return;
    TrackedTask &task = m_tasks[row];
    if (task.watch == watch && task.nextCheckMs == nextCheckMs && task.retryCount == retryCount)
        return;
    const TrackedTask before = task;
    const bool retriesChanged = task.retryCount != retryCount; // said in every column's tooltip
    task.watch = watch;
    task.nextCheckMs = nextCheckMs;
    task.retryCount = retryCount;
    // Twice per request: only the columns the schedule shows are compared.
    emitRowChanges(
        row, before, retriesChanged ? IdColumn : NextCheckColumn, retriesChanged ? ColumnCount - 1 : ErrorColumn);
}

void TaskTableModel::emitRowChanges(int row, const TrackedTask &before, int fromColumn, int toColumn)
{
    const TrackedTask &task = m_tasks.at(row);
    // The span of columns whose text, sort value or tooltip changed; staleness restyles the whole row.
    const bool restyle = task.isStale() != before.isStale();
    int first = restyle ? 0 : int(ColumnCount);
    int last = restyle ? ColumnCount - 1 : -1;
    // The outcome's icon is in the state column, whichever column told of the change (a pause, a 404).
    if (taskOutcome(task) != taskOutcome(before)) {
        first = std::min(first, int(StateColumn));
        last = std::max(last, int(StateColumn));
    }
    for (int column = fromColumn; column <= toColumn; ++column) {
        // These two texts follow their sort value alone: comparing it spares formatting times twice per answer.
        const bool textFollowsSortValue = column == ElapsedColumn || column == LastCheckedColumn;
        if ((!textFollowsSortValue && displayData(before, column) != displayData(task, column))
            || sortData(before, column) != sortData(task, column) || toolTip(before, column) != toolTip(task, column)) {
            first = std::min(first, column);
            last = std::max(last, column);
        }
    }
    if (first <= last)
        Q_EMIT dataChanged(index(row, first), index(row, last),
            {Qt::DisplayRole, Qt::ToolTipRole, SortRole, StateRole, StatusRole, StaleRole, ConnectionRole,
                UnknownValueRole, OutcomeRole});
    Q_EMIT taskChanged(task.id);
}

void TaskTableModel::refreshElapsed()
{
    // The two clock-driven columns, display and sort roles, only over the unfinished rows' span.
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (!m_tasks.at(row).isComplete()) {
            if (first < 0)
                first = row;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, ElapsedColumn), index(last, NextCheckColumn), {Qt::DisplayRole, SortRole});
}

const TrackedTask *TaskTableModel::task(const QString &id) const
{
    const int row = m_rowById.value(id, -1);
    return row < 0 ? nullptr : &m_tasks.at(row);
}

QString TaskTableModel::idAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row).id : QString();
}

QStringList TaskTableModel::ids() const
{
    QStringList result;
    result.reserve(m_tasks.size());
    for (const TrackedTask &task : m_tasks)
        result.append(task.id);
    return result;
}

TaskTableModel::Counts TaskTableModel::counts() const
{
    Counts counts;
    for (const TrackedTask &task : m_tasks) {
        if (task.watch == TrackedTask::Watch::NotFound) {
            ++counts.notFound;
        } else if (task.watch == TrackedTask::Watch::StoppedWatching) {
            ++counts.stopped;
        } else if (!task.task) {
            ++counts.waiting;
        } else if (task.isComplete()) {
            ++counts.complete;
            if (task.status() == TaskStatus::Canceled)
                ++counts.canceled;
            else if (task.status() != TaskStatus::Succeeded)
                ++counts.failed;
        } else if (task.state() == TaskState::Pending) {
            ++counts.pending;
        } else if (task.state() == TaskState::InProgress) {
            ++counts.inProgress;
        } else {
            ++counts.other;
        }
    }
    return counts;
}
