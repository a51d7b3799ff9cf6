// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QIcon>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <array>
#include <atomic>
#include <memory>

class Clock;
class ColumnChooser;
class ConnectionStatus;
class StateFilter;
class DetailsPane;
class NotificationsPane;
class Notifier;
class PaneNavigator;
class ShortcutsDialog;
class AboutDialog;
class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class TaskProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class TaskMonitor;
class TaskTableModel;
class QUndoStack;
class AddTasksDialog;
class ConnectionManager;
class QComboBox;
class QPushButton;
struct IdExtraction;
struct IdsArrival;
namespace TaskExport {
enum class Format;
}

// The one window: the task table with its filter, the details and notifications beside it, counts below.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(TaskMonitor *monitor, const Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Ids of the selected rows, in view order.
    [[nodiscard]] QStringList selectedTaskIds() const;
    // How often the status bar's activity was brought up to date: tests check that a burst of requests makes one.
    [[nodiscard]] int activityUpdateCount() const { return m_activityUpdates; }
    // The task the details pane shows: the current row when selected, else the first selected one.
    [[nodiscard]] QString currentTaskId() const { return m_currentTaskId; }
    // Selects the task's row, clearing a filter that hides it; false when the id is not listed.
    bool selectTask(const QString &taskId);

    // Connections are edited through it (the dialog, trusting a certificate, the keychain's answers); without one
    // the window only shows them.
    void setConnectionManager(ConnectionManager *manager);
    void showAddDialog();
    void showConnectionDialog();
    // The connections dialog, at this connection.
    void showConnectionDialogFor(const QString &connectionId);
    // The refused certificate of a connection, with the choice to trust it.
    void showCertificateDialog(const QString &connectionId);
    // Where a paste or Add puts tasks: the selected task's connection, else the one last used.
    [[nodiscard]] QString targetConnectionId() const;
    void showImportDialog();
    // Adds the ids not listed yet as one undoable step, selects them and reports the outcome in the status bar
    // (with `note` after it); returns how many were added.
    // On connectionId, or targetConnectionId() when empty.
    int addTaskIds(
        const QStringList &ids, const QString &label = {}, const QString &note = {}, const QString &connectionId = {});
    // Reads the files on a worker thread, then adds their ids as a paste would.
    void importFiles(const QStringList &paths);
    // Reads the text on a worker thread, then adds its ids as a paste does: at once, or through the Add dialog.
    void extractText(const QString &text);
    // Text from a later start of the app (SingleInstance): brings the window to the front and reads the text.
    void receiveForwardedText(const QString &text);
    // Shown, raised and active, un-minimised but otherwise as it was (a maximised window stays maximised).
    void bringToFront();
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }

    // What drag and drop and Import accept.
    static bool isImportableFile(const QString &path);

    // "2 pending · 1 in progress · 5 complete (1 failed)"
    static QString countsText(const TaskTableModel &model);

Q_SIGNALS:
    void currentTaskChanged(const QString &taskId);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static constexpr int StatusMessageMs = 8'000;

    // In mainmenus.cpp.
    void createActions();
    void createMenuBar();
    void addPaneActions(const PaneNavigator *navigator);
    void showShortcutsDialog();
    void showAboutDialog();
    // In mainaccessibility.cpp: names and descriptions for screen readers.
    void describeForAccessibility();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;

    void onSelectionChanged();
    void updateActions();
    void updateCounts();
    void updateActivity();
    void updateConnectionChoices();
    void updateNotificationsTab();
    void updateEmptyHint();
    void copySelectedIds();
    void removeSelected();
    // Removes at once; undoable with Ctrl+Z.
    void removeTasks(const QStringList &ids);
    void archiveSelected(bool archived);
    void applyAutoArchive();
    void refreshSelected();
    void setSelectedPaused(bool paused);
    // Where ids arrive from; a newer arrival from the same place makes an older one still being read stale.
    enum class Arrival { Paste, Drop, Import, Count };
    void pasteFromClipboard();
    // Asks where to write every task, or the selected ones, as CSV or JSON (by the file's extension or filter).
    void showExportDialog(bool selectionOnly);
    void extractText(const QString &text, Arrival origin);
    // Starts `read` on a worker with a fresh cancel flag; only the newest arrival of each origin is received.
    template <typename Read>
    void readOnWorker(Arrival origin, Read &&read);
    // Adds at once when the ids are an unambiguous list of UUIDs or task URLs, else shows them in the Add dialog.
    void receiveIds(const IdsArrival &arrival);
    AddTasksDialog *openAddDialog();
    AddTasksDialog *createAddDialog();
    void selectIds(const QStringList &ids);
    // The selected rows of the proxy, ascending, read from the selection's ranges.
    [[nodiscard]] QList<int> selectedProxyRows() const;

    TaskMonitor *m_monitor;
    ConnectionManager *m_manager = nullptr;
    QComboBox *m_connectionFilter = nullptr;
    QAction *m_connectionFilterAction = nullptr;
    QMenu *m_moveMenu = nullptr;
    const Clock *m_clock;
    TaskProxyModel *m_proxy = nullptr;
    StateFilter *m_stateFilter = nullptr;
    ColumnChooser *m_columnChooser = nullptr;
    ConnectionStatus *m_connectionStatus = nullptr;
    Notifier *m_notifier = nullptr;
    QString m_currentTaskId;
    QTimer m_countsTimer;
    QTimer m_activityTimer;
    int m_activityUpdates = 0;
    int m_shownPaused = -1; // what the pause action shows, -1 before the first update
    QIcon m_pauseIcon;
    QIcon m_resumeIcon;

    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_pauseSelectedAction = nullptr;
    QAction *m_resumeSelectedAction = nullptr;
    QAction *m_connectionAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<AboutDialog> m_aboutDialog;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportSelectionAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_archiveCompletedAction = nullptr;
    QAction *m_unarchiveAction = nullptr;
    QAction *m_showArchivedAction = nullptr;
    QTimer *m_autoArchiveTimer = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QMenu *m_contextMenu = nullptr;
    struct PendingArrival
    {
        quint64 generation = 0;
        std::shared_ptr<std::atomic_bool> cancel; // shared with the worker, which may outlive the window
        QFuture<void> future; // the worker's; the watcher holds the typed one
    };
    std::array<PendingArrival, size_t(Arrival::Count)> m_arrivals;

    QLineEdit *m_filterEdit = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyHint = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    DetailsPane *m_details = nullptr;
    NotificationsPane *m_notificationsPane = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_activityLabel = nullptr;
    struct WaitingAdd
    {
        QStringList ids;
        QString label;
        QString note;
        QString connectionId;
    };
    QList<WaitingAdd> m_waitingAdds; // adds that came before the stored list was read
};
