// SPDX-License-Identifier: MIT
#pragma once

#include "jsonindex.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QIODevice;

// Where the cells of an array of objects are: the columns (the union of the items' keys, first seen first) and, per
// item, its "shape" (the columns it has and which member holds each). Items with the same keys in the same order
// share one shape, so a uniform array costs 4 bytes a row.
struct JsonTableLayout
{
    QStringList columns;
    // The column that shows items that are not objects, after the keys; -1 when every item is an object.
    int valueColumn = -1;
    // Per item: its shape, or -1 for an item that is not an object.
    std::vector<qint32> rowShape;
    // Per shape: where its cells start in shapeCells (one more entry than shapes, for the end).
    std::vector<qint32> shapeStart;
    // (column, member's position in the item), by column.
    std::vector<std::pair<qint32, qint32>> shapeCells;

    [[nodiscard]] int columnCount() const { return int(columns.size()) + (valueColumn >= 0 ? 1 : 0); }
    // The node of the cell, -1 when the item has no such key.
    [[nodiscard]] int cell(const JsonIndex &index, int arrayNode, int row, int column) const;

    // Reads every item's keys: run it off the GUI thread for a large array. Nothing when cancelled.
    static std::shared_ptr<const JsonTableLayout> build(
        const JsonIndex &index, int arrayNode, const std::atomic<bool> *cancel = nullptr);
};

// "View as table" for an array of objects: a row per item, a column per key. Missing keys are empty cells; nested
// arrays and objects show as compact JSON. A key repeated in one object: the last one counts, as in JSON.parse.
class JsonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTableModel)
public:
    enum Role {
        // Numbers as doubles, strings, booleans and nested values as text; nothing for null and missing keys, which
        // QSortFilterProxyModel puts last in ascending order. A column mixing numbers and text compares a number with
        // text as QSortFilterProxyModel does (by the first one's type).
        SortRole = Qt::UserRole + 1,
        NodeRole, // int: the cell's node, -1 for a missing key
    };

    // Cells show at most this many characters.
    static constexpr int DisplayChars = 200;

    // An array with at least one object among its items.
    static bool isTableable(const JsonIndex &index, int node);

    // Without a layout it is built here, on the caller's thread: pass one built off the GUI thread for large arrays.
    JsonTableModel(std::shared_ptr<const JsonIndex> index, int arrayNode,
        std::shared_ptr<const JsonTableLayout> layout = {}, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] int arrayNode() const { return m_arrayNode; }
    // The key of a column; empty for the column of items that are not objects.
    [[nodiscard]] QString columnKey(int column) const;
    // The node of the item shown in a row.
    [[nodiscard]] int itemNode(int row) const;

    // The table as CSV; see writeJsonTableCsv.
    bool writeCsv(QIODevice *out, QString *error = nullptr, const std::atomic<bool> *cancel = nullptr) const;

private:
    std::shared_ptr<const JsonIndex> m_index;
    int m_arrayNode;
    std::shared_ptr<const JsonTableLayout> m_layout;
};

// RFC 4180 CSV: a header row of keys, then a row per item; CRLF line ends, UTF-8 without a byte-order mark. Text
// goes through TaskExport::csvField (quoting, and the apostrophe that stops spreadsheets running formulas); numbers
// are written as in the JSON (they cannot start a formula); null and missing keys are empty; nested values are
// compact JSON. Reentrant: may run off the GUI thread. False with the reason when a write fails or cancel is set.
bool writeJsonTableCsv(QIODevice *out, const JsonIndex &index, int arrayNode, const JsonTableLayout &layout,
    QString *error = nullptr, const std::atomic<bool> *cancel = nullptr);
