// SPDX-License-Identifier: MIT
#include "adddialog.h"

#include "idpreviewmodel.h"
#include "tasktablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

AddTasksDialog::AddTasksDialog(const TaskTableModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setWindowTitle(tr("Add Tasks"));
    setObjectName(QStringLiteral("addTasksDialog"));

    auto *intro = new QLabel(tr("Paste anything that holds task ids: API answers, curl output, log lines, task "
                                "URLs, table columns or lists. Nothing is sent before you choose Add."),
        this);
    intro->setWordWrap(true);

    m_idsEdit = new QPlainTextEdit(this);
    m_idsEdit->setObjectName(QStringLiteral("idsEdit"));
    m_idsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Example ids, not prose: nothing to translate.
    m_idsEdit->setPlaceholderText(
        QStringLiteral("3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10\n7a41d0c2-5e9b-4f1a-b3c8-0d6e2f9a1b47"));
    m_idsEdit->setTabChangesFocus(true);
    m_idsEdit->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_shownNote = new QLabel(this);
    m_shownNote->setObjectName(QStringLiteral("shownNote"));
    m_shownNote->setWordWrap(true);
    m_shownNote->setTextFormat(Qt::PlainText);
    m_shownNote->hide();

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);

    m_preview = new IdPreviewModel(this);
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setWordWrap(false);
    m_previewView->setTextElideMode(Qt::ElideRight);
    m_previewView->verticalHeader()->hide();
    m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    QHeaderView *header = m_previewView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // A UUID and its check box fit the first column; "JSON field task.id" the second.
    const QFontMetrics metrics = m_previewView->fontMetrics();
    header->resizeSection(IdPreviewModel::IdColumn,
        metrics.horizontalAdvance(QStringLiteral("3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10")) + 48);
    header->resizeSection(
        IdPreviewModel::SourceColumn, metrics.horizontalAdvance(QStringLiteral("JSON field [10].task.id")) + 24);

    auto *pasteArea = new QWidget(this);
    auto *pasteLayout = new QVBoxLayout(pasteArea);
    pasteLayout->setContentsMargins(0, 0, 0, 0);
    pasteLayout->addWidget(m_idsEdit, 1);
    pasteLayout->addWidget(m_shownNote);
    auto *previewArea = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewArea);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_summaryLabel);
    previewLayout->addWidget(m_previewView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(pasteArea);
    splitter->addWidget(previewArea);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_labelEdit = new QLineEdit(this);
    m_labelEdit->setObjectName(QStringLiteral("labelEdit"));
    m_labelEdit->setPlaceholderText(tr("Optional, for every task added, e.g. Quarterly access review"));
    m_labelEdit->setClearButtonEnabled(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add", "dialog button"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addButton"));

    m_connectionCombo = new QComboBox(this);
    m_connectionCombo->setObjectName(QStringLiteral("connectionCombo"));
    m_connectionCombo->setToolTip(tr("The Veza tenant these tasks belong to"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_labelEdit);
    form->addRow(tr("&Connection:"), m_connectionCombo);
    m_connectionLabel = qobject_cast<QLabel *>(form->labelForField(m_connectionCombo));
    m_connectionCombo->hide();
    m_connectionLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &AddTasksDialog::startExtraction);
    // Text set by the program blocks this signal: only the user's edits get here.
    connect(m_idsEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_userEdits = true;
        scheduleExtraction();
    });
    connect(&m_watcher, &QFutureWatcher<IdExtraction>::finished, this, [this] {
        const bool discard = std::exchange(m_discardRunning, false);
        if (std::exchange(m_rerun, false)) {
            startExtraction();
            return;
        }
        if (!discard && !m_watcher.result().cancelled)
            showExtraction(m_watcher.result());
    });
    connect(m_preview, &IdPreviewModel::checkedCountChanged, this, &AddTasksDialog::updateSummary);
    connect(m_preview, &IdPreviewModel::ticksChanged, this, [this] { m_userEdits = true; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(880, 600);
    showExtraction({});
}

AddTasksDialog::~AddTasksDialog()
{
    // The worker may still be reading a 60 MB paste: tell it to stop rather than let the thread pool wait at quit.
    cancelRunning();
}

void AddTasksDialog::cancelRunning()
{
    if (m_cancel)
        m_cancel->store(true);
}

void AddTasksDialog::setText(const QString &text, const std::optional<IdExtraction> &known)
{
    m_fullText.clear();
    const bool large = text.size() > MaxShownChars;
    {
        const QSignalBlocker blocker(m_idsEdit);
        m_idsEdit->setPlainText(large ? text.left(MaxShownChars) : text);
    }
    // A multi-megabyte log would make the box crawl: show its start, read all of it.
    m_idsEdit->setReadOnly(large);
    m_shownNote->setVisible(large);
    if (large) {
        m_fullText = text;
        m_shownNote->setText(tr("Showing the first %1 KiB of %2 KiB, read-only; the preview covers all of it.")
                                 .arg(MaxShownChars / 1024)
                                 .arg(text.size() / 1024));
    }
    m_rerun = false;
    m_discardRunning = m_watcher.isRunning();
    if (m_discardRunning)
        cancelRunning();
    if (known)
        showExtraction(*known);
    else
        startExtraction(); // text set by the program is read at once; only typing waits for a pause
}

void AddTasksDialog::setPreview(const QString &shownText, const IdExtraction &extraction)
{
    m_debounce.stop();
    m_rerun = false;
    {
        const QSignalBlocker blocker(m_idsEdit);
        m_idsEdit->setPlainText(shownText.left(MaxShownChars));
    }
    m_idsEdit->setReadOnly(true);
    m_fullText = shownText;
    m_shownNote->setText(tr("Read-only: these ids were read when the text arrived."));
    m_shownNote->show();
    // A worker still reading an earlier text must not replace this preview.
    m_discardRunning = m_watcher.isRunning();
    if (m_discardRunning)
        cancelRunning();
    showExtraction(extraction);
}

QString AddTasksDialog::text() const
{
    return m_fullText.isEmpty() ? m_idsEdit->toPlainText() : m_fullText;
}

QString AddTasksDialog::label() const
{
    return m_labelEdit->text().trimmed();
}

void AddTasksDialog::setConnections(const QList<std::pair<QString, QString>> &connections, const QString &current)
{
    m_connectionCombo->clear();
    for (const auto &[id, name] : connections)
        m_connectionCombo->addItem(name, id);
    const int index = m_connectionCombo->findData(current);
    m_connectionCombo->setCurrentIndex(std::max(index, 0));
    // One connection needs no choice.
    const bool choice = connections.size() > 1;
    m_connectionCombo->setVisible(choice);
    m_connectionLabel->setVisible(choice);
}

QString AddTasksDialog::connectionId() const
{
    return m_connectionCombo->currentData().toString();
}

QStringList AddTasksDialog::newIds() const
{
    return m_previewReady ? m_preview->checkedIds() : QStringList();
}

void AddTasksDialog::scheduleExtraction()
{
    m_previewReady = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // until the new text has been read
    m_summaryLabel->setText(tr("Reading…"));
    m_debounce.start();
}

void AddTasksDialog::startExtraction()
{
    m_debounce.stop();
    m_previewReady = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_summaryLabel->setText(tr("Reading…"));
    // One worker at a time: a change while it runs is read when it is done.
    if (m_watcher.isRunning()) {
        m_rerun = true;
        cancelRunning(); // its result would be thrown away
        return;
    }
    m_discardRunning = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The worker shares the flag, so it stays valid after this dialog is gone.
    m_watcher.setFuture(
        QtConcurrent::run([cancel = m_cancel, text = text()] { return IdExtractor::extract(text, cancel.get()); }));
}

void AddTasksDialog::showExtraction(const IdExtraction &extraction)
{
    m_preview->setExtraction(extraction, m_model);
    m_previewReady = true;
    updateSummary();
    Q_EMIT previewUpdated();
}

void AddTasksDialog::updateSummary()
{
    if (!m_previewReady)
        return;
    const IdExtraction &extraction = m_preview->extraction();
    const int checked = int(m_preview->checkedIds().size());
    QStringList parts;
    if (extraction.tooLarge) {
        parts << IdExtractor::tooLargeText();
    } else if (extraction.ids.isEmpty()) {
        parts << (text().trimmed().isEmpty() ? tr("Nothing to add yet.")
                                             : tr("No task ids found: nothing will be added. Task ids are UUIDs, "
                                                  "task URLs, the id fields of API answers, an id column or a "
                                                  "list of ids."));
    } else {
        parts << (checked > 0 ? tr("%n id(s) will be added.", nullptr, checked) : tr("Nothing new to add."));
        if (const int unticked = m_preview->newCount() - checked; unticked > 0)
            parts << tr("%n unticked.", nullptr, unticked);
        if (m_preview->watchedCount() > 0)
            parts << tr("%n already watched.", nullptr, m_preview->watchedCount());
    }
    if (m_preview->ignoredCount() > 0)
        parts << tr("%n left out (listed below with why).", nullptr, m_preview->ignoredCount());
    if (const QString limits = IdExtractor::limitsText(extraction); !limits.isEmpty() && !extraction.tooLarge)
        parts << limits;
    m_summaryLabel->setText(parts.join(QLatin1Char(' ')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(checked > 0);
}
