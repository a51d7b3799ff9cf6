// SPDX-License-Identifier: MIT
#include "taskexport.h"

#include "connection.h"
#include "jsonindex.h"
#include "taskstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace TaskExport {

namespace {

// The fields every format has, as text (CSV) or JSON values.
struct Row
{
    QJsonValue state;
    QJsonValue status;
    QJsonValue addedAt;
    QJsonValue completedAt;
    QJsonValue lastChecked;
};

QJsonValue isoTime(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toUTC().toString(Qt::ISODate);
}

// Null before the first answer: nothing is known yet, which is not the same as UNKNOWN_STATE.
Row rowOf(const TrackedTask &task)
{
    Row row;
    if (task.task) {
        const QString state = stateWireName(task.task->state);
        const QString status = statusWireName(task.task->status);
        row.state = state.isEmpty() ? task.task->stateRaw : state;
        row.status = status.isEmpty() ? task.task->statusRaw : status;
    }
    row.addedAt = isoTime(task.addedAtMs);
    row.completedAt = isoTime(task.completedAtMs);
    row.lastChecked = isoTime(task.lastCheckedMs);
    return row;
}

QJsonValue definedOrNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

bool writeAll(QIODevice *device, const QByteArray &bytes, QString *error)
{
    if (device->write(bytes) == bytes.size())
        return true;
    if (error)
        *error = device->errorString();
    return false;
}

const QStringList &columns()
{
    static const QStringList names{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("connection"),
        QStringLiteral("state"), QStringLiteral("status"), QStringLiteral("added_at"), QStringLiteral("completed_at"),
        QStringLiteral("last_checked"), QStringLiteral("error_reason"), QStringLiteral("error_status")};
    return names;
}

// Credentials never leave: normaliseBaseUrl() refuses user info, and a Connection built another way is cut here.
QString connectionText(const QUrl &baseUrl)
{
    return baseUrlText(baseUrl.adjusted(QUrl::RemoveUserInfo));
}

// The task's own connection when it has one (it was added under it), else the current one.
QString connectionOf(const TrackedTask &task, const QString &current)
{
    if (task.connection.isEmpty())
        return current;
    return connectionText(QUrl(task.connection, QUrl::StrictMode));
}

} // namespace

Format formatForPath(const QString &path, Format fallback)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    return fallback;
}

QString csvField(const QString &value)
{
    QString field = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(u'\'');
    const bool quote = field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
    if (!quote)
        return field;
    field.replace(u'"', QStringLiteral("\"\""));
    return u'"' + field + u'"';
}

bool writeCsv(QIODevice *device, const QList<const TrackedTask *> &tasks, const QUrl &baseUrl, QString *error)
{
    // The byte-order mark makes Excel read UTF-8 as UTF-8; other readers skip it.
    if (!writeAll(device, QByteArrayLiteral("\xEF\xBB\xBF") + columns().join(u',').toUtf8() + "\r\n", error))
        return false;
    const QString current = connectionText(baseUrl);
    for (const TrackedTask *task : tasks) {
        const Row row = rowOf(*task);
        const QStringList fields{csvField(task->id), csvField(task->label), csvField(connectionOf(*task, current)),
            csvField(row.state.toString()), csvField(row.status.toString()), row.addedAt.toString(),
            row.completedAt.toString(), row.lastChecked.toString(),
            csvField(task->task ? jsonValueToText(task->task->errorReason) : QString()),
            csvField(task->task ? jsonValueToText(task->task->errorStatus) : QString())};
        if (!writeAll(device, fields.join(u',').toUtf8() + "\r\n", error))
            return false;
    }
    return true;
}

bool writeJson(QIODevice *device, const QList<const TrackedTask *> &tasks, const QUrl &baseUrl, QString *error,
    const QString &storePath)
{
    if (!writeAll(device, QByteArrayLiteral("["), error))
        return false;
    const QString current = connectionText(baseUrl);
    std::optional<TaskStoreReader> store;
    bool first = true;
    for (const TrackedTask *task : tasks) {
        const Row row = rowOf(*task);
        const std::optional<AsyncTask> &answer = task->task;
        QJsonObject object{
            {QStringLiteral("id"), task->id},
            {QStringLiteral("label"), task->label},
            {QStringLiteral("connection"), connectionOf(*task, current)},
            {QStringLiteral("state"), row.state},
            {QStringLiteral("status"), row.status},
            {QStringLiteral("added_at"), row.addedAt},
            {QStringLiteral("completed_at"), row.completedAt},
            {QStringLiteral("last_checked"), row.lastChecked},
            {QStringLiteral("error_reason"), answer ? definedOrNull(answer->errorReason) : QJsonValue()},
            {QStringLiteral("error_status"), answer ? definedOrNull(answer->errorStatus) : QJsonValue()},
        };
        JsonText result = answer ? answer->result : JsonText();
        if (task->resultInStore && !storePath.isEmpty()) {
            // Read when its turn comes and dropped after: one result in memory at a time.
            if (!store)
                store.emplace(storePath);
            result = store->result(task->id);
        }
        // The result's text goes in as it is, compacted, never parsed: a result of tens of MB costs its size once.
        QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
        line.chop(1);
        const QByteArray separator = first ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
        first = false;
        const auto write = [device, error](QByteArrayView bytes) {
            return writeAll(device, QByteArray::fromRawData(bytes.data(), bytes.size()), error);
        };
        const bool written = writeAll(device, separator + line + QByteArrayLiteral(",\"result\":"), error)
            && (result.isValid() ? JsonIndex::compacted(result.text(), write) : write("null")) && write("}");
        if (!written)
            return false;
    }
    return writeAll(device, QByteArrayLiteral("\n]\n"), error);
}

QString writeFile(
    const QString &path, Format format, const QList<TrackedTask> &tasks, const QUrl &baseUrl, const QString &storePath)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QList<const TrackedTask *> pointers;
    pointers.reserve(tasks.size());
    for (const TrackedTask &task : tasks)
        pointers.append(&task);
    QString error;
    const bool written = format == Format::Json ? writeJson(&file, pointers, baseUrl, &error, storePath)
                                                : writeCsv(&file, pointers, baseUrl, &error);
    if (!written) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace TaskExport
