// SPDX-License-Identifier: MIT
#pragma once

#include "asynctask.h"
#include "vezaerror.h"

#include <QString>

// One row of the monitor: what the user added and the last thing Veza said about it.
struct TrackedTask
{
    // Whether the task is still polled, and if not, why.
    // Refused: stopped on an answer that asking again would not change (the row says which); Refresh tries again.
    enum class Watch { Watching, Paused, Done, NotFound, StoppedWatching, Refused };

    QString id;
    QString label;
    QString connection; // the base URL (baseUrlText) the task belongs to
    qint64 addedAtMs = 0;
    qint64 createdAtMs = 0; // the answer's created_at, when it says; the task's age counts from the earlier
    qint64 runningSinceMs = 0; // first answer that said IN_PROGRESS (or COMPLETE, when none did)
    qint64 archivedAtMs = 0; // 0: in the main table
    std::optional<AsyncTask> task; // last good answer; kept through later failures
    quint32 answerRevision = 0; // bumped when a good answer differs from the one before
    bool resultInStore = false; // the answer's result was not loaded from the task store (asked for on demand)
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
    // When the task's age counts from: its created_at when known and earlier, else when it was added.
    [[nodiscard]] qint64 firstSeenMs() const;
    // Error column text: the task's own error_reason, else why polling stopped, else the last request failure.
    [[nodiscard]] QString errorSummary() const;
    [[nodiscard]] QString watchLabel() const;
};
