// SPDX-License-Identifier: MIT
#include "statusbar.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QSizeGrip>
#include <QStyle>
#include <QStyleOption>
#include <QToolTip>

namespace {

// The widgets laid out in the bar (while a message shows, Qt hides all but the permanent ones).
QList<QWidget *> shownFields(const QStatusBar *bar)
{
    QList<QWidget *> fields;
    const QList<QWidget *> children = bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child->isVisible() && !qobject_cast<QSizeGrip *>(child) && !child->isWindow())
            fields.append(child);
    }
    return fields;
}

} // namespace

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statusBar"));
    setAccessibleName(tr("Status bar"));
    // Screen readers hear the passing message too.
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &message) {
        setAccessibleDescription(message);
        if (message.isEmpty())
            QToolTip::hideText();
    });
}

QRect StatusBar::messageRect() const
{
    // The margins of QStatusBar's own message: 6 on the leading side, 12 on the trailing one.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int left = rtl ? 12 : 6;
    int right = rtl ? width() - 6 : width() - 12;
    const QList<QWidget *> fields = shownFields(this);
    for (const QWidget *field : fields) {
        // A field's frame reaches 2 pixels past it.
        if (rtl)
            left = std::max(left, field->geometry().right() + 4);
        else
            right = std::min(right, field->x() - 3);
    }
    return QRect(left, 0, std::max(0, right - left + 1), height());
}

QString StatusBar::shownMessage() const
{
    QString line = currentMessage();
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return fontMetrics().elidedText(line, Qt::ElideRight, messageRect().width());
}

bool StatusBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRect area = messageRect();
        if (!currentMessage().isEmpty() && area.contains(help->pos())) {
            if (shownMessage() != currentMessage())
                QToolTip::showText(help->globalPos(), currentMessage(), this, area);
            else
                QToolTip::hideText();
            return true;
        }
    }
    return QStatusBar::event(event);
}

void StatusBar::paintEvent(QPaintEvent *event)
{
    if (currentMessage().isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // As QStatusBar paints, but the message is elided inside its own rectangle, never under a field.
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &painter, this);
    const QList<QWidget *> fields = shownFields(this);
    for (QWidget *field : fields) {
        const QRect frame = field->geometry().adjusted(-2, -1, 2, 1);
        if (!event->rect().intersects(frame))
            continue;
        QStyleOption frameOption;
        frameOption.rect = frame;
        frameOption.palette = palette();
        frameOption.state = QStyle::State_None;
        style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &frameOption, &painter, field);
    }
    const QRect area = messageRect();
    painter.setClipRect(area);
    painter.setPen(palette().windowText().color());
    painter.drawText(area, Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}
