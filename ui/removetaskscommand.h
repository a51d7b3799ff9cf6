// SPDX-License-Identifier: MIT
#pragma once

#include "trackedtask.h"

#include <QList>
#include <QUndoCommand>

class TaskMonitor;

// One Remove on the undo stack: undo puts the tasks back as they were (labels, answers, results, schedule).
class RemoveTasksCommand final : public QUndoCommand
{
public:
    RemoveTasksCommand(TaskMonitor *monitor, const QStringList &ids, const QString &text);

    void redo() override;
    void undo() override;

private:
    TaskMonitor *m_monitor;
    QStringList m_ids;
    QList<TrackedTask> m_removed; // as they were when removed
};
