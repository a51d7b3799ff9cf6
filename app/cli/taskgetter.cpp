// SPDX-License-Identifier: MIT
#include "taskgetter.h"

#include "clioutput.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

TaskGetter::TaskGetter(TaskFetcher *fetcher, const CliOutput *output, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_output(output)
{
    connect(m_fetcher, &TaskFetcher::finished, this, &TaskGetter::onFetched);
}

void TaskGetter::start(const QStringList &ids)
{
    m_reports = TaskReportList(ids);
    m_answered = QList<bool>(m_reports.size(), false);
    for (const QString &id : ids)
        m_fetcher->fetch(id);
}

void TaskGetter::onFetched(const FetchResult &result)
{
    const qsizetype index = m_reports.indexOf(result.id);
    if (index < 0 || m_answered.at(index))
        return;
    m_reports.find(result.id)->apply(result);
    m_answered[index] = true;
    ++m_answeredCount;

    if (result.error.kind == VezaError::Kind::Unauthorized) {
        // One key for every task: say it once.
        if (!m_keyRejectionShown)
            m_output->error(keyRejectedMessage(result.error));
        m_keyRejectionShown = true;
    } else if (result.error.isError()) {
        m_output->error(result.id + u": "_s + describeError(result.error));
    }
    printAnswered();

    if (m_answeredCount < m_reports.size())
        return;
    Q_EMIT finished(int(m_reports.exitCode()));
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
