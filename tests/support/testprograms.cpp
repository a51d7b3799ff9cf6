// SPDX-License-Identifier: MIT
#include "testprograms.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>

QString builtProgram(const QString &name, QString *error)
{
    const QString dir = qEnvironmentVariable("VEZA_BIN_DIR");
    if (dir.isEmpty()) {
        *error = QStringLiteral("VEZA_BIN_DIR is not set (ctest sets it to <build>/bin)");
        return {};
    }
    const QString path = dir + QLatin1Char('/') + name;
    if (!QFileInfo(path).isExecutable()) {
        *error = path + QStringLiteral(" is missing: build the %1 target first").arg(name);
        return {};
    }
    return path;
}

qint64 procStatusBytes(qint64 pid, const QByteArray &field)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

bool builtWithAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

FetchResult taskAnswer(const QString &id, TaskState state, TaskStatus status, std::optional<qint64> retryAfterMs)
{
    FetchResult result;
    result.id = id;
    result.httpStatus = 200;
    result.retryAfterMs = retryAfterMs;
    AsyncTask task;
    task.id = id;
    task.state = state;
    task.status = status;
    task.stateRaw = stateWireName(state);
    task.statusRaw = statusWireName(status);
    result.task = task;
    return result;
}

FetchResult failedAnswer(const QString &id, VezaError::Kind kind, int httpStatus, std::optional<qint64> retryAfterMs)
{
    FetchResult result;
    result.id = id;
    result.httpStatus = httpStatus;
    result.error.kind = kind;
    result.error.httpStatus = httpStatus;
    result.retryAfterMs = retryAfterMs;
    return result;
}

FetchResult objectAnswer(const QString &id, qint64 atMs, const QJsonObject &taskObject)
{
    FetchResult result;
    result.id = id;
    result.task = TaskReader::fromObject(taskObject);
    result.httpStatus = 200;
    result.latencyMs = 12;
    result.bodyBytes = 96;
    result.finishedAtMs = atMs;
    return result;
}

OpenedStore openStore(TaskStore &store, const QString &path)
{
    QSignalSpy spy(&store, &TaskStore::opened);
    store.open(path);
    if (!spy.wait(20'000))
        return {};
    return {true, spy.at(0).at(0).value<StoreStatus>(), spy.at(0).at(1).value<StoreContents>()};
}
