// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// Longest wait a Retry-After may ask for; docs/polling.md says why an hour.
constexpr qint64 kMaxRetryAfterMs = 3'600'000;

// How often to ask, how to back off, and how much load one connection may put on Veza.
// Every value is documented, with its reason, in docs/polling.md.
struct PollPolicy
{
    // Interval while a task runs: first + ageFactor × age, between the floor and the ceiling, ± jitter.
    qint64 firstIntervalMs = 2'000;
    double ageFactor = 0.1;
    qint64 maxIntervalMs = 60'000;
    qint64 minIntervalMs = 1'000;
    double jitter = 0.2;

    // Transient failures (5xx, timeouts, resets, bad JSON): exponential backoff with full jitter, per task.
    qint64 backoffBaseMs = 2'000;
    qint64 backoffMaxMs = 300'000;

    // 429 / 503 without Retry-After: the whole connection waits, doubling per strike.
    qint64 rateLimitFallbackMs = 10'000;
    qint64 rateLimitMaxMs = 600'000;
    // Retry-After is the server's word: longer waits are cut to this (an absurd value must not freeze polling).
    qint64 maxRetryAfterMs = kMaxRetryAfterMs;

    // 404: a new id may lag behind the call that created it.
    qint64 notFoundGraceMs = 30'000;
    qint64 notFoundRetryMs = 3'000;

    // Load on one connection.
    int maxInFlight = 4;
    double requestsPerSecond = 10;

    qint64 maxWatchMs = 24LL * 3600 * 1000;
    double meteredFactor = 4;
    qint64 reconnectSpreadMs = 5'000;

    // A fixed interval without growth or jitter (the CLI's --interval, tests).
    static PollPolicy fixed(qint64 intervalMs);

    // The interval before jitter for a task of this age.
    [[nodiscard]] qint64 baseIntervalMs(qint64 ageMs, bool metered = false) const;
    // With jitter: unit is a uniform random number in [0, 1).
    [[nodiscard]] qint64 intervalMs(qint64 ageMs, bool metered, double unit) const;
    // Full-jitter backoff after the n-th consecutive failure (n ≥ 1).
    [[nodiscard]] qint64 backoffMs(int failures, double unit) const;
    // Connection-wide pause after the n-th consecutive 429/503 with no Retry-After.
    [[nodiscard]] qint64 rateLimitPauseMs(int strikes) const;
};
