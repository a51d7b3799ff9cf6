// SPDX-License-Identifier: MIT
#include "jsontreemodel.h"

#include <QLocale>

JsonTreeModel::JsonTreeModel(std::shared_ptr<const JsonIndex> index, QObject *parent)
    : QAbstractItemModel(parent)
    , m_index(std::move(index))
{
}

void JsonTreeModel::setIndex(std::shared_ptr<const JsonIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(JsonIndex::root()));
    return createIndex(row, column, quintptr(m_index->child(nodeOf(parent), row)));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int parentNode = m_index->parent(node);
    if (parentNode < 0)
        return {};
    return createIndex(m_index->rowInParent(parentNode), 0, quintptr(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_index)
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return m_index->childCount(nodeOf(parent));
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const int node = nodeOf(index);
    if (node < 0)
        return {};
    if (role == NodeRole)
        return node;
    if (role == Qt::TextAlignmentRole && (index.column() == ChildrenColumn || index.column() == SizeColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        if (m_index->parent(node) < 0)
            return QStringLiteral("$");
        if (m_index->hasKey(node))
            return m_index->keyPreview(node, DisplayChars);
        return QStringLiteral("[%1]").arg(index.row());
    case ValueColumn:
        return displayValue(node);
    case TypeColumn:
        return typeName(m_index->type(node));
    case ChildrenColumn:
        if (m_index->isContainer(node))
            return m_index->childCount(node);
        return {};
    case SizeColumn:
        return QLocale().formattedDataSize(m_index->sizeBytes(node));
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key", "JSON tree column");
    case ValueColumn:
        return tr("Value", "JSON tree column");
    case TypeColumn:
        return tr("Type", "JSON tree column");
    case ChildrenColumn:
        return tr("Children", "JSON tree column");
    case SizeColumn:
        return tr("Size", "JSON tree column");
    default:
        return {};
    }
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    if (node < 0)
        return Qt::NoItemFlags;
    // Views skip asking for the children of scalars.
    return QAbstractItemModel::flags(index) | (m_index->isContainer(node) ? Qt::NoItemFlags : Qt::ItemNeverHasChildren);
}

int JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !m_index)
        return -1;
    return int(index.internalId());
}

QModelIndex JsonTreeModel::indexOfNode(int node, int column) const
{
    if (!m_index || node < 0 || node >= m_index->nodeCount() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_index->rowInParent(node), column, quintptr(node));
}

QString JsonTreeModel::pathOf(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node < 0 ? QString() : m_index->path(node);
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node < 0 ? QString() : m_index->scalarText(node);
}

QByteArray JsonTreeModel::jsonOf(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node < 0 ? QByteArray() : m_index->raw(node).toByteArray();
}

QString JsonTreeModel::typeName(JsonIndex::Type type)
{
    switch (type) {
    case JsonIndex::Type::Null:
        return tr("null", "JSON type");
    case JsonIndex::Type::Bool:
        return tr("boolean", "JSON type");
    case JsonIndex::Type::Number:
        return tr("number", "JSON type");
    case JsonIndex::Type::String:
        return tr("string", "JSON type");
    case JsonIndex::Type::Array:
        return tr("array", "JSON type");
    case JsonIndex::Type::Object:
        return tr("object", "JSON type");
    }
    return {};
}

QString JsonTreeModel::displayValue(int node) const
{
    switch (m_index->type(node)) {
    case JsonIndex::Type::Object:
        return QStringLiteral("{…}");
    case JsonIndex::Type::Array:
        return QStringLiteral("[…]");
    default:
        return m_index->preview(node, DisplayChars);
    }
}
