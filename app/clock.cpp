// SPDX-License-Identifier: MIT
#include "clock.h"

SystemClock::SystemClock()
    : SystemClock(&QDateTime::currentMSecsSinceEpoch, [timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }()] { return timer.elapsed(); })
{
}

SystemClock::SystemClock(Source wall, Source monotonic)
    : m_wall(std::move(wall))
    , m_monotonic(std::move(monotonic))
    , m_anchorMs(m_wall() - m_monotonic())
{
}

qint64 SystemClock::nowMs() const
{
    const qint64 elapsed = m_monotonic();
    const qint64 counted = m_anchorMs.load(std::memory_order_relaxed) + elapsed;
    const qint64 wall = m_wall();
    if (wall - counted <= ReanchorMs)
        return counted;
    m_anchorMs.store(wall - elapsed, std::memory_order_relaxed);
    return wall;
}

const SystemClock *SystemClock::instance()
{
    static const SystemClock clock;
    return &clock;
}
