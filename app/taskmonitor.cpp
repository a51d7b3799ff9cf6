// SPDX-License-Identifier: MIT
#include "taskmonitor.h"

#include "clock.h"
#include "logging.h"
#include "saturating.h"
#include "timeformat.h"

#include <QLocale>
#include <QNetworkInformation>
#include <QSet>

#include <utility>

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
        entry.body = task.errorSummary().isEmpty() ? name : QString(name % QStringLiteral(" — ") % task.errorSummary());
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
    m_scheduler.setConnectionReady(false);
    connect(&m_scheduler, &PollScheduler::resultReady, this, &TaskMonitor::onResult);
    connect(&m_scheduler, &PollScheduler::requestStarted, this, &TaskMonitor::updateSchedule);
    connect(&m_scheduler, &PollScheduler::inFlightCountChanged, this, &TaskMonitor::activityChanged);
    connect(&m_scheduler, &PollScheduler::watchStopped, this, &TaskMonitor::onWatchStopped);
    connect(&m_scheduler, &PollScheduler::rateLimitChanged, this, &TaskMonitor::onRateLimitChanged);
    connect(&m_scheduler, &PollScheduler::pausedChanged, this, &TaskMonitor::pausedChanged);
    m_elapsedTimer.setInterval(1'000);
    connect(&m_elapsedTimer, &QTimer::timeout, &m_model, &TaskTableModel::refreshElapsed);
    m_elapsedTimer.start();
}

void TaskMonitor::setConnection(const Connection &connection)
{
    const bool changed = m_client.setConnection(connection);
    // The same address and key again: a rate-limit pause stands; only a refused key is worth one more try.
    if (!changed && m_connectionState != ConnectionState::AuthFailed)
        return;
    if (changed)
        m_scheduler.resetRateLimit(); // a pause belonged to the old connection
    m_scheduler.setConnectionReady(connection.isUsable());
    if (!connection.isUsable()) {
        setConnectionState(ConnectionState::NotConfigured,
            tr("Not connected: enter the Veza address and API key in Connection settings."));
        return;
    }
    setConnectionState(ConnectionState::Ok, {});
    m_scheduler.clearAuthBlock();
    setNetworkState(m_networkOnline, m_networkMetered); // loopback is never offline, a tenant may be
    m_scheduler.refreshAll();
}

int TaskMonitor::addTasks(const QStringList &ids, const QString &label)
{
    if (!isStoreOpen()) {
        // Added when the stored list is in: an id it holds keeps its saved row instead of a blank one.
        m_waitingAdds.append({ids, label});
        return 0;
    }
    const QStringList added = m_model.addTasks(ids, label, baseUrlText(m_client.connection().baseUrl));
    for (const QString &id : added) {
        persist(id);
        m_scheduler.watch(id);
        updateSchedule(id);
    }
    return int(added.size());
}

void TaskMonitor::removeTasks(const QStringList &ids)
{
    for (const QString &id : ids) {
        m_scheduler.unwatch(id);
        m_persistedRevision.remove(id);
    }
    m_model.removeTasks(ids);
    if (m_store && m_storeReady)
        m_store->removeTasks(ids);
}

void TaskMonitor::setStore(TaskStore *store)
{
    m_store = store;
    connect(store, &TaskStore::opened, this, &TaskMonitor::restore);
    connect(store, &TaskStore::resultLoaded, this, &TaskMonitor::resultLoaded);
    connect(store, &TaskStore::writeFailed, this, &TaskMonitor::storeWriteFailed);
    connect(&m_model, &TaskTableModel::taskChanged, this, &TaskMonitor::persist);
    connect(&m_notifications, &NotificationLog::entryAdded, store, [this](const NotificationLog::Entry &entry) {
        if (m_storeReady)
            m_store->addNotification(entry);
    });
    connect(&m_notifications, &NotificationLog::cleared, store, [this] {
        if (m_storeReady)
            m_store->clearNotifications();
    });
}

void TaskMonitor::restore(const StoreStatus &status, const StoreContents &contents)
{
    // Entries of this session (a task added before the store opened) stay above the restored ones.
    QList<NotificationLog::Entry> entries;
    for (int row = 0; row < m_notifications.rowCount(); ++row)
        entries.append(m_notifications.at(row));
    m_notifications.restore(entries + contents.notifications);

    const QStringList restored = m_model.restoreTasks(contents.tasks);
    for (const QString &id : restored) {
        const TrackedTask *task = m_model.task(id);
        m_persistedRevision.insert(id, task->answerRevision);
        resumeWatching(*task);
    }
    m_storeReady = status.mode == StoreStatus::Mode::ReadWrite;
    m_storeOpened = true;
    // Tasks added while the store was opening are written now.
    if (m_storeReady) {
        const QSet<QString> restoredIds(restored.cbegin(), restored.cend()); // 10,000 ids: no list lookups
        const QStringList ids = m_model.ids();
        for (const QString &id : ids) {
            if (!restoredIds.contains(id))
                persist(id);
        }
    }
    qCInfo(lcMonitor) << "restored" << restored.size() << "tasks," << contents.notifications.size() << "notifications";
    const auto waiting = std::exchange(m_waitingAdds, {});
    for (const auto &[ids, label] : waiting)
        addTasks(ids, label);
    Q_EMIT storeOpened(status);
}

void TaskMonitor::resumeWatching(const TrackedTask &task)
{
    const bool resumes = !task.isComplete() && task.archivedAtMs == 0
        && (task.watch == TrackedTask::Watch::Watching || task.watch == TrackedTask::Watch::Paused);
    if (!resumes)
        return;
    // The task's real age: a task first seen two hours ago is asked at its slow interval, not as a new one.
    m_scheduler.watch(task.id, task.firstSeenMs());
    if (task.watch == TrackedTask::Watch::Paused)
        m_scheduler.setTaskPaused(task.id, true);
    updateSchedule(task.id);
}

void TaskMonitor::restoreTasks(const QList<TrackedTask> &tasks)
{
    const QStringList restored = m_model.restoreTasks(tasks);
    for (const QString &id : restored) {
        const TrackedTask *task = m_model.task(id);
        // Written without its answer: the store's row, result included, is still there to be taken back.
        m_persistedRevision.insert(id, task->answerRevision);
        persist(id);
        resumeWatching(*task);
    }
}

void TaskMonitor::setArchived(const QStringList &ids, bool archived)
{
    const qint64 now = m_clock->nowMs();
    for (const QString &id : ids) {
        const TrackedTask *task = m_model.task(id);
        if (!task)
            continue;
        if (archived)
            m_scheduler.unwatch(id); // out of sight is out of polling; a restored one is asked again if unfinished
        m_model.setArchived({id}, archived ? now : 0);
        if (!archived)
            resumeWatching(*m_model.task(id));
    }
}

QStringList TaskMonitor::archiveCompleted(qint64 olderThanMs)
{
    const qint64 now = m_clock->nowMs();
    QStringList ids;
    const QStringList all = m_model.ids();
    for (const QString &id : all) {
        const TrackedTask *task = m_model.task(id);
        if (task->isComplete() && task->archivedAtMs == 0 && task->completedAtMs > 0
            && subSaturated(now, task->completedAtMs) >= olderThanMs)
            ids.append(id);
    }
    setArchived(ids, true);
    return ids;
}

void TaskMonitor::persist(const QString &id)
{
    if (!m_store || !m_storeReady)
        return;
    const TrackedTask *task = m_model.task(id);
    if (!task)
        return;
    // The answer (and its result, tens of MB maybe) only when it changed; the rest is a few small columns.
    const auto written = m_persistedRevision.constFind(id);
    const bool withAnswer = written == m_persistedRevision.cend() || *written != task->answerRevision;
    m_persistedRevision.insert(id, task->answerRevision);
    m_store->saveTask(*task, withAnswer);
}

void TaskMonitor::requestResult(const QString &id)
{
    if (m_store)
        m_store->loadResult(id);
    else
        Q_EMIT resultLoaded(id, QJsonValue::Undefined);
}

void TaskMonitor::refreshTasks(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (!m_model.task(id))
            continue;
        if (m_scheduler.isWatching(id)) {
            m_scheduler.refresh(id);
            updateSchedule(id);
        } else {
            watchAgain(id); // finished or stopped tasks are asked once more; complete ones stop again at COMPLETE
        }
    }
}

void TaskMonitor::watchAgain(const QString &id)
{
    m_scheduler.watch(id);
    updateSchedule(id);
}

void TaskMonitor::setTasksPaused(const QStringList &ids, bool paused)
{
    for (const QString &id : ids) {
        const TrackedTask *task = m_model.task(id);
        if (!task)
            continue;
        if (!paused && !m_scheduler.isWatching(id) && !task->isComplete()) {
            watchAgain(id);
            continue;
        }
        m_scheduler.setTaskPaused(id, paused);
        updateSchedule(id);
    }
}

void TaskMonitor::updateSchedule(const QString &id)
{
    const TrackedTask *task = m_model.task(id);
    if (!task || !m_scheduler.isWatching(id))
        return;
    const auto watch = m_scheduler.isTaskPaused(id) ? TrackedTask::Watch::Paused : TrackedTask::Watch::Watching;
    m_model.setSchedule(id, watch, m_scheduler.nextDueMs(id), m_scheduler.retryCount(id));
}

void TaskMonitor::onWatchStopped(const QString &id, PollScheduler::StopReason reason)
{
    const TrackedTask *task = m_model.task(id);
    if (!task)
        return;
    switch (reason) {
    case PollScheduler::StopReason::Complete:
        m_model.setSchedule(id, TrackedTask::Watch::Done, -1, 0);
        break;
    case PollScheduler::StopReason::NotFound:
        m_model.setSchedule(id, TrackedTask::Watch::NotFound, -1, task->retryCount);
        m_notifications.append({m_clock->nowMs(), NotificationLog::Severity::Warning, tr("Task not found"),
            task->label.isEmpty() ? id : task->label, id});
        break;
    case PollScheduler::StopReason::Deadline:
        m_model.setSchedule(id, TrackedTask::Watch::StoppedWatching, -1, task->retryCount);
        m_notifications.append({m_clock->nowMs(), NotificationLog::Severity::Info, tr("Stopped watching"),
            task->label.isEmpty() ? id : task->label, id});
        break;
    }
}

void TaskMonitor::onRateLimitChanged(qint64 untilMs)
{
    const QStringList watched = m_scheduler.watchedIds();
    for (const QString &id : watched)
        updateSchedule(id);
    if (untilMs == 0) {
        if (m_connectionState == ConnectionState::RateLimited)
            setConnectionState(ConnectionState::Ok, {});
        return;
    }
    const QString time = formatTimeForUser(untilMs, m_clock->nowMs());
    setConnectionState(ConnectionState::RateLimited, tr("Rate limited, next request at %1").arg(time));
}

void TaskMonitor::followNetworkInformation()
{
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend()) {
        qCInfo(lcMonitor) << "no network information backend: assuming online";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto update = [this, info] {
        setNetworkState(info->reachability() != QNetworkInformation::Reachability::Disconnected, info->isMetered());
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, update);
    connect(info, &QNetworkInformation::isMeteredChanged, this, update);
    update();
}

void TaskMonitor::setNetworkState(bool online, bool metered)
{
    m_networkOnline = online;
    m_networkMetered = metered;
    m_scheduler.setMetered(metered);
    // A loopback simulator is reachable without any network.
    const bool reachable = online || isLoopbackHost(m_client.connection().baseUrl.host());
    m_scheduler.setOnline(reachable);
    if (!reachable)
        setConnectionState(ConnectionState::Offline, tr("Offline: polling resumes when the network is back."));
    else if (m_connectionState == ConnectionState::Offline)
        setConnectionState(ConnectionState::Ok, {});
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
    const QString stateBefore = before->task ? before->task->stateRaw : QString();
    const QString statusBefore = before->task ? before->task->statusRaw : QString();
    m_model.applyResult(result);
    if (result.task && m_store && m_storeReady
        && (result.task->stateRaw != stateBefore || result.task->statusRaw != statusBefore)) {
        m_store->addTransition(result.id, result.finishedAtMs > 0 ? result.finishedAtMs : m_clock->nowMs(),
            result.task->stateRaw, result.task->statusRaw);
    }
    // A task pasted late is not new: its age counts from the created_at its answer gives.
    if (const TrackedTask *updated = m_model.task(result.id); updated && result.task)
        m_scheduler.setFirstSeen(result.id, updated->firstSeenMs());
    updateSchedule(result.id);

    switch (result.error.kind) {
    case VezaError::Kind::None:
        if (m_scheduler.rateLimitedUntilMs() == 0)
            setConnectionState(ConnectionState::Ok, {});
        break;
    case VezaError::Kind::Unauthorized:
        if (m_connectionState != ConnectionState::AuthFailed) {
            const QString message = describeError(result.error);
            m_notifications.append(
                {m_clock->nowMs(), NotificationLog::Severity::Error, tr("Polling stopped"), message, {}});
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
        break; // per-task trouble: shown on the row, the connection itself answered
    }

    const TrackedTask *after = m_model.task(result.id);
    if (after && !wasComplete && after->isComplete()) {
        qCDebug(lcMonitor) << "task complete" << after->id << statusWireName(after->status());
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
