// SPDX-License-Identifier: MIT
#include "pollpolicy.h"

#include "saturating.h"

#include <algorithm>
#include <cmath>

namespace {

// 2^n without overflow for any n.
qint64 doubling(qint64 base, int n, qint64 cap)
{
    const int shift = std::clamp(n, 0, 40);
    const double value = double(base) * std::ldexp(1.0, shift);
    return value >= double(cap) ? cap : msFromDouble(value);
}

} // namespace

PollPolicy PollPolicy::fixed(qint64 intervalMs)
{
    PollPolicy policy;
    policy.firstIntervalMs = intervalMs;
    policy.maxIntervalMs = intervalMs;
    policy.minIntervalMs = std::min<qint64>(policy.minIntervalMs, intervalMs);
    policy.ageFactor = 0;
    policy.jitter = 0;
    return policy;
}

qint64 PollPolicy::baseIntervalMs(qint64 ageMs, bool metered) const
{
    const double grown = double(firstIntervalMs) + ageFactor * double(std::max<qint64>(ageMs, 0));
    double interval = std::min(grown, double(maxIntervalMs));
    if (metered)
        interval *= meteredFactor;
    return std::max(minIntervalMs, msFromDouble(interval));
}

qint64 PollPolicy::intervalMs(qint64 ageMs, bool metered, double unit) const
{
    const double factor = 1.0 + jitter * (2.0 * unit - 1.0);
    return std::max(minIntervalMs, msFromDouble(double(baseIntervalMs(ageMs, metered)) * factor));
}

qint64 PollPolicy::backoffMs(int failures, double unit) const
{
    const qint64 ceiling = doubling(backoffBaseMs, failures - 1, backoffMaxMs);
    return std::max(minIntervalMs, msFromDouble(double(ceiling) * unit));
}

qint64 PollPolicy::rateLimitPauseMs(int strikes) const
{
    return doubling(rateLimitFallbackMs, strikes - 1, rateLimitMaxMs);
}
