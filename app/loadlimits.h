// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// How much load a user lets one connection put on Veza (the app's Advanced section, the CLI's --max-rate and
// --parallel); an unset value keeps the polling policy's (docs/polling.md).
struct LoadLimits
{
    std::optional<double> requestsPerSecond;
    std::optional<int> maxInFlight;

    // Below a request every 10 s a task list never finishes; past 100,000 a second the budget means nothing.
    static constexpr double MinRequestsPerSecond = 0.1;
    static constexpr double MaxRequestsPerSecond = 100'000;
    // More connections than this to one tenant is a flood, not polling.
    static constexpr int MinInFlight = 1;
    static constexpr int MaxInFlight = 64;

    [[nodiscard]] static bool isValidRate(double rate);
    [[nodiscard]] static bool isValidInFlight(int count);
    // The values allowed, for messages ("--parallel must be …").
    [[nodiscard]] static QString rateRule();
    [[nodiscard]] static QString inFlightRule();

    // Values out of bounds (a settings file edited by hand) brought to the nearest allowed one.
    [[nodiscard]] LoadLimits bounded() const;

    friend bool operator==(const LoadLimits &, const LoadLimits &) = default;
};
