// SPDX-License-Identifier: MIT
#pragma once

#include "taskfetcher.h"

#include <QStringList>

// A TaskFetcher whose answers the test gives, whenever it likes: a slow server is one that has not answered yet.
class FakeFetcher final : public TaskFetcher
{
    Q_OBJECT
public:
    using TaskFetcher::TaskFetcher;

    void fetch(const QString &taskId) override;

    // Every fetch() so far, in order.
    [[nodiscard]] const QStringList &requests() const { return m_requests; }
    [[nodiscard]] int requestCount(const QString &taskId) const { return int(m_requests.count(taskId)); }
    [[nodiscard]] const QStringList &pending() const { return m_pending; }
    [[nodiscard]] int maxConcurrent(const QString &taskId) const { return m_maxConcurrent.value(taskId); }

    // Answers the oldest pending request for the id; returns false when none is pending.
    bool answer(const QString &taskId, TaskState state, TaskStatus status = TaskStatus::Unknown);
    bool answerError(const QString &taskId, VezaError::Kind kind, int httpStatus = 0);
    bool answerResult(FetchResult result);

private:
    QStringList m_requests;
    QStringList m_pending;
    QHash<QString, int> m_maxConcurrent;
};
