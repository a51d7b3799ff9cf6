// SPDX-License-Identifier: MIT
#include "taskmonitor.h"

#include "clock.h"
#include "logging.h"

namespace {

NotificationLog::Entry completionEntry(const TrackedTask &task, qint64 nowMs)
{
    NotificationLog::Entry entry;
    entry.timeMs = nowMs;
    entry.taskId = task.id;
    const QString name = task.label.isEmpty() ? task.id : task.label;
    switch (task.status()) {
    case TaskStatus::Succeeded:
        entry.severity = NotificationLog::Severity::Success;
        entry.title = TaskMonitor::tr("Task succeeded");
        entry.body = name;
        break;
    case TaskStatus::Failed:
        entry.severity = NotificationLog::Severity::Error;
        entry.title = TaskMonitor::tr("Task failed");
        entry.body = task.errorSummary().isEmpty() ? name : name % QLatin1String(" — ") % task.errorSummary();
        break;
    case TaskStatus::Canceled:
        entry.severity = NotificationLog::Severity::Warning;
        entry.title = TaskMonitor::tr("Task canceled");
        entry.body = name;
        break;
    case TaskStatus::Unknown:
    case TaskStatus::Unrecognised:
        entry.severity = NotificationLog::Severity::Warning;
        entry.title = TaskMonitor::tr("Task completed with status “%1”")
                          .arg(statusLabel(task.status(), task.task ? task.task->statusRaw : QString()));
        entry.body = name;
        break;
    }
    return entry;
}

} // namespace

TaskMonitor::TaskMonitor(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_client(clock)
    , m_scheduler(&m_client, clock)
    , m_model(clock)
{
    m_connectionMessage = tr("Not connected: enter the Veza address and API key in Connection settings.");
    connect(&m_scheduler, &PollScheduler::resultReady, this, &TaskMonitor::onResult);
    connect(&m_scheduler, &PollScheduler::requestStarted, this, &TaskMonitor::activityChanged);
    connect(&m_scheduler, &PollScheduler::pausedChanged, this, &TaskMonitor::pausedChanged);
    m_elapsedTimer.setInterval(1'000);
    connect(&m_elapsedTimer, &QTimer::timeout, &m_model, &TaskTableModel::refreshElapsed);
    m_elapsedTimer.start();
}

void TaskMonitor::setConnection(const Connection &connection)
{
    m_client.setConnection(connection);
    if (!connection.isUsable()) {
        setConnectionState(ConnectionState::NotConfigured,
                           tr("Not connected: enter the Veza address and API key in Connection settings."));
        return;
    }
    setConnectionState(ConnectionState::Ok, {});
    m_scheduler.clearAuthBlock();
    m_scheduler.refreshAll();
}

int TaskMonitor::addTasks(const QStringList &ids, const QString &label)
{
    const QStringList added = m_model.addTasks(ids, label);
    for (const QString &id : added)
        m_scheduler.watch(id);
    return int(added.size());
}

void TaskMonitor::removeTasks(const QStringList &ids)
{
    for (const QString &id : ids)
        m_scheduler.unwatch(id);
    m_model.removeTasks(ids);
    Q_EMIT activityChanged();
}

void TaskMonitor::refreshTasks(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (!m_model.task(id))
            continue;
        if (m_scheduler.isWatching(id))
            m_scheduler.refresh(id);
        else
            m_scheduler.watch(id);  // finished tasks are asked once more, then dropped again at COMPLETE
    }
}

void TaskMonitor::refreshAll()
{
    refreshTasks(m_model.ids());
}

void TaskMonitor::setPaused(bool paused)
{
    m_scheduler.setPaused(paused);
}

void TaskMonitor::onResult(const FetchResult &result)
{
    const TrackedTask *before = m_model.task(result.id);
    if (!before)
        return;
    const bool wasComplete = before->isComplete();
    m_model.applyResult(result);
    Q_EMIT activityChanged();

    switch (result.error.kind) {
    case VezaError::Kind::None:
        setConnectionState(ConnectionState::Ok, {});
        break;
    case VezaError::Kind::Unauthorized:
        if (m_connectionState != ConnectionState::AuthFailed) {
            const QString message = describeError(result.error);
            m_notifications.append({m_clock->nowMs(), NotificationLog::Severity::Error, tr("Polling stopped"), message, {}});
            setConnectionState(ConnectionState::AuthFailed, message);
        }
        break;
    case VezaError::Kind::Configuration:
        setConnectionState(ConnectionState::NotConfigured,
                           tr("Not connected: enter the Veza address and API key in Connection settings."));
        break;
    case VezaError::Kind::Network:
    case VezaError::Kind::Timeout:
    case VezaError::Kind::Tls:
        setConnectionState(ConnectionState::Unreachable, describeError(result.error));
        break;
    default:
        break;  // per-task trouble: shown on the row, the connection itself answered
    }

    const TrackedTask *after = m_model.task(result.id);
    if (after && !wasComplete && after->isComplete()) {
        qCInfo(lcMonitor) << "task complete" << after->id << statusWireName(after->status());
        m_notifications.append(completionEntry(*after, m_clock->nowMs()));
        Q_EMIT taskCompleted(*after);
    }
}

void TaskMonitor::setConnectionState(ConnectionState state, const QString &message)
{
    if (m_connectionState == state && m_connectionMessage == message)
        return;
    m_connectionState = state;
    m_connectionMessage = message;
    Q_EMIT connectionStateChanged(state, message);
}
