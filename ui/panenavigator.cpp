// SPDX-License-Identifier: MIT
#include "panenavigator.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace {

QAction *windowAction(QMainWindow *window, const QString &text, const QString &name, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, window);
    action->setObjectName(name);
    action->setShortcuts(keys);
    // Wherever focus is in the window, also inside the table, which keeps plain Tab for its cells.
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

// The first widget of page that takes focus from the keyboard, or the page itself.
QWidget *focusTarget(QWidget *page)
{
    if (page->focusPolicy() & Qt::TabFocus)
        return page;
    const QList<QWidget *> children = page->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isVisibleTo(page) && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus))
            return child;
    }
    return page;
}

} // namespace

PaneNavigator::PaneNavigator(
    QMainWindow *window, QWidget *table, QTabWidget *sideTabs, QWidget *details, QWidget *notifications)
    : QObject(window)
    , m_window(window)
    , m_table(table)
    , m_sideTabs(sideTabs)
{
    m_details = windowAction(
        window, tr("Details", "view menu"), QStringLiteral("showDetailsAction"), {QKeySequence(Qt::CTRL | Qt::Key_1)});
    connect(m_details, &QAction::triggered, this, [this, details] { showTab(details); });
    m_notifications = windowAction(window, tr("Notifications", "view menu"), QStringLiteral("showNotificationsAction"),
        {QKeySequence(Qt::CTRL | Qt::Key_2)});
    connect(m_notifications, &QAction::triggered, this, [this, notifications] { showTab(notifications); });

    QAction *nextTab = windowAction(window, tr("Next Tab"), QStringLiteral("nextTabAction"),
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(nextTab, &QAction::triggered, this,
        [this] { showTab(m_sideTabs->widget((m_sideTabs->currentIndex() + 1) % m_sideTabs->count())); });
    QAction *previousTab = windowAction(window, tr("Previous Tab"), QStringLiteral("previousTabAction"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
            QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(previousTab, &QAction::triggered, this, [this] {
        const int count = m_sideTabs->count();
        showTab(m_sideTabs->widget((m_sideTabs->currentIndex() + count - 1) % count));
    });

    QAction *nextArea = windowAction(window, tr("Next Pane"), QStringLiteral("nextPaneAction"), {Qt::Key_F6});
    connect(nextArea, &QAction::triggered, this, [this] { focusArea(1); });
    QAction *previousArea = windowAction(
        window, tr("Previous Pane"), QStringLiteral("previousPaneAction"), {QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    connect(previousArea, &QAction::triggered, this, [this] { focusArea(-1); });
    m_movements = {nextTab, previousTab, nextArea, previousArea};

    // Toolbar buttons take focus from the keyboard, so that F6 (then arrows and Tab) reaches every one.
    const QList<QToolBar *> toolBars = window->findChildren<QToolBar *>();
    for (QToolBar *toolBar : toolBars) {
        const QList<QToolButton *> buttons = toolBar->findChildren<QToolButton *>();
        for (QToolButton *button : buttons)
            button->setFocusPolicy(Qt::TabFocus);
    }
}

void PaneNavigator::showTab(QWidget *page)
{
    if (!page)
        return;
    m_sideTabs->setCurrentWidget(page);
    focusTarget(page)->setFocus(Qt::ShortcutFocusReason);
}

QList<QWidget *> PaneNavigator::areas() const
{
    QList<QWidget *> list;
    const QList<QToolBar *> toolBars = m_window->findChildren<QToolBar *>();
    for (QToolBar *toolBar : toolBars) {
        if (toolBar->isVisible())
            list.append(toolBar);
    }
    list.append(m_table);
    list.append(m_sideTabs);
    return list;
}

void PaneNavigator::focusArea(int step)
{
    const QList<QWidget *> list = areas();
    const QWidget *focused = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (focused && (focused == list.at(i) || list.at(i)->isAncestorOf(focused)))
            current = i;
    }
    const qsizetype count = list.size();
    const qsizetype next = current < 0 ? 0 : (current + step + count) % count;
    QWidget *area = list.at(next);
    if (area == m_sideTabs)
        focusTarget(m_sideTabs->currentWidget())->setFocus(Qt::ShortcutFocusReason);
    else
        focusTarget(area)->setFocus(Qt::ShortcutFocusReason);
}
