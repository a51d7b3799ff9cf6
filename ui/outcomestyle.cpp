// SPDX-License-Identifier: MIT
#include "outcomestyle.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <array>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A hue at a lightness that reads on the palette's base, its saturation kept low enough to stay quiet.
QColor onBase(QColor hue, const QPalette &palette)
{
    const bool dark = isDark(palette);
    return QColor::fromHsl(hue.hslHue(), std::min(hue.hslSaturation(), dark ? 150 : 170), dark ? 165 : 85);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

namespace OutcomeStyle {

QColor colour(TaskOutcome outcome, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    switch (outcome) {
    case TaskOutcome::Running:
        return onBase(QColor(0x1e, 0x63, 0xb8), palette);
    case TaskOutcome::Succeeded:
        return onBase(QColor(0x2e, 0x7d, 0x32), palette);
    case TaskOutcome::Failed:
        return onBase(QColor(0xc6, 0x28, 0x28), palette);
    case TaskOutcome::NotFound:
        return onBase(QColor(0xb3, 0x5c, 0x00), palette);
    case TaskOutcome::Stale:
        return onBase(QColor(0x9a, 0x6b, 0x00), palette);
    case TaskOutcome::Queued:
    case TaskOutcome::Paused:
    case TaskOutcome::Unknown:
        return mix(text, base, 0.25);
    case TaskOutcome::Canceled:
        return mix(text, base, 0.4);
    }
    return text;
}

QImage shape(TaskOutcome outcome, int size)
{
    const QIcon svg(QLatin1String(":/icons/outcome-") % outcomeKey(outcome) % QLatin1String(".svg"));
    return svg.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

QIcon icon(TaskOutcome outcome)
{
    // Rebuilt only when the application palette changes (a theme switch), so a paint only copies a cached icon.
    static std::array<QIcon, TaskOutcomeCount> cache;
    static qint64 cachedFor = -1;
    const QPalette palette = QGuiApplication::palette();
    if (palette.cacheKey() != cachedFor) {
        cachedFor = palette.cacheKey();
        for (int i = 0; i < TaskOutcomeCount; ++i) {
            QIcon tinted;
            for (const int size : {16, 24, 32, 48}) {
                QImage image = shape(TaskOutcome(i), size);
                QPainter painter(&image);
                painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
                painter.fillRect(image.rect(), colour(TaskOutcome(i), palette));
                painter.end();
                tinted.addPixmap(QPixmap::fromImage(image));
            }
            cache.at(size_t(i)) = tinted;
        }
    }
    return cache.at(size_t(outcome));
}

} // namespace OutcomeStyle
