// SPDX-License-Identifier: MIT
#include "columnchooser.h"

#include "tasktablemodel.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QTime>

ColumnChooser::ColumnChooser(QHeaderView *header, int fixedColumn, QWidget *parent)
    : QObject(parent)
    , m_header(header)
    , m_fixedColumn(fixedColumn)
{
    m_menu = new QMenu(tr("Columns", "menu"), parent);
    m_menu->setObjectName(QStringLiteral("columnsMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::syncMenu);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) { m_menu->popup(m_header->viewport()->mapToGlobal(pos)); });
    syncMenu();
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    if (column < 0 || column >= m_header->count() || (column == m_fixedColumn && !visible))
        return;
    m_header->setSectionHidden(column, !visible);
    // A column hidden while narrowed to nothing comes back at a usable width.
    if (visible && m_header->sectionSize(column) < m_header->minimumSectionSize())
        m_header->resizeSection(column, m_header->defaultSectionSize());
}

void ColumnChooser::ensureFixedColumnShown()
{
    if (m_fixedColumn >= 0 && m_fixedColumn < m_header->count())
        m_header->setSectionHidden(m_fixedColumn, false);
}

void ColumnChooser::syncMenu()
{
    // Rebuilt as it opens: the titles follow the language, the checks the header.
    m_menu->clear();
    const QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    for (int column = 0; column < m_header->count(); ++column) {
        QAction *action = m_menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column_%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setEnabled(column != m_fixedColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
}

void ColumnChooser::setDefaultWidths(const QFontMetrics &metrics)
{
    // Wide enough for a UUID and the longest usual value of each column, and for the header itself.
    const int padding = 28;
    const QString sampleTime = QLocale().toString(QTime(22, 58, 58), QLocale::LongFormat);
    const QList<QPair<int, QString>> samples{
        {TaskTableModel::IdColumn, QStringLiteral("3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10")},
        {TaskTableModel::LabelColumn, QStringLiteral("Okta to AWS entitlement export")},
        {TaskTableModel::StateColumn, stateLabel(TaskState::InProgress)},
        {TaskTableModel::StatusColumn, statusLabel(TaskStatus::Succeeded)},
        {TaskTableModel::ElapsedColumn, TaskTableModel::formatDuration(59 * 60'000 + 59'000)},
        {TaskTableModel::NextCheckColumn, TaskTableModel::formatDuration(59 * 60'000 + 59'000)},
        {TaskTableModel::LastCheckedColumn, sampleTime},
        {TaskTableModel::LastAnswerColumn, QStringLiteral("HTTP 503 · 1234 ms")},
    };
    const QAbstractItemModel *model = m_header->model();
    for (int column = 0; model && column < m_header->count() - 1; ++column) {
        const auto it
            = std::find_if(samples.cbegin(), samples.cend(), [column](const auto &s) { return s.first == column; });
        const QString sample = it == samples.cend() ? QString() : it->second;
        // Room for the header's sort arrow as well as for the values, and for the outcome's icon.
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        const int icon = column == TaskTableModel::StateColumn ? 22 : 0;
        m_header->resizeSection(column,
            std::max(metrics.horizontalAdvance(sample) + icon, metrics.horizontalAdvance(title) + 16) + padding);
    }
}
