// SPDX-License-Identifier: MIT
#include "notificationcenter.h"

#include "clock.h"
#include "taskoutcome.h"

#include <QLoggingCategory>

#include <algorithm>

namespace {

Q_LOGGING_CATEGORY(lcCenter, "veza.notify.center")

bool isProblem(TaskMonitor::ConnectionState state)
{
    switch (state) {
    case TaskMonitor::ConnectionState::AuthFailed:
    case TaskMonitor::ConnectionState::CertificateRefused:
    case TaskMonitor::ConnectionState::Unreachable:
    case TaskMonitor::ConnectionState::RateLimited:
    case TaskMonitor::ConnectionState::Offline:
        return true;
    case TaskMonitor::ConnectionState::NotConfigured:
    case TaskMonitor::ConnectionState::Ok:
        break;
    }
    return false;
}

// Trouble that needs the user (polling stopped until a new key or a trusted certificate) is said at once.
bool needsTheUser(TaskMonitor::ConnectionState state)
{
    return state == TaskMonitor::ConnectionState::AuthFailed
        || state == TaskMonitor::ConnectionState::CertificateRefused;
}

} // namespace

NotificationCenter::NotificationCenter(
    TaskMonitor *monitor, DesktopNotifier *desktop, NotificationSettings *settings, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_desktop(desktop)
    , m_settings(settings)
    , m_clock(clock)
{
    // Started by the first of a burst and not restarted: a steady trickle still notifies every two seconds.
    m_groupTimer.setSingleShot(true);
    m_groupTimer.setInterval(GroupWindowMs);
    connect(&m_groupTimer, &QTimer::timeout, this, &NotificationCenter::flush);

    connect(m_monitor, &TaskMonitor::taskCompleted, this, &NotificationCenter::enqueue);
    connect(m_monitor, &TaskMonitor::taskStoppedWatching, this, &NotificationCenter::enqueue);
    connect(m_monitor, &TaskMonitor::completionsUnannounced, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            if (const TrackedTask *task = m_monitor->model()->task(id))
                enqueue(*task);
        }
    });
    connect(m_monitor, &TaskMonitor::connectionStateChanged, this, &NotificationCenter::onConnectionState);
    connect(m_monitor, &TaskMonitor::connectionsChanged, this, [this] {
        // A removed connection's trouble ends with it, said or not: nothing about it is said later.
        m_episodes.removeIf([this](const auto &episode) { return !m_monitor->hasConnection(episode.key()); });
    });
    if (m_desktop) {
        connect(m_desktop, &DesktopNotifier::failed, this, &NotificationCenter::fallbackRequested);
        connect(m_desktop, &DesktopNotifier::actionInvoked, this,
            [this](const DesktopNotice &notice, const QString &action) {
                if (action == QLatin1String(DesktopNotifier::CopyIdAction)) {
                    if (!notice.taskIds.isEmpty())
                        Q_EMIT copyIdRequested(notice.taskIds.constFirst());
                } else if (action == QLatin1String(DesktopNotifier::ShowAction)
                    || action == QLatin1String(DesktopNotifier::DefaultAction)) {
                    if (notice.taskIds.isEmpty())
                        Q_EMIT showWindowRequested();
                    else
                        Q_EMIT tasksActivated(notice.taskIds);
                }
            });
    }
}

std::optional<NotificationCenter::Outcome> NotificationCenter::outcomeOf(const TrackedTask &task)
{
    // Read from the table's outcome, so a notification never names another state than the row it points at.
    switch (taskOutcome(task)) {
    case TaskOutcome::Succeeded:
        return Outcome::Succeeded;
    case TaskOutcome::Failed:
        return Outcome::Failed;
    case TaskOutcome::Canceled:
        return Outcome::Canceled;
    case TaskOutcome::NotFound:
        return Outcome::NotFound;
    case TaskOutcome::Unknown:
        if (task.isComplete())
            return Outcome::Canceled; // ended without success or a failure to report
        if (task.watch == TrackedTask::Watch::StoppedWatching || task.watch == TrackedTask::Watch::Refused)
            return Outcome::StoppedWatching;
        return std::nullopt;
    case TaskOutcome::Queued:
    case TaskOutcome::Running:
    case TaskOutcome::Stale:
    case TaskOutcome::Paused:
        return std::nullopt;
    }
    return std::nullopt;
}

void NotificationCenter::enqueue(const TrackedTask &task)
{
    const std::optional<Outcome> outcome = outcomeOf(task);
    if (!outcome)
        return;
    Item item;
    item.id = task.id;
    item.name = task.label.isEmpty() ? task.id : task.label;
    item.outcome = *outcome;
    item.completion = task.isComplete();
    switch (*outcome) {
    case Outcome::Succeeded:
        item.title = tr("Task succeeded");
        break;
    case Outcome::Failed:
        item.title = tr("Task failed");
        item.detail = task.errorSummary();
        break;
    case Outcome::Canceled:
        item.title
            = task.status() == TaskStatus::Canceled ? tr("Task canceled") : tr("Task completed without a status");
        break;
    case Outcome::NotFound:
        item.title = tr("Task not found");
        break;
    case Outcome::StoppedWatching:
        item.title = tr("Stopped watching a task");
        item.detail = task.errorSummary();
        break;
    case Outcome::Connection:
        return;
    }
    const auto same = [&](const Item &pending) { return pending.id == item.id && pending.outcome == item.outcome; };
    if (std::any_of(m_pending.cbegin(), m_pending.cend(), same))
        return;
    m_pending.append(item);
    if (!m_groupTimer.isActive())
        m_groupTimer.start();
}

void NotificationCenter::flush()
{
    m_groupTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<Item> items = std::exchange(m_pending, {});
    QStringList completed;
    QList<Item> shown;
    const bool quiet = m_settings->isQuiet(m_clock->nowMs());
    for (const Item &item : items) {
        if (item.completion)
            completed.append(item.id);
        if (!quiet && m_settings->isEnabled(item.outcome) && !m_settings->isMuted(item.id))
            shown.append(item);
    }
    // Decided, shown or not: a restart does not bring these back.
    m_monitor->markAnnounced(completed);
    qCDebug(lcCenter) << items.size() << "completions," << shown.size() << "notified" << (quiet ? "(quiet)" : "");
    if (shown.isEmpty())
        return;
    deliver(noticeFor(shown));
    if (std::any_of(shown.cbegin(), shown.cend(), [](const Item &item) { return item.outcome == Outcome::Failed; }))
        Q_EMIT alertRequested();
}

DesktopNotice NotificationCenter::noticeFor(const QList<Item> &items) const
{
    DesktopNotice notice;
    const bool anyFailed
        = std::any_of(items.cbegin(), items.cend(), [](const Item &item) { return item.outcome == Outcome::Failed; });
    notice.urgency = anyFailed ? DesktopNotice::Urgency::Critical : DesktopNotice::Urgency::Normal;
    notice.category = anyFailed ? QStringLiteral("transfer.error") : QStringLiteral("transfer.complete");
    for (const Item &item : items)
        notice.taskIds.append(item.id);
    if (items.size() == 1) {
        const Item &only = items.constFirst();
        notice.summary = only.title;
        notice.body = only.detail.isEmpty() ? only.name : QString(only.name % QLatin1Char('\n') % only.detail);
        notice.canCopyId = true;
        return notice;
    }
    const auto count = [&](Outcome outcome) {
        return int(std::count_if(
            items.cbegin(), items.cend(), [outcome](const Item &item) { return item.outcome == outcome; }));
    };
    QStringList parts;
    if (const int n = count(Outcome::Succeeded))
        parts << tr("%n succeeded", "tasks", n);
    if (const int n = count(Outcome::Failed))
        parts << tr("%n failed", "tasks", n);
    if (const int n = count(Outcome::Canceled))
        parts << tr("%n canceled", "tasks", n);
    if (const int n = count(Outcome::NotFound))
        parts << tr("%n not found", "tasks", n);
    if (const int n = count(Outcome::StoppedWatching))
        parts << tr("%n no longer watched", "tasks", n);
    notice.summary = tr("%n task(s) finished: %1", nullptr, int(items.size())).arg(parts.join(QLatin1String(", ")));
    QStringList names;
    for (qsizetype i = 0; i < items.size() && i < MaxNamesShown; ++i)
        names.append(items.at(i).name);
    notice.body = names.join(QLatin1String(", "));
    if (items.size() > MaxNamesShown)
        notice.body += QLatin1Char(' ') + tr("and %n more", nullptr, int(items.size() - MaxNamesShown));
    return notice;
}

void NotificationCenter::onConnectionState(
    const QString &id, TaskMonitor::ConnectionState state, const QString &message)
{
    if (isProblem(state)) {
        auto it = m_episodes.find(id);
        if (it == m_episodes.end()) {
            it = m_episodes.insert(id, Episode{++m_episodeSerial, message});
            if (!needsTheUser(state) && m_connectionGraceMs > 0) {
                QTimer::singleShot(m_connectionGraceMs, this, [this, id, serial = it->serial] {
                    const auto episode = m_episodes.find(id);
                    if (episode != m_episodes.end() && episode->serial == serial && !episode->decided
                        && m_monitor->hasConnection(id))
                        announceProblem(id, *episode);
                });
                return;
            }
        } else {
            if (it->decided) {
                // One notice per episode, whatever the trouble turns into; but trouble kept quiet that now stops
                // polling until the user acts is decided again.
                if (!it->said && needsTheUser(state)) {
                    it->message = message;
                    announceProblem(id, *it);
                }
                return;
            }
            it->message = message;
            if (!needsTheUser(state))
                return; // its grace goes on
        }
        announceProblem(id, *it);
        return;
    }
    const auto it = m_episodes.constFind(id);
    if (it == m_episodes.cend())
        return;
    const bool said = it->said;
    m_episodes.erase(it);
    // Recovery is noted once, for trouble that was said; a connection being set up is no recovery.
    if (state != TaskMonitor::ConnectionState::Ok || !said)
        return;
    DesktopNotice notice;
    notice.summary = tr("Connection restored: %1").arg(m_monitor->connectionName(id));
    notice.body = tr("Polling goes on.");
    notice.urgency = DesktopNotice::Urgency::Low;
    notice.category = QStringLiteral("network.connected");
    deliver(notice);
}

void NotificationCenter::announceProblem(const QString &id, Episode &episode)
{
    episode.decided = true;
    // Kept quiet by the settings or do-not-disturb: its recovery is not said either.
    episode.said = m_settings->isEnabled(Outcome::Connection) && !m_settings->isQuiet(m_clock->nowMs());
    if (!episode.said)
        return;
    DesktopNotice notice;
    notice.summary = tr("Connection problem: %1").arg(m_monitor->connectionName(id));
    notice.body = episode.message;
    notice.category = QStringLiteral("network.error");
    deliver(notice);
}

void NotificationCenter::deliver(const DesktopNotice &notice)
{
    if (!m_desktop || !m_desktop->notify(notice))
        Q_EMIT fallbackRequested(notice);
    Q_EMIT noticeSent(notice);
}
