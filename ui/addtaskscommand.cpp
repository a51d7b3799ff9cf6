// SPDX-License-Identifier: MIT
#include "addtaskscommand.h"

#include "taskmonitor.h"

AddTasksCommand::AddTasksCommand(TaskMonitor *monitor, const QStringList &ids, const QString &label,
    const QString &connectionId, const QString &text)
    : QUndoCommand(text)
    , m_monitor(monitor)
    , m_ids(ids)
    , m_label(label)
    , m_connectionId(connectionId)
{
}

void AddTasksCommand::redo()
{
    // Ids listed meanwhile (added again by hand) belong to whoever listed them.
    const TaskTableModel *model = m_monitor->model();
    m_added.clear();
    for (const QString &id : std::as_const(m_ids)) {
        if (model->rowOf(id) < 0)
            m_added.append(id);
    }
    m_monitor->addTasks(m_added, m_label, m_connectionId);
}

void AddTasksCommand::undo()
{
    m_monitor->removeTasks(m_added);
}
