// SPDX-License-Identifier: MIT
#include "taskwaiter.h"

#include "clioutput.h"
#include "pollscheduler.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

int timerMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'g', 6) + u" s"_s;
}

} // namespace

TaskWaiter::TaskWaiter(PollScheduler *scheduler, const CliOutput *output, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_output(output)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &TaskWaiter::onTimeout);
    connect(m_scheduler, &PollScheduler::resultReady, this, &TaskWaiter::onResult);
    connect(m_scheduler, &PollScheduler::watchStopped, this, &TaskWaiter::onWatchStopped);
    connect(m_scheduler, &PollScheduler::blockChanged, this, [this](PollScheduler::Block block) {
        // resultReady follows with the 401/403 and its details; this only makes sure the wait ends.
        if (block == PollScheduler::Block::Auth) {
            QTimer::singleShot(0, this, [this] {
                if (!m_finished)
                    finish(CliExit::KeyRejected, tr("the API key was rejected; check VEZA_TOKEN or --token-file."));
            });
        }
    });
}

void TaskWaiter::start(const QStringList &ids)
{
    m_reports = TaskReportList(ids);
    m_output->progress(tr("waiting for %n task(s)", nullptr, int(ids.size())));
    if (m_timeoutMs >= 0)
        m_timeout.start(timerMs(m_timeoutMs));
    for (const QString &id : ids)
        m_scheduler->watch(id);
}

void TaskWaiter::onResult(const FetchResult &result)
{
    if (m_finished)
        return;
    TaskReport *found = m_reports.find(result.id);
    if (!found)
        return;
    TaskReport &report = *found;
    if (report.isFinal() || result.error.kind == VezaError::Kind::Canceled)
        return; // a canceled request is asked again by the scheduler

    const VezaError previous = report.lastError;
    const bool changed = report.apply(result);
    if (result.ok()) {
        if (changed)
            showChange(report);
        if (report.isComplete()) {
            m_scheduler->unwatch(report.id);
            finishIfAllFinal();
        }
        return;
    }

    switch (result.error.kind) {
    case VezaError::Kind::Unauthorized:
        finish(CliExit::KeyRejected, keyRejectedMessage(result.error));
        return;
    case VezaError::Kind::Tls:
        // Every task of the connection would meet the same certificate: the wait ends now.
        finish(CliExit::OtherError, describeErrorInDetail(result.error));
        return;
    case VezaError::Kind::Redirect:
    case VezaError::Kind::Configuration:
        return; // the scheduler stops the watch (onWatchStopped): reported there, once
    case VezaError::Kind::Http:
        if (isPermanentHttpStatus(result.error.httpStatus))
            return; // stopped by the scheduler, like a redirect
        break;
    case VezaError::Kind::NotFound:
        // The scheduler asks again until the grace period ends, then stops the watch (onWatchStopped).
        if (previous.kind != VezaError::Kind::NotFound && m_notFoundGraceMs > 0) {
            m_output->progress(report.id
                + tr(": not found (HTTP 404) yet; asking again for up to %1.").arg(seconds(m_notFoundGraceMs)));
        }
        return;
    default:
        break;
    }
    // Transient (or at least not the task's fault): the scheduler backs off and asks again.
    if (previous.kind != result.error.kind || previous.httpStatus != result.error.httpStatus)
        m_output->progress(report.id + u": "_s + describeError(result.error) + tr(" Still waiting."));
}

void TaskWaiter::giveUp(TaskReport &report)
{
    report.notFound = !report.refused;
    m_scheduler->unwatch(report.id);
    m_output->error(report.id + u": "_s + describeError(report.lastError));
    showChange(report);
    finishIfAllFinal();
}

void TaskWaiter::onWatchStopped(const QString &id, PollScheduler::StopReason reason)
{
    TaskReport *report = m_reports.find(id);
    if (m_finished || !report || report->isFinal())
        return;
    switch (reason) {
    case PollScheduler::StopReason::Complete:
        break; // seen in onResult
    case PollScheduler::StopReason::NotFound:
        giveUp(*report);
        break;
    case PollScheduler::StopReason::Refused:
        report->refused = true; // asking again would get the same answer: reported now, not at the timeout
        giveUp(*report);
        break;
    case PollScheduler::StopReason::Deadline:
        finish(CliExit::TimedOut,
            tr("%1: stopped after the polling policy's longest watch (%2)")
                .arg(id, seconds(m_scheduler->policy().maxWatchMs)));
        break;
    }
}

void TaskWaiter::onTimeout()
{
    if (m_finished)
        return;
    QStringList unfinished;
    for (const TaskReport &report : m_reports.all()) {
        if (!report.isFinal())
            unfinished.append(report.id);
    }
    finish(CliExit::TimedOut,
        tr("timed out after %1; not finished: %2").arg(seconds(m_timeoutMs), unfinished.join(u", "_s)));
}

void TaskWaiter::finishIfAllFinal()
{
    const QList<TaskReport> &all = m_reports.all();
    if (std::all_of(all.cbegin(), all.cend(), [](const TaskReport &report) { return report.isFinal(); }))
        finish(m_reports.exitCode());
}

void TaskWaiter::finish(CliExit code, const QString &message)
{
    m_finished = true;
    m_timeout.stop();
    for (const TaskReport &report : m_reports.all())
        m_scheduler->unwatch(report.id);
    if (!message.isEmpty())
        m_output->error(message);
    if (m_output->isJson()) {
        for (const TaskReport &report : m_reports.all())
            report.writeJson(*m_output);
    }

    int succeeded = 0, failed = 0, canceled = 0, notFound = 0, unfinished = 0;
    for (const TaskReport &report : m_reports.all()) {
        if (!report.isFinal())
            ++unfinished;
        else if (report.notFound)
            ++notFound;
        else if (report.exitCode() == CliExit::Success)
            ++succeeded;
        else if (report.exitCode() == CliExit::Canceled)
            ++canceled;
        else
            ++failed;
    }
    m_output->progress(tr("%1 succeeded, %2 failed, %3 canceled, %4 not found, %5 unfinished")
                           .arg(succeeded)
                           .arg(failed)
                           .arg(canceled)
                           .arg(notFound)
                           .arg(unfinished));
    Q_EMIT finished(int(code));
}

void TaskWaiter::showChange(const TaskReport &report) const
{
    // With --json stdout carries only the final objects, so changes are progress.
    if (m_output->isJson()) {
        const QString status = report.isComplete() ? u" "_s + report.statusName() : QString();
        m_output->progress(report.id + u": "_s + (report.notFound ? u"NOT_FOUND"_s : report.stateName()) + status);
    } else {
        m_output->data(report.line());
    }
}
