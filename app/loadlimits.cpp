// SPDX-License-Identifier: MIT
#include "loadlimits.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

bool LoadLimits::isValidRate(double rate)
{
    return std::isfinite(rate) && rate >= MinRequestsPerSecond && rate <= MaxRequestsPerSecond;
}

bool LoadLimits::isValidInFlight(int count)
{
    return count >= MinInFlight && count <= MaxInFlight;
}

QString LoadLimits::rateRule()
{
    return QCoreApplication::translate("LoadLimits", "a number of requests per second from %1 to %2")
        .arg(MinRequestsPerSecond)
        .arg(MaxRequestsPerSecond, 0, 'f', 0);
}

QString LoadLimits::inFlightRule()
{
    return QCoreApplication::translate("LoadLimits", "a whole number of requests from %1 to %2")
        .arg(MinInFlight)
        .arg(MaxInFlight);
}

LoadLimits LoadLimits::bounded() const
{
    LoadLimits limits;
    if (requestsPerSecond && !std::isnan(*requestsPerSecond))
        limits.requestsPerSecond = std::clamp(*requestsPerSecond, MinRequestsPerSecond, MaxRequestsPerSecond);
    if (maxInFlight)
        limits.maxInFlight = std::clamp(*maxInFlight, MinInFlight, MaxInFlight);
    return limits;
}
