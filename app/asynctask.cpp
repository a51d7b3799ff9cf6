// SPDX-License-Identifier: MIT
#include "asynctask.h"

#include "jsonindex.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <cmath>

namespace {

constexpr std::array kStateNames{"UNKNOWN_STATE", "PENDING", "IN_PROGRESS", "COMPLETE"};
constexpr std::array kStatusNames{"UNKNOWN_STATUS", "SUCCEEDED", "FAILED", "CANCELED"};
// google.rpc.Code, in number order (googleapis/google/rpc/code.proto).
constexpr std::array kGrpcCodeNames{"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
    "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
    "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"};

// A JSON number that is a whole number a qint64 holds (JSON numbers are doubles).
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::floor(number) || std::abs(number) > 9.0e15)
        return std::nullopt;
    return qint64(number);
}

// Shared by state and status: a known index into names, or -1 with the raw text kept.
template <std::size_t N>
int parseEnum(const QJsonValue &value, const std::array<const char *, N> &names, QString *raw)
{
    if (value.isUndefined() || value.isNull()) {
        raw->clear();
        return 0;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        *raw = text;
        for (std::size_t i = 0; i < N; ++i) {
            if (text.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
                return int(i);
        }
        bool isNumber = false;
        const int number = text.toInt(&isNumber);
        if (isNumber && number >= 0 && std::size_t(number) < N)
            return number;
        return -1;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        *raw = QString::number(number, 'g', 17);
        if (number >= 0 && number < double(N) && number == double(int(number)))
            return int(number);
        return -1;
    }
    *raw = jsonValueToText(value);
    return -1;
}

} // namespace

bool AsyncTask::hasError() const
{
    const auto present = [](const QJsonValue &v) {
        return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty());
    };
    return present(errorReason) || present(errorStatus);
}

QString stateWireName(TaskState state)
{
    const int index = int(state);
    return index >= 0 ? QLatin1String(kStateNames[std::size_t(index)]) : QString();
}

QString statusWireName(TaskStatus status)
{
    const int index = int(status);
    return index >= 0 ? QLatin1String(kStatusNames[std::size_t(index)]) : QString();
}

QString stateLabel(TaskState state, const QString &raw)
{
    switch (state) {
    case TaskState::Unknown:
        return QCoreApplication::translate("TaskState", "Unknown", "task state");
    case TaskState::Pending:
        return QCoreApplication::translate("TaskState", "Pending", "task state");
    case TaskState::InProgress:
        return QCoreApplication::translate("TaskState", "In progress", "task state");
    case TaskState::Complete:
        return QCoreApplication::translate("TaskState", "Complete", "task state");
    case TaskState::Unrecognised:
        break;
    }
    return raw.isEmpty()
        ? QCoreApplication::translate("TaskState", "Unknown state", "a state this client does not know")
        : QCoreApplication::translate("TaskState", "Unknown state “%1”", "the state as sent").arg(raw);
}

QString statusLabel(TaskStatus status, const QString &raw)
{
    switch (status) {
    case TaskStatus::Unknown:
        return QCoreApplication::translate("TaskStatus", "Unknown", "task status");
    case TaskStatus::Succeeded:
        return QCoreApplication::translate("TaskStatus", "Succeeded", "task status");
    case TaskStatus::Failed:
        return QCoreApplication::translate("TaskStatus", "Failed", "task status");
    case TaskStatus::Canceled:
        return QCoreApplication::translate("TaskStatus", "Canceled", "task status");
    case TaskStatus::Unrecognised:
        break;
    }
    return raw.isEmpty()
        ? QCoreApplication::translate("TaskStatus", "Unknown status", "a status this client does not know")
        : QCoreApplication::translate("TaskStatus", "Unknown status “%1”", "the status as sent").arg(raw);
}

QString grpcCodeName(qint64 code)
{
    return code >= 0 && code < qint64(kGrpcCodeNames.size()) ? QLatin1String(kGrpcCodeNames[std::size_t(code)])
                                                             : QString();
}

QString grpcCodeText(qint64 code)
{
    const QString name = grpcCodeName(code);
    return name.isEmpty() ? QString::number(code)
                          : QString::number(code) % QStringLiteral(" (") % name % QLatin1Char(')');
}

std::optional<qint64> grpcCodeOf(const QJsonValue &value)
{
    if (value.isObject())
        return wholeNumber(value.toObject().value(QLatin1String("code")));
    return wholeNumber(value);
}

QString errorFieldText(const QJsonValue &value)
{
    if (const std::optional<qint64> code = wholeNumber(value))
        return grpcCodeText(*code);
    return jsonValueToText(value);
}

QString jsonValueToText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

namespace TaskReader {

TaskState parseState(const QJsonValue &value, QString *raw)
{
    const int index = parseEnum(value, kStateNames, raw);
    return index < 0 ? TaskState::Unrecognised : TaskState(index);
}

TaskStatus parseStatus(const QJsonValue &value, QString *raw)
{
    const int index = parseEnum(value, kStatusNames, raw);
    return index < 0 ? TaskStatus::Unrecognised : TaskStatus(index);
}

AsyncTask fromObject(const QJsonObject &object)
{
    AsyncTask task;
    task.raw = object;
    task.raw.remove(QLatin1String("result"));
    const QJsonValue id = object.value(QLatin1String("id"));
    task.id = id.isString() ? id.toString() : jsonValueToText(id);
    task.state = parseState(object.value(QLatin1String("state")), &task.stateRaw);
    task.status = parseStatus(object.value(QLatin1String("status")), &task.statusRaw);
    task.result = JsonText::fromValue(object.value(QLatin1String("result")));
    task.errorReason = object.value(QLatin1String("error_reason"));
    task.errorStatus = object.value(QLatin1String("error_status"));
    return task;
}

namespace {

// The last member of an object node with this key, -1 when none (a parsed object keeps the last of duplicates).
int lastMember(const JsonIndex &index, int object, QLatin1String key)
{
    int found = -1;
    for (int i = 0, count = index.childCount(object); i < count; ++i) {
        const int member = index.child(object, i);
        if (index.key(member) == key)
            found = member;
    }
    return found;
}

} // namespace

Result parse(QByteArray body)
{
    // Read on the parsing thread anyway: the same answer polled again is known without comparing documents.
    const quint64 fingerprint = quint64(qHash(body, 0x5eed)) | 1u;
    qsizetype resultOffset = -1;
    qsizetype resultLength = 0;
    QByteArray rest; // the task object with every result replaced by null: small, parsed as usual
    {
        QString error;
        // Validates all of it; indexes the envelope and the task's fields only.
        const std::optional<JsonIndex> index = JsonIndex::build(body, 2, &error);
        if (!index) {
            return {std::nullopt,
                QCoreApplication::translate("TaskReader", "The server's answer is unreadable. %1").arg(error)};
        }
        if (index->type(JsonIndex::root()) != JsonIndex::Type::Object) {
            return {std::nullopt,
                QCoreApplication::translate("TaskReader", "The server's answer is JSON but not an object.")};
        }
        int object = JsonIndex::root();
        for (const auto key : {QLatin1String("task"), QLatin1String("value")}) {
            const int envelope = lastMember(*index, JsonIndex::root(), key);
            if (envelope >= 0 && index->type(envelope) == JsonIndex::Type::Object) {
                object = envelope;
                break;
            }
        }
        qsizetype from = index->offset(object);
        const qsizetype end = from + index->sizeBytes(object);
        rest.reserve(index->sizeBytes(object));
        for (int i = 0, count = index->childCount(object); i < count; ++i) {
            const int member = index->child(object, i);
            if (index->key(member) != QLatin1String("result"))
                continue;
            resultOffset = index->offset(member);
            resultLength = index->sizeBytes(member);
            rest.append(QByteArrayView(body).sliced(from, resultOffset - from)).append("null");
            from = resultOffset + resultLength;
        }
        rest.append(QByteArrayView(body).sliced(from, end - from));
    } // the index shares the body: gone before the body is cut

    QJsonParseError parseError;
    const QJsonDocument document = parseJsonDocument(std::move(rest), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Valid JSON that Qt's parser still refuses (nesting past its limit outside the result).
        return {std::nullopt,
            QCoreApplication::translate("TaskReader", "The server's answer is unreadable. %1")
                .arg(parseError.errorString())};
    }
    AsyncTask task = fromObject(document.object());
    task.fingerprint = fingerprint;
    if (resultOffset >= 0) {
        // In place: a body handed over by move is cut, not copied.
        body.truncate(resultOffset + resultLength);
        body.remove(0, resultOffset);
        if (body.capacity() > 2 * body.size() + 4096)
            body.squeeze();
        task.result = JsonText::fromText(std::move(body));
    }
    return {std::move(task), {}};
}

} // namespace TaskReader
