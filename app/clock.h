// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#include <atomic>
#include <functional>

// Wall time in ms since the epoch, injectable so that tests never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
};

// A monotonic count anchored to wall time. A wall clock stepped back never stalls the schedule (the step is
// ignored, shown times drift by it until restart); one that jumps ahead — a laptop waking from sleep, when the
// monotonic count stood still — moves the anchor forward, so overdue tasks are asked and times stay right.
class SystemClock final : public Clock
{
public:
    using Source = std::function<qint64()>;

    SystemClock();
    // Tests give their own wall clock and monotonic count (both in ms).
    SystemClock(Source wall, Source monotonic);
    [[nodiscard]] qint64 nowMs() const override;
    static const SystemClock *instance();

    // How far ahead of the count the wall clock must be before the anchor follows it.
    static constexpr qint64 ReanchorMs = 2'000;

private:
    Source m_wall;
    Source m_monotonic;
    mutable std::atomic<qint64> m_anchorMs = 0; // wall time at monotonic zero
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
