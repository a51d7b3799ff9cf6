// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QFontMetrics;
class QHeaderView;
class QMenu;
class QWidget;

// Which columns the task table shows, and how wide they start: a checkable list on the header's context menu and as
// View › Columns. Hidden columns are part of the header's saved state. One column (the task id) always stays.
class ColumnChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)
public:
    ColumnChooser(QHeaderView *header, int fixedColumn, QWidget *parent);

    [[nodiscard]] QMenu *menu() const { return m_menu; }
    // Shows or hides a logical column; the fixed column is never hidden.
    void setColumnVisible(int column, bool visible);
    // After a header state was restored: a state saved by an older build may hide the fixed column.
    void ensureFixedColumnShown();
    // Without a saved state: each column as wide as a usual value of its own (the task table's columns).
    void setDefaultWidths(const QFontMetrics &metrics);

private:
    void syncMenu();

    QHeaderView *m_header;
    int m_fixedColumn;
    QMenu *m_menu = nullptr;
};
