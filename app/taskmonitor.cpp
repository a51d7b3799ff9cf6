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
        // The label says it is unknown and quotes what was sent.
        entry.title = task.status() == TaskStatus::Unknown
            ? TaskMonitor::tr("Task completed without a status")
            : TaskMonitor::tr("Task completed: %1")
                  .arg(statusLabel(task.status(), task.task ? task.task->statusRaw : QString()));
        entry.body = name;
        break;
    }
    return entry;
}

const QString kDefaultConnectionId = QStringLiteral("default");

QString notConfiguredMessage()
{
    return TaskMonitor::tr("Not connected: enter the Veza address and API key in Connections.");
}

} // namespace

TaskMonitor::TaskMonitor(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_model(clock)
{
    m_elapsedTimer.setInterval(1'000);
    connect(&m_elapsedTimer, &QTimer::timeout, &m_model, &TaskTableModel::refreshElapsed);
    m_elapsedTimer.start();
}

TaskMonitor::~TaskMonitor() = default;

ConnectionSession *TaskMonitor::currentSession()
{
    if (m_sessions.empty())
        setConnection(kDefaultConnectionId, {}, {});
    const auto it = m_sessions.find(m_currentId);
    return it != m_sessions.end() ? it->second.session.get() : m_sessions.begin()->second.session.get();
}

ConnectionSession *TaskMonitor::sessionOf(const QString &taskId)
{
    const TrackedTask *task = m_model.task(taskId);
    if (!task)
        return nullptr;
    const auto it = m_sessions.find(task->connection);
    return it != m_sessions.end() ? it->second.session.get() : nullptr;
}

PollScheduler *TaskMonitor::scheduler(const QString &id)
{
    const auto it = m_sessions.find(id);
    return it != m_sessions.end() ? it->second.session->scheduler() : nullptr;
}

QStringList TaskMonitor::connectionIds() const
{
    QStringList ids;
    for (const auto &[id, slot] : m_sessions)
        ids.append(id);
    return ids;
}

QString TaskMonitor::connectionName(const QString &id) const
{
    const auto it = m_sessions.find(id);
    return it != m_sessions.end() ? it->second.session->name() : QString();
}

const Connection &TaskMonitor::connection(const QString &id) const
{
    static const Connection none;
    const auto it = m_sessions.find(id);
    return it != m_sessions.end() ? it->second.session->connection() : none;
}

TaskMonitor::ConnectionState TaskMonitor::connectionState(const QString &id) const
{
    const auto it = m_sessions.find(id);
    return it != m_sessions.end() ? it->second.state : ConnectionState::NotConfigured;
}

QString TaskMonitor::connectionMessage(const QString &id) const
{
    const auto it = m_sessions.find(id);
    return it != m_sessions.end() ? it->second.message : notConfiguredMessage();
}

VezaError TaskMonitor::connectionError(const QString &id) const
{
    const auto it = m_sessions.find(id);
    return it != m_sessions.end() ? it->second.error : VezaError{};
}

int TaskMonitor::inFlightCount() const
{
    int count = 0;
    for (const auto &[id, slot] : m_sessions)
        count += slot.session->scheduler()->inFlightCount();
    return count;
}

void TaskMonitor::setConnection(const Connection &connection)
{
    ConnectionSession *session = currentSession();
    setConnection(session->id(), session->name().isEmpty() ? connection.baseUrl.host() : session->name(), connection);
}

void TaskMonitor::setConnection(const QString &id, const QString &name, const Connection &connection)
{
    auto it = m_sessions.find(id);
    const bool created = it == m_sessions.end();
    if (created) {
        Slot slot;
        slot.session = std::make_unique<ConnectionSession>(id, m_clock);
        slot.message = notConfiguredMessage();
        it = m_sessions.emplace(id, std::move(slot)).first;
        ConnectionSession *session = it->second.session.get();
        PollScheduler *scheduler = session->scheduler();
        if (m_policySet)
            scheduler->setPolicy(m_policy);
        scheduler->setPaused(m_paused);
        connect(scheduler, &PollScheduler::resultReady, this,
            [this, session](const FetchResult &result) { onResult(session, result); });
        connect(scheduler, &PollScheduler::requestStarted, this, &TaskMonitor::updateSchedule);
        connect(scheduler, &PollScheduler::inFlightCountChanged, this, &TaskMonitor::activityChanged);
        connect(scheduler, &PollScheduler::watchStopped, this, &TaskMonitor::onWatchStopped);
        connect(scheduler, &PollScheduler::rateLimitChanged, this,
            [this, session](qint64 untilMs) { onRateLimitChanged(session, untilMs); });
        connect(scheduler, &PollScheduler::blockChanged, this,
            [this, session](PollScheduler::Block block) { onBlockChanged(session, block); });
        if (m_currentId.isEmpty())
            m_currentId = id;
    }
    Slot &slot = it->second;
    ConnectionSession *session = slot.session.get();
    const bool renamed = session->name() != name;
    session->setName(name);
    if (created || renamed) {
        updateConnectionNames();
        Q_EMIT connectionsChanged();
    }

    const bool changed = session->client()->setConnection(connection);
    PollScheduler *scheduler = session->scheduler();
    // The same connection again: a rate-limit pause stands; only a refusal (key, certificate) is worth a retry.
    if (!created && !changed && scheduler->block() == PollScheduler::Block::None)
        return;
    if (changed)
        scheduler->resetRateLimit(); // a pause belonged to the old address
    scheduler->setConnectionReady(connection.isUsable());
    if (created)
        adoptTasks(session);
    if (!connection.isUsable()) {
        setConnectionState(id, ConnectionState::NotConfigured, notConfiguredMessage());
        return;
    }
    setConnectionState(id, ConnectionState::Ok, {});
    scheduler->clearBlock();
    applyNetworkState(session); // loopback is never offline, a tenant may be
    const QStringList watched = scheduler->watchedIds();
    for (const QString &taskId : watched) {
        scheduler->refresh(taskId);
        updateSchedule(taskId);
    }
}

void TaskMonitor::removeConnection(const QString &id)
{
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return;
    // The session goes with its scheduler: the rows of its tasks say they are not polled any more.
    std::unique_ptr<ConnectionSession> session = std::move(it->second.session);
    m_sessions.erase(it);
    session->disconnect(this);
    session->scheduler()->disconnect(this);
    const QStringList ids = m_model.ids();
    for (const QString &taskId : ids) {
        const TrackedTask *task = m_model.task(taskId);
        if (task->connection == id && session->scheduler()->isWatching(taskId))
            m_model.setSchedule(taskId, task->watch, -1, task->retryCount);
    }
    session.reset();
    if (m_currentId == id)
        m_currentId = m_sessions.empty() ? QString() : m_sessions.begin()->first;
    updateConnectionNames();
    Q_EMIT connectionsChanged();
    Q_EMIT activityChanged();
}

void TaskMonitor::setCurrentConnection(const QString &id)
{
    if (m_sessions.contains(id))
        m_currentId = id;
}

void TaskMonitor::updateConnectionNames()
{
    QHash<QString, QString> names;
    for (const auto &[id, slot] : m_sessions)
        names.insert(id, slot.session->name());
    m_model.setConnectionNames(names);
}

void TaskMonitor::adoptTasks(ConnectionSession *session)
{
    // Tasks added before any connection existed belong to the first one made.
    const bool first = m_sessions.size() == 1;
    const QStringList ids = m_model.ids();
    for (const QString &id : ids) {
        const TrackedTask *task = m_model.task(id);
        if (first && task->connection.isEmpty())
            m_model.setConnection({id}, session->id()); // written to the store through taskChanged
        if (task->connection == session->id())
            resumeWatching(*task);
    }
}

void TaskMonitor::setPolicy(const PollPolicy &policy)
{
    m_policy = policy;
    m_policySet = true;
    for (const auto &[id, slot] : m_sessions)
        slot.session->scheduler()->setPolicy(policy);
}

int TaskMonitor::addTasks(const QStringList &ids, const QString &label, const QString &connectionId)
{
    if (!isStoreOpen()) {
        // Added when the stored list is in: an id it holds keeps its saved row instead of a blank one.
        m_waitingAdds.append({ids, label, connectionId});
        return 0;
    }
    const QString connection = connectionId.isEmpty() ? m_currentId : connectionId;
    const QStringList added = m_model.addTasks(ids, label, connection);
    PollScheduler *scheduler = this->scheduler(connection);
    for (const QString &id : added) {
        persist(id);
        if (scheduler) {
            scheduler->watch(id);
            updateSchedule(id);
        }
    }
    return int(added.size());
}

void TaskMonitor::moveTasks(const QStringList &ids, const QString &connectionId)
{
    for (const QString &id : ids) {
        const TrackedTask *task = m_model.task(id);
        if (!task || task->connection == connectionId)
            continue;
        if (ConnectionSession *old = sessionOf(id))
            old->scheduler()->unwatch(id);
        m_model.setConnection({id}, connectionId); // written to the store through taskChanged
        task = m_model.task(id);
        if (!task->isComplete() && task->archivedAtMs == 0) {
            if (PollScheduler *scheduler = this->scheduler(connectionId)) {
                scheduler->watch(id, task->firstSeenMs());
                updateSchedule(id);
            }
        }
    }
}

void TaskMonitor::removeTasks(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (ConnectionSession *session = sessionOf(id))
            session->scheduler()->unwatch(id);
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
    connect(store, &TaskStore::transitionsLoaded, this, &TaskMonitor::transitionsLoaded);
    connect(store, &TaskStore::requestsLoaded, this, &TaskMonitor::requestsLoaded);
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

    // Lists saved before connections had ids name the address instead: such a task goes to the connection that
    // has that address, or to the only connection there is.
    QHash<QString, QString> idByAddress;
    for (const auto &[id, slot] : m_sessions)
        idByAddress.insert(baseUrlText(slot.session->connection().baseUrl), id);
    QList<TrackedTask> tasks = contents.tasks;
    QSet<QString> reassigned;
    for (TrackedTask &task : tasks) {
        if (m_sessions.contains(task.connection))
            continue;
        QString owner = idByAddress.value(task.connection);
        if (owner.isEmpty() && m_sessions.size() == 1 && !task.connection.startsWith(QLatin1String("session-"))
            && task.connection.contains(QLatin1String("://")))
            owner = m_sessions.begin()->first;
        if (!owner.isEmpty()) {
            task.connection = owner;
            reassigned.insert(task.id);
        }
    }
    const QStringList restored = m_model.restoreTasks(tasks);
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
            if (!restoredIds.contains(id) || reassigned.contains(id))
                persist(id);
        }
    }
    qCInfo(lcMonitor) << "restored" << restored.size() << "tasks," << contents.notifications.size() << "notifications";
    const auto waiting = std::exchange(m_waitingAdds, {});
    for (const auto &[ids, label, connectionId] : waiting)
        addTasks(ids, label, connectionId);
    Q_EMIT storeOpened(status);
    QStringList unannounced;
    for (const QString &id : contents.unannounced) {
        if (const TrackedTask *task = m_model.task(id); task && task->isComplete())
            unannounced.append(id);
    }
    if (!unannounced.isEmpty())
        Q_EMIT completionsUnannounced(unannounced);
}

void TaskMonitor::markAnnounced(const QStringList &ids)
{
    if (m_store && m_storeReady && !ids.isEmpty())
        m_store->markAnnounced(ids);
}

void TaskMonitor::resumeWatching(const TrackedTask &task)
{
    const bool resumes = !task.isComplete() && task.archivedAtMs == 0
        && (task.watch == TrackedTask::Watch::Watching || task.watch == TrackedTask::Watch::Paused);
    const auto it = m_sessions.find(task.connection);
    if (!resumes || it == m_sessions.end())
        return; // a task of a removed connection waits, unpolled, to be moved
    PollScheduler *scheduler = it->second.session->scheduler();
    // The task's real age: a task first seen two hours ago is asked at its slow interval, not as a new one.
    scheduler->watch(task.id, task.firstSeenMs());
    if (task.watch == TrackedTask::Watch::Paused)
        scheduler->setTaskPaused(task.id, true);
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
        ConnectionSession *session = sessionOf(id);
        if (archived && session)
            session->scheduler()->unwatch(
                id); // out of sight is out of polling; a restored one is asked again if unfinished
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
        Q_EMIT resultLoaded(id, JsonText());
}

void TaskMonitor::requestHistory(const QString &id)
{
    if (!m_store)
        return;
    m_store->loadTransitions(id);
    m_store->loadRequests(id);
}

void TaskMonitor::refreshTasks(const QStringList &ids)
{
    for (const QString &id : ids) {
        ConnectionSession *session = sessionOf(id);
        if (!session)
            continue;
        if (session->scheduler()->isWatching(id)) {
            session->scheduler()->refresh(id);
            updateSchedule(id);
        } else {
            watchAgain(id); // finished or stopped tasks are asked once more; complete ones stop again at COMPLETE
        }
    }
}

void TaskMonitor::watchAgain(const QString &id)
{
    if (ConnectionSession *session = sessionOf(id)) {
        session->scheduler()->watch(id);
        updateSchedule(id);
    }
}

void TaskMonitor::setTasksPaused(const QStringList &ids, bool paused)
{
    for (const QString &id : ids) {
        const TrackedTask *task = m_model.task(id);
        ConnectionSession *session = sessionOf(id);
        if (!task || !session)
            continue;
        if (!paused && !session->scheduler()->isWatching(id) && !task->isComplete()) {
            watchAgain(id);
            continue;
        }
        session->scheduler()->setTaskPaused(id, paused);
        updateSchedule(id);
    }
}

void TaskMonitor::updateSchedule(const QString &id)
{
    ConnectionSession *session = sessionOf(id);
    if (!session || !session->scheduler()->isWatching(id))
        return;
    const PollScheduler *scheduler = session->scheduler();
    const auto watch = scheduler->isTaskPaused(id) ? TrackedTask::Watch::Paused : TrackedTask::Watch::Watching;
    m_model.setSchedule(id, watch, scheduler->nextDueMs(id), scheduler->retryCount(id));
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
        Q_EMIT taskStoppedWatching(*m_model.task(id));
        break;
    case PollScheduler::StopReason::Refused:
        m_model.setSchedule(id, TrackedTask::Watch::Refused, -1, task->retryCount);
        m_notifications.append({m_clock->nowMs(), NotificationLog::Severity::Error, tr("Polling stopped"),
            (task->label.isEmpty() ? id : task->label) % QStringLiteral(" — ") % describeError(task->lastError), id});
        Q_EMIT taskStoppedWatching(*m_model.task(id));
        break;
    case PollScheduler::StopReason::Deadline:
        m_model.setSchedule(id, TrackedTask::Watch::StoppedWatching, -1, task->retryCount);
        m_notifications.append({m_clock->nowMs(), NotificationLog::Severity::Info, tr("Stopped watching"),
            task->label.isEmpty() ? id : task->label, id});
        Q_EMIT taskStoppedWatching(*m_model.task(id));
        break;
    }
}

void TaskMonitor::onRateLimitChanged(ConnectionSession *session, qint64 untilMs)
{
    const QStringList watched = session->scheduler()->watchedIds();
    for (const QString &id : watched)
        updateSchedule(id);
    if (untilMs == 0) {
        if (connectionState(session->id()) == ConnectionState::RateLimited)
            setConnectionState(session->id(), ConnectionState::Ok, {});
        return;
    }
    const QString time = formatTimeForUser(untilMs, m_clock->nowMs());
    setConnectionState(session->id(), ConnectionState::RateLimited, tr("Rate limited, next request at %1").arg(time));
}

void TaskMonitor::onBlockChanged(ConnectionSession *session, PollScheduler::Block block)
{
    if (block == PollScheduler::Block::None)
        m_sessions.at(session->id()).error = {};
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
    for (const auto &[id, slot] : m_sessions)
        applyNetworkState(slot.session.get());
}

void TaskMonitor::applyNetworkState(ConnectionSession *session)
{
    PollScheduler *scheduler = session->scheduler();
    scheduler->setMetered(m_networkMetered);
    // A loopback simulator is reachable without any network.
    const bool reachable = m_networkOnline || isLoopbackHost(session->connection().baseUrl.host());
    scheduler->setOnline(reachable);
    if (!reachable)
        setConnectionState(
            session->id(), ConnectionState::Offline, tr("Offline: polling resumes when the network is back."));
    else if (connectionState(session->id()) == ConnectionState::Offline)
        setConnectionState(session->id(), ConnectionState::Ok, {});
}

void TaskMonitor::refreshAll()
{
    refreshTasks(m_model.ids());
}

void TaskMonitor::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    for (const auto &[id, slot] : m_sessions)
        slot.session->scheduler()->setPaused(paused);
    Q_EMIT pausedChanged(paused);
}

void TaskMonitor::onResult(ConnectionSession *session, const FetchResult &result)
{
    const TrackedTask *before = m_model.task(result.id);
    // An answer for a task moved to another connection while it was on the wire says nothing of it now.
    if (!before || before->connection != session->id())
        return;
    const QString &connectionId = session->id();
    const bool wasComplete = before->isComplete();
    const int requestsBefore = before->requestCount;
    const qsizetype transitionsBefore = before->transitions.size();
    const StateTransition lastTransition
        = before->transitions.isEmpty() ? StateTransition{} : before->transitions.last();
    m_model.applyResult(result);
    const TrackedTask *updated = m_model.task(result.id);
    // The model decides what a new request and a new transition are; the store keeps what it recorded.
    if (updated && m_store && m_storeReady) {
        if (updated->requestCount != requestsBefore && !updated->requests.isEmpty())
            m_store->addRequest(result.id, updated->requests.last());
        // A full list stays as long, but its last entry always differs: a transition differs from the one before.
        if (!updated->transitions.isEmpty()
            && (updated->transitions.size() != transitionsBefore || updated->transitions.last() != lastTransition)) {
            const StateTransition &transition = updated->transitions.last();
            m_store->addTransition(result.id, transition.timeMs, transition.state, transition.status);
        }
    }
    // A task pasted late is not new: its age counts from the created_at its answer gives.
    if (updated && result.task)
        session->scheduler()->setFirstSeen(result.id, updated->firstSeenMs());
    updateSchedule(result.id);

    const QString name = session->name().isEmpty() ? session->connection().baseUrl.host() : session->name();
    switch (result.error.kind) {
    case VezaError::Kind::None:
        if (session->scheduler()->rateLimitedUntilMs() == 0)
            setConnectionState(connectionId, ConnectionState::Ok, {});
        break;
    case VezaError::Kind::Unauthorized:
    case VezaError::Kind::Tls: {
        const bool tls = result.error.kind == VezaError::Kind::Tls;
        const ConnectionState state = tls ? ConnectionState::CertificateRefused : ConnectionState::AuthFailed;
        if (connectionState(connectionId) != state) {
            // Said once, naming the connection: its polling stops until the user acts, the others go on.
            const QString message = tr("%1: %2").arg(name, describeError(result.error));
            m_sessions.at(connectionId).error = result.error;
            m_notifications.append(
                {m_clock->nowMs(), NotificationLog::Severity::Error, tr("Polling stopped"), message, {}});
            setConnectionState(connectionId, state, message);
        }
        break;
    }
    case VezaError::Kind::Configuration:
        if (!session->connection().isUsable())
            setConnectionState(connectionId, ConnectionState::NotConfigured, notConfiguredMessage());
        break;
    case VezaError::Kind::Network:
    case VezaError::Kind::Timeout:
        setConnectionState(
            connectionId, ConnectionState::Unreachable, tr("%1: %2").arg(name, describeError(result.error)));
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

void TaskMonitor::setConnectionState(const QString &id, ConnectionState state, const QString &message)
{
    const auto it = m_sessions.find(id);
    if (it == m_sessions.end() || (it->second.state == state && it->second.message == message))
        return;
    it->second.state = state;
    it->second.message = message;
    Q_EMIT connectionStateChanged(id, state, message);
}
