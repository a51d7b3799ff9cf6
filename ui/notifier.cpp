// SPDX-License-Identifier: MIT
#include "notifier.h"

#include "taskmonitor.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

#include <algorithm>

Notifier::Notifier(TaskMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    // Completions that land together (one poll round) become one balloon instead of a burst.
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(400);
    connect(&m_batchTimer, &QTimer::timeout, this, &Notifier::flush);

    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;

    m_menu = std::make_unique<QMenu>();
    QAction *showAction = m_menu->addAction(tr("Show Window"));
    connect(showAction, &QAction::triggered, this, &Notifier::showWindowRequested);
    m_menu->addSeparator();
    QAction *quitAction = m_menu->addAction(tr("Quit", "tray menu"));
    connect(quitAction, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);

    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        Q_EMIT showWindowRequested();
        if (!m_balloonTaskId.isEmpty())
            Q_EMIT taskActivated(m_balloonTaskId);
    });
    m_tray->show();

    connect(m_monitor, &TaskMonitor::taskCompleted, this, &Notifier::onTaskCompleted);
    // Connection-level trouble (the key refused) is worth a balloon too; task entries come through taskCompleted.
    connect(
        m_monitor->notifications(), &NotificationLog::entryAdded, this, [this](const NotificationLog::Entry &entry) {
            if (entry.taskId.isEmpty() && entry.severity == NotificationLog::Severity::Error)
                m_tray->showMessage(entry.title, entry.body, QSystemTrayIcon::Critical);
        });
}

// The tray icon goes before its menu, which is a member and would otherwise be destroyed first.
Notifier::~Notifier()
{
    delete m_tray;
}

QString Notifier::titleFor(const TrackedTask &task)
{
    switch (task.status()) {
    case TaskStatus::Succeeded:
        return tr("Task succeeded");
    case TaskStatus::Failed: {
        const QString reason = task.errorSummary();
        return reason.isEmpty() ? tr("Task failed") : tr("Task failed: %1").arg(reason);
    }
    case TaskStatus::Canceled:
        return tr("Task canceled");
    case TaskStatus::Unknown:
        return tr("Task completed without a status");
    case TaskStatus::Unrecognised:
        break;
    }
    // The label says it is unknown and quotes what was sent.
    return tr("Task completed: %1").arg(statusLabel(task.status(), task.task ? task.task->statusRaw : QString()));
}

void Notifier::onTaskCompleted(const TrackedTask &task)
{
    m_pending.append(
        {task.id, titleFor(task), task.label.isEmpty() ? task.id : task.label, task.status() != TaskStatus::Succeeded});
    m_batchTimer.start();
}

void Notifier::flush()
{
    if (!m_tray || m_pending.isEmpty())
        return;
    if (m_pending.size() == 1) {
        const Pending &only = m_pending.constFirst();
        m_balloonTaskId = only.id;
        m_tray->showMessage(
            only.title, only.body, only.failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else {
        const auto failed
            = std::count_if(m_pending.cbegin(), m_pending.cend(), [](const Pending &p) { return p.failed; });
        m_balloonTaskId.clear();
        const QString body = failed > 0 ? tr("%n did not succeed.", nullptr, int(failed)) : tr("All succeeded.");
        m_tray->showMessage(tr("%n task(s) completed", nullptr, int(m_pending.size())), body,
            failed > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
    m_pending.clear();
}
