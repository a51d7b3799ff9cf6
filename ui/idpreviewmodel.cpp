// SPDX-License-Identifier: MIT
#include "idpreviewmodel.h"

#include "tasktablemodel.h"

IdPreviewModel::IdPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IdPreviewModel::setExtraction(const IdExtraction &extraction, const TaskTableModel *watched)
{
    beginResetModel();
    m_extraction = extraction;
    m_watched.clear();
    m_checked.clear();
    m_watched.reserve(m_extraction.ids.size());
    m_checked.reserve(m_extraction.ids.size());
    m_newCount = 0;
    for (const ExtractedId &found : std::as_const(m_extraction.ids)) {
        const bool isWatched = watched && watched->rowOf(found.id) >= 0;
        m_watched.append(isWatched);
        m_checked.append(!isWatched && !m_unticked.contains(found.id));
        m_newCount += isWatched ? 0 : 1;
    }
    endResetModel();
    Q_EMIT checkedCountChanged();
}

IdPreviewModel::RowKind IdPreviewModel::rowKind(int row) const
{
    if (row >= m_extraction.ids.size())
        return RowKind::Ignored;
    return m_watched.at(row) ? RowKind::Watched : RowKind::New;
}

QStringList IdPreviewModel::checkedIds() const
{
    QStringList ids;
    for (qsizetype i = 0; i < m_extraction.ids.size(); ++i) {
        if (m_checked.at(i))
            ids.append(m_extraction.ids.at(i).id);
    }
    return ids;
}

int IdPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_extraction.ids.size() + m_extraction.ignored.size());
}

int IdPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IdPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const RowKind kind = rowKind(row);
    if (role == Qt::CheckStateRole && index.column() == IdColumn && kind == RowKind::New)
        return m_checked.at(row) ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (kind == RowKind::Ignored) {
        const IgnoredCandidate &candidate = m_extraction.ignored.at(row - m_extraction.ids.size());
        switch (index.column()) {
        case IdColumn:
            return candidate.text;
        case SourceColumn:
            return QString();
        case NoteColumn:
            return tr("left out: %1").arg(IdExtractor::reasonText(candidate));
        default:
            return {};
        }
    }
    const ExtractedId &found = m_extraction.ids.at(row);
    switch (index.column()) {
    case IdColumn:
        return found.id;
    case SourceColumn:
        return IdExtractor::sourceText(found);
    case NoteColumn:
        return kind == RowKind::Watched ? tr("already watched") : QString();
    default:
        return {};
    }
}

QVariant IdPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Task id", "preview column");
    case SourceColumn:
        return tr("Found in", "preview column");
    case NoteColumn:
        return tr("Note", "preview column");
    default:
        return {};
    }
}

Qt::ItemFlags IdPreviewModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    // Disabled rows are drawn greyed: what will not be added does not look like what will.
    if (rowKind(index.row()) != RowKind::New)
        return Qt::ItemIsSelectable;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == IdColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

bool IdPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole || index.column() != IdColumn
        || rowKind(index.row()) != RowKind::New)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_checked.at(index.row()) == checked)
        return true;
    m_checked[index.row()] = checked;
    if (checked)
        m_unticked.remove(m_extraction.ids.at(index.row()).id);
    else
        m_unticked.insert(m_extraction.ids.at(index.row()).id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedCountChanged();
    Q_EMIT ticksChanged();
    return true;
}
