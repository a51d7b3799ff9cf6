// SPDX-License-Identifier: MIT
#include "idarrival.h"

#include "adddialog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace IdArrival {

const QStringList &importableSuffixes()
{
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("csv"), QStringLiteral("tsv"),
        QStringLiteral("json"), QStringLiteral("jsonl"), QStringLiteral("log")};
    return suffixes;
}

// Runs on a worker thread: each file read bounded (the extractor's cap) and extracted on its own, so that one
// file's table header never applies to the next.
IdsArrival readFiles(const QStringList &paths, const std::atomic_bool *cancel)
{
    IdsArrival arrival;
    arrival.fromFiles = true;
    bool first = true;
    for (const QString &path : paths) {
        if (cancel->load()) {
            arrival.extraction.cancelled = true;
            return arrival;
        }
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            arrival.problems
                << QCoreApplication::translate("MainWindow", "%1 cannot be read: %2").arg(name, file.errorString());
            continue;
        }
        const QByteArray bytes
            = file.size() > IdExtractor::MaxInputBytes ? QByteArray() : file.read(IdExtractor::MaxInputBytes + 1);
        if (file.size() > IdExtractor::MaxInputBytes || bytes.size() > IdExtractor::MaxInputBytes) {
            arrival.problems << QCoreApplication::translate("MainWindow", "%1 is larger than %2 MiB: not read.")
                                    .arg(name)
                                    .arg(IdExtractor::MaxInputBytes / (1024 * 1024));
            continue;
        }
        const QString text = QString::fromUtf8(bytes);
        const IdExtraction extraction = IdExtractor::extract(text, cancel);
        if (first)
            arrival.extraction = extraction;
        else
            arrival.extraction.merge(extraction);
        first = false;
        // The dialog shows only the start of the files: copy no more than that.
        if (const qsizetype room = AddTasksDialog::MaxShownChars - arrival.text.size(); room > 0) {
            if (paths.size() > 1)
                arrival.text += QStringLiteral("── %1 ──\n").arg(name);
            arrival.text += QStringView(text).left(room) + u'\n';
        }
    }
    return arrival;
}

IdsArrival readText(const QString &text, const std::atomic_bool *cancel)
{
    return {text, IdExtractor::extract(text, cancel), {}, false};
}

bool isImportableFile(const QString &path)
{
    return importableSuffixes().contains(QFileInfo(path).suffix().toLower());
}

} // namespace IdArrival
