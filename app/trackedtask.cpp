// SPDX-License-Identifier: MIT
#include "trackedtask.h"

qint64 TrackedTask::elapsedMs(qint64 nowMs) const
{
    const qint64 end = completedAtMs > 0 ? completedAtMs : nowMs;
    return std::max<qint64>(0, end - addedAtMs);
}

QString TrackedTask::errorSummary() const
{
    if (task && task->hasError()) {
        const QString reason = jsonValueToText(task->errorReason);
        return reason.isEmpty() ? jsonValueToText(task->errorStatus) : reason;
    }
    return summariseError(lastError);
}
