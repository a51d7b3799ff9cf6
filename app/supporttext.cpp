// SPDX-License-Identifier: MIT
#include "supporttext.h"

#include "connection.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace SupportText {

namespace {

// The value as a ticket should read it: the wire name when known, else what was sent, marked as unknown.
QString stateText(const AsyncTask &task)
{
    if (task.state == TaskState::Unrecognised)
        return u"unknown “%1”"_s.arg(task.stateRaw);
    const QString name = stateWireName(task.state);
    return task.stateRaw.isEmpty() || task.stateRaw == name ? name : u"%1 (sent as %2)"_s.arg(name, task.stateRaw);
}

QString statusText(const AsyncTask &task)
{
    if (task.status == TaskStatus::Unrecognised)
        return u"unknown “%1”"_s.arg(task.statusRaw);
    const QString name = statusWireName(task.status);
    return task.statusRaw.isEmpty() || task.statusRaw == name ? name : u"%1 (sent as %2)"_s.arg(name, task.statusRaw);
}

void addField(QStringList &lines, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        lines.append(name % u": "_s % value);
}

} // namespace

QString isoTimeUtc(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' % quoted % u'\'';
}

QString curlCommand(const QUrl &baseUrl, const QString &taskId)
{
    // Double quotes around the header only: the shell puts the token in, and nothing else of it is expanded.
    const QUrl url = taskUrl(baseUrl.adjusted(QUrl::RemoveUserInfo), taskId);
    return u"curl -sS -H \"Authorization: Bearer $VEZA_TOKEN\" -H 'Accept: application/json' "_s
        % shellQuote(url.toString(QUrl::FullyEncoded));
}

// English whatever the window's language: the text goes to Veza's support.
QString errorReport(const TrackedTask &task, const QList<RequestRecord> &requests, const QString &connectionName,
    const QUrl &baseUrl, qint64 nowMs)
{
    QStringList lines;
    lines.append(u"Veza async task "_s % task.id);
    addField(lines, u"Label"_s, task.label);
    const QString address = baseUrl.isEmpty() ? QString() : baseUrlText(baseUrl.adjusted(QUrl::RemoveUserInfo));
    if (address.isEmpty())
        lines.append(u"Connection: none (the task's connection was removed)"_s);
    else if (connectionName.isEmpty())
        lines.append(u"Connection: "_s % address);
    else
        lines.append(u"Connection: %1 (%2)"_s.arg(connectionName, address));
    if (address.isEmpty() || task.id.isEmpty())
        lines.append(u"Endpoint: GET /api/v1/assessments/async_tasks/"_s
            % QString::fromLatin1(QUrl::toPercentEncoding(task.id)));
    else
        lines.append(u"Endpoint: GET "_s
            % taskUrl(baseUrl.adjusted(QUrl::RemoveUserInfo), task.id).toString(QUrl::FullyEncoded));

    if (task.task) {
        lines.append(u"State: "_s % stateText(*task.task));
        lines.append(u"Status: "_s % statusText(*task.task));
        addField(lines, u"error_reason"_s, errorFieldText(task.task->errorReason));
        addField(lines, u"error_status"_s, errorFieldText(task.task->errorStatus));
        if (task.task->errorStatus.isObject()) {
            if (const std::optional<qint64> code = grpcCodeOf(task.task->errorStatus))
                lines.append(u"error_status code: "_s % grpcCodeText(*code));
        }
    } else {
        lines.append(u"State: no answer yet"_s);
    }

    if (task.lastHttpStatus > 0)
        lines.append(u"Last HTTP status: %1 (%2 ms)"_s.arg(task.lastHttpStatus).arg(task.lastLatencyMs));
    else if (task.requestCount > 0)
        lines.append(u"Last HTTP status: none (no HTTP answer)"_s);
    const VezaError &error = task.lastError;
    if (error.isError()) {
        lines.append(u"Last request failed: %1 — %2"_s.arg(errorKindName(error.kind), describeError(error)));
        addField(lines, u"Veza code"_s, error.code);
        addField(lines, u"Veza message"_s, error.message);
        for (const QString &detail : error.details)
            addField(lines, u"Veza detail"_s, detail);
        addField(lines, u"Veza request_id"_s, error.requestId);
    }

    // Each request id once, with when and how its request ended: what Veza looks up in its logs.
    QStringList ids;
    QSet<QString> seen;
    int failed = 0;
    for (const RequestRecord &request : requests) {
        if (request.errorKind != VezaError::Kind::None)
            ++failed;
        if (request.requestId.isEmpty() || seen.contains(request.requestId))
            continue;
        seen.insert(request.requestId);
        const QString status
            = request.httpStatus > 0 ? u"HTTP %1"_s.arg(request.httpStatus) : errorKindName(request.errorKind);
        ids.append(u"  %1 (%2, %3)"_s.arg(request.requestId, isoTimeUtc(request.timeMs), status));
    }
    if (!error.requestId.isEmpty() && !seen.contains(error.requestId))
        ids.append(u"  "_s % error.requestId);
    lines.append(
        u"Requests: %1 in all; %2 of the last %3 failed"_s.arg(task.requestCount).arg(failed).arg(requests.size()));
    if (!ids.isEmpty()) {
        lines.append(u"Request ids:"_s);
        lines.append(ids);
    }

    addField(lines, u"Added"_s, isoTimeUtc(task.addedAtMs));
    addField(lines, u"Created"_s, isoTimeUtc(task.createdAtMs));
    addField(lines, u"Running since"_s, isoTimeUtc(task.runningSinceMs));
    addField(lines, u"Completed"_s, isoTimeUtc(task.completedAtMs));
    addField(lines, u"Last checked"_s, isoTimeUtc(task.lastCheckedMs));
    addField(lines, u"Failing since"_s, isoTimeUtc(task.staleSinceMs));
    addField(lines, u"Report time"_s, isoTimeUtc(nowMs));
    return lines.join(u'\n') + u'\n';
}

} // namespace SupportText
