// SPDX-License-Identifier: MIT
#pragma once

#include <QtNumeric>

#include <algorithm>
#include <limits>

// Time arithmetic that clamps instead of wrapping: figures from outside are bounded, but their sums must not overflow.
[[nodiscard]] inline qint64 addSaturated(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

[[nodiscard]] inline qint64 subSaturated(qint64 a, qint64 b)
{
    qint64 difference = 0;
    if (qSubOverflow(a, b, &difference))
        return b < 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return difference;
}

// A double (from a rate or a factor) as ms, NaN as 0, never past the qint64 range.
[[nodiscard]] inline qint64 msFromDouble(double ms)
{
    if (!(ms > 0))
        return 0;
    constexpr double limit = 9.0e18; // below 2^63, exactly representable
    return ms >= limit ? qint64(limit) : qint64(ms);
}
