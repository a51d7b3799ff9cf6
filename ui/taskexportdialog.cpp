// SPDX-License-Identifier: MIT
#include "taskexportdialog.h"

#include "taskexport.h"
#include "taskmonitor.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace TaskExportDialog {

namespace {

void write(QWidget *parent, TaskMonitor *monitor, const QString &path, TaskExport::Format format,
    const QStringList &ids, const Report &report)
{
    QList<TrackedTask> tasks; // implicitly shared copies: cheap, and safe from the polls that follow
    tasks.reserve(ids.size());
    for (const QString &id : ids) {
        if (const TrackedTask *task = monitor->model()->task(id))
            tasks.append(*task);
    }
    const QString name = QFileInfo(path).fileName();
    const int count = int(tasks.size());
    report(QCoreApplication::translate("MainWindow", "Exporting %n task(s) to %1…", nullptr, count).arg(name), false);
    auto *watcher = new QFutureWatcher<QString>(parent);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, parent, [watcher, name, count, report] {
        const QString error = watcher->result();
        report(error.isEmpty()
                ? QCoreApplication::translate("MainWindow", "Exported %n task(s) to %1.", nullptr, count).arg(name)
                : QCoreApplication::translate("MainWindow", "Could not export to %1: %2").arg(name, error),
            true);
        watcher->deleteLater();
    });
    // Restored tasks keep their results in the store: the export reads them there, one at a time.
    const TaskStore *store = monitor->store();
    const QString storePath
        = store && store->status().mode != StoreStatus::Mode::Unavailable ? store->status().path : QString();
    watcher->setFuture(
        QtConcurrent::run(&TaskExport::writeFile, path, format, tasks, monitor->connection().baseUrl, storePath));
}

} // namespace

void start(QWidget *parent, TaskMonitor *monitor, const QStringList &ids, bool selectionOnly, const Report &report)
{
    auto *dialog = new QFileDialog(parent,
        selectionOnly ? QCoreApplication::translate("MainWindow", "Export Selected Tasks")
                      : QCoreApplication::translate("MainWindow", "Export Tasks"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString csvFilter = QCoreApplication::translate("MainWindow", "CSV (*.csv)");
    const QString jsonFilter = QCoreApplication::translate("MainWindow", "JSON, with results (*.json)");
    dialog->setNameFilters({csvFilter, jsonFilter});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    // No extension: the filter's default suffix completes it, so switching to JSON writes JSON.
    dialog->selectFile(selectionOnly ? QCoreApplication::translate("MainWindow", "veza-tasks-selected", "file name")
                                     : QCoreApplication::translate("MainWindow", "veza-tasks", "file name"));
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, jsonFilter](const QString &filter) {
        dialog->setDefaultSuffix(filter == jsonFilter ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
        [parent, monitor, dialog, ids, jsonFilter, report](const QString &path) {
            const auto fallback
                = dialog->selectedNameFilter() == jsonFilter ? TaskExport::Format::Json : TaskExport::Format::Csv;
            write(parent, monitor, path, TaskExport::formatForPath(path, fallback), ids, report);
        });
    dialog->open();
}

} // namespace TaskExportDialog
