// SPDX-License-Identifier: MIT
// Remove (confirmed when it discards results, undoable), archive and restore, and automatic archiving, in the
// offscreen window on a real task store.
#include "appsession.h"
#include "clock.h"
#include "simfixture.h"
#include "uisettings.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The app on a store, with its actions and visible rows at hand.
struct Session : AppSession
{
    using AppSession::AppSession;
    QAction *action(const QString &name) const { return window.findChild<QAction *>(name); }
    int visibleRows() const { return window.findChild<QTableView *>(u"taskTable"_s)->model()->rowCount(); }
};

} // namespace

class TestTaskActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void removingResultsAsksFirstAndUndoBringsThemBack();
    void removingUnfinishedTasksIsImmediateAndUndoable();
    void archivedTasksLeaveTheTableAndStaySaved();
    void completedTasksAreArchivedAutomatically();
    void tenThousandAddedRowsAreOneSelectionRange();

private:
    QString path() const { return m_dir->filePath(u"tasks.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    SimFixture m_sim;
    ManualClock m_clock{1'764'400'000'000};
};

void TestTaskActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<FetchResult>();
    QVERIFY(m_sim.addTask({{u"id"_s, u"report"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0},
        {u"status"_s, u"SUCCEEDED"_s}, {u"result"_s, QJsonObject{{u"number_value"_s, u"77"_s}}}}));
    QVERIFY(m_sim.addTask({{u"id"_s, u"slow"_s}, {u"pending_ms"_s, 3'600'000}}));
}

void TestTaskActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings().remove(UiSettings::AutoArchiveDays);
}

void TestTaskActions::removingResultsAsksFirstAndUndoBringsThemBack()
{
    {
        Session session(&m_clock, path(), m_sim.connection());
        session.monitor.addTasks({u"report"_s}, u"Quarterly"_s);
        QTRY_VERIFY(session.monitor.model()->task(u"report"_s)->isComplete());
        QVERIFY(session.window.selectTask(u"report"_s));
        session.action(u"removeAction"_s)->trigger();
        auto *box = session.window.findChild<QMessageBox *>(u"confirmRemoveBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(u"results"_s));
        // Cancel keeps it.
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(session.monitor.model()->task(u"report"_s));

        QVERIFY(session.window.selectTask(u"report"_s));
        session.action(u"removeAction"_s)->trigger();
        box = session.window.findChild<QMessageBox *>(u"confirmRemoveBox"_s);
        QVERIFY(box);
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                remove = button;
        }
        QVERIFY(remove);
        remove->click();
        QVERIFY(!session.monitor.model()->task(u"report"_s));
        session.store.flushAndWait();

        session.window.undoStack()->undo();
        const TrackedTask *back = session.monitor.model()->task(u"report"_s);
        QVERIFY(back);
        QCOMPARE(back->label, u"Quarterly"_s);
        QCOMPARE(back->status(), TaskStatus::Succeeded);
    }
    // Saved again, result and all: the next start has it.
    Session next(&m_clock, path(), m_sim.connection());
    QVERIFY(next.monitor.model()->task(u"report"_s));
    QSignalSpy loaded(&next.monitor, &TaskMonitor::resultLoaded);
    next.monitor.requestResult(u"report"_s);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.at(0).at(1).value<JsonText>().toValue().toObject().value(u"number_value"_s).toString(), u"77"_s);
}

void TestTaskActions::removingUnfinishedTasksIsImmediateAndUndoable()
{
    Session session(&m_clock, path(), m_sim.connection());
    session.monitor.addTasks({u"slow"_s});
    QTRY_COMPARE(session.monitor.model()->task(u"slow"_s)->state(), TaskState::Pending);
    QVERIFY(session.window.selectTask(u"slow"_s));
    session.action(u"removeAction"_s)->trigger();
    QVERIFY(!session.window.findChild<QMessageBox *>(u"confirmRemoveBox"_s)); // nothing to lose: no question
    QVERIFY(!session.monitor.model()->task(u"slow"_s));
    QVERIFY(!session.monitor.scheduler()->isWatching(u"slow"_s));
    session.window.undoStack()->undo();
    QVERIFY(session.monitor.model()->task(u"slow"_s));
    QVERIFY(session.monitor.scheduler()->isWatching(u"slow"_s)); // and polled again
    session.window.undoStack()->redo();
    QVERIFY(!session.monitor.model()->task(u"slow"_s));
}

void TestTaskActions::archivedTasksLeaveTheTableAndStaySaved()
{
    {
        Session session(&m_clock, path(), m_sim.connection());
        session.monitor.addTasks({u"report"_s, u"slow"_s});
        QTRY_VERIFY(session.monitor.model()->task(u"report"_s)->isComplete());
        QCOMPARE(session.visibleRows(), 2);
        // Only completed tasks go to the archive.
        QVERIFY(session.window.selectTask(u"slow"_s));
        QVERIFY(!session.action(u"archiveAction"_s)->isEnabled());
        QVERIFY(session.window.selectTask(u"report"_s));
        QVERIFY(session.action(u"archiveAction"_s)->isEnabled());
        session.action(u"archiveAction"_s)->trigger();
        QCOMPARE(session.visibleRows(), 1);
        QVERIFY(session.monitor.model()->task(u"report"_s)->archivedAtMs > 0);
        session.action(u"showArchivedAction"_s)->trigger();
        QCOMPARE(session.visibleRows(), 1);
        QVERIFY(session.window.selectTask(u"report"_s));
    }
    Session next(&m_clock, path(), m_sim.connection());
    QCOMPARE(next.visibleRows(), 1); // the archive stays out of the main table after a restart
    next.action(u"showArchivedAction"_s)->trigger();
    QCOMPARE(next.visibleRows(), 1);
    QVERIFY(next.window.selectTask(u"report"_s));
    next.action(u"unarchiveAction"_s)->trigger();
    QCOMPARE(next.visibleRows(), 0);
    next.action(u"showArchivedAction"_s)->trigger();
    QCOMPARE(next.visibleRows(), 2);
}

void TestTaskActions::completedTasksAreArchivedAutomatically()
{
    Session session(&m_clock, path(), m_sim.connection());
    session.monitor.addTasks({u"report"_s, u"slow"_s});
    QTRY_VERIFY(session.monitor.model()->task(u"report"_s)->isComplete());
    // Off by default: days later, nothing moved.
    m_clock.advance(3 * kDayMs);
    auto *menu = session.window.findChild<QMenu *>(u"autoArchiveMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 4);
    QVERIFY(menu->actions().at(0)->isChecked());
    QCOMPARE(session.visibleRows(), 2);
    // A week: not yet. A day: the completed one goes, the unfinished one stays.
    menu->actions().at(2)->trigger();
    QCOMPARE(session.visibleRows(), 2);
    menu->actions().at(1)->trigger();
    QCOMPARE(session.visibleRows(), 1);
    QVERIFY(session.monitor.model()->task(u"report"_s)->archivedAtMs > 0);
    QCOMPARE(QSettings().value(UiSettings::AutoArchiveDays).toInt(), 1);
}

void TestTaskActions::tenThousandAddedRowsAreOneSelectionRange()
{
    // Selected after an add as one range: one per row made selecting and painting the header quadratic.
    Session session(&m_clock, path(), m_sim.connection());
    session.monitor.setPaused(true); // the rows are what is measured, not 10,000 requests
    QStringList ids;
    for (int i = 0; i < 10'000; ++i)
        ids << u"bulk-%1"_s.arg(i);
    QCOMPARE(session.window.addTaskIds(ids), 10'000);
    const QItemSelection selection
        = session.window.findChild<QTableView *>(u"taskTable"_s)->selectionModel()->selection();
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.first().height(), 10'000);
}

QTEST_MAIN(TestTaskActions)
#include "tst_taskactions.moc"
