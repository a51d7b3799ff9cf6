// SPDX-License-Identifier: MIT
#pragma once

#include "asynctask.h"
#include "vezaerror.h"

#include <QList>
#include <QString>

// One change of a task's state or status, as first seen.
struct StateTransition
{
    qint64 timeMs = 0;
    QString state; // as sent (wire name, number or raw text), empty when absent
    QString status;
    friend bool operator==(const StateTransition &, const StateTransition &) = default;
};

// One request of a task as the history shows it (the details pane, a support ticket).
struct RequestRecord
{
    qint64 timeMs = 0; // when the answer or the failure came
    QString requestId; // Veza's request_id, when an error body gave one
    int httpStatus = 0; // 0: no HTTP answer
    int latencyMs = 0;
    int bodyBytes = -1; // bytes received, -1 when not known
    VezaError::Kind errorKind = VezaError::Kind::None;
    friend bool operator==(const RequestRecord &, const RequestRecord &) = default;
};

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
    // Seen in this session, oldest first, bounded (the task store keeps them all, and the requests' last 50).
    // Implicitly shared: the copies the model and the store take of a row cost a reference count, not the lists.
    QList<StateTransition> transitions;
    QList<RequestRecord> requests;
    static constexpr qsizetype MaxTransitions = 100;
    static constexpr qsizetype MaxRequests = 50;

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
    // Appends to the bounded lists, dropping the oldest entry past the bound.
    void recordTransition(const StateTransition &transition);
    void recordRequest(const RequestRecord &request);
};

// What the task store read and what this session saw, as one list sorted by time: an entry of both is listed once,
// and only the newest keep entries stay.
QList<StateTransition> mergeTransitions(
    const QList<StateTransition> &stored, const QList<StateTransition> &seen, qsizetype keep);
QList<RequestRecord> mergeRequests(
    const QList<RequestRecord> &stored, const QList<RequestRecord> &seen, qsizetype keep);
