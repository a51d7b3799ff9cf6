// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QMenu;
class QSystemTrayIcon;
class TaskMonitor;
struct TrackedTask;

// Desktop notifications through the tray, when there is one. The in-app list (TaskMonitor::notifications())
// is filled by the core; this only adds the balloon, so the app works the same without a tray.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)
public:
    explicit Notifier(TaskMonitor *monitor, QObject *parent = nullptr);
    ~Notifier() override;

    [[nodiscard]] bool hasTray() const { return m_tray != nullptr; }

    // "Task succeeded", "Task failed: reason", "Task canceled".
    static QString titleFor(const TrackedTask &task);

Q_SIGNALS:
    void showWindowRequested();
    // The balloon for this task was clicked.
    void taskActivated(const QString &taskId);

private:
    struct Pending
    {
        QString id;
        QString title;
        QString body;
        bool failed = false;
    };

    void onTaskCompleted(const TrackedTask &task);
    void flush();

    TaskMonitor *m_monitor;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    QList<Pending> m_pending;
    QTimer m_batchTimer;
    QString m_balloonTaskId;
};
