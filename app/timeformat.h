// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

// A moment for people, in their locale: the time alone when it falls on the same local day as nowMs, the date and
// time otherwise (a rate-limit pause or a stale row can span midnight, or days).
QString formatTimeForUser(qint64 msSinceEpoch, qint64 nowMs, QLocale::FormatType format = QLocale::LongFormat);
