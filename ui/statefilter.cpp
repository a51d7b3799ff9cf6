// SPDX-License-Identifier: MIT
#include "statefilter.h"

#include "outcomestyle.h"
#include "taskproxymodel.h"
#include "uisettings.h"

#include <QActionGroup>
#include <QComboBox>
#include <QMenu>
#include <QSettings>

namespace {

// The icon of the outcome a filter choice stands for; All has none.
QIcon filterIcon(OutcomeFilter filter)
{
    switch (filter) {
    case OutcomeFilter::All:
        return {};
    case OutcomeFilter::Running:
        return OutcomeStyle::icon(TaskOutcome::Running);
    case OutcomeFilter::Failed:
        return OutcomeStyle::icon(TaskOutcome::Failed);
    case OutcomeFilter::Succeeded:
        return OutcomeStyle::icon(TaskOutcome::Succeeded);
    case OutcomeFilter::Canceled:
        return OutcomeStyle::icon(TaskOutcome::Canceled);
    case OutcomeFilter::NotFound:
        return OutcomeStyle::icon(TaskOutcome::NotFound);
    }
    return {};
}

} // namespace

StateFilter::StateFilter(TaskProxyModel *proxy, QWidget *parent)
    : QObject(parent)
    , m_proxy(proxy)
{
    m_combo = new QComboBox(parent);
    m_combo->setObjectName(QStringLiteral("stateFilter"));
    m_combo->setToolTip(tr("Show only the tasks in this state; combined with the text filter"));
    m_combo->setAccessibleName(tr("State filter"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_menu = new QMenu(tr("Show Tasks", "menu: state filter"), parent);
    m_menu->setObjectName(QStringLiteral("stateFilterMenu"));
    m_group = new QActionGroup(m_menu);
    for (int i = 0; i < OutcomeFilterCount; ++i) {
        const auto filter = OutcomeFilter(i);
        m_combo->addItem(filterIcon(filter), outcomeFilterLabel(filter), i);
        QAction *action = m_menu->addAction(filterIcon(filter), outcomeFilterLabel(filter));
        action->setObjectName(QLatin1String("stateFilter_") % outcomeFilterKey(filter));
        action->setCheckable(true);
        action->setActionGroup(m_group);
        connect(action, &QAction::triggered, this, [this, filter] { setFilter(filter); });
    }
    connect(m_combo, &QComboBox::activated, this,
        [this](int index) { setFilter(OutcomeFilter(m_combo->itemData(index).toInt())); });

    m_filter = outcomeFilterFromKey(QSettings().value(UiSettings::StateFilter).toString());
    syncChoice();
    m_proxy->setOutcomeFilter(m_filter);
}

void StateFilter::syncChoice()
{
    m_combo->setCurrentIndex(m_combo->findData(int(m_filter)));
    m_group->actions().at(int(m_filter))->setChecked(true);
}

void StateFilter::setFilter(OutcomeFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    syncChoice();
    m_proxy->setOutcomeFilter(filter);
    QSettings().setValue(UiSettings::StateFilter, QString(outcomeFilterKey(filter)));
    Q_EMIT filterChanged(filter);
}
