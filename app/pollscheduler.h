// SPDX-License-Identifier: MIT
#pragma once

#include "loadlimits.h"
#include "pollpolicy.h"
#include "taskfetcher.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <set>

class Clock;

// Decides when each watched task of one connection is fetched (docs/polling.md): one single-shot timer armed
// for the next thing that can happen, at most one request in flight per task, no more polling once a task is
// COMPLETE, and a connection-wide cap, rate budget and rate-limit pause.
class PollScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)
public:
    // Refused: an answer that asking again will not change (a redirect to another origin, HTTP 400, a bad id).
    enum class StopReason { Complete, NotFound, Deadline, Refused };
    Q_ENUM(StopReason)

    PollScheduler(TaskFetcher *fetcher, const Clock *clock, QObject *parent = nullptr);

    void setPolicy(const PollPolicy &policy);
    // The policy in force: the one set, with the user's load limits in place of its budget and cap.
    [[nodiscard]] const PollPolicy &policy() const { return m_policy; }
    // The user's budget and cap for this connection; they outlast later setPolicy() calls. Bounded here too.
    void setLoadLimits(const LoadLimits &limits);
    [[nodiscard]] const LoadLimits &loadLimits() const { return m_limits; }
    // Shorthand for a fixed interval without growth or jitter.
    void setIntervalMs(qint64 ms) { setPolicy(PollPolicy::fixed(std::max<qint64>(ms, 1'000))); }
    // Makes jitter and backoff repeatable (tests, benchmarks).
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    // Starts watching; the first request goes out at once. sinceMs is when the task was first seen
    // (its age drives the interval); -1 means now. Watching a watched id changes nothing.
    void watch(const QString &taskId, qint64 sinceMs = -1);
    void unwatch(const QString &taskId);
    // Moves when a watched task was first seen earlier (never later): its age, and so its interval, grows.
    void setFirstSeen(const QString &taskId, qint64 sinceMs);
    [[nodiscard]] bool isWatching(const QString &taskId) const { return m_entries.contains(taskId); }
    [[nodiscard]] QStringList watchedIds() const { return m_entries.keys(); }

    // Due now, bypassing the schedule and backoff, never a rate-limit pause; one request per task at a time.
    void refresh(const QString &taskId);
    void refreshAll();

    // Global pause, and pause per task.
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    void setTaskPaused(const QString &taskId, bool paused);
    [[nodiscard]] bool isTaskPaused(const QString &taskId) const;

    // Why the whole connection stopped until the user acts: a refused key (401/403) or a refused server
    // certificate. Nothing is polled until clearBlock() (a new key, CA or trusted certificate).
    enum class Block { None, Auth, Tls };
    Q_ENUM(Block)
    [[nodiscard]] Block block() const { return m_block; }
    void clearBlock();

    // Without a usable connection nothing is sent.
    void setConnectionReady(bool ready);
    [[nodiscard]] bool isConnectionReady() const { return m_connectionReady; }

    // Offline: no requests; back online: due tasks go out spread over reconnectSpreadMs.
    void setOnline(bool online);
    [[nodiscard]] bool isOnline() const { return m_online; }
    // Metered networks multiply the running interval.
    void setMetered(bool metered) { m_metered = metered; }
    [[nodiscard]] bool isMetered() const { return m_metered; }

    // Ms since the epoch until which the whole connection waits after a 429/503, or 0.
    [[nodiscard]] qint64 rateLimitedUntilMs() const { return m_rateLimitedUntilMs; }
    // A new connection starts with no rate-limit pause and no strikes.
    void resetRateLimit();

    [[nodiscard]] bool isInFlight(const QString &taskId) const;
    [[nodiscard]] int inFlightCount() const { return m_inFlight; }
    // Ms since the epoch of the next request for this task, or -1 when none is planned.
    [[nodiscard]] qint64 nextDueMs(const QString &taskId) const;
    // Consecutive failed answers for the task (0 after a good one).
    [[nodiscard]] int retryCount(const QString &taskId) const;
    // When something can next happen (a due task, the end of a pause, a budget token), or -1.
    [[nodiscard]] qint64 nextWakeMs() const;

    // Sends what is due by the clock, within the cap and budget; the timer calls it, tests call it after
    // advancing a manual clock.
    void processDue();

Q_SIGNALS:
    void requestStarted(const QString &taskId);
    // Every answer for a watched task, after the schedule was updated for it.
    void resultReady(const FetchResult &result);
    // The task is no longer polled (complete, not found after the grace period, or watched too long).
    void watchStopped(const QString &taskId, PollScheduler::StopReason reason);
    void blockChanged(PollScheduler::Block block);
    void pausedChanged(bool paused);
    // untilMs is 0 when the pause is over.
    void rateLimitChanged(qint64 untilMs);
    // Requests on the wire, unwatched ones included.
    void inFlightCountChanged(int count);

private:
    struct Entry
    {
        qint64 sinceMs = 0; // first seen: the age that sets the interval
        qint64 watchedFromMs = 0; // this watch began: the maximum watch time counts from here
        qint64 dueMs = 0;
        qint64 notFoundSinceMs = 0;
        int failures = 0;
        bool inFlight = false;
        bool paused = false;
    };

    void onFetched(const FetchResult &result);
    void schedule(const QString &taskId, Entry &entry, qint64 dueMs);
    void unschedule(const QString &taskId, const Entry &entry);
    void stop(const QString &taskId, StopReason reason);
    void setBlock(Block block);
    // Consumes one in-flight request of an unwatched id; false when there is none.
    bool takeOrphan(const QString &taskId);
    void refillBudget(qint64 nowMs);
    [[nodiscard]] bool canSend() const;
    [[nodiscard]] double unit() { return m_random.generateDouble(); }
    void rearm();

    void applyPolicy();

    TaskFetcher *m_fetcher;
    const Clock *m_clock;
    PollPolicy m_basePolicy; // as set
    LoadLimits m_limits;
    PollPolicy m_policy; // in force
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
    QTimer m_timer;
    QHash<QString, Entry> m_entries;
    std::set<std::pair<qint64, QString>> m_queue; // (due, id) of entries that wait for their turn
    QHash<QString, int> m_orphans; // requests still in flight for unwatched ids: they count against the cap
    int m_inFlight = 0;
    double m_tokens = 0;
    qint64 m_tokensAtMs = -1;
    qint64 m_rateLimitedUntilMs = 0;
    int m_rateLimitStrikes = 0;
    bool m_paused = false;
    Block m_block = Block::None;
    bool m_connectionReady = true;
    bool m_online = true;
    bool m_metered = false;
};
