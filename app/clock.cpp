// SPDX-License-Identifier: MIT
#include "clock.h"

SystemClock::SystemClock()
    : m_startMs(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
}

const SystemClock *SystemClock::instance()
{
    static const SystemClock clock;
    return &clock;
}
