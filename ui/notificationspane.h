// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class NotificationLog;
class QListView;
class QPushButton;

// The in-app notification list, newest first; it works whether or not the desktop has a tray.
class NotificationsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPane)
public:
    explicit NotificationsPane(NotificationLog *log, QWidget *parent = nullptr);

    [[nodiscard]] QListView *view() const { return m_view; }

Q_SIGNALS:
    // An entry about a task was clicked; activated is a double-click or Enter.
    void taskClicked(const QString &taskId);
    void taskActivated(const QString &taskId);

private:
    NotificationLog *m_log;
    QListView *m_view = nullptr;
    QPushButton *m_clearButton = nullptr;
};
