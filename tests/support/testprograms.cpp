// SPDX-License-Identifier: MIT
#include "testprograms.h"

#include <QFileInfo>

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
