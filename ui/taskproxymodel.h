// SPDX-License-Identifier: MIT
#pragma once

#include "taskoutcome.h"

#include <QIcon>
#include <QSortFilterProxyModel>
#include <QTimer>

// The table's sort and filter layer, which also gives stale rows (last known state, latest request failed)
// their look: the core model has no Gui types, so colours, fonts and icons are added here.
class TaskProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProxyModel)
public:
    explicit TaskProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Sorted, changed rows are re-sorted and re-filtered together after this long instead of one change at a time:
    // with 10,000 rows answering a thousand times a second, each change moving a row saturates the GUI thread.
    static constexpr int ResortDelayMs = 500;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSourceModel(QAbstractItemModel *model) override;
    // A re-sort of changed rows is waiting for its turn.
    [[nodiscard]] bool isResortPending() const { return m_resortTimer.isActive(); }

    // Marks a state or status this client does not know, in the table and in the details pane alike.
    static QIcon unknownValueIcon();

    // The archive instead of the main table.
    void setShowArchived(bool archived);
    [[nodiscard]] bool showsArchived() const { return m_showArchived; }
    // Only the tasks of one connection (its id); empty for all.
    void setConnectionFilter(const QString &connectionId);
    [[nodiscard]] QString connectionFilter() const { return m_connectionFilter; }
    // Only the tasks of one outcome group (the toolbar's state filter), with the text and connection filters.
    void setOutcomeFilter(OutcomeFilter filter);
    [[nodiscard]] OutcomeFilter outcomeFilter() const { return m_outcomeFilter; }
    // Any filter hides rows: the text, the state or the connection.
    [[nodiscard]] bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void scheduleResort();
    void resort();

    QTimer m_resortTimer;
    QList<QMetaObject::Connection> m_sourceConnections;
    bool m_showArchived = false;
    QString m_connectionFilter;
    OutcomeFilter m_outcomeFilter = OutcomeFilter::All;
};
