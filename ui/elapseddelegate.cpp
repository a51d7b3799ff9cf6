// SPDX-License-Identifier: MIT
#include "elapseddelegate.h"

#include "outcomestyle.h"
#include "tasktablemodel.h"

#include <QPainter>

#include <cmath>

namespace {

constexpr int BarHeight = 3;
constexpr int BarMargin = 4;

} // namespace

int ElapsedDelegate::barWidth(const QModelIndex &index, int cellWidth)
{
    if (TaskOutcome(index.data(TaskTableModel::OutcomeRole).toInt()) != TaskOutcome::Running)
        return 0;
    const int track = cellWidth - 2 * BarMargin;
    if (track <= 0)
        return 0;
    const double position = AgeClass::position(index.data(TaskTableModel::SortRole).toLongLong());
    return std::max(1, int(std::lround(position * track)));
}

void ElapsedDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int filled = barWidth(index, option.rect.width());
    if (filled <= 0)
        return;
    const QRect track(option.rect.left() + BarMargin, option.rect.bottom() - BarHeight - 1,
        option.rect.width() - 2 * BarMargin, BarHeight);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &palette = option.palette;
    QColor trackColour = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    trackColour.setAlphaF(0.15f);
    const QColor fill
        = selected ? palette.color(QPalette::HighlightedText) : OutcomeStyle::colour(TaskOutcome::Running, palette);
    painter->save();
    painter->fillRect(track, trackColour);
    painter->fillRect(QRect(track.left(), track.top(), filled, track.height()), fill);
    // A notch at each class boundary, so that the steps read without counting pixels.
    const int classes = int(AgeClass::UpperBoundsMs.size());
    for (int step = 1; step < classes; ++step) {
        const int x = track.left() + track.width() * step / classes;
        painter->fillRect(QRect(x, track.top(), 1, track.height()), palette.color(QPalette::Base));
    }
    painter->restore();
}
