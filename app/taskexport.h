// SPDX-License-Identifier: MIT
#pragma once

#include "trackedtask.h"

#include <QList>
#include <QString>
#include <QUrl>

class QIODevice;

// Tasks to CSV or JSON files. Columns: id, label, connection (the task's base URL, else the current one; never the
// key), state, status (wire
// names; the raw value for ones this client does not know; empty before the first answer), added_at,
// completed_at, last_checked (ISO 8601 UTC), error_reason, error_status; JSON adds result.
namespace TaskExport {

enum class Format { Csv, Json };

// By the file's extension (.json, .csv), else the fallback (the file dialog's filter).
Format formatForPath(const QString &path, Format fallback = Format::Csv);

// RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF quoted with quotes doubled. A field starting
// with =, +, -, @, tab or CR gets a leading apostrophe so that spreadsheets do not run it as a formula.
QString csvField(const QString &value);

// Thread-safe (no translations): the tasks are only read. False with the device's error when a write fails.
bool writeCsv(QIODevice *device, const QList<const TrackedTask *> &tasks, const QUrl &baseUrl, QString *error);
// One JSON array of objects, written task by task (a large result never makes one string of the whole file).
// Results not loaded in memory (restored tasks) are read from the task store at storePath, one at a time.
bool writeJson(QIODevice *device, const QList<const TrackedTask *> &tasks, const QUrl &baseUrl, QString *error,
    const QString &storePath = {});

// Writes the file atomically (QSaveFile): a failure leaves any earlier file untouched. Empty, or why not.
QString writeFile(const QString &path, Format format, const QList<TrackedTask> &tasks, const QUrl &baseUrl,
    const QString &storePath = {});

} // namespace TaskExport
