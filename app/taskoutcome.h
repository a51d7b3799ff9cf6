// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <array>

struct TrackedTask;

// What a row amounts to at a glance. The one mapping from a task to it is taskOutcome(): the table's icons, the
// state filter and the tray's worst state all read it, so they never disagree.
enum class TaskOutcome { Queued, Running, Succeeded, Failed, Canceled, NotFound, Unknown, Stale, Paused };
inline constexpr int TaskOutcomeCount = int(TaskOutcome::Paused) + 1;

// A finished task's outcome wins over later request failures; a complete task with a status this client does not
// know is Unknown, never Succeeded; a task no longer watched for any other reason than not found is Unknown too.
[[nodiscard]] TaskOutcome taskOutcome(const TrackedTask &task);
[[nodiscard]] QString outcomeLabel(TaskOutcome outcome);
// A stable name for files and settings ("notfound").
[[nodiscard]] QLatin1StringView outcomeKey(TaskOutcome outcome);

// The tray's worst state: done, still going, or something needs a look.
enum class OutcomeSeverity { Done = 0, Going = 1, NeedsLook = 2 };
[[nodiscard]] OutcomeSeverity outcomeSeverity(TaskOutcome outcome);

// The toolbar's quick filter. Running is every unfinished task still watched: queued, running, paused or stale.
enum class OutcomeFilter { All, Running, Failed, Succeeded, Canceled, NotFound };
inline constexpr int OutcomeFilterCount = int(OutcomeFilter::NotFound) + 1;
[[nodiscard]] bool outcomeFilterAccepts(OutcomeFilter filter, TaskOutcome outcome);
[[nodiscard]] QString outcomeFilterLabel(OutcomeFilter filter);
// The value kept in the settings; anything unknown reads as All.
[[nodiscard]] QLatin1StringView outcomeFilterKey(OutcomeFilter filter);
[[nodiscard]] OutcomeFilter outcomeFilterFromKey(QStringView key);

// Age classes of a running task, for the table's cue: no percentage is known, only how long it has run against
// these steps (the last is when watching stops, PollPolicy::maxWatchMs).
namespace AgeClass {
inline constexpr std::array<qint64, 5> UpperBoundsMs{60'000, 600'000, 3'600'000, 21'600'000, 86'400'000};
// 0 under a minute … 4 under a day; 5 past the last step.
[[nodiscard]] int of(qint64 elapsedMs);
// Where the elapsed time sits on the whole scale, in [0, 1]: each class takes an equal part, linear inside it.
[[nodiscard]] double position(qint64 elapsedMs);
// "under 10 min"
[[nodiscard]] QString label(int ageClass);
} // namespace AgeClass
