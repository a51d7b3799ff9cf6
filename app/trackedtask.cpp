// SPDX-License-Identifier: MIT
#include "trackedtask.h"

#include <QCoreApplication>
#include <QJsonObject>

qint64 TrackedTask::elapsedMs(qint64 nowMs) const
{
    const qint64 end = completedAtMs > 0 ? completedAtMs : nowMs;
    return std::max<qint64>(0, end - addedAtMs);
}

qint64 TrackedTask::firstSeenMs() const
{
    return createdAtMs > 0 && (addedAtMs <= 0 || createdAtMs < addedAtMs) ? createdAtMs : addedAtMs;
}

QString TrackedTask::errorSummary() const
{
    if (task && task->hasError()) {
        // An object's "message" reads better in a table cell than its JSON; the details pane shows it all.
        const auto text = [](const QJsonValue &value) {
            const QJsonValue message = value.toObject().value(QLatin1String("message"));
            return message.isString() ? message.toString() : jsonValueToText(value);
        };
        const QString reason = text(task->errorReason);
        return reason.isEmpty() ? text(task->errorStatus) : reason;
    }
    if (watch == Watch::NotFound || watch == Watch::StoppedWatching)
        return watchLabel();
    return summariseError(lastError);
}

QString TrackedTask::watchLabel() const
{
    switch (watch) {
    case Watch::Watching:
        return {};
    case Watch::Paused:
        return QCoreApplication::translate("TrackedTask", "Paused", "polling of one task");
    case Watch::Done:
        return {};
    case Watch::NotFound:
        return QCoreApplication::translate("TrackedTask", "Not found");
    case Watch::StoppedWatching:
        return QCoreApplication::translate("TrackedTask", "Stopped watching");
    case Watch::Refused:
        return QCoreApplication::translate("TrackedTask", "Stopped: refused", "polling stopped on a permanent error");
    }
    return {};
}
