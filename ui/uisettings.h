// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>

// The widgets' QSettings keys in one place. The API key is deliberately not among them.
namespace UiSettings {

inline constexpr QLatin1StringView WindowGeometry("window/geometry");
inline constexpr QLatin1StringView WindowState("window/state");
inline constexpr QLatin1StringView SplitterState("window/splitter");
inline constexpr QLatin1StringView TableHeaderState("table/header");
// The toolbar's state filter ("all", "running", …; see outcomeFilterKey).
inline constexpr QLatin1StringView StateFilter("table/stateFilter");
// Days after completion before a task is archived on its own; 0 (the default) never.
inline constexpr QLatin1StringView AutoArchiveDays("tasks/autoArchiveDays");

} // namespace UiSettings
