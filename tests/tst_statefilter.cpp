// SPDX-License-Identifier: MIT
#include "clock.h"
#include "mainwindow.h"
#include "taskmonitor.h"
#include "taskproxymodel.h"
#include "testprograms.h"
#include "translations.h"
#include "uisettings.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A monitor without a connection (nothing is polled) whose rows are given their answers by the test.
struct Window
{
    ManualClock clock;
    TaskMonitor monitor{&clock};
    MainWindow window{&monitor, &clock};

    QComboBox *combo() const { return window.findChild<QComboBox *>(u"stateFilter"_s); }
    TaskProxyModel *proxy() const { return window.findChild<TaskProxyModel *>(u"taskProxy"_s); }
    QLineEdit *filterEdit() const { return window.findChild<QLineEdit *>(u"filterEdit"_s); }
    // As the user picks an entry.
    void choose(OutcomeFilter filter) const
    {
        QComboBox *box = combo();
        const int index = box->findData(int(filter));
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }
};

// Seven rows: two still going (running, pending), one failed, two succeeded (one labelled alpha), one canceled, one
// not found.
void addRows(TaskMonitor &monitor)
{
    TaskTableModel *model = monitor.model();
    model->addTasks({u"run"_s, u"pend"_s, u"fail"_s, u"ok1"_s, u"cancel"_s, u"gone"_s});
    model->addTasks({u"ok2"_s}, u"alpha"_s);
    model->applyResult(taskAnswer(u"run"_s, TaskState::InProgress));
    model->applyResult(taskAnswer(u"pend"_s, TaskState::Pending));
    model->applyResult(taskAnswer(u"fail"_s, TaskState::Complete, TaskStatus::Failed));
    model->applyResult(taskAnswer(u"ok1"_s, TaskState::Complete, TaskStatus::Succeeded));
    model->applyResult(taskAnswer(u"ok2"_s, TaskState::Complete, TaskStatus::Succeeded));
    model->applyResult(taskAnswer(u"cancel"_s, TaskState::Complete, TaskStatus::Canceled));
    model->setSchedule(u"gone"_s, TrackedTask::Watch::NotFound, -1, 0);
}

} // namespace

class tst_StateFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void comboFiltersAndCombinesWithText();
    void viewMenuKeepsInStep();
    void rememberedAcrossRestarts();
    void rowsFollowTheirOutcome();
    void selectingAHiddenTaskClearsTheFilter();
    void labelNamesAndReachesTheCombo();
};

void tst_StateFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_statefilter"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // the texts below are the English ones
    installTranslations(QCoreApplication::instance());
}

void tst_StateFilter::init()
{
    QSettings().clear();
}

void tst_StateFilter::comboFiltersAndCombinesWithText()
{
    Window w;
    addRows(w.monitor);
    QVERIFY(w.combo() && w.proxy() && w.filterEdit());
    QCOMPARE(w.combo()->count(), OutcomeFilterCount);
    QCOMPARE(w.proxy()->rowCount(), 7);
    const QList<QPair<OutcomeFilter, int>> expected{{OutcomeFilter::Running, 2}, {OutcomeFilter::Failed, 1},
        {OutcomeFilter::Succeeded, 2}, {OutcomeFilter::Canceled, 1}, {OutcomeFilter::NotFound, 1},
        {OutcomeFilter::All, 7}};
    for (const auto &[filter, rows] : expected) {
        w.choose(filter);
        QCOMPARE(w.proxy()->outcomeFilter(), filter);
        QCOMPARE(w.proxy()->rowCount(), rows);
    }
    w.choose(OutcomeFilter::Succeeded);
    w.filterEdit()->setText(u"alpha"_s);
    QCOMPARE(w.proxy()->rowCount(), 1);
    QCOMPARE(w.proxy()->index(0, 0).data(TaskTableModel::TaskIdRole).toString(), u"ok2"_s);
    w.choose(OutcomeFilter::Failed);
    QCOMPARE(w.proxy()->rowCount(), 0); // the failed task is not labelled alpha
    w.filterEdit()->clear();
    QCOMPARE(w.proxy()->rowCount(), 1);
    QCOMPARE(w.proxy()->index(0, 0).data(TaskTableModel::TaskIdRole).toString(), u"fail"_s);
    QVERIFY(w.proxy()->isFiltering());
    w.choose(OutcomeFilter::All);
    QVERIFY(!w.proxy()->isFiltering());
}

void tst_StateFilter::viewMenuKeepsInStep()
{
    Window w;
    addRows(w.monitor);
    auto *failed = w.window.findChild<QAction *>(u"stateFilter_failed"_s);
    auto *all = w.window.findChild<QAction *>(u"stateFilter_all"_s);
    QVERIFY(failed && all);
    QVERIFY(all->isChecked());
    failed->trigger();
    QCOMPARE(w.proxy()->rowCount(), 1);
    QCOMPARE(w.combo()->currentData().toInt(), int(OutcomeFilter::Failed));
    w.choose(OutcomeFilter::Canceled);
    QVERIFY(!failed->isChecked());
    QVERIFY(w.window.findChild<QAction *>(u"stateFilter_canceled"_s)->isChecked());
}

void tst_StateFilter::rememberedAcrossRestarts()
{
    {
        Window w;
        w.choose(OutcomeFilter::NotFound);
    }
    QCOMPARE(QSettings().value(UiSettings::StateFilter).toString(), u"notfound"_s);
    {
        Window w;
        addRows(w.monitor);
        QCOMPARE(w.combo()->currentData().toInt(), int(OutcomeFilter::NotFound));
        QCOMPARE(w.proxy()->outcomeFilter(), OutcomeFilter::NotFound);
        QCOMPARE(w.proxy()->rowCount(), 1);
    }
    QSettings().setValue(UiSettings::StateFilter, u"something newer"_s);
    Window w;
    QCOMPARE(w.proxy()->outcomeFilter(), OutcomeFilter::All);
}

void tst_StateFilter::rowsFollowTheirOutcome()
{
    Window w;
    addRows(w.monitor);
    w.choose(OutcomeFilter::Running);
    QCOMPARE(w.proxy()->rowCount(), 2);
    w.monitor.model()->applyResult(taskAnswer(u"run"_s, TaskState::Complete, TaskStatus::Failed));
    QTRY_COMPARE(w.proxy()->rowCount(), 1);
    w.choose(OutcomeFilter::Failed);
    QCOMPARE(w.proxy()->rowCount(), 2);
}

void tst_StateFilter::selectingAHiddenTaskClearsTheFilter()
{
    Window w;
    addRows(w.monitor);
    w.choose(OutcomeFilter::Failed);
    QVERIFY(w.window.selectTask(u"ok1"_s));
    QCOMPARE(w.proxy()->outcomeFilter(), OutcomeFilter::All);
    QCOMPARE(w.window.currentTaskId(), u"ok1"_s);
}

void tst_StateFilter::labelNamesAndReachesTheCombo()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    const auto *label = w.window.findChild<QLabel *>(u"stateFilterLabel"_s);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->buddy(), w.combo());
    QCOMPARE(label->text(), u"&Show:"_s);
    // Left of the combo, on the same line.
    QVERIFY(label->mapTo(&w.window, QPoint(label->width(), 0)).x() <= w.combo()->mapTo(&w.window, QPoint()).x());
    QTest::keyClick(&w.window, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(w.combo()->hasFocus());
}

QTEST_MAIN(tst_StateFilter)
#include "tst_statefilter.moc"
