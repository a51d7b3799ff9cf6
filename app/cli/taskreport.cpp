// SPDX-License-Identifier: MIT
#include "taskreport.h"

#include "clioutput.h"
#include "jsonindex.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

// Server text goes to terminals: no escape sequences, tabs or newlines may break out of a field.
QString field(const QString &text)
{
    QString clean = text;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    clean = clean.simplified();
    return clean.isEmpty() ? QStringLiteral("-") : clean;
}

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QJsonValue nameOrNull(const QString &name)
{
    return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
}

} // namespace

bool TaskReport::apply(const FetchResult &result)
{
    if (!result.ok()) {
        lastError = result.error;
        if (lastError.httpStatus == 0)
            lastError.httpStatus = result.httpStatus;
        return false;
    }
    lastError = {};
    const bool changed = !task || task->state != result.task->state || task->stateRaw != result.task->stateRaw
        || task->status != result.task->status || task->statusRaw != result.task->statusRaw;
    task = result.task;
    return changed;
}

CliExit TaskReport::exitCode() const
{
    if (isComplete()) {
        switch (task->status) {
        case TaskStatus::Succeeded:
            return CliExit::Success;
        case TaskStatus::Canceled:
            return CliExit::Canceled;
        case TaskStatus::Failed:
        case TaskStatus::Unknown:
        case TaskStatus::Unrecognised:
            return CliExit::Failed;
        }
        return CliExit::Failed;
    }
    if (notFound)
        return CliExit::NotFound;
    switch (lastError.kind) {
    case VezaError::Kind::None:
        return CliExit::TimedOut; // read, but not complete yet
    case VezaError::Kind::Unauthorized:
        return CliExit::KeyRejected;
    case VezaError::Kind::NotFound:
        return CliExit::NotFound;
    default:
        return CliExit::OtherError;
    }
}

QString TaskReport::stateName() const
{
    if (!task)
        return {};
    return task->state == TaskState::Unrecognised ? task->stateRaw : stateWireName(task->state);
}

QString TaskReport::statusName() const
{
    if (!task)
        return {};
    return task->status == TaskStatus::Unrecognised ? task->statusRaw : statusWireName(task->status);
}

QString TaskReport::line() const
{
    QString state = stateName();
    QString reason;
    if (task) {
        reason = jsonValueToText(task->errorReason);
    } else if (notFound || lastError.kind == VezaError::Kind::NotFound) {
        state = QStringLiteral("NOT_FOUND");
        reason = summariseError(lastError);
    } else if (lastError.isError()) {
        state = QStringLiteral("ERROR");
        reason = summariseError(lastError);
    }
    const QChar tab = QLatin1Char('\t');
    return field(id) % tab % field(state) % tab % field(statusName()) % tab % field(reason);
}

QJsonObject TaskReport::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("state"), nameOrNull(stateName())},
        {QStringLiteral("status"), nameOrNull(statusName())},
        {QStringLiteral("error_reason"), task ? orNull(task->errorReason) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error_status"), task ? orNull(task->errorStatus) : QJsonValue(QJsonValue::Null)},
    };
    QJsonValue error(QJsonValue::Null);
    if (lastError.isError()) {
        QJsonObject details{
            {QStringLiteral("kind"), errorKindName(lastError.kind)},
            {QStringLiteral("message"), describeError(lastError)},
            {QStringLiteral("not_found"), notFound},
        };
        details.insert(QStringLiteral("http_status"),
            lastError.httpStatus ? QJsonValue(lastError.httpStatus) : QJsonValue(QJsonValue::Null));
        details.insert(QStringLiteral("request_id"), nameOrNull(lastError.requestId));
        error = details;
    }
    object.insert(QStringLiteral("error"), error);
    return object;
}

void TaskReport::writeJson(const CliOutput &output) const
{
    QByteArray head = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    head.chop(1);
    head += ",\"result\":";
    output.dataPart(head);
    if (task && !task->result.isUndefined()) {
        // Compacted in pieces straight to the output: one line, and never a second copy of the result.
        JsonIndex::compacted(task->result.text(), [&output](QByteArrayView piece) {
            output.dataPart(piece);
            return true;
        });
    } else {
        output.dataPart("null");
    }
    output.dataPart("}");
    output.endData();
}

QString keyRejectedMessage(const VezaError &error)
{
    // describeError's sentence points at the GUI's connection settings; a script's key is in VEZA_TOKEN or a file.
    QString message = summariseError(error)
        + QCoreApplication::translate("TaskReport",
            ": the API key is wrong, expired or lacks rights; "
            "check VEZA_TOKEN or the file given to --token-file.");
    if (!error.message.isEmpty())
        message += QCoreApplication::translate("TaskReport", " Server message: %1.").arg(error.message);
    if (!error.requestId.isEmpty())
        message += QCoreApplication::translate("TaskReport", " Request id for Veza support: %1.").arg(error.requestId);
    return message;
}

TaskReportList::TaskReportList(const QStringList &ids)
{
    for (const QString &id : ids) {
        m_index.insert(id, m_reports.size());
        TaskReport report;
        report.id = id;
        m_reports.append(report);
    }
}

TaskReport *TaskReportList::find(const QString &id)
{
    const qsizetype index = m_index.value(id, -1);
    return index < 0 ? nullptr : &m_reports[index];
}

CliExit TaskReportList::exitCode() const
{
    CliExit code = CliExit::Success;
    for (const TaskReport &report : m_reports)
        code = moreSevere(code, report.exitCode());
    return code;
}
