// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

// The Elapsed column of a running task: its text, and under it a thin bar of how long it has run against the age
// classes (AgeClass), one step each. There is no completion estimate to show, so the bar claims none.
class ElapsedDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElapsedDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The bar's filled width in a cell this wide, 0 when the row shows none (not running, or
    // no room); for tests.
    [[nodiscard]] static int barWidth(const QModelIndex &index, int cellWidth);
};
