// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QTabWidget;
class QWidget;

// Every pane from the keyboard (issue #13): Ctrl+1 Details, Ctrl+2 Notifications, Ctrl+Tab and Ctrl+Shift+Tab
// between the side tabs wherever focus is, F6 and Shift+F6 from the toolbar to the table to the side pane.
class PaneNavigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneNavigator)
public:
    // table: the task list; sideTabs holds details and notifications. The toolbars are the window's own.
    PaneNavigator(QMainWindow *window, QWidget *table, QTabWidget *sideTabs, QWidget *details, QWidget *notifications);

    [[nodiscard]] QAction *showDetailsAction() const { return m_details; }
    [[nodiscard]] QAction *showNotificationsAction() const { return m_notifications; }
    // Next and previous tab, next and previous pane: for the View menu.
    [[nodiscard]] QList<QAction *> movementActions() const { return m_movements; }

    // The focusable areas in F6 order; focus goes to the first that can take it.
    void focusArea(int step);

private:
    void showTab(QWidget *page);
    QList<QWidget *> areas() const;

    QMainWindow *m_window;
    QWidget *m_table;
    QTabWidget *m_sideTabs;
    QAction *m_details = nullptr;
    QAction *m_notifications = nullptr;
    QList<QAction *> m_movements;
};
