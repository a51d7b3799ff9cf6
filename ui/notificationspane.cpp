// SPDX-License-Identifier: MIT
#include "notificationspane.h"

#include "notificationlog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

// Severity as an icon, from the style so that it matches the desktop.
class SeverityDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto severity = NotificationLog::Severity(index.data(NotificationLog::SeverityRole).toInt());
        QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
        switch (severity) {
        case NotificationLog::Severity::Info:
            pixmap = QStyle::SP_MessageBoxInformation;
            break;
        case NotificationLog::Severity::Success:
            pixmap = QStyle::SP_DialogApplyButton;
            break;
        case NotificationLog::Severity::Warning:
            pixmap = QStyle::SP_MessageBoxWarning;
            break;
        case NotificationLog::Severity::Error:
            pixmap = QStyle::SP_MessageBoxCritical;
            break;
        }
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(pixmap, nullptr, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

NotificationsPane::NotificationsPane(NotificationLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
{
    setObjectName(QStringLiteral("notificationsPane"));

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("notificationsView"));
    m_view->setAccessibleName(tr("Notifications"));
    m_view->setAccessibleDescription(tr("Tasks that completed or stopped being watched; Enter shows the task"));
    m_view->setModel(m_log);
    m_view->setItemDelegate(new SeverityDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(16, 16));
    m_view->setSpacing(2);

    auto *emptyLabel = new QLabel(tr("Notifications about finished tasks appear here."), this);
    emptyLabel->setObjectName(QStringLiteral("notificationsEmptyLabel"));
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    emptyLabel->setEnabled(false);

    m_clearButton = new QPushButton(tr("Clear", "notifications"), this);
    m_clearButton->setObjectName(QStringLiteral("clearNotificationsButton"));

    auto *markReadButton = new QPushButton(tr("Mark All Read"), this);
    markReadButton->setObjectName(QStringLiteral("markAllReadButton"));
    markReadButton->setEnabled(m_log->unreadCount() > 0);
    connect(m_log, &NotificationLog::unreadCountChanged, markReadButton,
        [markReadButton](int unread) { markReadButton->setEnabled(unread > 0); });
    connect(markReadButton, &QPushButton::clicked, m_log, &NotificationLog::markAllRead);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(markReadButton);
    buttons->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(emptyLabel, 1);
    layout->addLayout(buttons);

    const auto updateEmpty = [this, emptyLabel] {
        const bool empty = m_log->rowCount() == 0;
        m_view->setVisible(!empty);
        emptyLabel->setVisible(empty);
        m_clearButton->setEnabled(!empty);
    };
    connect(m_log, &QAbstractItemModel::rowsInserted, this, updateEmpty);
    connect(m_log, &QAbstractItemModel::rowsRemoved, this, updateEmpty);
    connect(m_log, &QAbstractItemModel::modelReset, this, updateEmpty);
    updateEmpty();

    connect(m_clearButton, &QPushButton::clicked, m_log, &NotificationLog::clear);
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(NotificationLog::TaskIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT taskClicked(id);
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(NotificationLog::TaskIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT taskActivated(id);
    });
}
