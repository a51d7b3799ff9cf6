// SPDX-License-Identifier: MIT
#include "pollscheduler.h"

#include "clock.h"
#include "logging.h"
#include "saturating.h"
#include "vezaerror.h"

#include <algorithm>
#include <cmath>
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

void PollScheduler::setPolicy(const PollPolicy &policy)
{
    m_basePolicy = policy;
    applyPolicy();
}

void PollScheduler::setLoadLimits(const LoadLimits &limits)
{
    m_limits = limits.bounded();
    applyPolicy();
}

void PollScheduler::applyPolicy()
{
    m_policy = m_basePolicy;
    if (m_limits.requestsPerSecond)
        m_policy.requestsPerSecond = *m_limits.requestsPerSecond;
    if (m_limits.maxInFlight)
        m_policy.maxInFlight = *m_limits.maxInFlight;
    m_tokensAtMs = -1; // a new budget starts full
    rearm(); // a higher cap or budget lets waiting tasks go at the next wake
}

void PollScheduler::schedule(const QString &taskId, Entry &entry, qint64 dueMs)
{
    unschedule(taskId, entry);
    entry.dueMs = dueMs;
    if (!entry.inFlight && !entry.paused)
        m_queue.emplace(dueMs, taskId);
}

void PollScheduler::unschedule(const QString &taskId, const Entry &entry)
{
    m_queue.erase({entry.dueMs, taskId});
}

void PollScheduler::watch(const QString &taskId, qint64 sinceMs)
{
    if (m_entries.contains(taskId))
        return;
    const qint64 now = m_clock->nowMs();
    Entry &entry = m_entries[taskId];
    entry.sinceMs = sinceMs < 0 ? now : sinceMs;
    entry.watchedFromMs = now; // a task resumed or restored gets its own watch time, whatever its age
    if (takeOrphan(taskId)) {
        entry.inFlight = true; // the request sent before it was unwatched answers for it: no second one
        return;
    }
    schedule(taskId, entry, now);
    rearm();
}

void PollScheduler::setFirstSeen(const QString &taskId, qint64 sinceMs)
{
    const auto it = m_entries.find(taskId);
    if (it == m_entries.end() || sinceMs <= 0 || sinceMs >= it->sinceMs)
        return;
    it->sinceMs = sinceMs;
    // Learnt from the answer just scheduled: its next request moves out to the older task's interval.
    if (it->inFlight || it->paused || it->failures > 0)
        return;
    const qint64 now = m_clock->nowMs();
    const qint64 due = addSaturated(now, m_policy.intervalMs(subSaturated(now, sinceMs), m_metered, unit()));
    if (due > it->dueMs) {
        schedule(taskId, *it, due);
        rearm();
    }
}

void PollScheduler::unwatch(const QString &taskId)
{
    const auto it = m_entries.find(taskId);
    if (it == m_entries.end())
        return;
    unschedule(taskId, *it);
    if (it->inFlight)
        ++m_orphans[taskId]; // still on the wire: it counts against the cap until its answer is dropped
    m_entries.erase(it);
    rearm();
}

void PollScheduler::refresh(const QString &taskId)
{
    const auto it = m_entries.find(taskId);
    if (it == m_entries.end() || it->inFlight || it->paused)
        return;
    schedule(taskId, *it, std::min(it->dueMs, m_clock->nowMs()));
    rearm();
}

void PollScheduler::refreshAll()
{
    const qint64 now = m_clock->nowMs();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->inFlight && !it->paused)
            schedule(it.key(), *it, std::min(it->dueMs, now));
    }
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

void PollScheduler::setTaskPaused(const QString &taskId, bool paused)
{
    const auto it = m_entries.find(taskId);
    if (it == m_entries.end() || it->paused == paused)
        return;
    it->paused = paused;
    schedule(taskId, *it, it->dueMs);
    rearm();
}

bool PollScheduler::isTaskPaused(const QString &taskId) const
{
    const auto it = m_entries.constFind(taskId);
    return it != m_entries.cend() && it->paused;
}

void PollScheduler::clearBlock()
{
    if (m_block == Block::None)
        return;
    m_block = Block::None;
    refreshAll();
    Q_EMIT blockChanged(Block::None);
}

void PollScheduler::setBlock(Block block)
{
    if (m_block != Block::None)
        return; // said once: the first refusal is the one the user acts on
    qCWarning(lcScheduler) << "connection blocked:" << block;
    m_block = block;
    Q_EMIT blockChanged(block);
}

void PollScheduler::setConnectionReady(bool ready)
{
    if (m_connectionReady == ready)
        return;
    m_connectionReady = ready;
    rearm();
}

void PollScheduler::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (online) {
        // Everything that fell due while offline goes out spread over a few seconds, not in one burst.
        const qint64 now = m_clock->nowMs();
        QStringList due;
        for (const auto &[dueMs, id] : m_queue) {
            if (dueMs > now)
                break;
            due.append(id);
        }
        for (const QString &id : std::as_const(due))
            schedule(id, m_entries[id], addSaturated(now, msFromDouble(unit() * double(m_policy.reconnectSpreadMs))));
    }
    rearm();
}

bool PollScheduler::isInFlight(const QString &taskId) const
{
    const auto it = m_entries.constFind(taskId);
    return it != m_entries.cend() && it->inFlight;
}

qint64 PollScheduler::nextDueMs(const QString &taskId) const
{
    const auto it = m_entries.constFind(taskId);
    if (it == m_entries.cend() || it->inFlight || it->paused)
        return -1;
    return std::max(it->dueMs, m_rateLimitedUntilMs);
}

int PollScheduler::retryCount(const QString &taskId) const
{
    return m_entries.value(taskId).failures;
}

bool PollScheduler::canSend() const
{
    return !m_paused && m_block == Block::None && m_connectionReady && m_online && m_rateLimitedUntilMs == 0;
}

void PollScheduler::refillBudget(qint64 nowMs)
{
    const double rate = m_policy.requestsPerSecond;
    if (rate <= 0) {
        m_tokens = std::numeric_limits<double>::infinity();
        return;
    }
    const double burst = std::max(1.0, rate);
    if (m_tokensAtMs < 0)
        m_tokens = burst;
    else
        m_tokens = std::min(
            burst, m_tokens + double(std::max<qint64>(0, subSaturated(nowMs, m_tokensAtMs))) * rate / 1000.0);
    m_tokensAtMs = nowMs;
}

qint64 PollScheduler::nextWakeMs() const
{
    if (m_paused || m_block != Block::None || !m_connectionReady || !m_online)
        return -1;
    if (m_rateLimitedUntilMs != 0)
        return m_rateLimitedUntilMs;
    if (m_queue.empty() || m_inFlight >= m_policy.maxInFlight)
        return -1; // an answer re-arms
    qint64 wake = m_queue.begin()->first;
    if (m_policy.requestsPerSecond > 0 && m_tokensAtMs >= 0 && m_tokens < 1.0) {
        const qint64 refillMs = msFromDouble(std::ceil((1.0 - m_tokens) * 1000.0 / m_policy.requestsPerSecond));
        wake = std::max(wake, addSaturated(m_tokensAtMs, refillMs));
    }
    return wake;
}

void PollScheduler::processDue()
{
    const qint64 now = m_clock->nowMs();
    if (m_rateLimitedUntilMs != 0 && now >= m_rateLimitedUntilMs) {
        m_rateLimitedUntilMs = 0;
        Q_EMIT rateLimitChanged(0);
    }
    if (!canSend()) {
        rearm();
        return;
    }
    refillBudget(now);
    const int inFlightBefore = m_inFlight;
    // The queue is ordered by due time: the most overdue task goes first, so none starves under the budget.
    while (!m_queue.empty() && m_queue.begin()->first <= now && m_inFlight < m_policy.maxInFlight && m_tokens >= 1.0) {
        const QString id = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        Entry &entry = m_entries[id];
        if (subSaturated(now, entry.watchedFromMs) >= m_policy.maxWatchMs) {
            stop(id, StopReason::Deadline);
            continue;
        }
        entry.inFlight = true;
        ++m_inFlight;
        m_tokens -= 1.0;
        Q_EMIT requestStarted(id);
        m_fetcher->fetch(id);
    }
    if (m_inFlight != inFlightBefore)
        Q_EMIT inFlightCountChanged(m_inFlight);
    rearm();
}

bool PollScheduler::takeOrphan(const QString &taskId)
{
    const auto it = m_orphans.find(taskId);
    if (it == m_orphans.end())
        return false;
    if (--*it == 0)
        m_orphans.erase(it);
    return true;
}

void PollScheduler::resetRateLimit()
{
    m_rateLimitStrikes = 0;
    if (m_rateLimitedUntilMs == 0)
        return;
    m_rateLimitedUntilMs = 0;
    rearm();
    Q_EMIT rateLimitChanged(0);
}

void PollScheduler::onFetched(const FetchResult &result)
{
    const auto it = m_entries.find(result.id);
    if (it == m_entries.end() || !it->inFlight) {
        if (takeOrphan(result.id)) {
            --m_inFlight; // the answer of an unwatched task: dropped, its slot freed
            Q_EMIT inFlightCountChanged(m_inFlight);
            rearm();
        }
        return;
    }
    Entry &entry = *it;
    entry.inFlight = false;
    --m_inFlight;
    Q_EMIT inFlightCountChanged(m_inFlight);
    const qint64 now = m_clock->nowMs();
    // Retry-After comes from the server: bounded here whatever the fetcher parsed.
    const qint64 hint = std::clamp<qint64>(result.retryAfterMs.value_or(0), 0, m_policy.maxRetryAfterMs);
    std::optional<StopReason> stopReason;

    switch (result.error.kind) {
    case VezaError::Kind::None:
        entry.failures = 0;
        entry.notFoundSinceMs = 0;
        m_rateLimitStrikes = 0;
        if (result.task && result.task->isComplete()) {
            stopReason = StopReason::Complete;
        } else {
            const qint64 interval = m_policy.intervalMs(subSaturated(now, entry.sinceMs), m_metered, unit());
            schedule(result.id, entry, addSaturated(now, std::max(interval, hint)));
        }
        break;
    case VezaError::Kind::Canceled:
        schedule(result.id, entry, now); // our own abort (a new connection): ask again at once
        break;
    case VezaError::Kind::Unauthorized:
        schedule(result.id, entry, now); // asked again as soon as the key changes
        setBlock(Block::Auth);
        break;
    case VezaError::Kind::Tls:
        schedule(result.id, entry, now); // asked again as soon as the certificate is trusted or the CA fixed
        setBlock(Block::Tls);
        break;
    case VezaError::Kind::Redirect:
    case VezaError::Kind::Configuration:
        ++entry.failures;
        stopReason = StopReason::Refused;
        break;
    case VezaError::Kind::Http:
        ++entry.failures;
        if (isPermanentHttpStatus(result.httpStatus))
            stopReason = StopReason::Refused;
        else
            schedule(result.id, entry, addSaturated(now, std::max(m_policy.backoffMs(entry.failures, unit()), hint)));
        break;
    case VezaError::Kind::RateLimited:
    case VezaError::Kind::Unavailable: {
        ++entry.failures;
        // Answers to requests sent before the pause began are one strike, not one each.
        if (now >= m_rateLimitedUntilMs)
            ++m_rateLimitStrikes;
        const qint64 pause = result.retryAfterMs ? hint : m_policy.rateLimitPauseMs(m_rateLimitStrikes);
        const qint64 until = addSaturated(now, std::max(pause, m_policy.minIntervalMs));
        schedule(result.id, entry, until);
        if (until > m_rateLimitedUntilMs) {
            qCInfo(lcScheduler) << "connection paused for" << (until - now) << "ms after HTTP" << result.httpStatus;
            m_rateLimitedUntilMs = until;
            Q_EMIT rateLimitChanged(until);
        }
        break;
    }
    case VezaError::Kind::NotFound:
        ++entry.failures;
        if (entry.notFoundSinceMs == 0)
            entry.notFoundSinceMs = now;
        if (subSaturated(now, entry.notFoundSinceMs) >= m_policy.notFoundGraceMs)
            stopReason = StopReason::NotFound;
        else
            schedule(result.id, entry, addSaturated(now, std::max(m_policy.notFoundRetryMs, hint)));
        break;
    default:
        // Transient: 5xx, timeouts, resets, bad JSON, unexpected statuses.
        ++entry.failures;
        schedule(result.id, entry, addSaturated(now, std::max(m_policy.backoffMs(entry.failures, unit()), hint)));
        break;
    }

    Q_EMIT resultReady(result);
    if (stopReason)
        stop(result.id, *stopReason);
    rearm();
}

void PollScheduler::stop(const QString &taskId, StopReason reason)
{
    const auto it = m_entries.find(taskId);
    if (it == m_entries.end())
        return;
    unschedule(taskId, *it);
    m_entries.erase(it);
    Q_EMIT watchStopped(taskId, reason);
}

void PollScheduler::rearm()
{
    const qint64 wake = nextWakeMs();
    if (wake < 0) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(subSaturated(wake, m_clock->nowMs()), 0, std::numeric_limits<int>::max());
    m_timer.start(int(wait));
}
