// SPDX-License-Identifier: MIT
#pragma once

#include "asynctask.h"
#include "vezaerror.h"

#include <QString>

// One row of the monitor: what the user added and the last thing Veza said about it.
struct TrackedTask
{
    // Whether the task is still polled, and if not, why.
    enum class Watch { Watching, Paused, Done, NotFound, StoppedWatching };

    QString id;
    QString label;
    qint64 addedAtMs = 0;
    std::optional<AsyncTask> task; // last good answer; kept through later failures
    qint64 lastCheckedMs = 0; // last answer of any kind
    qint64 completedAtMs = 0; // first answer that said COMPLETE
    VezaError lastError; // kind None after a good answer
    int lastHttpStatus = 0;
    qint64 lastLatencyMs = 0;
    int requestCount = 0;
    Watch watch = Watch::Watching;
    qint64 nextCheckMs = -1; // planned next request, -1 when none
    int retryCount = 0; // consecutive failed answers
    qint64 staleSinceMs = 0; // first failure after the last good answer, 0 when fresh

    [[nodiscard]] TaskState state() const { return task ? task->state : TaskState::Unknown; }
    [[nodiscard]] TaskStatus status() const { return task ? task->status : TaskStatus::Unknown; }
    [[nodiscard]] bool isComplete() const { return task && task->isComplete(); }
    // A failure after a good answer: the row shows old data.
    [[nodiscard]] bool isStale() const { return lastError.isError() && task.has_value(); }
    [[nodiscard]] qint64 elapsedMs(qint64 nowMs) const;
    // Error column text: the task's own error_reason, else why polling stopped, else the last request failure.
    [[nodiscard]] QString errorSummary() const;
    [[nodiscard]] QString watchLabel() const;
};
