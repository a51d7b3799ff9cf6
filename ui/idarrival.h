// SPDX-License-Identifier: MIT
#pragma once

#include "idextractor.h"

#include <QStringList>

#include <atomic>

// Ids that arrived by paste, drop or import, read on a worker thread.
struct IdsArrival
{
    QString text; // what was read, for the Add dialog
    IdExtraction extraction;
    QStringList problems; // files that could not be read
    bool fromFiles = false;
};

// Reading what the user hands the window (text, files) into ids: run on a worker thread, cancellable through
// cancel, every file read bounded by the extractor's cap.
namespace IdArrival {

// Extensions of files worth reading for ids (.txt .csv .tsv .json .jsonl .log).
const QStringList &importableSuffixes();
bool isImportableFile(const QString &path);

IdsArrival readText(const QString &text, const std::atomic_bool *cancel);
// Each file extracted on its own, so that one file's table header never applies to the next.
IdsArrival readFiles(const QStringList &paths, const std::atomic_bool *cancel);

} // namespace IdArrival
