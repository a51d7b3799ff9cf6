// SPDX-License-Identifier: MIT
#pragma once

#include "jsontext.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

// Lifecycle of a Veza async task; Unrecognised keeps a newer server's value raw.
enum class TaskState { Unknown = 0, Pending = 1, InProgress = 2, Complete = 3, Unrecognised = -1 };

// Outcome once complete; Unrecognised never counts as success.
enum class TaskStatus { Unknown = 0, Succeeded = 1, Failed = 2, Canceled = 3, Unrecognised = -1 };

struct AsyncTask
{
    QString id;
    TaskState state = TaskState::Unknown;
    TaskStatus status = TaskStatus::Unknown;
    QString stateRaw; // the value as sent (name, number or JSON text), empty when absent
    QString statusRaw;
    JsonText result; // as received: kept as text, parsed only to be shown or exported
    QJsonValue errorReason = QJsonValue::Undefined;
    QJsonValue errorStatus = QJsonValue::Undefined;
    QJsonObject raw; // the task object without its result, unknown fields included
    quint64 fingerprint = 0; // a hash of the body it was read from, to tell a changed answer cheaply; 0: unknown

    [[nodiscard]] bool isComplete() const { return state == TaskState::Complete; }
    [[nodiscard]] bool succeeded() const { return isComplete() && status == TaskStatus::Succeeded; }
    [[nodiscard]] bool hasError() const;
};
Q_DECLARE_METATYPE(AsyncTask)

// Wire names (PENDING, SUCCEEDED, …) as the API documents them.
QString stateWireName(TaskState state);
QString statusWireName(TaskStatus status);

// Short translated labels for the UI; an unrecognised value is marked as such with its raw text
// (Unknown state “PAUSED”), so that it never reads like a value this client knows.
QString stateLabel(TaskState state, const QString &raw = {});
QString statusLabel(TaskStatus status, const QString &raw = {});

// The google.rpc.Code name of a number (13 → INTERNAL), empty outside 0–16.
QString grpcCodeName(qint64 code);
// A code with its name, "13 (INTERNAL)"; a number outside the table alone, "42".
QString grpcCodeText(qint64 code);
// The gRPC code an error_status carries: the value itself when it is a whole number, or an object's numeric "code".
std::optional<qint64> grpcCodeOf(const QJsonValue &value);
// error_reason or error_status on one line: a whole number with its gRPC code name, a string as sent, anything else
// as compact JSON; empty when undefined or null.
QString errorFieldText(const QJsonValue &value);

// Any JSON value as one line of text ("query timed out", "{\"code\":4}"); empty when undefined or null.
QString jsonValueToText(const QJsonValue &value);

namespace TaskReader {

struct Result
{
    std::optional<AsyncTask> task;
    QString error; // why the body is not a task, when task is empty
};

// Reads `task`, else `value`, else the body itself, with every tolerance of docs/veza-api.md. The result is cut out
// of the body as received, never parsed: pass the body by move, and a result of tens of MB is not even copied.
Result parse(QByteArray body);
AsyncTask fromObject(const QJsonObject &object);
TaskState parseState(const QJsonValue &value, QString *raw);
TaskStatus parseStatus(const QJsonValue &value, QString *raw);

} // namespace TaskReader
