// SPDX-License-Identifier: MIT
#include "removetaskscommand.h"

#include "taskmonitor.h"

RemoveTasksCommand::RemoveTasksCommand(TaskMonitor *monitor, const QStringList &ids, const QString &text)
    : QUndoCommand(text)
    , m_monitor(monitor)
    , m_ids(ids)
{
}

void RemoveTasksCommand::redo()
{
    // Only what is still listed: a task removed meanwhile another way is not brought back by an undo.
    m_removed.clear();
    QStringList present;
    for (const QString &id : std::as_const(m_ids)) {
        if (const TrackedTask *task = m_monitor->model()->task(id)) {
            m_removed.append(*task);
            present.append(id);
        }
    }
    m_monitor->removeTasks(present);
}

void RemoveTasksCommand::undo()
{
    m_monitor->restoreTasks(m_removed);
}
