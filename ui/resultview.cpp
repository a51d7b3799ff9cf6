// SPDX-License-Identifier: MIT
#include "resultview.h"

#include "jsonindex.h"
#include "jsonsearch.h"
#include "jsontablemodel.h"
#include "jsontreemodel.h"
#include "memorytrim.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// A file name a task id cannot turn into a path.
QString fileStem(const QString &taskId)
{
    QString stem;
    for (const QChar c : taskId.left(80))
        stem += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'_';
    return stem.isEmpty() ? QStringLiteral("result") : stem + QStringLiteral("-result");
}

// The text as received, or indented in pieces: a result of tens of MB is never parsed or held twice to be saved.
bool writeResult(const QString &path, const QByteArray &text, bool indented, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const bool written = indented
        ? JsonIndex::indented(
            text, [&file](QByteArrayView piece) { return file.write(piece.data(), piece.size()) == piece.size(); })
        : file.write(text) == text.size();
    if (!written || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new JsonTreeModel({}, this);
    m_search = new JsonSearch(this);

    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("resultFindEdit"));
    m_findEdit->setPlaceholderText(tr("Find in the result…"));
    m_findEdit->setAccessibleName(tr("Find in the result"));
    m_findEdit->setMinimumWidth(80);
    m_findEdit->setClearButtonEnabled(true);
    m_findStatus = new QLabel(this);
    m_findStatus->setObjectName(QStringLiteral("resultFindStatus"));
    auto *previous = new QToolButton(this);
    previous->setText(QStringLiteral("▲"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setText(QStringLiteral("▼"));
    next->setToolTip(tr("Next match (Enter)"));
    next->setAccessibleName(tr("Next match"));
    // One menu for the actions on the whole result: the pane may be narrow.
    auto *actions = new QMenu(this);
    m_tableAction = actions->addAction(tr("View as Table"), this, &ResultView::showTable);
    m_tableAction->setObjectName(QStringLiteral("viewAsTableAction"));
    m_tableAction->setToolTip(tr("Show the selected array of objects as a table, to sort or export as CSV"));
    m_saveAction = actions->addAction(tr("Save…"), this, &ResultView::saveAs);
    m_saveAction->setObjectName(QStringLiteral("saveResultAction"));
    m_openAction = actions->addAction(tr("Open With…"), this, &ResultView::openWith);
    m_openAction->setObjectName(QStringLiteral("openResultAction"));
    auto *actionsButton = new QToolButton(this);
    actionsButton->setObjectName(QStringLiteral("resultActionsButton"));
    actionsButton->setText(tr("Result", "menu button"));
    actionsButton->setToolTip(tr("View as table, save, or open the result elsewhere"));
    actionsButton->setPopupMode(QToolButton::InstantPopup);
    actionsButton->setMenu(actions);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_findEdit, 1);
    bar->addWidget(m_findStatus);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(actionsButton);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("resultTree"));
    m_tree->setAccessibleName(tr("Result as a tree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // a node of 100,000 children scrolls without measuring each row
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("resultEdit"));
    m_text->setAccessibleName(tr("Result as text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setAccessibleName(tr("Result views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tree, tr("Tree", "result view"));
    m_tabs->addTab(m_text, tr("Text", "result view"));

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("resultPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(bar);
    pageLayout->addWidget(m_tabs, 1);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_findDebounce.setSingleShot(true);
    m_findDebounce.setInterval(200);
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] { m_findDebounce.start(); });
    connect(&m_findDebounce, &QTimer::timeout, this, [this] {
        m_hits.clear();
        m_hitIndex = -1;
        const QString text = m_findEdit->text();
        if (text.isEmpty() || !m_index) {
            m_search->cancel();
            m_findStatus->clear();
            return;
        }
        m_findStatus->setText(tr("Searching…"));
        m_search->start(m_index, text);
    });
    connect(m_search, &JsonSearch::finished, this, &ResultView::onSearchFinished);
    connect(m_findEdit, &QLineEdit::returnPressed, this,
        [this] { findNext(QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResultView::updateActions);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &at) {
        // popup(), not exec(): no nested event loop.
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Copy Value"), this, &ResultView::copyValue);
        menu->addAction(tr("Copy as JSON"), this, &ResultView::copyJson);
        menu->addAction(tr("Copy JSON Path"), this, &ResultView::copyPath);
        menu->addAction(m_tableAction);
        menu->popup(m_tree->viewport()->mapToGlobal(at));
    });
    connect(&m_watcher, &QFutureWatcher<Prepared>::finished, this, &ResultView::onPrepared);
    setPlaceholder(tr("The result appears here when the task has completed."));
}

ResultView::~ResultView()
{
    m_serial = std::numeric_limits<quint64>::max(); // a job still running is not waited for; its answer is dropped
}

void ResultView::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    if (!m_result.isPresent())
        m_stack->setCurrentWidget(m_placeholder);
}

void ResultView::setResult(const JsonText &result, const QString &taskId, quint32 revision)
{
    const bool present = result.isPresent();
    const bool shown = m_result.isPresent();
    if (taskId == m_taskId && revision == m_revision && present == shown)
        return;
    m_result = result;
    m_taskId = taskId;
    m_revision = revision;
    const quint64 serial = ++m_serial;
    // The old tree goes at once: its memory is released before the next result is made.
    m_search->cancel();
    m_hits.clear();
    m_findStatus->clear();
    m_model->setIndex({});
    m_index.reset();
    m_text->clear();
    if (!present) {
        m_stack->setCurrentWidget(m_placeholder);
        updateActions();
        return;
    }
    m_placeholder->setText(tr("Preparing the result…"));
    m_stack->setCurrentWidget(m_placeholder);
    m_watcher.setFuture(QtConcurrent::run(&ResultView::prepare, serial, result));
}

ResultView::Prepared ResultView::prepare(quint64 serial, const JsonText &result)
{
    Prepared prepared;
    prepared.serial = serial;
    // The index shares the result's bytes: showing a result costs its index, not another copy.
    auto index = JsonIndex::build(result.text(), &prepared.error);
    if (!index)
        return prepared;
    prepared.index = std::make_shared<const JsonIndex>(std::move(*index));
    prepared.textBytes = result.size();
    if (result.size() <= MaxTextBytes) {
        QByteArray pretty;
        const bool fits = JsonIndex::indented(result.text(), [&pretty](QByteArrayView piece) {
            pretty.append(piece);
            return pretty.size() <= MaxTextBytes;
        });
        prepared.textBytes = pretty.size();
        if (fits)
            prepared.text = QString::fromUtf8(pretty.trimmed());
    }
    return prepared;
}

void ResultView::onPrepared()
{
    Prepared prepared = m_watcher.result();
    if (prepared.serial != m_serial)
        return; // another result was asked for meanwhile
    if (!prepared.index) {
        m_placeholder->setText(tr("The result could not be shown: %1").arg(prepared.error));
        return;
    }
    m_index = prepared.index;
    m_model->setIndex(m_index);
    // Serialising a large result left freed buffers in a worker's arena: handed back, not kept at the peak.
    if (m_index->json().size() >= kTrimAfterBytes)
        trimFreedMemorySoon();
    m_tree->expand(m_model->index(0, 0));
    m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn);
    if (prepared.text.isEmpty()) {
        m_text->setPlaceholderText(
            tr("The result is too large for the text view (%1): use the tree, Save, or Open With.")
                .arg(QLocale().formattedDataSize(prepared.textBytes)));
    } else {
        m_text->setPlainText(prepared.text);
    }
    m_stack->setCurrentIndex(1);
    if (!m_findEdit->text().isEmpty())
        m_findDebounce.start();
    updateActions();
    Q_EMIT ready();
}

void ResultView::updateActions()
{
    const bool shown = m_index != nullptr;
    const int node = currentNode();
    m_tableAction->setEnabled(shown && node >= 0 && JsonTableModel::isTableable(*m_index, node));
    m_saveAction->setEnabled(shown);
    m_openAction->setEnabled(shown);
}

int ResultView::currentNode() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_index)
        return -1;
    return current.isValid() ? m_model->nodeOf(current) : JsonIndex::root();
}

void ResultView::copyValue()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(m_model->valueText(current));
}

void ResultView::copyJson()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(QString::fromUtf8(m_model->jsonOf(current)));
}

void ResultView::copyPath()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(m_model->pathOf(current));
}

void ResultView::onSearchFinished(int serial, const QList<int> &hits)
{
    if (serial != m_search->serial())
        return;
    m_hits = hits;
    m_hitIndex = -1;
    if (hits.isEmpty()) {
        m_findStatus->setText(tr("No match"));
        return;
    }
    findNext(false);
}

void ResultView::findNext(bool backwards)
{
    if (m_hits.isEmpty())
        return;
    const int count = int(m_hits.size());
    m_hitIndex = m_hitIndex < 0 ? (backwards ? count - 1 : 0) : (m_hitIndex + (backwards ? count - 1 : 1)) % count;
    m_findStatus->setText(tr("%1 of %2").arg(m_hitIndex + 1).arg(count));
    selectNode(m_hits.at(m_hitIndex));
}

void ResultView::selectNode(int node)
{
    const QModelIndex index = m_model->indexOfNode(node);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tabs->setCurrentWidget(m_tree);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ResultView::showTable()
{
    const int node = currentNode();
    if (!m_index || node < 0 || !JsonTableModel::isTableable(*m_index, node))
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("resultTableDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 as a Table").arg(m_index->path(node)));
    auto *model = new JsonTableModel(m_index, node, {}, dialog);
    auto *proxy = new QSortFilterProxyModel(dialog);
    proxy->setSourceModel(model);
    proxy->setSortRole(JsonTableModel::SortRole);
    auto *view = new QTableView(dialog);
    view->setObjectName(QStringLiteral("resultTable"));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the array's own order until a header is clicked
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    // Sized on the first rows only: measuring 100,000 rows would stall the window.
    view->horizontalHeader()->setResizeContentsPrecision(100);
    view->resizeColumnsToContents();
    const int widest = view->fontMetrics().averageCharWidth() * 48;
    for (int column = 0; column < model->columnCount(); ++column)
        view->setColumnWidth(column, std::min(view->columnWidth(column), widest));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, dialog, [dialog, model] {
        auto *files = new QFileDialog(dialog, tr("Export Table as CSV"), {}, tr("CSV files (*.csv)"));
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setDefaultSuffix(QStringLiteral("csv"));
        files->setAttribute(Qt::WA_DeleteOnClose);
        connect(files, &QFileDialog::fileSelected, dialog, [dialog, model](const QString &path) {
            QSaveFile file(path);
            QString error;
            if (!file.open(QIODevice::WriteOnly) || !model->writeCsv(&file, &error) || !file.commit())
                dialog->setWindowTitle(tr("Not exported: %1").arg(error.isEmpty() ? file.errorString() : error));
        });
        files->open();
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 500);
    dialog->open();
}

void ResultView::writeFile(const QString &path, bool pretty, const std::function<void(const QString &)> &done)
{
    const JsonText result = m_result;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([result, path, pretty] {
        QString error;
        writeResult(path, result.text(), pretty, &error);
        return error;
    }));
}

void ResultView::saveAs()
{
    if (!m_index)
        return;
    auto *files = new QFileDialog(this, tr("Save Result"), fileStem(m_taskId) + QStringLiteral(".json"),
        tr("JSON, indented (*.json);;JSON, as received (*.json)"));
    files->setObjectName(QStringLiteral("saveResultDialog"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("json"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, [this, files](const QString &path) {
        saveTo(path, files->selectedNameFilter().contains(QLatin1String("indented")));
    });
    files->open();
}

void ResultView::saveTo(const QString &path, bool pretty)
{
    writeFile(path, pretty, [this, path](const QString &error) {
        m_findStatus->setText(error.isEmpty() ? tr("Saved to %1").arg(path) : tr("Not saved: %1").arg(error));
        Q_EMIT saved(path, error);
    });
}

void ResultView::openWith()
{
    if (!m_index)
        return;
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>();
    const QString path = m_openDir->filePath(fileStem(m_taskId) + QStringLiteral(".json"));
    writeFile(path, true, [this, path](const QString &error) {
        if (!error.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            m_findStatus->setText(tr("Could not open the result: %1").arg(error.isEmpty() ? path : error));
    });
}
