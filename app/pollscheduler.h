// SPDX-License-Identifier: MIT
#pragma once

#include "taskfetcher.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class Clock;

// Decides when each watched task is fetched: one single-shot timer armed for the earliest due task,
// at most one request in flight per task, and no more polling once a task is COMPLETE.
class PollScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)
public:
    PollScheduler(TaskFetcher *fetcher, const Clock *clock, QObject *parent = nullptr);

    // Fixed interval between the answer for a task and its next request.
    void setIntervalMs(qint64 ms);
    [[nodiscard]] qint64 intervalMs() const { return m_intervalMs; }

    // Starts watching; the first request goes out at once. Watching a watched id changes nothing.
    void watch(const QString &taskId);
    void unwatch(const QString &taskId);
    [[nodiscard]] bool isWatching(const QString &taskId) const { return m_entries.contains(taskId); }
    [[nodiscard]] QStringList watchedIds() const { return m_entries.keys(); }

    // Due now, bypassing the schedule (still one request per task at a time).
    void refresh(const QString &taskId);
    void refreshAll();

    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }

    // Set after a 401/403: nothing is polled until the connection changes.
    [[nodiscard]] bool isAuthBlocked() const { return m_authBlocked; }
    void clearAuthBlock();

    [[nodiscard]] bool isInFlight(const QString &taskId) const;
    [[nodiscard]] int inFlightCount() const;
    // Ms since the epoch of the next request for this task, or -1 when not scheduled.
    [[nodiscard]] qint64 nextDueMs(const QString &taskId) const;

    // Sends every request that is due by the clock; the timer calls it, tests call it after advancing a clock.
    void processDue();

Q_SIGNALS:
    void requestStarted(const QString &taskId);
    // Every answer, good or bad, for a watched task.
    void resultReady(const FetchResult &result);
    void authBlockedChanged(bool blocked);
    void pausedChanged(bool paused);

private:
    struct Entry
    {
        qint64 dueMs = 0;
        bool inFlight = false;
    };

    void onFetched(const FetchResult &result);
    void rearm();

    TaskFetcher *m_fetcher;
    const Clock *m_clock;
    QTimer m_timer;
    QHash<QString, Entry> m_entries;
    qint64 m_intervalMs = 5'000;
    bool m_paused = false;
    bool m_authBlocked = false;
};
