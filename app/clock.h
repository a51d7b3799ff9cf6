// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

// Wall time in ms since the epoch, injectable so that tests never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
};

// Wall time at start plus a monotonic count: a system clock stepped back or forward never stalls or floods the
// schedule, at the price of shown times drifting by that step until the app restarts.
class SystemClock final : public Clock
{
public:
    SystemClock();
    [[nodiscard]] qint64 nowMs() const override { return m_startMs + m_elapsed.elapsed(); }
    static const SystemClock *instance();

private:
    qint64 m_startMs = 0;
    QElapsedTimer m_elapsed;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_nowMs(startMs)
    {
    }
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs; }
    void advance(qint64 ms) { m_nowMs += ms; }
    void set(qint64 ms) { m_nowMs = ms; }

private:
    qint64 m_nowMs = 0;
};
