// SPDX-License-Identifier: MIT
#include "fakefetcher.h"

#include "testprograms.h"

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
    return answerResult(taskAnswer(taskId, state, status));
}

bool FakeFetcher::answerError(const QString &taskId, VezaError::Kind kind, int httpStatus)
{
    return answerResult(failedAnswer(taskId, kind, httpStatus));
}
