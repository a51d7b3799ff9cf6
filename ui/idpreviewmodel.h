// SPDX-License-Identifier: MIT
#pragma once

#include "idextractor.h"

#include <QAbstractTableModel>
#include <QSet>

class TaskTableModel;

// The Add dialog's preview: every id found (to add, or already watched) and every candidate left out, with where
// it was found or why it was left out. New ids are checkable; the others are shown disabled.
class IdPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdPreviewModel)
public:
    enum Column { IdColumn, SourceColumn, NoteColumn, ColumnCount };
    enum class RowKind { New, Watched, Ignored };

    explicit IdPreviewModel(QObject *parent = nullptr);

    // Watched ids are read from `watched` now; the preview does not follow later changes to it. Ids the user
    // unticked stay unticked.
    void setExtraction(const IdExtraction &extraction, const TaskTableModel *watched);
    [[nodiscard]] const IdExtraction &extraction() const { return m_extraction; }

    [[nodiscard]] RowKind rowKind(int row) const;
    [[nodiscard]] QStringList checkedIds() const;
    [[nodiscard]] int newCount() const { return int(m_newCount); }
    [[nodiscard]] int watchedCount() const { return int(m_extraction.ids.size() - m_newCount); }
    [[nodiscard]] int ignoredCount() const { return int(m_extraction.ignored.size() + m_extraction.ignoredOmitted); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void checkedCountChanged();
    // The user ticked or unticked an id.
    void ticksChanged();

private:
    IdExtraction m_extraction;
    QList<bool> m_watched; // per id
    QList<bool> m_checked; // per id; only new ids can be checked
    QSet<QString> m_unticked; // kept across extractions: the text read again keeps the user's choices
    qsizetype m_newCount = 0;
};
