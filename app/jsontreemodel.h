// SPDX-License-Identifier: MIT
#pragma once

#include "jsonindex.h"

#include <QAbstractItemModel>

#include <memory>

// A JSON document as a tree, straight from a JsonIndex: an index's internal id is its node number, so rows cost
// nothing until a view asks for them. One top-level row, the root ($); its children below it.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ChildrenColumn, SizeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        NodeRole = Qt::UserRole + 1, // int: the node in the index
    };

    // The Value column shows at most this many characters of a string or number.
    static constexpr int DisplayChars = 200;

    explicit JsonTreeModel(std::shared_ptr<const JsonIndex> index = {}, QObject *parent = nullptr);

    // A new document: a model reset.
    void setIndex(std::shared_ptr<const JsonIndex> index);
    [[nodiscard]] const std::shared_ptr<const JsonIndex> &jsonIndex() const { return m_index; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // -1 for an invalid index.
    [[nodiscard]] int nodeOf(const QModelIndex &index) const;
    // Column 0 of a node (a search hit): the view expands its parents (index.parent() up to the root) and selects it.
    [[nodiscard]] QModelIndex indexOfNode(int node, int column = KeyColumn) const;
    // JSONPath of the row, $.rows[12].owner.
    [[nodiscard]] QString pathOf(const QModelIndex &index) const;
    // The whole scalar, not shortened: a string decoded, a number as written; empty for arrays and objects.
    [[nodiscard]] QString valueText(const QModelIndex &index) const;
    // The row's value as written in the document: valid JSON for any row (copy as JSON).
    [[nodiscard]] QByteArray jsonOf(const QModelIndex &index) const;

    // Names of the JSON types, as the Type column shows them.
    static QString typeName(JsonIndex::Type type);

private:
    [[nodiscard]] QString displayValue(int node) const;

    std::shared_ptr<const JsonIndex> m_index;
};
