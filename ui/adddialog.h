// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QStringList>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class TaskTableModel;

// Paste box for task ids (whitespace, commas or newlines between them) with an optional label.
class AddTasksDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTasksDialog)
public:
    explicit AddTasksDialog(const TaskTableModel *model, QWidget *parent = nullptr);

    void setText(const QString &text);
    [[nodiscard]] QString text() const;
    // The parsed ids that are not listed yet, in paste order.
    [[nodiscard]] QStringList newIds() const { return m_newIds; }

    // Below this size a paste is parsed on every keystroke; larger ones wait for typing to pause.
    static constexpr qsizetype ImmediateParseChars = qsizetype(64) * 1024;
    [[nodiscard]] QString label() const;

private:
    void updateSummary();

    const TaskTableModel *m_model;
    QPlainTextEdit *m_idsEdit = nullptr;
    QLineEdit *m_labelEdit = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_newIds;
    QTimer m_summaryTimer;
};
