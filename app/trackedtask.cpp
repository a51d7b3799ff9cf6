// SPDX-License-Identifier: MIT
#include "trackedtask.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace {

template <typename T>
void appendBounded(QList<T> &list, const T &entry, qsizetype bound)
{
    // QList drops its first element by moving its start, and moves the rest back only now and then.
    if (list.size() >= bound)
        list.remove(0, list.size() - bound + 1);
    list.append(entry);
}

template <typename T>
QList<T> merged(const QList<T> &stored, const QList<T> &seen, qsizetype keep)
{
    QList<T> result = stored;
    QList<bool> matched(stored.size(), false);
    for (const T &entry : seen) {
        // Each stored entry stands for one seen entry: two identical requests in the same millisecond stay two.
        qsizetype at = -1;
        for (qsizetype i = 0; i < stored.size() && at < 0; ++i) {
            if (!matched.at(i) && stored.at(i) == entry)
                at = i;
        }
        if (at >= 0)
            matched[at] = true;
        else
            result.append(entry);
    }
    std::stable_sort(result.begin(), result.end(), [](const T &a, const T &b) { return a.timeMs < b.timeMs; });
    if (result.size() > keep)
        result.remove(0, result.size() - keep);
    return result;
}

} // namespace

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

void TrackedTask::recordTransition(const StateTransition &transition)
{
    appendBounded(transitions, transition, MaxTransitions);
}

void TrackedTask::recordRequest(const RequestRecord &request)
{
    appendBounded(requests, request, MaxRequests);
}

QList<StateTransition> mergeTransitions(
    const QList<StateTransition> &stored, const QList<StateTransition> &seen, qsizetype keep)
{
    return merged(stored, seen, keep);
}

QList<RequestRecord> mergeRequests(const QList<RequestRecord> &stored, const QList<RequestRecord> &seen, qsizetype keep)
{
    return merged(stored, seen, keep);
}
