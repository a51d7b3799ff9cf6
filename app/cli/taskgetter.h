// SPDX-License-Identifier: MIT
#pragma once

#include "taskreport.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <limits>

class CliOutput;
class Clock;
class PollScheduler;

// `get`: one answer per task, through the GUI's PollScheduler so that its cap, budget and rate-limit pauses hold
// (429/503 are waited out, not reported); a line (or JSON object) per task in the order given.
class TaskGetter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskGetter)
public:
    TaskGetter(PollScheduler *scheduler, const CliOutput *output, const Clock *clock, QObject *parent = nullptr);

    // Tasks unanswered after this long are reported as timed out; a rate-limit pause that would end later is
    // reported at once. -1: no limit.
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    void start(const QStringList &ids);

    // 429/503 answers waited out per task before `get` reports the last one (exit 7).
    static constexpr int MaxSlowDowns = 3;
    [[nodiscard]] const QList<TaskReport> &reports() const { return m_reports.all(); }

Q_SIGNALS:
    // Once, after the last answer; the code follows the CliExit precedence.
    void finished(int exitCode);

private:
    void onFetched(const FetchResult &result);
    void record(const FetchResult &result);
    // Prints the answered tasks at the head of the list, so the output keeps the order of the ids.
    void printAnswered();
    void onTimeout();
    void finishIfAllAnswered();

    PollScheduler *m_scheduler;
    const CliOutput *m_output;
    const Clock *m_clock;
    QTimer m_timeout;
    qint64 m_timeoutMs = -1;
    qint64 m_deadlineMs = std::numeric_limits<qint64>::max();
    TaskReportList m_reports;
    QList<bool> m_answered;
    qsizetype m_printed = 0;
    qsizetype m_answeredCount = 0;
    bool m_finished = false;
    bool m_certificateShown = false; // a refused certificate is described in full once
    QHash<QString, int> m_slowDowns;
};
