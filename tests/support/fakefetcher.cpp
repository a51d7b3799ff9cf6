// SPDX-License-Identifier: MIT
#include "fakefetcher.h"

void FakeFetcher::fetch(const QString &taskId)
{
    m_requests.append(taskId);
    m_pending.append(taskId);
    m_maxConcurrent[taskId] = std::max(m_maxConcurrent.value(taskId), int(m_pending.count(taskId)));
}

bool FakeFetcher::answerResult(FetchResult result)
{
    if (!m_pending.removeOne(result.id))
        return false;
    Q_EMIT finished(result);
    return true;
}

bool FakeFetcher::answer(const QString &taskId, TaskState state, TaskStatus status)
{
    FetchResult result;
    result.id = taskId;
    result.httpStatus = 200;
    AsyncTask task;
    task.id = taskId;
    task.state = state;
    task.status = status;
    result.task = task;
    return answerResult(result);
}

bool FakeFetcher::answerError(const QString &taskId, VezaError::Kind kind, int httpStatus)
{
    FetchResult result;
    result.id = taskId;
    result.httpStatus = httpStatus;
    result.error.kind = kind;
    result.error.httpStatus = httpStatus;
    return answerResult(result);
}
