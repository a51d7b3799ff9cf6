// SPDX-License-Identifier: MIT
// Names and descriptions a screen reader says for the window's own widgets (the panes name theirs).
#include "mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>

void MainWindow::describeForAccessibility()
{
    m_table->setAccessibleName(tr("Tasks"));
    m_table->setAccessibleDescription(
        tr("The watched tasks, one a row. %1 removes the selected ones, %2 copies their ids, the menu key opens "
           "their actions.")
            .arg(m_removeAction->shortcut().toString(QKeySequence::NativeText),
                m_copyIdAction->shortcut().toString(QKeySequence::NativeText)));
    m_filterEdit->setAccessibleName(tr("Filter tasks"));
    m_filterEdit->setAccessibleDescription(m_filterEdit->toolTip());
    m_connectionFilter->setAccessibleName(tr("Connection shown"));
    m_connectionFilter->setAccessibleDescription(m_connectionFilter->toolTip());
    m_sideTabs->setAccessibleName(tr("Details and notifications"));
    m_countsLabel->setAccessibleName(tr("Task counts"));
    m_activityLabel->setAccessibleName(tr("Polling activity"));
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolBar->setAccessibleName(toolBar->windowTitle());
    // A toolbar button says what its action's tooltip says.
    const QList<QAction *> actions = findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QObject *> objects = action->associatedObjects();
        for (QObject *object : objects) {
            auto *widget = qobject_cast<QWidget *>(object);
            if (widget && qobject_cast<QToolBar *>(widget->parentWidget()) && !action->toolTip().isEmpty())
                widget->setAccessibleDescription(action->toolTip());
        }
    }
}
