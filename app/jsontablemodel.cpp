// SPDX-License-Identifier: MIT
#include "jsontablemodel.h"

#include "taskexport.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <algorithm>

namespace {

// Sorting compares a long string by its start: enough to order it, without decoding megabytes a comparison.
constexpr int SortChars = 1000;

QString valueColumnName()
{
    return QCoreApplication::translate("JsonTableModel", "(value)", "column of array items that are not objects");
}

// The key in UTF-8: the bytes as written unless it has escapes. Points into the JSON when it can (no copy).
QByteArray keyBytes(const JsonIndex &index, int member)
{
    const QByteArrayView raw = index.rawKey(member);
    const QByteArrayView inside = raw.sliced(1, raw.size() - 2);
    if (!inside.contains('\\'))
        return QByteArray::fromRawData(inside.data(), inside.size());
    QString key;
    JsonIndex::decodeString(inside, key);
    return key.toUtf8();
}

// A cell's text for CSV, before quoting; numbers bypass the formula guard (see writeJsonTableCsv).
void appendCsvCell(QByteArray &line, const JsonIndex &index, int node)
{
    if (node < 0)
        return;
    switch (index.type(node)) {
    case JsonIndex::Type::Null:
        break;
    case JsonIndex::Type::Number:
    case JsonIndex::Type::Bool:
        line += index.raw(node);
        break;
    case JsonIndex::Type::String:
        line += TaskExport::csvField(index.scalarText(node)).toUtf8();
        break;
    case JsonIndex::Type::Array:
    case JsonIndex::Type::Object:
        line += TaskExport::csvField(QString::fromUtf8(index.compactJson(node))).toUtf8();
        break;
    }
}

} // namespace

int JsonTableLayout::cell(const JsonIndex &index, int arrayNode, int row, int column) const
{
    const int item = index.child(arrayNode, row);
    const qint32 shape = rowShape[size_t(row)];
    if (shape < 0)
        return column == valueColumn ? item : -1;
    const auto begin = shapeCells.begin() + shapeStart[size_t(shape)];
    const auto end = shapeCells.begin() + shapeStart[size_t(shape) + 1];
    const auto found = std::lower_bound(
        begin, end, column, [](const std::pair<qint32, qint32> &cell, int col) { return cell.first < col; });
    if (found == end || found->first != column)
        return -1;
    return index.child(item, found->second);
}

std::shared_ptr<const JsonTableLayout> JsonTableLayout::build(
    const JsonIndex &index, int arrayNode, const std::atomic<bool> *cancel)
{
    auto layout = std::make_shared<JsonTableLayout>();
    const int rows = index.type(arrayNode) == JsonIndex::Type::Array ? index.childCount(arrayNode) : 0;
    layout->rowShape.reserve(size_t(rows));
    layout->shapeStart.push_back(0);
    QHash<QByteArray, int> columnOf;
    QHash<QByteArray, int> shapeOf;
    std::vector<std::pair<qint32, qint32>> cells;
    bool anyOther = false;
    for (int row = 0; row < rows; ++row) {
        if ((row & 0x3FF) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return nullptr;
        const int item = index.child(arrayNode, row);
        if (index.type(item) != JsonIndex::Type::Object) {
            layout->rowShape.push_back(-1);
            anyOther = true;
            continue;
        }
        cells.clear();
        const int members = index.childCount(item);
        for (int position = 0; position < members; ++position) {
            const QByteArray key = keyBytes(index, index.child(item, position));
            auto found = columnOf.constFind(key);
            if (found == columnOf.constEnd()) {
                // A deep copy: the key may point into the JSON bytes.
                found = columnOf.insert(QByteArray(key.constData(), key.size()), int(layout->columns.size()));
                layout->columns.append(QString::fromUtf8(key));
            }
            cells.emplace_back(*found, position);
        }
        // By column; of a repeated key, the last member stays.
        std::stable_sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        const auto last = std::unique(
            cells.rbegin(), cells.rend(), [](const auto &a, const auto &b) { return a.first == b.first; });
        cells.erase(cells.begin(), last.base());
        const QByteArray shapeKey(
            reinterpret_cast<const char *>(cells.data()), qsizetype(cells.size() * sizeof(cells.front())));
        auto shape = shapeOf.constFind(shapeKey);
        if (shape == shapeOf.constEnd()) {
            shape = shapeOf.insert(shapeKey, int(layout->shapeStart.size() - 1));
            layout->shapeCells.insert(layout->shapeCells.end(), cells.begin(), cells.end());
            layout->shapeStart.push_back(qint32(layout->shapeCells.size()));
        }
        layout->rowShape.push_back(*shape);
    }
    if (anyOther)
        layout->valueColumn = int(layout->columns.size());
    return layout;
}

bool JsonTableModel::isTableable(const JsonIndex &index, int node)
{
    if (node < 0 || node >= index.nodeCount() || index.type(node) != JsonIndex::Type::Array)
        return false;
    const int items = index.childCount(node);
    for (int i = 0; i < items; ++i) {
        if (index.type(index.child(node, i)) == JsonIndex::Type::Object)
            return true;
    }
    return false;
}

JsonTableModel::JsonTableModel(std::shared_ptr<const JsonIndex> index, int arrayNode,
    std::shared_ptr<const JsonTableLayout> layout, QObject *parent)
    : QAbstractTableModel(parent)
    , m_index(std::move(index))
    , m_arrayNode(arrayNode)
    , m_layout(layout ? std::move(layout) : JsonTableLayout::build(*m_index, arrayNode))
{
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layout->rowShape.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_layout->columnCount();
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int node = m_layout->cell(*m_index, m_arrayNode, index.row(), index.column());
    if (role == NodeRole)
        return node;
    if (node < 0)
        return {};
    const JsonIndex::Type type = m_index->type(node);
    switch (role) {
    case Qt::DisplayRole:
        return m_index->preview(node, DisplayChars);
    case Qt::TextAlignmentRole:
        if (type == JsonIndex::Type::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (type) {
        case JsonIndex::Type::Null:
            return {};
        case JsonIndex::Type::Number:
            return m_index->raw(node).toDouble();
        case JsonIndex::Type::Array:
        case JsonIndex::Type::Object:
            return QString::fromUtf8(m_index->compactJson(node, SortChars));
        default:
            return m_index->scalarText(node, SortChars);
        }
    default:
        return {};
    }
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section;
    if (section < 0 || section >= m_layout->columnCount())
        return {};
    if (section == m_layout->valueColumn)
        return valueColumnName();
    const QString &key = m_layout->columns.at(section);
    if (role == Qt::DisplayRole && key.size() > DisplayChars)
        return QString(key.left(DisplayChars) + u'…');
    return key;
}

QString JsonTableModel::columnKey(int column) const
{
    return column >= 0 && column < m_layout->columns.size() ? m_layout->columns.at(column) : QString();
}

int JsonTableModel::itemNode(int row) const
{
    return m_index->child(m_arrayNode, row);
}

bool JsonTableModel::writeCsv(QIODevice *out, QString *error, const std::atomic<bool> *cancel) const
{
    return writeJsonTableCsv(out, *m_index, m_arrayNode, *m_layout, error, cancel);
}

bool writeJsonTableCsv(QIODevice *out, const JsonIndex &index, int arrayNode, const JsonTableLayout &layout,
    QString *error, const std::atomic<bool> *cancel)
{
    QByteArray buffer;
    const auto flush = [&](qsizetype atLeast) {
        if (buffer.size() < atLeast)
            return true;
        if (out->write(buffer) != buffer.size()) {
            if (error)
                *error = out->errorString();
            return false;
        }
        buffer.clear();
        return true;
    };
    QStringList header = layout.columns;
    if (layout.valueColumn >= 0)
        header.append(valueColumnName());
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i)
            buffer += ',';
        buffer += TaskExport::csvField(header.at(i)).toUtf8();
    }
    buffer += "\r\n";
    const int rows = int(layout.rowShape.size());
    const int columns = layout.columnCount();
    for (int row = 0; row < rows; ++row) {
        if ((row & 0x3FF) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            if (error)
                *error = QCoreApplication::translate("JsonTableModel", "Cancelled.");
            return false;
        }
        for (int column = 0; column < columns; ++column) {
            if (column)
                buffer += ',';
            appendCsvCell(buffer, index, layout.cell(index, arrayNode, row, column));
        }
        buffer += "\r\n";
        // Written in pieces of about 64 KiB: the file never sits whole in memory.
        if (!flush(64 * 1024))
            return false;
    }
    return flush(0);
}
