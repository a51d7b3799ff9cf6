// SPDX-License-Identifier: MIT
#include "taskproxymodel.h"

#include "outcomestyle.h"
#include "tasktablemodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

TaskProxyModel::TaskProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_resortTimer.setSingleShot(true);
    m_resortTimer.setInterval(ResortDelayMs);
    connect(&m_resortTimer, &QTimer::timeout, this, &TaskProxyModel::resort);
}

void TaskProxyModel::sort(int column, Qt::SortOrder order)
{
    // Unsorted, a change only re-filters its row, which is cheap: rows follow their changes at once.
    m_resortTimer.stop();
    setDynamicSortFilter(column < 0);
    QSortFilterProxyModel::sort(column, order);
}

void TaskProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this, &TaskProxyModel::scheduleResort)
                        << connect(model, &QAbstractItemModel::rowsInserted, this, &TaskProxyModel::scheduleResort);
}

void TaskProxyModel::scheduleResort()
{
    if (!dynamicSortFilter() && !m_resortTimer.isActive())
        m_resortTimer.start();
}

void TaskProxyModel::resort()
{
    if (dynamicSortFilter())
        return;
    // Without dynamic sorting a change neither moves nor hides its row: both are done here, once for the lot.
    invalidateFilter();
    QSortFilterProxyModel::sort(sortColumn(), sortOrder());
}

void TaskProxyModel::setShowArchived(bool archived)
{
    if (m_showArchived == archived)
        return;
    m_showArchived = archived;
    invalidateFilter();
}

void TaskProxyModel::setConnectionFilter(const QString &connectionId)
{
    if (m_connectionFilter == connectionId)
        return;
    m_connectionFilter = connectionId;
    invalidateFilter();
}

void TaskProxyModel::setOutcomeFilter(OutcomeFilter filter)
{
    if (m_outcomeFilter == filter)
        return;
    m_outcomeFilter = filter;
    invalidateFilter();
}

bool TaskProxyModel::isFiltering() const
{
    return m_outcomeFilter != OutcomeFilter::All || !m_connectionFilter.isEmpty()
        || !filterRegularExpression().pattern().isEmpty();
}

bool TaskProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(TaskTableModel::ArchivedRole).toBool() != m_showArchived)
        return false;
    if (!m_connectionFilter.isEmpty() && index.data(TaskTableModel::ConnectionRole).toString() != m_connectionFilter)
        return false;
    if (m_outcomeFilter != OutcomeFilter::All
        && !outcomeFilterAccepts(m_outcomeFilter, TaskOutcome(index.data(TaskTableModel::OutcomeRole).toInt())))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

namespace {

QString joinLines(const QString &first, const QString &rest)
{
    return rest.isEmpty() ? first : QString(first % QLatin1Char('\n') % rest);
}

} // namespace

QIcon TaskProxyModel::unknownValueIcon()
{
    return QIcon::fromTheme(QStringLiteral("dialog-question"), QIcon(QStringLiteral(":/icons/unknown.svg")));
}

QVariant TaskProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == TaskTableModel::StateColumn)
        return OutcomeStyle::icon(TaskOutcome(QSortFilterProxyModel::data(index, TaskTableModel::OutcomeRole).toInt()));
    if (role == Qt::ToolTipRole && index.column() == TaskTableModel::StateColumn)
        return joinLines(
            outcomeLabel(TaskOutcome(QSortFilterProxyModel::data(index, TaskTableModel::OutcomeRole).toInt())),
            QSortFilterProxyModel::data(index, role).toString());
    if (role == Qt::ToolTipRole && index.column() == TaskTableModel::ElapsedColumn
        && TaskOutcome(QSortFilterProxyModel::data(index, TaskTableModel::OutcomeRole).toInt())
            == TaskOutcome::Running) {
        const qint64 elapsedMs = QSortFilterProxyModel::data(index, TaskTableModel::SortRole).toLongLong();
        return joinLines(tr("Running %1 (%2). The bar under it has one step per age class: 1 min, 10 min, 1 h, 6 h "
                            "and 24 h, when watching stops; it is not a completion estimate.")
                             .arg(TaskTableModel::formatDuration(elapsedMs), AgeClass::label(AgeClass::of(elapsedMs))),
            QSortFilterProxyModel::data(index, role).toString());
    }
    if (role == Qt::DecorationRole) {
        if (QSortFilterProxyModel::data(index, TaskTableModel::UnknownValueRole).toBool())
            return unknownValueIcon();
        return QSortFilterProxyModel::data(index, role);
    }
    if (role != Qt::ForegroundRole && role != Qt::FontRole)
        return QSortFilterProxyModel::data(index, role);
    if (!QSortFilterProxyModel::data(index, TaskTableModel::StaleRole).toBool())
        return QSortFilterProxyModel::data(index, role);
    if (role == Qt::ForegroundRole)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    QFont font;
    font.setItalic(true);
    return font;
}
