// SPDX-License-Identifier: MIT
// The window's actions and its menu bar: every action of the window is reachable from a menu, its shortcut shown.
#include "aboutdialog.h"
#include "columnchooser.h"
#include "connectionstatus.h"
#include "mainwindow.h"
#include "notifier.h"
#include "panenavigator.h"
#include "shortcutsdialog.h"
#include "statefilter.h"
#include "taskmonitor.h"
#include "taskproxymodel.h"
#include "uisettings.h"
#include "userguide.h"

#include <QAction>
#include <QActionGroup>
#include <QDesktopServices>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>

namespace {

QIcon themedIcon(const QString &themeName, const QString &fallback)
{
    return QIcon::fromTheme(themeName, QIcon(QLatin1String(":/icons/") % fallback % QLatin1String(".svg")));
}

// Every action of the menu and its submenus, depth first.
void collectMenuActions(const QMenu *menu, QList<QAction *> *actions)
{
    const QList<QAction *> list = menu->actions();
    for (QAction *action : list) {
        actions->append(action);
        if (action->menu())
            collectMenuActions(action->menu(), actions);
    }
}

} // namespace

void MainWindow::createActions()
{
    m_addAction
        = new QAction(themedIcon(QStringLiteral("list-add"), QStringLiteral("add")), tr("Add", "toolbar"), this);
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(tr("Add task ids (%1)").arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::showAddDialog);

    m_removeAction = new QAction(
        themedIcon(QStringLiteral("list-remove"), QStringLiteral("remove")), tr("Remove", "toolbar"), this);
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    // Delete must stay a text-editing key in the filter field and the details pane.
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setToolTip(tr("Stop watching the selected tasks (Delete)"));
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeSelected);

    m_refreshAction = new QAction(
        themedIcon(QStringLiteral("view-refresh"), QStringLiteral("refresh")), tr("Refresh Now", "toolbar"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(Qt::Key_F5);
    m_refreshAction->setToolTip(tr("Ask Veza now about the selected tasks, or all when none is selected (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshSelected);

    m_pauseSelectedAction = new QAction(themedIcon(QStringLiteral("media-playback-pause"), QStringLiteral("pause")),
        tr("Pause Selected", "context menu"), this);
    m_pauseSelectedAction->setObjectName(QStringLiteral("pauseSelectedAction"));
    m_pauseSelectedAction->setToolTip(tr("Stop polling the selected tasks until resumed"));
    connect(m_pauseSelectedAction, &QAction::triggered, this, [this] { setSelectedPaused(true); });
    m_resumeSelectedAction = new QAction(themedIcon(QStringLiteral("media-playback-start"), QStringLiteral("resume")),
        tr("Resume Selected", "context menu"), this);
    m_resumeSelectedAction->setObjectName(QStringLiteral("resumeSelectedAction"));
    m_resumeSelectedAction->setToolTip(tr("Poll the selected tasks again, including ones no longer watched"));
    connect(m_resumeSelectedAction, &QAction::triggered, this, [this] { setSelectedPaused(false); });

    // Made once: a new icon per change renders its SVG again.
    m_pauseIcon = themedIcon(QStringLiteral("media-playback-pause"), QStringLiteral("pause"));
    m_resumeIcon = themedIcon(QStringLiteral("media-playback-start"), QStringLiteral("resume"));
    m_pauseAction = new QAction(m_pauseIcon, tr("Pause", "toolbar"), this);
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("Pause or resume polling"));
    m_pauseAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    connect(m_pauseAction, &QAction::toggled, m_monitor, &TaskMonitor::setPaused);

    m_connectionAction = new QAction(themedIcon(QStringLiteral("network-server"), QStringLiteral("connection")),
        tr("Connections…", "toolbar"), this);
    m_connectionAction->setObjectName(QStringLiteral("connectionAction"));
    m_connectionAction->setToolTip(tr("Veza tenants: addresses, API keys, proxies and certificates"));
    m_connectionAction->setShortcut(Qt::CTRL | Qt::Key_K);
    connect(m_connectionAction, &QAction::triggered, this, &MainWindow::showConnectionDialog);

    m_copyIdAction = new QAction(
        themedIcon(QStringLiteral("edit-copy"), QStringLiteral("copy")), tr("Copy Id", "context menu"), this);
    m_copyIdAction->setObjectName(QStringLiteral("copyIdAction"));
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_copyIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copySelectedIds);

    m_pasteAction = new QAction(
        themedIcon(QStringLiteral("edit-paste"), QStringLiteral("paste")), tr("Paste Ids", "context menu"), this);
    m_pasteAction->setObjectName(QStringLiteral("pasteAction"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteFromClipboard);

    m_findAction = new QAction(tr("Filter", "action"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    addAction(m_findAction);

    m_importAction = new QAction(tr("Import…", "action"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_importAction->setToolTip(tr("Add the task ids found in .txt, .csv, .tsv, .json, .jsonl or .log files"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImportDialog);

    m_exportAction = new QAction(tr("Export…", "action"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setToolTip(tr("Write every task to a CSV or JSON file"));
    connect(m_exportAction, &QAction::triggered, this, [this] { showExportDialog(false); });
    m_exportSelectionAction = new QAction(tr("Export Selection…", "action"), this);
    m_exportSelectionAction->setObjectName(QStringLiteral("exportSelectionAction"));
    m_exportSelectionAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_exportSelectionAction->setToolTip(tr("Write the selected tasks to a CSV or JSON file"));
    connect(m_exportSelectionAction, &QAction::triggered, this, [this] { showExportDialog(true); });

    m_undoAction = m_undoStack->createUndoAction(this, tr("Undo", "action"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("Redo", "action"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_archiveAction = new QAction(tr("Archive", "action"), this);
    m_archiveAction->setObjectName(QStringLiteral("archiveAction"));
    m_archiveAction->setShortcut(Qt::CTRL | Qt::Key_D);
    m_archiveAction->setToolTip(tr("Move the selected completed tasks to the archive (they stay saved)"));
    connect(m_archiveAction, &QAction::triggered, this, [this] { archiveSelected(true); });
    m_archiveCompletedAction = new QAction(tr("Archive All Completed", "action"), this);
    m_archiveCompletedAction->setObjectName(QStringLiteral("archiveCompletedAction"));
    connect(m_archiveCompletedAction, &QAction::triggered, this, [this] {
        const QStringList ids = m_monitor->archiveCompleted(0);
        statusBar()->showMessage(tr("Archived %n task(s).", nullptr, int(ids.size())), StatusMessageMs);
    });
    m_unarchiveAction = new QAction(tr("Restore from Archive", "action"), this);
    m_unarchiveAction->setObjectName(QStringLiteral("unarchiveAction"));
    connect(m_unarchiveAction, &QAction::triggered, this, [this] { archiveSelected(false); });
    m_showArchivedAction = new QAction(tr("Archived Tasks", "action"), this);
    m_showArchivedAction->setObjectName(QStringLiteral("showArchivedAction"));
    m_showArchivedAction->setCheckable(true);
    m_showArchivedAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    connect(m_showArchivedAction, &QAction::toggled, this, [this](bool archived) {
        m_proxy->setShowArchived(archived);
        m_connectionStatus->setShowingArchive(archived);
        updateActions();
    });
    // Checked once an hour (and at start): completion times are minutes apart at best.
    m_autoArchiveTimer = new QTimer(this);
    m_autoArchiveTimer->setInterval(3'600'000);
    connect(m_autoArchiveTimer, &QTimer::timeout, this, &MainWindow::applyAutoArchive);
    m_autoArchiveTimer->start();
    connect(m_monitor, &TaskMonitor::storeOpened, this, &MainWindow::applyAutoArchive);

    m_selectAllAction = new QAction(tr("Select All", "action"), this);
    m_selectAllAction->setObjectName(QStringLiteral("selectAllAction"));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    // Ctrl+A stays a text-editing key in the filter field and the details pane.
    m_selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_selectAllAction, &QAction::triggered, this, [this] { m_table->selectAll(); });

    m_userGuideAction
        = new QAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("User Guide", "help menu"), this);
    m_userGuideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    // The guide installed beside the app; no network at run time, so without it the entry is off.
    const QString guide = UserGuide::find(UserGuide::searchDirs());
    m_userGuideAction->setEnabled(!guide.isEmpty());
    m_userGuideAction->setToolTip(guide.isEmpty() ? tr("The user guide is not installed") : guide);
    connect(m_userGuideAction, &QAction::triggered, this, [guide] {
        if (!guide.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(guide));
    });
    m_shortcutsAction = new QAction(tr("Keyboard Shortcuts", "help menu"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(Qt::CTRL | Qt::Key_Slash);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcutsDialog);
    m_aboutAction = new QAction(tr("About Veza Task Monitor", "help menu"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);
    m_aboutQtAction = new QAction(tr("About Qt", "help menu"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { showAboutQt(this); });

    m_quitAction = new QAction(tr("Quit", "action"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, m_notifier, &Notifier::quit); // also while the tray is on
    addAction(m_quitAction);
}

// The pane actions come later, from addPaneActions(): the panes are made after the menus.
void MainWindow::createMenuBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File", "menu"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_exportSelectionAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit", "menu"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_copyIdAction);
    edit->addAction(m_pasteAction);
    edit->addAction(m_selectAllAction);
    edit->addSeparator();
    edit->addAction(m_addAction);
    edit->addAction(m_removeAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    m_table->addAction(m_selectAllAction);
    QMenu *view = menuBar()->addMenu(tr("&View", "menu"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_showArchivedAction);
    view->addMenu(m_stateFilter->menu());
    view->addMenu(m_columnChooser->menu());
    view->addSeparator();
    view->addMenu(m_notifier->createDoNotDisturbMenu(view));
    view->addAction(m_notifier->settingsAction());
    QMenu *tasks = menuBar()->addMenu(tr("&Tasks", "menu"));
    tasks->setObjectName(QStringLiteral("tasksMenu"));
    tasks->addAction(m_refreshAction);
    tasks->addAction(m_pauseAction);
    tasks->addAction(m_pauseSelectedAction);
    tasks->addAction(m_resumeSelectedAction);
    tasks->addSeparator();
    tasks->addAction(m_archiveAction);
    tasks->addAction(m_archiveCompletedAction);
    tasks->addAction(m_unarchiveAction);
    tasks->addAction(m_notifier->muteAction());
    tasks->addSeparator();
    tasks->addMenu(m_moveMenu);
    tasks->addAction(m_connectionAction);
    tasks->addSeparator();
    QMenu *autoArchive = tasks->addMenu(tr("Archive Automatically", "menu"));
    autoArchive->setObjectName(QStringLiteral("autoArchiveMenu"));
    auto *choices = new QActionGroup(autoArchive);
    const int current = QSettings().value(UiSettings::AutoArchiveDays, 0).toInt();
    for (const int days : {0, 1, 7, 30}) {
        QAction *choice = autoArchive->addAction(
            days == 0 ? tr("Never", "auto-archive") : tr("%n Day(s) After Completion", "auto-archive", days));
        choice->setCheckable(true);
        choice->setChecked(days == current);
        choice->setActionGroup(choices);
        connect(choice, &QAction::triggered, this, [this, days] {
            QSettings().setValue(UiSettings::AutoArchiveDays, days);
            applyAutoArchive();
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help", "menu"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_userGuideAction);
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::addPaneActions(const PaneNavigator *navigator)
{
    QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QAction *first = view->actions().value(0);
    view->insertActions(first, {navigator->showDetailsAction(), navigator->showNotificationsAction()});
    view->insertSeparator(first);
    view->insertActions(first, navigator->movementActions());
    view->insertSeparator(first);

    // A shortcut is shown wherever its action is, the context menu too (some platforms hide it there).
    QList<QAction *> actions;
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    for (const QMenu *menu : menus)
        collectMenuActions(menu, &actions);
    collectMenuActions(m_contextMenu, &actions);
    for (QAction *action : std::as_const(actions))
        action->setShortcutVisibleInContextMenu(true);
}

void MainWindow::showShortcutsDialog()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(menuBar(), this);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void MainWindow::showAboutDialog()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(this);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->show();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}
