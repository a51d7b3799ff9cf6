// SPDX-License-Identifier: MIT
#pragma once

#include "taskoutcome.h"

#include <QObject>

class QActionGroup;
class QComboBox;
class QMenu;
class QWidget;
class TaskProxyModel;

// The state filter beside the text filter (All, Running, Failed, …): a combo for the toolbar and the same choice
// as a View submenu, kept in step, applied to the proxy and remembered in the settings.
class StateFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateFilter)
public:
    // Applies the filter saved last time.
    StateFilter(TaskProxyModel *proxy, QWidget *parent);

    [[nodiscard]] QComboBox *comboBox() const { return m_combo; }
    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] OutcomeFilter filter() const { return m_filter; }
    void setFilter(OutcomeFilter filter);

Q_SIGNALS:
    void filterChanged(OutcomeFilter filter);

private:
    void syncChoice();

    TaskProxyModel *m_proxy;
    QComboBox *m_combo = nullptr;
    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
    OutcomeFilter m_filter = OutcomeFilter::All;
};
