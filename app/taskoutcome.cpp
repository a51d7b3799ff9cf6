// SPDX-License-Identifier: MIT
#include "taskoutcome.h"

#include "trackedtask.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

TaskOutcome taskOutcome(const TrackedTask &task)
{
    if (task.isComplete()) {
        switch (task.status()) {
        case TaskStatus::Succeeded:
            return TaskOutcome::Succeeded;
        case TaskStatus::Failed:
            return TaskOutcome::Failed;
        case TaskStatus::Canceled:
            return TaskOutcome::Canceled;
        case TaskStatus::Unknown:
        case TaskStatus::Unrecognised:
            return TaskOutcome::Unknown;
        }
        return TaskOutcome::Unknown;
    }
    switch (task.watch) {
    case TrackedTask::Watch::NotFound:
        return TaskOutcome::NotFound;
    case TrackedTask::Watch::Paused:
        return TaskOutcome::Paused;
    case TrackedTask::Watch::Done:
    case TrackedTask::Watch::StoppedWatching:
    case TrackedTask::Watch::Refused:
        return TaskOutcome::Unknown;
    case TrackedTask::Watch::Watching:
        break;
    }
    if (task.isStale())
        return TaskOutcome::Stale;
    if (!task.task)
        return TaskOutcome::Queued; // no answer yet
    switch (task.state()) {
    case TaskState::Pending:
        return TaskOutcome::Queued;
    case TaskState::InProgress:
        return TaskOutcome::Running;
    case TaskState::Complete: // handled above
    case TaskState::Unknown:
    case TaskState::Unrecognised:
        break;
    }
    return TaskOutcome::Unknown;
}

QString outcomeLabel(TaskOutcome outcome)
{
    switch (outcome) {
    case TaskOutcome::Queued:
        return QCoreApplication::translate("TaskOutcome", "Queued", "task outcome");
    case TaskOutcome::Running:
        return QCoreApplication::translate("TaskOutcome", "Running", "task outcome");
    case TaskOutcome::Succeeded:
        return QCoreApplication::translate("TaskOutcome", "Succeeded", "task outcome");
    case TaskOutcome::Failed:
        return QCoreApplication::translate("TaskOutcome", "Failed", "task outcome");
    case TaskOutcome::Canceled:
        return QCoreApplication::translate("TaskOutcome", "Canceled", "task outcome");
    case TaskOutcome::NotFound:
        return QCoreApplication::translate("TaskOutcome", "Not found", "task outcome");
    case TaskOutcome::Unknown:
        return QCoreApplication::translate("TaskOutcome", "Unknown", "task outcome");
    case TaskOutcome::Stale:
        return QCoreApplication::translate("TaskOutcome", "Stale: last answer failed", "task outcome");
    case TaskOutcome::Paused:
        return QCoreApplication::translate("TaskOutcome", "Paused", "task outcome");
    }
    return {};
}

QLatin1StringView outcomeKey(TaskOutcome outcome)
{
    static constexpr std::array<QLatin1StringView, TaskOutcomeCount> keys{"queued"_L1, "running"_L1, "succeeded"_L1,
        "failed"_L1, "canceled"_L1, "notfound"_L1, "unknown"_L1, "stale"_L1, "paused"_L1};
    return keys.at(size_t(outcome));
}

OutcomeSeverity outcomeSeverity(TaskOutcome outcome)
{
    switch (outcome) {
    case TaskOutcome::Succeeded:
    case TaskOutcome::Canceled:
        return OutcomeSeverity::Done;
    case TaskOutcome::Queued:
    case TaskOutcome::Running:
    case TaskOutcome::Stale:
    case TaskOutcome::Paused:
        return OutcomeSeverity::Going;
    case TaskOutcome::Failed:
    case TaskOutcome::NotFound:
    case TaskOutcome::Unknown:
        break;
    }
    return OutcomeSeverity::NeedsLook;
}

bool outcomeFilterAccepts(OutcomeFilter filter, TaskOutcome outcome)
{
    switch (filter) {
    case OutcomeFilter::All:
        return true;
    case OutcomeFilter::Running:
        return outcome == TaskOutcome::Queued || outcome == TaskOutcome::Running || outcome == TaskOutcome::Stale
            || outcome == TaskOutcome::Paused;
    case OutcomeFilter::Failed:
        return outcome == TaskOutcome::Failed;
    case OutcomeFilter::Succeeded:
        return outcome == TaskOutcome::Succeeded;
    case OutcomeFilter::Canceled:
        return outcome == TaskOutcome::Canceled;
    case OutcomeFilter::NotFound:
        return outcome == TaskOutcome::NotFound;
    }
    return true;
}

QString outcomeFilterLabel(OutcomeFilter filter)
{
    switch (filter) {
    case OutcomeFilter::All:
        return QCoreApplication::translate("OutcomeFilter", "All", "state filter");
    case OutcomeFilter::Running:
        return QCoreApplication::translate("OutcomeFilter", "Running", "state filter");
    case OutcomeFilter::Failed:
        return QCoreApplication::translate("OutcomeFilter", "Failed", "state filter");
    case OutcomeFilter::Succeeded:
        return QCoreApplication::translate("OutcomeFilter", "Succeeded", "state filter");
    case OutcomeFilter::Canceled:
        return QCoreApplication::translate("OutcomeFilter", "Canceled", "state filter");
    case OutcomeFilter::NotFound:
        return QCoreApplication::translate("OutcomeFilter", "Not found", "state filter");
    }
    return {};
}

QLatin1StringView outcomeFilterKey(OutcomeFilter filter)
{
    static constexpr std::array<QLatin1StringView, OutcomeFilterCount> keys{
        "all"_L1, "running"_L1, "failed"_L1, "succeeded"_L1, "canceled"_L1, "notfound"_L1};
    return keys.at(size_t(filter));
}

OutcomeFilter outcomeFilterFromKey(QStringView key)
{
    for (int i = 0; i < OutcomeFilterCount; ++i) {
        if (key == outcomeFilterKey(OutcomeFilter(i)))
            return OutcomeFilter(i);
    }
    return OutcomeFilter::All;
}

namespace AgeClass {

int of(qint64 elapsedMs)
{
    const auto it = std::upper_bound(UpperBoundsMs.cbegin(), UpperBoundsMs.cend(), elapsedMs);
    return int(it - UpperBoundsMs.cbegin());
}

double position(qint64 elapsedMs)
{
    const int ageClass = of(elapsedMs);
    const int classes = int(UpperBoundsMs.size());
    if (ageClass >= classes)
        return 1.0;
    const qint64 lower = ageClass == 0 ? 0 : UpperBoundsMs.at(size_t(ageClass - 1));
    const qint64 upper = UpperBoundsMs.at(size_t(ageClass));
    const double inside = double(std::max<qint64>(0, elapsedMs) - lower) / double(upper - lower);
    return (ageClass + std::clamp(inside, 0.0, 1.0)) / classes;
}

QString label(int ageClass)
{
    switch (ageClass) {
    case 0:
        return QCoreApplication::translate("AgeClass", "under a minute", "age class");
    case 1:
        return QCoreApplication::translate("AgeClass", "under 10 minutes", "age class");
    case 2:
        return QCoreApplication::translate("AgeClass", "under an hour", "age class");
    case 3:
        return QCoreApplication::translate("AgeClass", "under 6 hours", "age class");
    case 4:
        return QCoreApplication::translate("AgeClass", "under a day", "age class");
    default:
        return QCoreApplication::translate("AgeClass", "over a day", "age class");
    }
}

} // namespace AgeClass
