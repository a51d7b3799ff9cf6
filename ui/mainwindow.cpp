// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "adddialog.h"
#include "addtaskscommand.h"
#include "certificatedialog.h"
#include "clock.h"
#include "columnchooser.h"
#include "connectionmanager.h"
#include "connectionsdialog.h"
#include "connectionstatus.h"
#include "detailspane.h"
#include "elapseddelegate.h"
#include "idarrival.h"
#include "idextractor.h"
#include "notificationspane.h"
#include "notifier.h"
#include "panenavigator.h"
#include "removetaskscommand.h"
#include "statefilter.h"
#include "statusbar.h"
#include "taskexport.h"
#include "taskexportdialog.h"
#include "taskmonitor.h"
#include "taskproxymodel.h"
#include "uisettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace {

// Status bar labels may shrink below their text instead of forcing a minimum window width.
QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setMinimumWidth(40);
    return label;
}

QFrame *statusSeparator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

MainWindow::MainWindow(TaskMonitor *monitor, const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_monitor(monitor)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Veza Task Monitor"));

    m_proxy = new TaskProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("taskProxy"));
    m_proxy->setSourceModel(m_monitor->model());
    m_stateFilter = new StateFilter(m_proxy, this);
    connect(m_stateFilter, &StateFilter::filterChanged, this, [this] {
        updateCounts();
        updateEmptyHint();
    });
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    setAcceptDrops(true);

    m_connectionStatus = new ConnectionStatus(m_monitor, this);
    connect(m_connectionStatus, &ConnectionStatus::connectionsRequested, this, &MainWindow::showConnectionDialogFor);
    connect(m_connectionStatus, &ConnectionStatus::certificateRequested, this, &MainWindow::showCertificateDialog);
    // First: the menus and Quit use its actions.
    m_notifier = new Notifier(m_monitor, this);
    createActions();
    createCentralWidget();
    createMenuBar();
    createToolBar();
    createStatusBar();

    connect(m_notifier, &Notifier::showWindowRequested, this, &MainWindow::bringToFront);
    connect(m_notifier, &Notifier::tasksActivated, this, [this](const QStringList &ids) {
        selectIds(ids);
        m_sideTabs->setCurrentWidget(m_details);
    });
    addPaneActions(new PaneNavigator(this, m_table, m_sideTabs, m_details, m_notificationsPane));
    describeForAccessibility();

    // Counts are recomputed at most a few times a second, however many answers arrive.
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(150);
    connect(&m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    const auto scheduleCounts = [this] {
        if (!m_countsTimer.isActive())
            m_countsTimer.start();
    };
    TaskTableModel *model = m_monitor->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, scheduleCounts);
    connect(model, &QAbstractItemModel::rowsRemoved, this, scheduleCounts);
    connect(model, &QAbstractItemModel::modelReset, this, scheduleCounts);
    connect(model, &QAbstractItemModel::dataChanged, this, scheduleCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyHint);

    // Every request starts and ends with a signal, a thousand a second with 10,000 tasks: shown a few times a second.
    m_activityTimer.setSingleShot(true);
    m_activityTimer.setInterval(250);
    connect(&m_activityTimer, &QTimer::timeout, this, &MainWindow::updateActivity);
    connect(m_monitor, &TaskMonitor::activityChanged, this, [this] {
        if (!m_activityTimer.isActive())
            m_activityTimer.start();
    });
    connect(m_monitor, &TaskMonitor::pausedChanged, this, &MainWindow::updateActivity);
    connect(m_monitor, &TaskMonitor::connectionsChanged, this, &MainWindow::updateConnectionChoices);
    connect(
        m_monitor->notifications(), &NotificationLog::unreadCountChanged, this, &MainWindow::updateNotificationsTab);

    restoreSettings();
    updateActions();
    updateCounts();
    updateActivity();
    updateConnectionChoices();
    m_connectionStatus->update();
    updateNotificationsTab();
    updateEmptyHint();
}

MainWindow::~MainWindow()
{
    // Quitting never waits for a long extraction: the workers stop at their next check.
    for (const PendingArrival &pending : m_arrivals) {
        if (pending.cancel)
            pending.cancel->store(true);
    }
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main", "toolbar name"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(18, 18));
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_removeAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    toolBar->addAction(m_pauseAction);
    toolBar->addSeparator();
    toolBar->addAction(m_connectionAction);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    // With several tenants, one at a time.
    m_connectionFilter = new QComboBox(toolBar);
    m_connectionFilter->setObjectName(QStringLiteral("connectionFilter"));
    m_connectionFilter->setToolTip(tr("Show the tasks of one connection"));
    m_connectionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A toolbar shows and hides its widgets through their actions.
    m_connectionFilterAction = toolBar->addWidget(m_connectionFilter);
    connect(m_connectionFilter, &QComboBox::activated, this, [this] {
        m_proxy->setConnectionFilter(m_connectionFilter->currentData().toString());
        updateCounts();
        updateEmptyHint();
    });

    // A visible name for the combo, whose "All" alone says little; its mnemonic reaches it from the keyboard.
    auto *stateLabel = new QLabel(tr("&Show:", "state filter"), toolBar);
    stateLabel->setObjectName(QStringLiteral("stateFilterLabel"));
    stateLabel->setBuddy(m_stateFilter->comboBox());
    stateLabel->setContentsMargins(style()->pixelMetric(QStyle::PM_ToolBarItemSpacing) * 2, 0,
        style()->pixelMetric(QStyle::PM_ToolBarItemSpacing), 0);
    toolBar->addWidget(stateLabel);
    toolBar->addWidget(m_stateFilter->comboBox());
    m_filterEdit = new QLineEdit(toolBar);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter tasks…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(220);
    m_filterEdit->setMaximumWidth(340);
    m_filterEdit->setToolTip(tr("Show only the tasks whose columns contain this text (%1)")
                                 .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_filterEdit->installEventFilter(this);
    toolBar->addWidget(m_filterEdit);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCounts();
        updateEmptyHint();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
}

void MainWindow::createCentralWidget()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Rows are selected whole, so Tab moves on to the next control instead of trapping focus in the cells.
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    QHeaderView *header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("taskTableHeader"));
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // No sort until the user picks a column: rows stay in the order they were added.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_columnChooser = new ColumnChooser(header, TaskTableModel::IdColumn, this);
    m_table->setItemDelegateForColumn(TaskTableModel::ElapsedColumn, new ElapsedDelegate(m_table));

    m_table->addAction(m_copyIdAction);
    m_table->addAction(m_pasteAction);
    m_table->addAction(m_removeAction);

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("taskContextMenu"));
    connect(m_contextMenu, &QMenu::aboutToShow, this, &MainWindow::updateActions);
    m_moveMenu = new QMenu(tr("Move to Connection", "menu"), this);
    m_moveMenu->setObjectName(QStringLiteral("moveMenu"));
    connect(m_moveMenu, &QMenu::aboutToShow, this, &MainWindow::updateConnectionChoices);
    m_contextMenu->addAction(m_copyIdAction);
    m_contextMenu->addAction(m_pasteAction);
    m_contextMenu->addMenu(m_moveMenu);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_refreshAction);
    m_contextMenu->addAction(m_pauseSelectedAction);
    m_contextMenu->addAction(m_resumeSelectedAction);
    m_contextMenu->addAction(m_removeAction);
    m_contextMenu->addAction(m_archiveAction);
    m_contextMenu->addAction(m_unarchiveAction);
    m_contextMenu->addAction(m_notifier->muteAction());
    connect(m_table, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) { m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos)); });

    m_emptyHint = new QLabel(m_table->viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->setMargin(24);
    m_table->viewport()->installEventFilter(this);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);

    m_details = new DetailsPane(m_monitor->model(), m_clock, this);
    connect(this, &MainWindow::currentTaskChanged, m_details, &DetailsPane::setTaskId);
    connect(m_details, &DetailsPane::resultWanted, m_monitor, &TaskMonitor::requestResult);
    connect(m_monitor, &TaskMonitor::resultLoaded, m_details, &DetailsPane::showStoredResult);
    connect(m_details, &DetailsPane::historyWanted, m_monitor, &TaskMonitor::requestHistory);
    connect(m_monitor, &TaskMonitor::transitionsLoaded, m_details, &DetailsPane::showStoredTransitions);
    connect(m_monitor, &TaskMonitor::requestsLoaded, m_details, &DetailsPane::showStoredRequests);
    // The pane is told a connection's name and address, never its key.
    m_details->setConnectionLookup([monitor = QPointer<TaskMonitor>(m_monitor)](const QString &id) {
        if (!monitor)
            return DetailsPane::ConnectionInfo{};
        return DetailsPane::ConnectionInfo{monitor->connectionName(id), monitor->connection(id).baseUrl};
    });

    m_notificationsPane = new NotificationsPane(m_monitor->notifications(), this);
    connect(m_notificationsPane, &NotificationsPane::taskClicked, this, &MainWindow::selectTask);
    connect(m_notificationsPane, &NotificationsPane::taskActivated, this, [this](const QString &id) {
        if (selectTask(id))
            m_sideTabs->setCurrentWidget(m_details);
    });

    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_details, tr("Details", "tab"));
    m_sideTabs->addTab(m_notificationsPane, tr("Notifications", "tab"));
    connect(m_sideTabs, &QTabWidget::currentChanged, this, &MainWindow::updateNotificationsTab);

    // Table above, details below: the table keeps the full width for its seven columns.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_sideTabs);
    m_splitter->setCollapsible(0, false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    connect(m_monitor, &TaskMonitor::storeOpened, this, [this] {
        statusBar()->clearMessage();
        const auto waiting = std::exchange(m_waitingAdds, {});
        for (const WaitingAdd &add : waiting)
            addTaskIds(add.ids, add.label, add.note, add.connectionId);
    });
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_connectionStatus->connectionBanner());
    centralLayout->addWidget(m_connectionStatus->storeBanner());
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    auto *bar = new StatusBar(this); // elides a long message left of the fields below
    setStatusBar(bar);
    m_countsLabel = statusLabel(QStringLiteral("countsLabel"), bar);
    m_activityLabel = statusLabel(QStringLiteral("activityLabel"), bar);
    // Permanent, so that a passing message ("Added 3 tasks") never hides the counts.
    bar->addPermanentWidget(m_countsLabel);
    bar->addPermanentWidget(statusSeparator(bar));
    bar->addPermanentWidget(m_activityLabel);
    bar->addPermanentWidget(statusSeparator(bar));
    bar->addPermanentWidget(m_connectionStatus->statusLabel());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(UiSettings::WindowGeometry).toByteArray()))
        resize(1320, 780);
    restoreState(settings.value(UiSettings::WindowState).toByteArray());
    if (!m_splitter->restoreState(settings.value(UiSettings::SplitterState).toByteArray()))
        m_splitter->setSizes({height() * 55 / 100, height() * 45 / 100});

    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.value(UiSettings::TableHeaderState).toByteArray())) {
        m_columnChooser->ensureFixedColumnShown();
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        return;
    }
    m_columnChooser->setDefaultWidths(m_table->fontMetrics());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(UiSettings::WindowGeometry, saveGeometry());
    settings.setValue(UiSettings::WindowState, saveState());
    settings.setValue(UiSettings::SplitterState, m_splitter->saveState());
    settings.setValue(UiSettings::TableHeaderState, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->setGeometry(m_table->viewport()->rect());
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_filterEdit->text().isEmpty()) {
        m_filterEdit->clear();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

QList<int> MainWindow::selectedProxyRows() const
{
    // Not selectedRows(): it asks isRowSelected() of each row, which walks every range (rows × ranges). The table
    // selects whole rows, so a row in any range is a selected row.
    QList<int> rows;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        if (range.isValid() && range.model() == m_proxy) {
            for (int row = range.top(); row <= range.bottom(); ++row)
                rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QStringList MainWindow::selectedTaskIds() const
{
    const QList<int> rows = selectedProxyRows();
    QStringList ids;
    ids.reserve(rows.size());
    for (const int row : rows)
        ids.append(m_proxy->index(row, 0).data(TaskTableModel::TaskIdRole).toString());
    return ids;
}

bool MainWindow::selectTask(const QString &taskId)
{
    TaskTableModel *model = m_monitor->model();
    const int row = model->rowOf(taskId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(model->index(row, 0));
    if (!index.isValid()) {
        m_filterEdit->clear(); // a filter hides it
        m_stateFilter->setFilter(OutcomeFilter::All);
        index = m_proxy->mapFromSource(model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::selectIds(const QStringList &ids)
{
    TaskTableModel *model = m_monitor->model();
    QModelIndex first;
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(model->index(model->rowOf(id), 0));
        if (!index.isValid())
            continue;
        rows.append(index.row());
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    // Contiguous rows as one range: one range per row makes the selection model and the header's paint quadratic.
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype end = i;
        while (end + 1 < rows.size() && rows.at(end + 1) <= rows.at(end) + 1)
            ++end;
        selection.select(m_proxy->index(rows.at(i), 0), m_proxy->index(rows.at(end), 0));
        i = end + 1;
    }
    QItemSelectionModel *selectionModel = m_table->selectionModel();
    selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
}

void MainWindow::onSelectionChanged()
{
    const QItemSelectionModel *selectionModel = m_table->selectionModel();
    const QModelIndex current = selectionModel->currentIndex();
    QString id;
    if (current.isValid() && selectionModel->isRowSelected(current.row(), current.parent())) {
        id = current.data(TaskTableModel::TaskIdRole).toString();
    } else if (const QList<int> rows = selectedProxyRows(); !rows.isEmpty()) {
        id = m_proxy->index(rows.constFirst(), 0).data(TaskTableModel::TaskIdRole).toString();
    }
    updateActions();
    if (id == m_currentTaskId)
        return;
    m_currentTaskId = id;
    Q_EMIT currentTaskChanged(id);
}

void MainWindow::updateActions()
{
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    m_removeAction->setEnabled(hasSelection);
    m_copyIdAction->setEnabled(hasSelection);
    m_exportSelectionAction->setEnabled(hasSelection);
    m_notifier->setSelection(selectedTaskIds());
    // Pause applies to tasks still watched; resume also brings back "not found" and "stopped watching" rows.
    bool canPause = false;
    bool canResume = false;
    bool anyComplete = false;
    const TaskTableModel *model = m_monitor->model();
    for (const int row : selectedProxyRows()) {
        const TrackedTask *task = model->task(model->idAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
        anyComplete |= task && task->isComplete();
        if (canPause && canResume && anyComplete)
            break; // nothing more to learn from the other rows
        if (!task || task->isComplete())
            continue;
        canPause |= task->watch == TrackedTask::Watch::Watching;
        canResume |= task->watch != TrackedTask::Watch::Watching;
    }
    m_pauseSelectedAction->setEnabled(canPause);
    m_resumeSelectedAction->setEnabled(canResume);
    const bool archive = m_proxy->showsArchived();
    m_archiveAction->setEnabled(!archive && anyComplete);
    m_unarchiveAction->setEnabled(archive && hasSelection);
    m_archiveCompletedAction->setEnabled(!archive);
}

QString MainWindow::countsText(const TaskTableModel &model)
{
    if (model.rowCount() == 0)
        return tr("No tasks");
    const TaskTableModel::Counts counts = model.counts();
    QStringList parts;
    if (counts.waiting)
        parts << tr("%Ln waiting for an answer", "status bar count", counts.waiting);
    if (counts.pending)
        parts << tr("%Ln pending", "status bar count", counts.pending);
    if (counts.inProgress)
        parts << tr("%Ln in progress", "status bar count", counts.inProgress);
    if (counts.complete) {
        QStringList outcomes;
        if (counts.failed)
            outcomes << tr("%Ln failed", "status bar count", counts.failed);
        if (counts.canceled)
            outcomes << tr("%Ln canceled", "status bar count", counts.canceled);
        parts << (outcomes.isEmpty() ? tr("%Ln complete", "status bar count", counts.complete)
                                     : tr("%Ln complete (%1)", "status bar count", counts.complete)
                                           .arg(outcomes.join(QStringLiteral(", "))));
    }
    if (counts.notFound)
        parts << tr("%Ln not found", "status bar count", counts.notFound);
    if (counts.stopped)
        parts << tr("%Ln no longer watched", "status bar count", counts.stopped);
    if (counts.other)
        parts << tr("%Ln in an unknown state", "status bar count", counts.other);
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::updateCounts()
{
    m_countsTimer.stop();
    const TaskTableModel *model = m_monitor->model();
    QString text = countsText(*model);
    if (m_proxy->isFiltering())
        text = tr("%Ln of %L1 shown", "status bar", m_proxy->rowCount()).arg(model->rowCount()) % QStringLiteral(" · ")
            % text;
    m_countsLabel->setText(text);
}

void MainWindow::updateActivity()
{
    m_activityTimer.stop();
    ++m_activityUpdates;
    const bool paused = m_monitor->isPaused();
    if (int(paused) != m_shownPaused) {
        m_shownPaused = int(paused);
        {
            const QSignalBlocker blocker(m_pauseAction);
            m_pauseAction->setChecked(paused);
        }
        m_pauseAction->setText(paused ? tr("Resume", "toolbar") : tr("Pause", "toolbar"));
        m_pauseAction->setIcon(paused ? m_resumeIcon : m_pauseIcon);
    }

    const int inFlight = m_monitor->inFlightCount();
    const QString text = paused
        ? (inFlight > 0 ? tr("Polling paused; requests in flight: %L1").arg(inFlight) : tr("Polling paused"))
        : (inFlight > 0 ? tr("Requests in flight: %L1").arg(inFlight) : tr("No requests in flight"));
    if (text != m_activityLabel->text())
        m_activityLabel->setText(text);
}

void MainWindow::updateConnectionChoices()
{
    // The filter: every connection, and the tasks whose connection was removed.
    const QString filtered = m_proxy->connectionFilter();
    m_connectionFilter->clear();
    m_connectionFilter->addItem(tr("All connections"), QString());
    const QStringList ids = m_monitor->connectionIds();
    for (const QString &id : ids)
        m_connectionFilter->addItem(m_monitor->connectionName(id), id);
    const int index = m_connectionFilter->findData(filtered);
    m_connectionFilter->setCurrentIndex(std::max(index, 0));
    if (index < 0)
        m_proxy->setConnectionFilter({});
    m_connectionFilterAction->setVisible(ids.size() > 1);

    m_moveMenu->clear();
    const QStringList selected = selectedTaskIds();
    for (const QString &id : ids) {
        QAction *move = m_moveMenu->addAction(m_monitor->connectionName(id));
        move->setObjectName(QStringLiteral("moveTo_") + id);
        connect(move, &QAction::triggered, this, [this, id] {
            const QStringList tasks = selectedTaskIds();
            m_monitor->moveTasks(tasks, id);
            statusBar()->showMessage(
                tr("Moved %n task(s) to %1.", nullptr, int(tasks.size())).arg(m_monitor->connectionName(id)),
                StatusMessageMs);
        });
        move->setEnabled(!selected.isEmpty());
    }
    m_moveMenu->setEnabled(ids.size() > 1 || (!ids.isEmpty() && !selected.isEmpty()));
}

void MainWindow::updateNotificationsTab()
{
    NotificationLog *log = m_monitor->notifications();
    // Entries are read once their tab is shown.
    if (m_sideTabs->currentWidget() == m_notificationsPane && isVisible() && !isMinimized() && log->unreadCount() > 0) {
        log->markAllRead();
        return; // markAllRead() comes back here through unreadCountChanged
    }
    const int unread = log->unreadCount();
    const int index = m_sideTabs->indexOf(m_notificationsPane);
    m_sideTabs->setTabText(
        index, unread > 0 ? tr("Notifications (%1)", "tab").arg(unread) : tr("Notifications", "tab"));
}

void MainWindow::updateEmptyHint()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (empty) {
        const QString filter = m_filterEdit->text().trimmed();
        m_emptyHint->setText(m_monitor->model()->rowCount() > 0
                ? (filter.isEmpty() ? tr("No task matches the filters.") : tr("No task matches “%1”.").arg(filter))
                : tr("No tasks yet.\nPaste task ids here with %1, drop a file here, or use Add (%2).")
                      .arg(m_pasteAction->shortcut().toString(QKeySequence::NativeText),
                          m_addAction->shortcut().toString(QKeySequence::NativeText)));
        m_emptyHint->setGeometry(m_table->viewport()->rect());
    }
    m_emptyHint->setVisible(empty);
}

void MainWindow::showAddDialog()
{
    openAddDialog();
}

AddTasksDialog *MainWindow::openAddDialog()
{
    if (auto *open = findChild<AddTasksDialog *>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    return createAddDialog();
}

AddTasksDialog *MainWindow::createAddDialog()
{
    auto *dialog = new AddTasksDialog(m_monitor->model(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<std::pair<QString, QString>> connections;
    const QStringList ids = m_monitor->connectionIds();
    for (const QString &id : ids)
        connections.append({id, m_monitor->connectionName(id)});
    dialog->setConnections(connections, targetConnectionId());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString connection = dialog->connectionId();
        if (m_manager && !connection.isEmpty())
            m_manager->setLastUsed(connection); // the next paste goes there too
        addTaskIds(dialog->newIds(), dialog->label(), {}, connection);
    });
    dialog->open();
    return dialog;
}

void MainWindow::setConnectionManager(ConnectionManager *manager)
{
    m_manager = manager;
    connect(manager, &ConnectionManager::caFileProblem, this, [this](const QString &id, const QString &message) {
        statusBar()->showMessage(QString(m_monitor->connectionName(id) % QStringLiteral(": ") % message));
    });
    m_connectionStatus->setConnectionManager(manager);
}

void MainWindow::showConnectionDialog()
{
    showConnectionDialogFor(targetConnectionId());
}

void MainWindow::showConnectionDialogFor(const QString &connectionId)
{
    if (!m_manager)
        return;
    auto *dialog = findChild<ConnectionsDialog *>();
    if (!dialog || !dialog->isVisible()) {
        dialog = new ConnectionsDialog(m_manager, m_monitor, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_monitor->connectionIds().isEmpty())
            dialog->addConnection();
        dialog->open();
    }
    if (!connectionId.isEmpty())
        dialog->selectConnection(connectionId);
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showCertificateDialog(const QString &connectionId)
{
    const VezaError error = m_monitor->connectionError(connectionId);
    if (error.kind != VezaError::Kind::Tls || !m_manager)
        return;
    auto *dialog = new CertificateDialog(m_monitor->connectionName(connectionId), error.certificate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray sha256 = error.certificate.sha256;
    connect(dialog, &CertificateDialog::trustRequested, this,
        [this, connectionId, sha256] { m_manager->trustCertificate(connectionId, sha256); });
    connect(dialog, &CertificateDialog::editRequested, this,
        [this, connectionId] { showConnectionDialogFor(connectionId); });
    dialog->open();
}

QString MainWindow::targetConnectionId() const
{
    const QString selected = m_currentTaskId.isEmpty() ? QString() : [this] {
        const TrackedTask *task = m_monitor->model()->task(m_currentTaskId);
        return task ? task->connection : QString();
    }();
    // The current one is the last used (ConnectionManager::setLastUsed), or VEZA_URL's for this session.
    return m_monitor->hasConnection(selected) ? selected : m_monitor->currentConnectionId();
}

int MainWindow::addTaskIds(
    const QStringList &ids, const QString &label, const QString &note, const QString &connectionId)
{
    if (!m_monitor->isStoreOpen()) {
        // A start with ids (--add, a forwarded paste) may beat the stored list: these wait for it, so that a stored
        // id is "already watched" and an Undo never takes a saved task away.
        m_waitingAdds.append({ids, label, note, connectionId});
        statusBar()->showMessage(tr("Reading the saved task list…"));
        return 0;
    }
    const TaskTableModel *model = m_monitor->model();
    QStringList fresh;
    for (const QString &id : ids) {
        if (model->rowOf(id) < 0)
            fresh.append(id);
    }
    int added = 0;
    if (!fresh.isEmpty()) {
        const QString target = connectionId.isEmpty() ? targetConnectionId() : connectionId;
        auto *command
            = new AddTasksCommand(m_monitor, fresh, label, target, tr("Add %n Task(s)", nullptr, int(fresh.size())));
        m_undoStack->push(command); // runs it
        added = int(command->addedIds().size());
    }

    QStringList report;
    if (added > 0) {
        report << tr("Added %n task(s).", nullptr, added)
               << tr("%1 undoes it.").arg(m_undoAction->shortcut().toString(QKeySequence::NativeText));
    }
    if (const int already = int(ids.size() - fresh.size()); already > 0)
        report << tr("%n already in the list.", nullptr, already);
    if (!note.isEmpty())
        report << note;
    if (report.isEmpty())
        report << tr("No task ids found.");
    statusBar()->showMessage(report.join(QLatin1Char(' ')), StatusMessageMs);

    selectIds(fresh);
    return added;
}

void MainWindow::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("Nothing to paste: the clipboard holds no text."), StatusMessageMs);
        return;
    }
    extractText(text, Arrival::Paste);
}

void MainWindow::extractText(const QString &text)
{
    extractText(text, Arrival::Paste); // text from the command line or a later start reads as a paste
}

// Always on a worker: a paste may be a 10 MB log, and one path for every size keeps the behaviour the same.
void MainWindow::extractText(const QString &text, Arrival origin)
{
    readOnWorker(origin, [text](const std::atomic_bool *cancel) { return IdArrival::readText(text, cancel); });
}

template <typename Read>
void MainWindow::readOnWorker(Arrival origin, Read &&read)
{
    PendingArrival &pending = m_arrivals[size_t(origin)];
    if (pending.cancel)
        pending.cancel->store(true); // its result would be dropped anyway
    const quint64 generation = ++pending.generation;
    pending.cancel = std::make_shared<std::atomic_bool>(false);
    const QFuture<IdsArrival> future
        = QtConcurrent::run([read = std::forward<Read>(read), cancel = pending.cancel] { return read(cancel.get()); });
    pending.future = QFuture<void>(future);
    auto *watcher = new QFutureWatcher<IdsArrival>(this);
    connect(watcher, &QFutureWatcher<IdsArrival>::finished, this, [this, watcher, origin, generation] {
        watcher->deleteLater();
        PendingArrival &current = m_arrivals[size_t(origin)];
        // A newer paste (or drop, or import) replaced this one while it was read.
        if (generation != current.generation)
            return;
        current.cancel.reset();
        current.future = {};
        receiveIds(watcher->result());
    });
    watcher->setFuture(future);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    statusBar()->showMessage(tr("Reading %n file(s)…", nullptr, int(paths.size())), StatusMessageMs);
    readOnWorker(
        Arrival::Import, [paths](const std::atomic_bool *cancel) { return IdArrival::readFiles(paths, cancel); });
}

void MainWindow::receiveIds(const IdsArrival &arrival)
{
    if (arrival.extraction.cancelled)
        return;
    const QString problems = arrival.problems.join(QLatin1Char(' '));
    if (arrival.extraction.unambiguous) {
        QStringList notes = arrival.problems;
        if (const QString limits = IdExtractor::limitsText(arrival.extraction); !limits.isEmpty())
            notes << limits;
        addTaskIds(arrival.extraction.idList(), {}, notes.join(QLatin1Char(' ')));
        return;
    }
    // Every file failed: there is nothing to preview.
    if (arrival.fromFiles && arrival.text.isEmpty()) {
        statusBar()->showMessage(problems, StatusMessageMs);
        return;
    }
    if (!problems.isEmpty())
        statusBar()->showMessage(problems, StatusMessageMs);
    // Text the user typed into an open dialog is never replaced: the new ids get a dialog of their own.
    const QList<AddTasksDialog *> open = findChildren<AddTasksDialog *>();
    const auto reusable = std::find_if(open.crbegin(), open.crend(),
        [](const AddTasksDialog *dialog) { return dialog->isVisible() && !dialog->hasUserEdits(); });
    AddTasksDialog *dialog = reusable != open.crend() ? *reusable : createAddDialog();
    dialog->raise();
    dialog->activateWindow();
    if (arrival.fromFiles)
        dialog->setPreview(arrival.text, arrival.extraction);
    else
        dialog->setText(arrival.text, arrival.extraction);
}

void MainWindow::showImportDialog()
{
    auto *dialog = new QFileDialog(this, tr("Import Task Ids"));
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    QStringList patterns;
    for (const QString &suffix : IdArrival::importableSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    dialog->setNameFilters({tr("Files with task ids (%1)").arg(patterns.join(QLatin1Char(' '))), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &MainWindow::importFiles);
    dialog->open();
}

void MainWindow::showExportDialog(bool selectionOnly)
{
    // The rows chosen now; their values are read once the file is chosen.
    const QStringList ids = selectionOnly ? selectedTaskIds() : m_monitor->model()->ids();
    if (selectionOnly && ids.isEmpty())
        return;
    TaskExportDialog::start(this, m_monitor, ids, selectionOnly,
        [this](const QString &message, bool done) { statusBar()->showMessage(message, done ? StatusMessageMs : 0); });
}

void MainWindow::receiveForwardedText(const QString &text)
{
    bringToFront();
    // An empty text only asked for the window.
    if (!text.isEmpty())
        extractText(text);
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

bool MainWindow::isImportableFile(const QString &path)
{
    return IdArrival::isImportableFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Only what the drop would read: text, web addresses, or at least one file of a kind that holds ids.
    const QMimeData *mime = event->mimeData();
    const QList<QUrl> urls = mime->urls();
    const bool readable = std::any_of(urls.cbegin(), urls.cend(),
        [](const QUrl &url) { return !url.isLocalFile() || isImportableFile(url.toLocalFile()); });
    if (readable || (urls.isEmpty() && mime->hasText()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QStringList files;
    QStringList refused;
    QStringList links; // web addresses (a task URL dragged from a browser) are read as text
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            links << url.toString();
        else if (isImportableFile(url.toLocalFile()))
            files << url.toLocalFile();
        else
            refused << QFileInfo(url.toLocalFile()).fileName();
    }
    event->acceptProposedAction();
    QString notImported;
    if (!refused.isEmpty()) {
        notImported = tr("Not imported: %1. Task ids are read from .txt, .csv, .tsv, .json, .jsonl and .log files.")
                          .arg(refused.join(QStringLiteral(", ")));
        statusBar()->showMessage(notImported, StatusMessageMs);
    }
    if (!files.isEmpty()) {
        // The refused files are named again with the outcome, which replaces this message.
        statusBar()->showMessage(tr("Reading %n file(s)…", nullptr, int(files.size())), StatusMessageMs);
        readOnWorker(Arrival::Import, [files, notImported](const std::atomic_bool *cancel) {
            IdsArrival arrival = IdArrival::readFiles(files, cancel);
            if (!notImported.isEmpty())
                arrival.problems.prepend(notImported);
            return arrival;
        });
    } else if (!links.isEmpty())
        extractText(links.join(QLatin1Char('\n')), Arrival::Drop);
    else if (mime->urls().isEmpty() && mime->hasText())
        extractText(mime->text(), Arrival::Drop);
}

void MainWindow::copySelectedIds()
{
    const QStringList ids = selectedTaskIds();
    if (ids.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Copied %n id(s).", nullptr, int(ids.size())), StatusMessageMs);
}

void MainWindow::removeSelected()
{
    const QStringList ids = selectedTaskIds();
    if (ids.isEmpty())
        return;
    int withResults = 0;
    for (const QString &id : ids) {
        const TrackedTask *task = m_monitor->model()->task(id);
        if (task && task->isComplete() && (task->resultInStore || (task->task && !task->task->result.isUndefined())))
            ++withResults;
    }
    if (withResults == 0) {
        removeTasks(ids);
        return;
    }
    // Results are what the user waited for: asked once, without a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Tasks", "dialog title"),
        tr("Remove %n task(s)?", nullptr, int(ids.size())), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    box->setInformativeText(tr("%n of them have results, which are discarded with them. Edit › Undo brings them back "
                               "until the app is closed.",
        nullptr, withResults));
    QPushButton *remove = box->addButton(tr("Remove", "button"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, ids, remove](QAbstractButton *button) {
        if (button == remove)
            removeTasks(ids);
    });
    box->open();
}

void MainWindow::removeTasks(const QStringList &ids)
{
    m_undoStack->push(
        new RemoveTasksCommand(m_monitor, ids, tr("Remove %n Task(s)", nullptr, int(ids.size())))); // runs it
    statusBar()->showMessage(
        tr("Removed %n task(s). Edit › Undo brings them back.", nullptr, int(ids.size())), StatusMessageMs);
}

void MainWindow::archiveSelected(bool archived)
{
    QStringList ids;
    const QStringList selected = selectedTaskIds();
    for (const QString &id : selected) {
        const TrackedTask *task = m_monitor->model()->task(id);
        // Only finished work is archived: an unfinished task would stop being watched out of sight.
        if (task && (!archived || task->isComplete()))
            ids.append(id);
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Only completed tasks can be archived."), StatusMessageMs);
        return;
    }
    m_monitor->setArchived(ids, archived);
    statusBar()->showMessage(archived
            ? tr("Archived %n task(s): View › Archived Tasks shows them.", nullptr, int(ids.size()))
            : tr("Restored %n task(s) from the archive.", nullptr, int(ids.size())),
        StatusMessageMs);
}

void MainWindow::applyAutoArchive()
{
    const int days = QSettings().value(UiSettings::AutoArchiveDays, 0).toInt();
    if (days <= 0)
        return;
    const QStringList ids = m_monitor->archiveCompleted(qint64(days) * 24 * 3600 * 1000);
    if (!ids.isEmpty())
        statusBar()->showMessage(tr("Archived %n task(s) completed more than %1 ago.", nullptr, int(ids.size()))
                                     .arg(tr("%n day(s)", "auto-archive age", days)),
            StatusMessageMs);
}

void MainWindow::setSelectedPaused(bool paused)
{
    m_monitor->setTasksPaused(selectedTaskIds(), paused);
    updateActions();
}

void MainWindow::refreshSelected()
{
    const QStringList ids = selectedTaskIds();
    if (ids.isEmpty())
        m_monitor->refreshAll();
    else
        m_monitor->refreshTasks(ids);
}
