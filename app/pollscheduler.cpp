// SPDX-License-Identifier: MIT
#include "pollscheduler.h"

#include "clock.h"
#include "logging.h"

#include <algorithm>
#include <limits>

PollScheduler::PollScheduler(TaskFetcher *fetcher, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::processDue);
    connect(m_fetcher, &TaskFetcher::finished, this, &PollScheduler::onFetched);
}

void PollScheduler::setIntervalMs(qint64 ms)
{
    m_intervalMs = std::max<qint64>(ms, 1'000);
}

void PollScheduler::watch(const QString &taskId)
{
    if (m_entries.contains(taskId))
        return;
    m_entries.insert(taskId, Entry{m_clock->nowMs(), false});
    rearm();
}

void PollScheduler::unwatch(const QString &taskId)
{
    // An answer still in flight for it is dropped in onFetched.
    m_entries.remove(taskId);
    rearm();
}

void PollScheduler::refresh(const QString &taskId)
{
    auto it = m_entries.find(taskId);
    if (it == m_entries.end())
        return;
    it->dueMs = std::min(it->dueMs, m_clock->nowMs());
    rearm();
}

void PollScheduler::refreshAll()
{
    const qint64 now = m_clock->nowMs();
    for (Entry &entry : m_entries)
        entry.dueMs = std::min(entry.dueMs, now);
    rearm();
}

void PollScheduler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    rearm();
    Q_EMIT pausedChanged(paused);
}

void PollScheduler::clearAuthBlock()
{
    if (!m_authBlocked)
        return;
    m_authBlocked = false;
    refreshAll();
    Q_EMIT authBlockedChanged(false);
}

bool PollScheduler::isInFlight(const QString &taskId) const
{
    const auto it = m_entries.constFind(taskId);
    return it != m_entries.cend() && it->inFlight;
}

int PollScheduler::inFlightCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.inFlight; }));
}

qint64 PollScheduler::nextDueMs(const QString &taskId) const
{
    const auto it = m_entries.constFind(taskId);
    return it == m_entries.cend() || it->inFlight ? -1 : it->dueMs;
}

void PollScheduler::processDue()
{
    if (m_paused || m_authBlocked)
        return;
    const qint64 now = m_clock->nowMs();
    QStringList due;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!it->inFlight && it->dueMs <= now)
            due.append(it.key());
    }
    for (const QString &id : std::as_const(due)) {
        m_entries[id].inFlight = true;
        Q_EMIT requestStarted(id);
        m_fetcher->fetch(id);
    }
    rearm();
}

void PollScheduler::onFetched(const FetchResult &result)
{
    auto it = m_entries.find(result.id);
    if (it == m_entries.end() || !it->inFlight)
        return;  // unwatched while in flight
    it->inFlight = false;
    const qint64 now = m_clock->nowMs();

    if (result.error.kind == VezaError::Kind::Unauthorized && !m_authBlocked) {
        qCWarning(lcScheduler) << "key rejected with HTTP" << result.httpStatus << "- polling stopped";
        m_authBlocked = true;
        it->dueMs = now;  // asked again as soon as the key changes
        Q_EMIT authBlockedChanged(true);
    } else if (result.error.kind == VezaError::Kind::Canceled) {
        it->dueMs = now;  // canceled by a connection change: ask the new connection at once
    } else if (result.ok() && result.task->isComplete()) {
        m_entries.erase(it);
    } else {
        qint64 wait = m_intervalMs;
        if (result.retryAfterMs)
            wait = std::max(wait, *result.retryAfterMs);
        it->dueMs = now + wait;
    }
    Q_EMIT resultReady(result);
    rearm();
}

void PollScheduler::rearm()
{
    if (m_paused || m_authBlocked) {
        m_timer.stop();
        return;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.inFlight)
            earliest = std::min(earliest, entry.dueMs);
    }
    if (earliest == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(earliest - m_clock->nowMs(), 0, std::numeric_limits<int>::max());
    m_timer.start(int(wait));
}
