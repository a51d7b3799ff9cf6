// SPDX-License-Identifier: MIT
#include "taskgetter.h"

#include "clioutput.h"
#include "pollscheduler.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

TaskGetter::TaskGetter(PollScheduler *scheduler, const CliOutput *output, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_output(output)
{
    connect(m_scheduler, &PollScheduler::resultReady, this, &TaskGetter::onFetched);
}

void TaskGetter::start(const QStringList &ids)
{
    m_reports = TaskReportList(ids);
    m_answered = QList<bool>(m_reports.size(), false);
    for (const QString &id : ids)
        m_scheduler->watch(id);
}

void TaskGetter::onFetched(const FetchResult &result)
{
    const qsizetype index = m_reports.indexOf(result.id);
    if (index < 0 || m_answered.at(index))
        return;
    switch (result.error.kind) {
    case VezaError::Kind::Canceled:
        return; // the scheduler asks again
    case VezaError::Kind::RateLimited:
    case VezaError::Kind::Unavailable:
        // Asked to slow down: the scheduler asks again after the pause, a few times, then it is the answer.
        if (++m_slowDowns[result.id] < MaxSlowDowns)
            return;
        break;
    default:
        break;
    }

    if (result.error.kind == VezaError::Kind::Unauthorized) {
        // One key for every task: said once, and no task still waiting will be asked with it.
        m_output->error(keyRejectedMessage(result.error));
        for (const TaskReport &report : m_reports.all()) {
            FetchResult same = result;
            same.id = report.id;
            record(same);
        }
    } else {
        if (result.error.isError())
            m_output->error(result.id + u": "_s + describeError(result.error));
        record(result);
    }
    printAnswered();

    if (m_answeredCount == m_reports.size())
        Q_EMIT finished(int(m_reports.exitCode()));
}

void TaskGetter::record(const FetchResult &result)
{
    const qsizetype index = m_reports.indexOf(result.id);
    if (m_answered.at(index))
        return;
    m_scheduler->unwatch(result.id); // one answer is all `get` wants
    m_reports.find(result.id)->apply(result);
    m_answered[index] = true;
    ++m_answeredCount;
}

void TaskGetter::printAnswered()
{
    while (m_printed < m_reports.size() && m_answered.at(m_printed)) {
        const TaskReport &report = m_reports.at(m_printed++);
        if (m_output->isJson())
            m_output->data(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
        else
            m_output->data(report.line());
    }
}
