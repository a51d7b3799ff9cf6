// SPDX-License-Identifier: MIT
#pragma once

#include "desktopnotifier.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <memory>

class NotificationCenter;
class NotificationSettings;
class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;
class TaskMonitor;

// The desktop side of notifications (issue #13): the freedesktop service through the core's NotificationCenter,
// else a tray balloon where there is a tray; the in-app list is filled by the core either way. Owns the optional
// tray icon (worst state in its shape and colour, counts in its tooltip, a menu) and, while the tray is on, keeps
// the app running when the window is closed.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)
public:
    // window: the main window, hidden instead of closed while the tray is on, and alerted on failures.
    Notifier(TaskMonitor *monitor, QWidget *window);
    ~Notifier() override;

    [[nodiscard]] bool hasTray() const { return m_tray != nullptr; }
    [[nodiscard]] NotificationSettings *settings() const { return m_settings.get(); }
    [[nodiscard]] NotificationCenter *center() const { return m_center; }
    [[nodiscard]] DesktopNotifier *desktop() const { return m_desktop; }
    // Off, on, for an hour, until tomorrow morning: kept in step with the settings (the tray and View menus).
    [[nodiscard]] QMenu *createDoNotDisturbMenu(QWidget *parent);
    // Opens the notification settings (for the View menu; the tray menu has it too).
    [[nodiscard]] QAction *settingsAction() const { return m_settingsAction; }
    // Mutes or unmutes the tasks given to setSelection (checked: all of them muted).
    [[nodiscard]] QAction *muteAction() const { return m_muteAction; }
    void setSelection(const QStringList &taskIds);
    // Quits for real, also while the tray would keep the app running (File › Quit, the tray's Quit).
    void quit();
    // The worst state of the listed tasks, for the tray: 0 all done or none, 1 running, 2 a failure.
    [[nodiscard]] int worstState() const { return m_worst; }
    [[nodiscard]] QString trayToolTip() const { return m_toolTip; }

Q_SIGNALS:
    void showWindowRequested();
    // "Show" or a click on a notification: raise the window and select these tasks.
    void tasksActivated(const QStringList &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFallback(const DesktopNotice &notice);
    // Once ever, at the first close that hides the window.
    void showCloseHint();
    void updateTray();
    void updateState();

    TaskMonitor *m_monitor;
    QPointer<QWidget> m_window;
    QSettings m_qsettings;
    std::unique_ptr<NotificationSettings> m_settings;
    DesktopNotifier *m_desktop = nullptr;
    NotificationCenter *m_center = nullptr;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_pauseAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_muteAction = nullptr;
    QStringList m_selection;
    bool m_quitting = false;
    QSystemTrayIcon *m_tray = nullptr;
    QStringList m_balloonTaskIds;
    QTimer m_stateTimer;
    int m_worst = 0;
    QString m_toolTip;
};
