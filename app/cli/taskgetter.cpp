// SPDX-License-Identifier: MIT
#include "taskgetter.h"

#include "clioutput.h"
#include "clock.h"
#include "pollscheduler.h"
#include "saturating.h"
#include "timeformat.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

TaskGetter::TaskGetter(PollScheduler *scheduler, const CliOutput *output, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_output(output)
    , m_clock(clock)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &TaskGetter::onTimeout);
    connect(m_scheduler, &PollScheduler::resultReady, this, &TaskGetter::onFetched);
}

void TaskGetter::start(const QStringList &ids)
{
    m_reports = TaskReportList(ids);
    m_answered = QList<bool>(m_reports.size(), false);
    if (m_timeoutMs >= 0) {
        m_deadlineMs = addSaturated(m_clock->nowMs(), m_timeoutMs);
        m_timeout.start(int(std::min<qint64>(m_timeoutMs, std::numeric_limits<int>::max())));
    }
    for (const QString &id : ids)
        m_scheduler->watch(id);
}

void TaskGetter::onFetched(const FetchResult &result)
{
    if (m_finished)
        return;
    const qsizetype index = m_reports.indexOf(result.id);
    if (index < 0 || m_answered.at(index))
        return;
    switch (result.error.kind) {
    case VezaError::Kind::Canceled:
        return; // the scheduler asks again
    case VezaError::Kind::RateLimited:
    case VezaError::Kind::Unavailable: {
        // Asked to slow down: the scheduler asks again after the pause, a few times, then it is the answer. A
        // pause that ends after the timeout is the answer at once, with when it ends.
        const qint64 pauseEndsMs = m_scheduler->rateLimitedUntilMs();
        if (pauseEndsMs > m_deadlineMs) {
            // The pause holds the whole connection: no task still waiting can be asked before the timeout either.
            FetchResult paused = result;
            paused.error.technical
                = tr("the pause ends at %1, after --timeout").arg(formatTimeForUser(pauseEndsMs, m_clock->nowMs()));
            m_output->error(describeError(paused.error));
            for (const TaskReport &report : m_reports.all()) {
                paused.id = report.id;
                record(paused);
            }
            printAnswered();
            finishIfAllAnswered();
            return;
        }
        if (++m_slowDowns[result.id] < MaxSlowDowns)
            return;
        break;
    }
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
        if (result.error.isError()) {
            // The refused certificate is the same for every task: shown in full once.
            const bool inDetail = result.error.kind == VezaError::Kind::Tls && !m_certificateShown;
            m_certificateShown = m_certificateShown || inDetail;
            m_output->error(
                result.id + u": "_s + (inDetail ? describeErrorInDetail(result.error) : describeError(result.error)));
        }
        record(result);
    }
    printAnswered();
    finishIfAllAnswered();
}

void TaskGetter::finishIfAllAnswered()
{
    if (m_answeredCount != m_reports.size() || m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    Q_EMIT finished(int(m_reports.exitCode()));
}

void TaskGetter::onTimeout()
{
    // A timer runs at most INT_MAX ms (24 days); a longer --timeout is waited out in such steps.
    if (const qint64 left = subSaturated(m_deadlineMs, m_clock->nowMs()); left > 0) {
        m_timeout.start(int(std::min<qint64>(left, std::numeric_limits<int>::max())));
        return;
    }
    // Whatever is still unanswered is reported as such: get never hangs.
    for (const TaskReport &report : m_reports.all()) {
        if (m_answered.at(m_reports.indexOf(report.id)))
            continue;
        FetchResult late;
        late.id = report.id;
        late.error.kind = VezaError::Kind::Timeout;
        late.error.technical = tr("no answer within --timeout (%L1 s)").arg(double(m_timeoutMs) / 1000.0);
        m_output->error(report.id + u": "_s + describeError(late.error));
        record(late);
    }
    printAnswered();
    finishIfAllAnswered();
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
            report.writeJson(*m_output);
        else
            m_output->data(report.line());
    }
}
