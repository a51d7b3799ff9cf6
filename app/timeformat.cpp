// SPDX-License-Identifier: MIT
#include "timeformat.h"

#include <QDateTime>

QString formatTimeForUser(qint64 msSinceEpoch, qint64 nowMs, QLocale::FormatType format)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    if (!when.isValid())
        return QString();
    const QLocale locale;
    QString time = locale.toString(when.time(), format);
    if (when.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date())
        return time;
    return locale.toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}
