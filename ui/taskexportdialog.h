// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <functional>

class QWidget;
class TaskMonitor;

// File › Export: asks where to write the tasks (a non-modal save dialog, CSV or JSON by filter or extension), then
// writes them on a worker thread (a result may be tens of MB, a network drive slow). report() gets the status-bar
// sentence when the writing starts and, with done, when it ends.
namespace TaskExportDialog {

using Report = std::function<void(const QString &message, bool done)>;
void start(QWidget *parent, TaskMonitor *monitor, const QStringList &ids, bool selectionOnly, const Report &report);

} // namespace TaskExportDialog
