// SPDX-License-Identifier: MIT
#include "adddialog.h"

#include "idparser.h"
#include "tasktablemodel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddTasksDialog::AddTasksDialog(const TaskTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setWindowTitle(tr("Add Tasks"));
    setObjectName(QStringLiteral("addTasksDialog"));

    auto *intro = new QLabel(tr("Paste task ids: one per line, or separated by spaces or commas."), this);
    intro->setWordWrap(true);

    m_idsEdit = new QPlainTextEdit(this);
    m_idsEdit->setObjectName(QStringLiteral("idsEdit"));
    m_idsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Example ids, not prose: nothing to translate.
    m_idsEdit->setPlaceholderText(
        QStringLiteral("3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10\n7a41d0c2-5e9b-4f1a-b3c8-0d6e2f9a1b47"));
    m_idsEdit->setTabChangesFocus(true);
    m_idsEdit->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_labelEdit = new QLineEdit(this);
    m_labelEdit->setObjectName(QStringLiteral("labelEdit"));
    m_labelEdit->setPlaceholderText(tr("Optional, e.g. Quarterly access review"));
    m_labelEdit->setClearButtonEnabled(true);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add", "dialog button"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_labelEdit);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addWidget(m_idsEdit, 1);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(250);
    connect(&m_summaryTimer, &QTimer::timeout, this, &AddTasksDialog::updateSummary);
    connect(m_idsEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_idsEdit->document()->characterCount() <= ImmediateParseChars) {
            updateSummary();
            return;
        }
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // until the pending parse has run
        m_summaryTimer.start();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(560, 360);
    updateSummary();
}

void AddTasksDialog::setText(const QString &text)
{
    m_idsEdit->setPlainText(text);
}

QString AddTasksDialog::text() const
{
    return m_idsEdit->toPlainText();
}

QString AddTasksDialog::label() const
{
    return m_labelEdit->text().trimmed();
}

void AddTasksDialog::updateSummary()
{
    m_summaryTimer.stop();
    const IdParseResult parsed = IdParser::parse(m_idsEdit->toPlainText());
    m_newIds.clear();
    int alreadyListed = 0;
    for (const QString &id : parsed.ids) {
        if (m_model && m_model->rowOf(id) >= 0)
            ++alreadyListed;
        else
            m_newIds.append(id);
    }

    QStringList lines;
    if (!m_newIds.isEmpty())
        lines << tr("%n id(s) will be added.", nullptr, int(m_newIds.size()));
    else if (parsed.ids.isEmpty() && parsed.rejected.isEmpty())
        lines << tr("Nothing to add yet.");
    else
        lines << tr("Nothing new to add.");
    if (alreadyListed > 0)
        lines << tr("%n already in the list.", nullptr, alreadyListed);
    if (!parsed.rejected.isEmpty())
        lines << parsed.rejectionMessage();
    m_summaryLabel->setText(lines.join(QLatin1Char(' ')));

    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_newIds.isEmpty());
}
