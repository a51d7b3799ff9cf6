// SPDX-License-Identifier: MIT
#pragma once

#include "asynctask.h"
#include "vezaerror.h"

#include <QObject>

#include <optional>

// The typed answer to one GET of a task: a task, or an error.
struct FetchResult
{
    QString id; // the id that was asked for
    std::optional<AsyncTask> task; // set when the answer was a readable task
    VezaError error; // kind None when task is set
    int httpStatus = 0;
    qint64 latencyMs = 0;
    std::optional<qint64> retryAfterMs; // from Retry-After, seconds or HTTP-date
    qint64 finishedAtMs = 0;
    qint64 bodyBytes = -1; // bytes of the body received (up to where reading stopped), -1 when no request went out

    [[nodiscard]] bool ok() const { return task.has_value(); }
};
Q_DECLARE_METATYPE(FetchResult)

// What the scheduler polls through; VezaClient is the real one, tests may fake it.
class TaskFetcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts one GET; finished() follows exactly once for it, never synchronously.
    virtual void fetch(const QString &taskId) = 0;

Q_SIGNALS:
    void finished(const FetchResult &result);
};
