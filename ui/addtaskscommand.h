// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QUndoCommand>

class TaskMonitor;

// One paste, Add, drop or import on the undo stack: undo removes exactly the tasks it added, never ones that were
// watched before.
class AddTasksCommand final : public QUndoCommand
{
public:
    AddTasksCommand(TaskMonitor *monitor, const QStringList &ids, const QString &label, const QString &connectionId,
        const QString &text);

    void redo() override;
    void undo() override;

    // Ids this command added the last time it ran.
    [[nodiscard]] QStringList addedIds() const { return m_added; }

private:
    TaskMonitor *m_monitor;
    QStringList m_ids;
    QString m_label;
    QString m_connectionId; // redo adds to the same connection, whatever is current then
    QStringList m_added;
};
