// SPDX-License-Identifier: MIT
#pragma once

#include "cliexit.h"
#include "pollscheduler.h"
#include "taskreport.h"

#include <QList>
#include <QObject>
#include <QTimer>

class CliOutput;

// `wait`: watches every task through the GUI's PollScheduler until each one is complete or given up as not
// found, or the key is rejected, or the timeout ends it. Transient failures only delay it.
class TaskWaiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskWaiter)
public:
    TaskWaiter(PollScheduler *scheduler, const CliOutput *output, QObject *parent = nullptr);

    // -1: no limit.
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    // How long a task may answer 404 before it counts as not found (the scheduler's policy keeps the time).
    void setNotFoundGraceMs(qint64 ms) { m_notFoundGraceMs = ms; }

    void start(const QStringList &ids);
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const QList<TaskReport> &reports() const { return m_reports.all(); }

Q_SIGNALS:
    // Once; the code follows the CliExit precedence.
    void finished(int exitCode);

private:
    void onResult(const FetchResult &result);
    void giveUp(TaskReport &report);
    void onWatchStopped(const QString &id, PollScheduler::StopReason reason);
    void onTimeout();
    void finishIfAllFinal();
    void finish(CliExit code, const QString &message = {});
    void showChange(const TaskReport &report) const;

    PollScheduler *m_scheduler;
    const CliOutput *m_output;
    QTimer m_timeout;
    qint64 m_timeoutMs = -1;
    qint64 m_notFoundGraceMs = 30'000;
    TaskReportList m_reports;
    bool m_finished = false;
};
