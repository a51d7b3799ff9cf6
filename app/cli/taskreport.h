// SPDX-License-Identifier: MIT
#pragma once

#include "asynctask.h"
#include "cliexit.h"
#include "taskfetcher.h"
#include "vezaerror.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class CliOutput;

// What the CLI knows of one task: the last good answer, the last failure, and whether it was given up as not found.
struct TaskReport
{
    QString id;
    std::optional<AsyncTask> task; // last good answer, kept through later failures
    VezaError lastError; // kind None after a good answer
    bool notFound = false; // 404 for longer than the grace period
    bool refused = false; // an answer asking again would not change (HTTP 400, a redirect to another origin)

    // Applies one answer; true when the task's state or status changed (or it was read for the first time).
    bool apply(const FetchResult &result);

    [[nodiscard]] bool isComplete() const { return task && task->isComplete(); }
    // Nothing more will be learned: complete, or given up as not found.
    [[nodiscard]] bool isFinal() const { return isComplete() || notFound || refused; }
    // The code this task alone gives as it stands.
    [[nodiscard]] CliExit exitCode() const;

    // Wire names (PENDING, FAILED, …), the raw value for a newer server's enum, empty before the first answer.
    [[nodiscard]] QString stateName() const;
    [[nodiscard]] QString statusName() const;

    // "id<TAB>state<TAB>status<TAB>error reason", "-" for an empty field, control characters removed.
    [[nodiscard]] QString line() const;
    // {"id","state","status","result","error_reason","error_status","error"}: null for what is unknown.
    // Every field but the result, which stays text (a result of tens of MB is never parsed to be printed).
    [[nodiscard]] QJsonObject toJson() const;
    // The report as one line of compact JSON on the output's data stream, the result spliced in as text.
    void writeJson(const CliOutput &output) const;
};

// The reports of one command, in the order the ids were given.
class TaskReportList
{
public:
    explicit TaskReportList(const QStringList &ids = {});

    [[nodiscard]] TaskReport *find(const QString &id);
    [[nodiscard]] const QList<TaskReport> &all() const { return m_reports; }
    [[nodiscard]] qsizetype size() const { return m_reports.size(); }
    [[nodiscard]] const TaskReport &at(qsizetype index) const { return m_reports.at(index); }
    [[nodiscard]] qsizetype indexOf(const QString &id) const { return m_index.value(id, -1); }
    // The most severe code over every task, by the CliExit precedence.
    [[nodiscard]] CliExit exitCode() const;

private:
    QList<TaskReport> m_reports;
    QHash<QString, qsizetype> m_index;
};

// A 401/403 in the CLI's words: where the key comes from here, and the request id for Veza support.
QString keyRejectedMessage(const VezaError &error);
