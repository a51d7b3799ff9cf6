// SPDX-License-Identifier: MIT
#pragma once

#include "jsontext.h"

#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <memory>

class JsonIndex;
class QAction;
class JsonSearch;
class JsonTreeModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;

// A task's result, whole, however large: a lazy tree over an index of its JSON (search, copy value / JSON / path,
// view an array of objects as a table and export it as CSV), the pretty text while it stays smooth, Save and Open
// with. Serialising, indexing and formatting run on worker threads; the GUI thread only shows what they made.
class ResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultView)
public:
    // Above this many bytes of pretty text the text view says so instead of showing it (setPlainText stalls).
    static constexpr qsizetype MaxTextBytes = qsizetype(2) * 1024 * 1024;

    explicit ResultView(QWidget *parent = nullptr);
    ~ResultView() override;

    // Shows a result (Undefined: none, with the placeholder). The same task, answer revision and presence again
    // changes nothing: a result of tens of MB is never compared value by value on the GUI thread.
    void setResult(const JsonText &result, const QString &taskId, quint32 revision = 0);
    void setPlaceholder(const QString &text);
    [[nodiscard]] bool isBusy() const { return m_watcher.isRunning(); }
    [[nodiscard]] std::shared_ptr<const JsonIndex> jsonIndex() const { return m_index; }
    [[nodiscard]] QTreeView *tree() const { return m_tree; }

    // The actions, public for tests and the pane's menus.
    void copyValue();
    void copyJson();
    void copyPath();
    void findNext(bool backwards = false);
    void showTable();
    void saveAs();
    // Writes the whole result (indented, or as received) on a worker; saved() follows.
    void saveTo(const QString &path, bool pretty);
    void openWith();

Q_SIGNALS:
    void ready(); // a new result is shown (its tree and, when small enough, its text)
    void saved(const QString &path, const QString &error); // error empty when written

private:
    struct Prepared
    {
        quint64 serial = 0;
        std::shared_ptr<const JsonIndex> index;
        QString text; // pretty, empty above MaxTextBytes
        qsizetype textBytes = 0;
        QString error;
    };
    static Prepared prepare(quint64 serial, const JsonText &result);
    void onPrepared();
    void onSearchFinished(int serial, const QList<int> &hits);
    void selectNode(int node);
    void updateActions();
    [[nodiscard]] int currentNode() const;
    void writeFile(const QString &path, bool pretty, const std::function<void(const QString &)> &done);

    QTabWidget *m_tabs = nullptr;
    QTreeView *m_tree = nullptr;
    JsonTreeModel *m_model = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QAction *m_tableAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_openAction = nullptr;
    JsonSearch *m_search = nullptr;
    QTimer m_findDebounce;
    QList<int> m_hits;
    int m_hitIndex = -1;
    QFutureWatcher<Prepared> m_watcher;
    quint64 m_serial = 0;
    JsonText m_result; // shares its bytes with the index
    QString m_taskId;
    quint32 m_revision = 0;
    std::shared_ptr<const JsonIndex> m_index;
    std::unique_ptr<QTemporaryDir> m_openDir; // files handed to other programs live until the app quits
};
