// SPDX-License-Identifier: MIT
#include "adddialog.h"
#include "clock.h"
#include "connectionstatus.h"
#include "detailspane.h"
#include "idextractor.h"
#include "jsonindex.h"
#include "mainwindow.h"
#include "resultview.h"
#include "selectabletext.h"
#include "simwindow.h"
#include "taskmonitor.h"
#include "taskproxymodel.h"
#include "testprograms.h"
#include "translations.h"
#include "uisettings.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int NetworkTimeoutMs = 10'000;

const QString kUuidA = u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s;
const QString kUuidB = u"7a41d0c2-5e9b-4f1a-b3c8-0d6e2f9a1b47"_s;
const QString kUuidC = u"c0ffee00-1234-4abc-8def-0123456789ab"_s;

// Drops the data on the window as a drag from another application would; true when the drop was taken.
template <typename Payload>
bool drop(QWidget *target, const Payload &payload)
{
    QMimeData mime;
    if constexpr (std::is_same_v<Payload, QString>)
        mime.setText(payload);
    else
        mime.setUrls(payload);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

template <typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Opens the Add dialog as the user does; null when it does not show.
AddTasksDialog *openAddDialog(MainWindow &window)
{
    child<QAction>(&window, u"addAction"_s)->trigger();
    AddTasksDialog *dialog = window.findChild<AddTasksDialog *>();
    return dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }) ? dialog : nullptr;
}

// The real simulator, a monitor polling it every second (the scheduler's minimum), and the window on top.
struct Harness : SimWindow
{
    bool addQuickTask(const QString &id, const QJsonObject &extra = {})
    {
        QJsonObject spec{{u"id"_s, id}, {u"pending_ms"_s, 100}, {u"running_ms"_s, 200}, {u"status"_s, u"SUCCEEDED"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            spec.insert(it.key(), it.value());
        return sim.addTask(spec);
    }

    QTableView *table() const { return child<QTableView>(&window, u"taskTable"_s); }
};

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addDialogAddsRowsWithLabel();
    void pasteOfUuidListAddsAtOnce();
    void pasteOfLogLineOpensPreview();
    void pasteOfEmptyClipboardSaysSo();
    void pastePastTheCapIsPreviewed();
    void pasteOfManyIdsSelectsOneRange();
    void activityUpdatesAreCoalesced();
    void sortedTableResortsChangesTogether();
    void staleArrivalIsDropped();
    void arrivalNeverReplacesTypedText();
    void undoRemovesWhatThePasteAdded();
    void droppedFileAddsItsIds();
    void droppedTextIsReadLikeAPaste();
    void droppedLargeFileIsShownInPart();
    void importActionIsInTheFileMenu();
    void filterNarrowsVisibleRows();
    void removeActsOnSelection();
    void detailsFollowSelectionAndShowResult();
    void notificationListGetsCompletion();
    void statusBarCountsByState();
    void countsTextNamesEveryBucket();
    void rejectedKeyAsksForANewOne();
    void pauseAndResumeSelectedTasks();
    void twoConnectionsShowApartInTheWindow();
    void archiveTitleSurvivesConnectionUpdates();
    void detailsPaneShowsErrorsAndStaleness();
    void staleRowsLookStale();
    void detailsPaneDropsResultOfPreviousSelection();
    void detailsPaneCapsHugeResult();
    void prettyJsonCapsLargeValues();

private:
    std::unique_ptr<Harness> m_harness;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    installTranslations(QCoreApplication::instance()); // the English plural forms, as the app shows them
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_harness = std::make_unique<Harness>();
    QVERIFY(m_harness->sim.isListening());
}

void tst_MainWindow::cleanup()
{
    m_harness.reset();
}

void tst_MainWindow::addDialogAddsRowsWithLabel()
{
    MainWindow &window = m_harness->window;
    AddTasksDialog *dialog = openAddDialog(window);
    QVERIFY(dialog);

    auto *ids = child<QPlainTextEdit>(dialog, u"idsEdit"_s);
    auto *label = child<QLineEdit>(dialog, u"labelEdit"_s);
    auto *summary = child<QLabel>(dialog, u"summaryLabel"_s);
    auto *ok = child<QPushButton>(dialog, u"addButton"_s);
    QVERIFY(ids && label && summary && ok);
    QVERIFY(!ok->isEnabled());

    ids->setPlainText(u"aaa-1\nbbb-2,\nccc-3\naaa-1"_s);
    QVERIFY(!ok->isEnabled()); // until the text has been read
    QTRY_VERIFY(dialog->isPreviewReady());
    QVERIFY2(summary->text().startsWith(u"3 id"_s), qPrintable(summary->text()));
    QVERIFY(ok->isEnabled());
    label->setText(u"Quarterly access review"_s);
    QTest::mouseClick(ok, Qt::LeftButton);

    TaskTableModel *model = m_harness->monitor.model();
    QCOMPARE(model->ids(), QStringList({u"aaa-1"_s, u"bbb-2"_s, u"ccc-3"_s}));
    QCOMPARE(model->task(u"bbb-2"_s)->label, u"Quarterly access review"_s);
    QCOMPARE(m_harness->table()->model()->rowCount(), 3);
    QVERIFY(window.statusBar()->currentMessage().startsWith(u"Added 3 task"_s));
    QTRY_VERIFY(!window.findChild<AddTasksDialog *>()); // deleted once closed
}

void tst_MainWindow::pasteOfUuidListAddsAtOnce()
{
    MainWindow &window = m_harness->window;
    auto *paste = child<QAction>(&window, u"pasteAction"_s);
    QVERIFY(paste);
    QVERIFY(m_harness->table()->actions().contains(paste));
    QCOMPARE(paste->shortcut(), QKeySequence(QKeySequence::Paste));
    QCOMPARE(paste->shortcutContext(), Qt::WidgetWithChildrenShortcut);

    QGuiApplication::clipboard()->setText(kUuidA + u"\n"_s + kUuidB.toUpper() + u"\n"_s);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    m_harness->table()->setFocus();
    QTest::keySequence(m_harness->table(), QKeySequence::Paste);
    TaskTableModel *model = m_harness->monitor.model();
    QTRY_COMPARE(model->ids(), QStringList({kUuidA, kUuidB}));
    QVERIFY(!window.findChild<AddTasksDialog *>()); // no preview needed
    QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Added 2 task"_s),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.selectedTaskIds().size(), model->rowCount()); // what was pasted is selected

    QGuiApplication::clipboard()->setText(kUuidA.toUpper());
    paste->trigger();
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"1 already in the list"_s));
    QCOMPARE(model->rowCount(), 2);
}

void tst_MainWindow::pasteOfLogLineOpensPreview()
{
    MainWindow &window = m_harness->window;
    const QString line = u"Nov 29 10:00:02 host app[311]: GET https://acme.vezacloud.com/api/v1/assessments/"
                         "async_tasks/"_s
        + kUuidA + u" 200 req="_s + kUuidB;
    QGuiApplication::clipboard()->setText(line);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    m_harness->table()->setFocus();
    QTest::keySequence(m_harness->table(), QKeySequence::Paste);

    AddTasksDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AddTasksDialog *>()) && dialog->isVisible());
    QTRY_VERIFY(dialog->isPreviewReady());
    QCOMPARE(m_harness->monitor.model()->rowCount(), 0); // nothing added, nothing sent before Add
    auto *preview = child<QTableView>(dialog, u"previewView"_s);
    QAbstractItemModel *rows = preview->model();
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->index(0, 0).data().toString(), kUuidA);
    QCOMPARE(rows->index(0, 1).data().toString(), u"task URL"_s);
    QCOMPARE(rows->index(1, 0).data().toString(), kUuidB);
    QVERIFY2(rows->index(1, 2).data().toString().contains(u"request or trace id"_s),
        qPrintable(rows->index(1, 2).data().toString()));
    QCOMPARE(dialog->newIds(), QStringList{kUuidA});
    QCOMPARE(dialog->text(), line); // still editable as pasted

    QTest::mouseClick(child<QPushButton>(dialog, u"addButton"_s), Qt::LeftButton);
    QCOMPARE(m_harness->monitor.model()->ids(), QStringList{kUuidA});
}

void tst_MainWindow::pasteOfEmptyClipboardSaysSo()
{
    MainWindow &window = m_harness->window;
    QGuiApplication::clipboard()->setText(u" \n"_s);
    child<QAction>(&window, u"pasteAction"_s)->trigger();
    QVERIFY2(window.statusBar()->currentMessage().contains(u"clipboard holds no text"_s),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.findChild<AddTasksDialog *>());
}

void tst_MainWindow::pastePastTheCapIsPreviewed()
{
    MainWindow &window = m_harness->window;
    QString uuids;
    for (qsizetype i = 0; i <= IdExtractor::MaxIds; ++i)
        uuids += u"%1-8b1d-4c3e-9a57-2d0c4b7e9f10\n"_s.arg(i, 8, 16, QLatin1Char('0'));
    QGuiApplication::clipboard()->setText(uuids);
    child<QAction>(&window, u"pasteAction"_s)->trigger();
    // Past the cap the ids are not added at once: the preview tells what was cut.
    AddTasksDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<AddTasksDialog *>()) && dialog->isPreviewReady(), 60'000);
    QCOMPARE(m_harness->monitor.model()->rowCount(), 0);
    const QString summary = child<QLabel>(dialog, u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(QString::number(IdExtractor::MaxIds)), qPrintable(summary));
}

void tst_MainWindow::pasteOfManyIdsSelectsOneRange()
{
    MainWindow &window = m_harness->window;
    window.addTaskIds({kUuidA}); // a row before them: the pasted ones are not the whole table
    QStringList ids;
    for (int i = 0; i < 10'000; ++i)
        ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    child<QAction>(&window, u"pasteAction"_s)->trigger();
    TaskTableModel *model = m_harness->monitor.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 10'001, 60'000);
    // One range, not one per row: the header's paint and every action update walk the ranges.
    const QItemSelection selection = m_harness->table()->selectionModel()->selection();
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.constFirst().top(), 1);
    QCOMPARE(selection.constFirst().bottom(), 10'000);
    QCOMPARE(window.selectedTaskIds(), ids);
    QVERIFY(child<QAction>(&window, u"removeAction"_s)->isEnabled());
}

void tst_MainWindow::activityUpdatesAreCoalesced()
{
    MainWindow &window = m_harness->window;
    auto *label = child<QLabel>(&window, u"activityLabel"_s);
    auto *pause = child<QAction>(&window, u"pauseAction"_s);
    QVERIFY(label && pause);
    // Whatever the start left pending is shown first; no task is listed, so nothing else comes.
    const int started = window.activityUpdateCount();
    Q_EMIT m_harness->monitor.activityChanged();
    QTRY_VERIFY(window.activityUpdateCount() > started);

    const int before = window.activityUpdateCount();
    for (int i = 0; i < 1'000; ++i)
        Q_EMIT m_harness->monitor.activityChanged();
    QCOMPARE(window.activityUpdateCount(), before); // nothing redone per request
    QTRY_COMPARE(window.activityUpdateCount(), before + 1);
    QCOMPARE(label->text(), u"No requests in flight"_s);

    // Pausing shows at once, each state with the one icon made for it.
    const qint64 pauseIcon = pause->icon().cacheKey();
    pause->trigger();
    QCOMPARE(label->text(), u"Polling paused"_s);
    const qint64 resumeIcon = pause->icon().cacheKey();
    QVERIFY(resumeIcon != pauseIcon);
    pause->trigger();
    QCOMPARE(label->text(), u"No requests in flight"_s);
    QCOMPARE(pause->icon().cacheKey(), pauseIcon);
    pause->trigger();
    QCOMPARE(pause->icon().cacheKey(), resumeIcon);
}

void tst_MainWindow::sortedTableResortsChangesTogether()
{
    ManualClock clock;
    TaskTableModel model(&clock);
    TaskProxyModel proxy;
    proxy.setSourceModel(&model);
    QStringList ids;
    for (int i = 0; i < 100; ++i)
        ids << u"t%1"_s.arg(i, 3, 10, QLatin1Char('0'));
    model.addTasks(ids);
    proxy.sort(TaskTableModel::LastCheckedColumn, Qt::DescendingOrder);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    const auto answer = [&clock](const QString &id) {
        FetchResult result;
        result.id = id;
        result.httpStatus = 503;
        result.error.kind = VezaError::Kind::Server;
        result.finishedAtMs = clock.nowMs();
        return result;
    };
    for (const QString &id : std::as_const(ids)) {
        clock.advance(1'000);
        model.applyResult(answer(id));
    }
    // Sorted by the column every answer changes: no row moved per answer, all of them at once afterwards.
    QCOMPARE(layouts.size(), 0);
    QVERIFY(proxy.isResortPending());
    QTRY_COMPARE(layouts.size(), 1);
    QCOMPARE(proxy.index(0, 0).data(TaskTableModel::TaskIdRole).toString(), ids.constLast());
    QCOMPARE(proxy.index(99, 0).data(TaskTableModel::TaskIdRole).toString(), ids.constFirst());

    // Archived while sorted: hidden with the same re-sort.
    model.setArchived({ids.constFirst()}, clock.nowMs());
    QTRY_COMPARE(proxy.rowCount(), 99);

    // Unsorted, a change applies at once.
    proxy.sort(-1);
    QVERIFY(!proxy.isResortPending());
    model.setArchived({ids.at(1)}, clock.nowMs());
    QCOMPARE(proxy.rowCount(), 98);
    QVERIFY(!proxy.isResortPending());
}

void tst_MainWindow::staleArrivalIsDropped()
{
    MainWindow &window = m_harness->window;
    // A few MB of log with a task URL (previewed, not added at once), then a UUID pasted before it is read.
    QString log;
    while (log.size() < 4 * 1024 * 1024)
        log += u"Nov 29 10:00:02 host app[311]: GET https://h/api/v1/assessments/async_tasks/"_s + kUuidA + u" 200\n"_s;
    QGuiApplication::clipboard()->setText(log);
    child<QAction>(&window, u"pasteAction"_s)->trigger();
    QGuiApplication::clipboard()->setText(kUuidB);
    child<QAction>(&window, u"pasteAction"_s)->trigger();
    TaskTableModel *model = m_harness->monitor.model();
    QTRY_COMPARE(model->ids(), QStringList{kUuidB});
    QVERIFY(QThreadPool::globalInstance()->waitForDone(60'000)); // liveness only
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    // The older paste, read last, must not open a preview over the newer one.
    QVERIFY(!window.findChild<AddTasksDialog *>());
    QCOMPARE(model->ids(), QStringList{kUuidB});
}

void tst_MainWindow::arrivalNeverReplacesTypedText()
{
    MainWindow &window = m_harness->window;
    AddTasksDialog *typed = openAddDialog(window);
    QVERIFY(typed);
    child<QPlainTextEdit>(typed, u"idsEdit"_s)->setPlainText(u"job-1"_s);

    QGuiApplication::clipboard()->setText(u"GET https://h/api/v1/assessments/async_tasks/"_s + kUuidA + u" 200"_s);
    child<QAction>(&window, u"pasteAction"_s)->trigger();
    QTRY_COMPARE(window.findChildren<AddTasksDialog *>().size(), 2);
    QCOMPARE(typed->text(), u"job-1"_s);
    AddTasksDialog *other = window.findChildren<AddTasksDialog *>().constLast();
    QVERIFY(other != typed);
    QTRY_VERIFY(other->isPreviewReady());
    QCOMPARE(other->newIds(), QStringList{kUuidA});
}

void tst_MainWindow::undoRemovesWhatThePasteAdded()
{
    MainWindow &window = m_harness->window;
    TaskTableModel *model = m_harness->monitor.model();
    window.addTaskIds({kUuidA}, u"Listed before"_s);
    auto *undo = child<QAction>(&window, u"undoAction"_s);
    auto *redo = child<QAction>(&window, u"redoAction"_s);
    QVERIFY(undo && redo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));

    // The paste holds the id already watched: undo must leave it alone.
    QGuiApplication::clipboard()->setText(kUuidA + u", "_s + kUuidB + u", "_s + kUuidC);
    child<QAction>(&window, u"pasteAction"_s)->trigger();
    QTRY_COMPARE(model->rowCount(), 3);
    QVERIFY(undo->isEnabled());

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    m_harness->table()->setFocus();
    QTest::keySequence(m_harness->table(), QKeySequence::Undo);
    QCOMPARE(model->ids(), QStringList{kUuidA});
    QCOMPARE(model->task(kUuidA)->label, u"Listed before"_s);

    redo->trigger();
    QCOMPARE(model->ids(), QStringList({kUuidA, kUuidB, kUuidC}));
    undo->trigger();
    undo->trigger(); // and the first add
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!undo->isEnabled());
}

void tst_MainWindow::droppedFileAddsItsIds()
{
    MainWindow &window = m_harness->window;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"tasks.txt"_s);
    QVERIFY(writeFile(path, (kUuidA + u"\n"_s + kUuidC + u"\n"_s).toUtf8()));

    QVERIFY(drop(&window, QList<QUrl>{QUrl::fromLocalFile(path)}));
    TaskTableModel *model = m_harness->monitor.model();
    QTRY_COMPARE(model->ids(), QStringList({kUuidA, kUuidC}));
    QVERIFY(!window.findChild<AddTasksDialog *>());
    child<QAction>(&window, u"undoAction"_s)->trigger();
    QCOMPARE(model->rowCount(), 0);

    // A file that needs a look first: its preview, read-only.
    const QString csv = dir.filePath(u"tasks.csv"_s);
    QVERIFY(writeFile(csv, "label,task_id,owner_id\nexport,job-7," + kUuidB.toUtf8() + "\n"));
    QVERIFY(drop(&window, QList<QUrl>{QUrl::fromLocalFile(csv)}));
    AddTasksDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AddTasksDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isPreviewReady());
    QCOMPARE(dialog->newIds(), QStringList{u"job-7"_s});
    QVERIFY(child<QPlainTextEdit>(dialog, u"idsEdit"_s)->isReadOnly());
    dialog->reject();

    const QString pdf = dir.filePath(u"report.pdf"_s);
    QVERIFY(writeFile(pdf, kUuidA.toUtf8()));
    // Nothing in the drag can be read: refused as it enters, not after the drop.
    QVERIFY(!drop(&window, QList<QUrl>{QUrl::fromLocalFile(pdf)}));
    QCOMPARE(model->rowCount(), 0);
    // With a readable file beside it, the drop is taken and the PDF named as not imported.
    QVERIFY(drop(&window, QList<QUrl>{QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(path)}));
    QTRY_COMPARE(model->ids(), QStringList({kUuidA, kUuidC}));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Not imported: report.pdf"_s),
        qPrintable(window.statusBar()->currentMessage()));
}

void tst_MainWindow::droppedLargeFileIsShownInPart()
{
    MainWindow &window = m_harness->window;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"jobs.txt"_s);
    QByteArray content;
    qsizetype lines = 0;
    for (; content.size() < 600 * 1024; ++lines)
        content += "job-" + QByteArray::number(lines) + '\n';
    QVERIFY(writeFile(path, content));
    QVERIFY(drop(&window, QList<QUrl>{QUrl::fromLocalFile(path)}));
    AddTasksDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<AddTasksDialog *>()) && dialog->isPreviewReady(), 30'000);
    QCOMPARE(dialog->newIds().size(), lines); // every id, though only the start of the file is kept for the box
    QVERIFY2(
        dialog->text().size() <= AddTasksDialog::MaxShownChars + 1, qPrintable(QString::number(dialog->text().size())));
}

void tst_MainWindow::droppedTextIsReadLikeAPaste()
{
    MainWindow &window = m_harness->window;
    QVERIFY(drop(&window, kUuidB));
    QTRY_COMPARE(m_harness->monitor.model()->ids(), QStringList{kUuidB});
}

void tst_MainWindow::importActionIsInTheFileMenu()
{
    MainWindow &window = m_harness->window;
    auto *import = child<QAction>(&window, u"importAction"_s);
    auto *fileMenu = child<QMenu>(&window, u"fileMenu"_s);
    QVERIFY(import && fileMenu);
    QVERIFY(fileMenu->actions().contains(import));
    QVERIFY(MainWindow::isImportableFile(u"/tmp/a.JSONL"_s));
    QVERIFY(!MainWindow::isImportableFile(u"/tmp/a.pdf"_s));
    import->trigger();
    QFileDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = window.findChild<QFileDialog *>(u"importDialog"_s)) && chooser->isVisible());
    chooser->reject();
}

void tst_MainWindow::filterNarrowsVisibleRows()
{
    MainWindow &window = m_harness->window;
    window.addTaskIds({u"alpha-1"_s, u"alpha-2"_s, u"beta-1"_s});
    window.addTaskIds({u"gamma-1"_s}, u"Quarterly access review"_s);
    auto *filter = child<QLineEdit>(&window, u"filterEdit"_s);
    QVERIFY(filter);
    QVERIFY(filter->isVisible());
    QCOMPARE(filter->placeholderText(), u"Filter tasks…"_s);
    QVERIFY(filter->isClearButtonEnabled());
    QAbstractItemModel *shown = m_harness->table()->model();
    QCOMPARE(shown->rowCount(), 4);

    QTest::keyClicks(filter, u"ALPHA"_s);
    QCOMPARE(shown->rowCount(), 2);
    auto *counts = child<QLabel>(&window, u"countsLabel"_s);
    QVERIFY2(counts->text().startsWith(u"2 of 4 shown"_s), qPrintable(counts->text()));

    filter->setText(u"quarterly"_s); // the label column counts too
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, TaskTableModel::IdColumn).data().toString(), u"gamma-1"_s);

    filter->setText(u"nothing-like-this"_s);
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(child<QLabel>(&window, u"emptyHint"_s)->isVisible());

    filter->clear();
    QCOMPARE(shown->rowCount(), 4);
    QVERIFY(!child<QLabel>(&window, u"emptyHint"_s)->isVisible());
}

void tst_MainWindow::removeActsOnSelection()
{
    MainWindow &window = m_harness->window;
    window.addTaskIds({u"r-1"_s, u"r-2"_s, u"r-3"_s});
    auto *remove = child<QAction>(&window, u"removeAction"_s);
    QTableView *table = m_harness->table();
    table->clearSelection();
    QVERIFY(!remove->isEnabled());

    QVERIFY(window.selectTask(u"r-2"_s));
    QVERIFY(remove->isEnabled());
    table->selectionModel()->select(
        table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedTaskIds(), QStringList({u"r-2"_s, u"r-3"_s}));
    remove->trigger();
    QCOMPARE(m_harness->monitor.model()->ids(), QStringList{u"r-1"_s});
}

void tst_MainWindow::detailsFollowSelectionAndShowResult()
{
    MainWindow &window = m_harness->window;
    QVERIFY(m_harness->addQuickTask(u"done-1"_s, {{u"result"_s, QJsonObject{{u"answer"_s, u"forty-two"_s}}}}));
    auto *details = child<DetailsPane>(&window, u"detailsPane"_s);
    auto *empty = child<QLabel>(details, u"emptyLabel"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"Select a task to see its details"_s);

    QCOMPARE(window.addTaskIds({u"done-1"_s}), 1);
    QCOMPARE(window.currentTaskId(), u"done-1"_s);
    QCOMPARE(details->taskId(), u"done-1"_s);
    QVERIFY(!empty->isVisible());
    auto *idValue = child<SelectableText>(details, u"idValue"_s);
    QVERIFY(idValue->isVisible());
    QCOMPARE(idValue->text(), u"done-1"_s);
    QVERIFY(idValue->width()
        >= idValue->fontMetrics().horizontalAdvance(idValue->text())); // laid out, not squeezed to nothing

    auto *result = child<QPlainTextEdit>(details, u"resultEdit"_s);
    QVERIFY(result->isReadOnly());
    QTRY_VERIFY_WITH_TIMEOUT(result->toPlainText().contains(u"\"answer\": \"forty-two\""_s), NetworkTimeoutMs);
    QCOMPARE(child<QLabel>(details, u"stateValue"_s)->text(), stateLabel(TaskState::Complete));
    QCOMPARE(child<QLabel>(details, u"statusValue"_s)->text(), statusLabel(TaskStatus::Succeeded));
    QVERIFY(child<QLabel>(details, u"lastAnswerValue"_s)->text().contains(u"HTTP 200"_s));

    m_harness->table()->clearSelection();
    QVERIFY(window.currentTaskId().isEmpty());
    QVERIFY(empty->isVisible());
}

void tst_MainWindow::notificationListGetsCompletion()
{
    MainWindow &window = m_harness->window;
    QVERIFY(m_harness->addQuickTask(u"note-1"_s));
    auto *view = child<QListView>(&window, u"notificationsView"_s);
    auto *tabs = child<QTabWidget>(&window, u"sideTabs"_s);
    QVERIFY(view && tabs);
    QCOMPARE(view->model()->rowCount(), 0);

    window.addTaskIds({u"note-1"_s}, u"Nightly export"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, NetworkTimeoutMs);
    const QModelIndex entry = view->model()->index(0, 0);
    QVERIFY2(entry.data().toString().contains(u"Task succeeded"_s), qPrintable(entry.data().toString()));
    QCOMPARE(tabs->tabText(1), u"Notifications (1)"_s);
    QTest::qWait(200);
    QCOMPARE(view->model()->rowCount(), 1); // one entry per completion, not one per listener

    tabs->setCurrentIndex(1);
    QVERIFY(view->isVisible());
    QCOMPARE(tabs->tabText(1), u"Notifications"_s); // read once shown

    m_harness->table()->clearSelection();
    QVERIFY(window.selectedTaskIds().isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(entry).center());
    QCOMPARE(window.selectedTaskIds(), QStringList{u"note-1"_s});
}

void tst_MainWindow::statusBarCountsByState()
{
    MainWindow &window = m_harness->window;
    QVERIFY(m_harness->addQuickTask(u"s-ok"_s));
    QVERIFY(
        m_harness->addQuickTask(u"s-fail"_s, {{u"status"_s, u"FAILED"_s}, {u"error_reason"_s, u"query timed out"_s}}));
    QVERIFY(m_harness->addQuickTask(u"s-stop"_s, {{u"status"_s, u"CANCELED"_s}}));
    QVERIFY(m_harness->sim.addTask({{u"id"_s, u"s-slow"_s}, {u"pending_ms"_s, 600'000}, {u"running_ms"_s, 1'000}}));
    auto *counts = child<QLabel>(&window, u"countsLabel"_s);
    QTRY_COMPARE(counts->text(), u"No tasks"_s);

    window.addTaskIds({u"s-ok"_s, u"s-fail"_s, u"s-stop"_s, u"s-slow"_s});
    QTRY_COMPARE_WITH_TIMEOUT(counts->text(), u"1 pending · 3 complete (1 failed, 1 canceled)"_s, NetworkTimeoutMs);
    QVERIFY(counts->isVisible());
    QVERIFY(child<QLabel>(&window, u"activityLabel"_s)->isVisible());
    auto *connection = child<QLabel>(&window, u"connectionLabel"_s);
    QVERIFY2(connection->text().contains(m_harness->sim.connection().baseUrl.host()), qPrintable(connection->text()));
}

void tst_MainWindow::countsTextNamesEveryBucket()
{
    ManualClock clock;
    TaskTableModel model(&clock);
    model.addTasks({u"new"_s, u"gone"_s, u"old"_s});
    FetchResult gone;
    gone.id = u"gone"_s;
    gone.httpStatus = 404;
    gone.error.kind = VezaError::Kind::NotFound;
    model.applyResult(gone);
    model.setSchedule(u"gone"_s, TrackedTask::Watch::NotFound, -1, 10);
    model.applyResult(objectAnswer(u"old"_s, clock.nowMs(), {{u"id"_s, u"old"_s}, {u"state"_s, u"IN_PROGRESS"_s}}));
    model.setSchedule(u"old"_s, TrackedTask::Watch::StoppedWatching, -1, 0);
    QCOMPARE(MainWindow::countsText(model), u"1 waiting for an answer · 1 not found · 1 no longer watched"_s);
}

void tst_MainWindow::rejectedKeyAsksForANewOne()
{
    MainWindow &window = m_harness->window;
    auto *banner = child<QFrame>(&window, u"connectionBanner"_s);
    QVERIFY(!banner->isVisible());
    Connection wrong = m_harness->sim.connection();
    wrong.apiKey = u"expired-key"_s;
    m_harness->monitor.setConnection(wrong);
    window.addTaskIds({u"k-1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), NetworkTimeoutMs);
    const QString text = child<QLabel>(banner, u"bannerLabel"_s)->text();
    QVERIFY2(text.contains(u"401"_s), qPrintable(text));
    QVERIFY(!text.contains(u"expired-key"_s));
    QVERIFY(child<QPushButton>(banner, u"bannerButton"_s)->isVisible());
    m_harness->monitor.setConnection(m_harness->sim.connection());
    QVERIFY(!banner->isVisible());
}

void tst_MainWindow::pauseAndResumeSelectedTasks()
{
    MainWindow &window = m_harness->window;
    QVERIFY(m_harness->sim.addTask({{u"id"_s, u"p-1"_s}, {u"pending_ms"_s, 600'000}, {u"running_ms"_s, 1'000}}));
    QVERIFY(m_harness->sim.addTask({{u"id"_s, u"p-2"_s}, {u"pending_ms"_s, 600'000}, {u"running_ms"_s, 1'000}}));
    window.addTaskIds({u"p-1"_s, u"p-2"_s});
    QTRY_COMPARE_WITH_TIMEOUT(m_harness->sim.server().requestCount(u"p-1"_s), 1, NetworkTimeoutMs);
    auto *pause = child<QAction>(&window, u"pauseSelectedAction"_s);
    auto *resume = child<QAction>(&window, u"resumeSelectedAction"_s);
    QVERIFY(window.selectTask(u"p-1"_s));
    QVERIFY(pause->isEnabled());
    QVERIFY(!resume->isEnabled());
    pause->trigger();
    QVERIFY(!pause->isEnabled());
    QVERIFY(resume->isEnabled());
    const TaskTableModel *model = m_harness->monitor.model();
    QCOMPARE(model->task(u"p-1"_s)->watch, TrackedTask::Watch::Paused);
    QCOMPARE(model->index(model->rowOf(u"p-1"_s), TaskTableModel::NextCheckColumn).data().toString(), u"Paused"_s);
    // The other task keeps polling, the paused one does not.
    const int before = m_harness->sim.server().requestCount(u"p-1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_harness->sim.server().requestCount(u"p-2"_s) >= 2, NetworkTimeoutMs);
    QCOMPARE(m_harness->sim.server().requestCount(u"p-1"_s), before);
    resume->trigger();
    QCOMPARE(model->task(u"p-1"_s)->watch, TrackedTask::Watch::Watching);
    QTRY_COMPARE_WITH_TIMEOUT(m_harness->sim.server().requestCount(u"p-1"_s), before + 1, NetworkTimeoutMs);
}

void tst_MainWindow::archiveTitleSurvivesConnectionUpdates()
{
    MainWindow &window = m_harness->window;
    auto *archived = window.findChild<QAction *>(u"showArchivedAction"_s);
    auto *status = window.findChild<ConnectionStatus *>(u"connectionStatus"_s);
    QVERIFY(archived && status);
    const QString watching = window.windowTitle(); // "host:port — Veza Task Monitor"
    QVERIFY2(watching.contains(u" — "_s), qPrintable(watching));
    archived->setChecked(true);
    QVERIFY2(window.windowTitle().startsWith(u"Archive — "_s), qPrintable(window.windowTitle()));
    // A connection's state changing re-titles the window: the archive must still be said.
    status->update();
    QCOMPARE(window.windowTitle(), u"Archive — "_s + watching);
    archived->setChecked(false);
    QCOMPARE(window.windowTitle(), watching);
}

void tst_MainWindow::twoConnectionsShowApartInTheWindow()
{
    MainWindow &window = m_harness->window;
    TaskMonitor &monitor = m_harness->monitor;
    const QString first = monitor.currentConnectionId();
    SimFixture staging;
    QVERIFY(staging.addTask(
        {{u"id"_s, u"st-1"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, u"SUCCEEDED"_s}}));
    Connection refused = staging.connection();
    refused.apiKey = u"revoked-key"_s;
    monitor.setConnection(u"staging"_s, u"Staging"_s, refused);
    auto *filter = child<QComboBox>(&window, u"connectionFilter"_s);
    QCOMPARE(filter->count(), 3); // all, the first, staging
    QTRY_VERIFY(filter->isVisible()); // the toolbar shows it through its action, when it lays itself out

    QVERIFY(m_harness->addQuickTask(u"pr-1"_s));
    QCOMPARE(window.addTaskIds({u"pr-1"_s}, {}, {}, first), 1);
    QCOMPARE(window.addTaskIds({u"st-1"_s}, {}, {}, u"staging"_s), 1);
    const TaskTableModel *model = monitor.model();
    QCOMPARE(model->task(u"st-1"_s)->connection, u"staging"_s);
    QCOMPARE(model->index(model->rowOf(u"st-1"_s), TaskTableModel::ConnectionColumn).data().toString(), u"Staging"_s);

    // Staging's key is refused: the banner names it, the status bar says one of two polls, the other goes on.
    auto *banner = child<QFrame>(&window, u"connectionBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), NetworkTimeoutMs);
    const QString text = child<QLabel>(banner, u"bannerLabel"_s)->text();
    QVERIFY2(text.startsWith(u"Staging: "_s) && text.contains(u"401"_s), qPrintable(text));
    QVERIFY(!text.contains(u"revoked-key"_s));
    QTRY_VERIFY_WITH_TIMEOUT(model->task(u"pr-1"_s)->isComplete(), NetworkTimeoutMs);
    const QString status = child<QLabel>(&window, u"connectionLabel"_s)->text();
    QVERIFY2(status.contains(u"1 of 2 connections polling"_s), qPrintable(status));

    // One connection at a time in the table.
    filter->setCurrentIndex(filter->findData(u"staging"_s));
    Q_EMIT filter->activated(filter->currentIndex());
    QCOMPARE(m_harness->table()->model()->rowCount(), 1);
    QCOMPARE(m_harness->table()->model()->index(0, TaskTableModel::IdColumn).data().toString(), u"st-1"_s);
    filter->setCurrentIndex(0);
    Q_EMIT filter->activated(0);
    QCOMPARE(m_harness->table()->model()->rowCount(), 2);

    // A paste goes to the selected task's connection; Move to Connection moves the selection.
    QVERIFY(window.selectTask(u"st-1"_s));
    QCOMPARE(window.targetConnectionId(), u"staging"_s);
    QCOMPARE(window.addTaskIds({u"st-2"_s}), 1);
    QCOMPARE(model->task(u"st-2"_s)->connection, u"staging"_s);
    QVERIFY(window.selectTask(u"st-1"_s));
    auto *moveMenu = child<QMenu>(&window, u"moveMenu"_s);
    Q_EMIT moveMenu->aboutToShow();
    QAction *moveToFirst = child<QAction>(moveMenu, u"moveTo_"_s + first);
    QVERIFY(moveToFirst && moveToFirst->isEnabled());
    moveToFirst->trigger();
    QCOMPARE(model->task(u"st-1"_s)->connection, first);

    // Add offers the choice, preselected with the selected task's connection.
    AddTasksDialog *dialog = openAddDialog(window);
    QVERIFY(dialog);
    auto *combo = child<QComboBox>(dialog, u"connectionCombo"_s);
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(dialog->connectionId(), first);
    dialog->reject();
}

void tst_MainWindow::detailsPaneShowsErrorsAndStaleness()
{
    ManualClock clock;
    TaskTableModel model(&clock);
    model.addTasks({u"f-1"_s});
    DetailsPane pane(&model, &clock);
    pane.show();
    pane.setTaskId(u"f-1"_s);
    QCOMPARE(child<QLabel>(&pane, u"stateValue"_s)->text(), u"Waiting for the first answer…"_s);

    clock.advance(5'000);
    model.applyResult(objectAnswer(u"f-1"_s, clock.nowMs(),
        {{u"id"_s, u"f-1"_s}, {u"state"_s, 3}, {u"status"_s, 2}, {u"error_reason"_s, u"query timed out"_s},
            {u"error_status"_s, QJsonObject{{u"code"_s, 4}, {u"message"_s, u"deadline exceeded"_s}}},
            {u"created_at"_s, u"2024-05-01T10:00:00Z"_s}}));
    auto *reason = child<QPlainTextEdit>(&pane, u"errorReasonEdit"_s);
    auto *status = child<QPlainTextEdit>(&pane, u"errorStatusEdit"_s);
    QTRY_VERIFY(status->toPlainText().contains(u"\"code\": 4"_s));
    QVERIFY(status->isVisible());
    QCOMPARE(reason->toPlainText(), u"query timed out"_s);
    QVERIFY(child<QPlainTextEdit>(&pane, u"otherFieldsEdit"_s)->toPlainText().contains(u"created_at"_s));
    QCOMPARE(child<QLabel>(&pane, u"elapsedValue"_s)->text(), TaskTableModel::formatDuration(5'000));
    auto *stale = child<QLabel>(&pane, u"staleValue"_s);
    auto *lastError = child<QLabel>(&pane, u"lastErrorValue"_s);
    QVERIFY(!stale->isVisible());
    QVERIFY(!lastError->isVisible());

    FetchResult failure;
    failure.id = u"f-1"_s;
    failure.error.kind = VezaError::Kind::Server;
    failure.error.httpStatus = 502;
    failure.httpStatus = 502;
    failure.finishedAtMs = clock.nowMs() + 1'000;
    model.applyResult(failure);
    QVERIFY(stale->isVisible());
    QVERIFY(lastError->isVisible());
    QCOMPARE(lastError->text(), describeError(failure.error));
    QVERIFY(status->toPlainText().contains(u"deadline exceeded"_s)); // the last good answer stays
}

void tst_MainWindow::staleRowsLookStale()
{
    MainWindow &window = m_harness->window;
    QVERIFY(m_harness->sim.addTask({{u"id"_s, u"st-1"_s}, {u"pending_ms"_s, 600'000}, {u"running_ms"_s, 1'000}}));
    window.addTaskIds({u"st-1"_s});
    QTableView *table = m_harness->table();
    const QModelIndex state = table->model()->index(0, TaskTableModel::StateColumn);
    QTRY_COMPARE_WITH_TIMEOUT(state.data().toString(), stateLabel(TaskState::Pending), NetworkTimeoutMs);
    QVERIFY(!state.data(Qt::FontRole).value<QFont>().italic());
    SimFaults faults;
    faults.error500 = 1;
    m_harness->sim.server().setFaults(faults);
    m_harness->monitor.refreshAll();
    QTRY_VERIFY_WITH_TIMEOUT(state.data(TaskTableModel::StaleRole).toBool(), NetworkTimeoutMs);
    QCOMPARE(state.data().toString(), stateLabel(TaskState::Pending)); // the last known state stays
    QVERIFY(state.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(state.data(Qt::ForegroundRole).value<QBrush>(),
        QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
}

void tst_MainWindow::detailsPaneDropsResultOfPreviousSelection()
{
    ManualClock clock;
    TaskTableModel model(&clock);
    model.addTasks({u"big"_s, u"small"_s});
    QJsonArray items;
    for (int i = 0; i < 40'000; ++i)
        items.append(u"big-item-%1"_s.arg(i));
    model.applyResult(objectAnswer(
        u"big"_s, clock.nowMs(), {{u"state"_s, u"COMPLETE"_s}, {u"status"_s, u"SUCCEEDED"_s}, {u"result"_s, items}}));
    model.applyResult(objectAnswer(u"small"_s, clock.nowMs(),
        {{u"state"_s, u"COMPLETE"_s}, {u"status"_s, u"SUCCEEDED"_s},
            {u"result"_s, QJsonObject{{u"v"_s, u"small-result"_s}}}}));

    DetailsPane pane(&model, &clock);
    pane.show();
    auto *result = child<QPlainTextEdit>(&pane, u"resultEdit"_s);
    pane.setTaskId(u"big"_s);
    pane.setTaskId(u"small"_s);
    QTRY_VERIFY(!pane.isFormatting());
    QTRY_VERIFY(result->toPlainText().contains(u"small-result"_s));
    QTest::qWait(100);
    QVERIFY(!result->toPlainText().contains(u"big-item"_s));

    pane.setTaskId(u"big"_s);
    QVERIFY(!result->toPlainText().contains(u"small-result"_s));
    QTRY_VERIFY(result->toPlainText().contains(u"big-item-39999"_s));
}

void tst_MainWindow::detailsPaneCapsHugeResult()
{
    ManualClock clock;
    TaskTableModel model(&clock);
    model.addTasks({u"huge"_s});
    QJsonArray items;
    for (int i = 0; i < 80'000; ++i)
        items.append(u"identity-%1@example.com"_s.arg(i, 8, 10, QLatin1Char('0')));
    model.applyResult(objectAnswer(
        u"huge"_s, clock.nowMs(), {{u"state"_s, u"COMPLETE"_s}, {u"status"_s, u"SUCCEEDED"_s}, {u"result"_s, items}}));

    DetailsPane pane(&model, &clock);
    pane.show();
    pane.setTaskId(u"huge"_s);
    auto *view = child<ResultView>(&pane, u"resultView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view->jsonIndex() != nullptr, 20'000);
    // Never a silent cut: the tree holds every item, and the text view says why it shows nothing.
    QCOMPARE(view->jsonIndex()->childCount(JsonIndex::root()), 80'000);
    auto *text = child<QPlainTextEdit>(&pane, u"resultEdit"_s);
    QVERIFY(text->toPlainText().isEmpty());
    QVERIFY2(text->placeholderText().contains(u"too large for the text view"_s), qPrintable(text->placeholderText()));
    QVERIFY(child<QLabel>(&pane, u"resultTitle"_s)->text().startsWith(u"Result ("_s));
}

void tst_MainWindow::prettyJsonCapsLargeValues()
{
    QJsonArray items;
    for (int i = 0; i < 50'000; ++i)
        items.append(u"item-%1-ééééééééééééééééééééé"_s.arg(i));
    const qsizetype cap = 256 * 1024;
    const DetailsPane::PrettyJson capped = DetailsPane::prettyJson(items, cap);
    QVERIFY(capped.totalBytes > cap);
    QVERIFY(capped.hiddenBytes > 0);
    const QByteArray shown = capped.text.toUtf8();
    QVERIFY(shown.size() <= cap);
    QCOMPARE(shown.size() + capped.hiddenBytes, capped.totalBytes);
    QVERIFY(!capped.text.contains(QChar::ReplacementCharacter));

    const DetailsPane::PrettyJson small = DetailsPane::prettyJson(QJsonObject{{u"number_value"_s, u"42"_s}}, cap);
    QCOMPARE(small.hiddenBytes, 0);
    QVERIFY(small.text.contains(u"\"number_value\": \"42\""_s));
    // Indented as the result view indents: an empty list stays on its line.
    QCOMPARE(DetailsPane::prettyJson(QJsonObject{{u"code"_s, 4}, {u"details"_s, QJsonArray{}}}, cap).text,
        u"{\n    \"code\": 4,\n    \"details\": []\n}"_s);
    QCOMPARE(DetailsPane::prettyJson(u"plain text"_s, cap).text, u"plain text"_s);
    QCOMPARE(DetailsPane::prettyJson(QJsonValue::Undefined, cap).totalBytes, 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
