// SPDX-License-Identifier: MIT
#include "clock.h"
#include "columnchooser.h"
#include "mainwindow.h"
#include "taskmonitor.h"
#include "tasktablemodel.h"
#include "uisettings.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Window
{
    ManualClock clock;
    TaskMonitor monitor{&clock};
    MainWindow window{&monitor, &clock};

    QHeaderView *header() const { return window.findChild<QHeaderView *>(u"taskTableHeader"_s); }
    QMenu *menu() const { return window.findChild<QMenu *>(u"columnsMenu"_s); }
    // The menu's entry for a column, as it is when the menu opens.
    QAction *entry(int column) const
    {
        Q_EMIT menu()->aboutToShow();
        return menu()->findChild<QAction *>(u"column_%1"_s.arg(column));
    }
};

} // namespace

class tst_ColumnChooser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsEveryColumnAndHidesOne();
    void idCannotBeHidden();
    void inTheViewMenuAndOnTheHeader();
    void keptWithTheHeaderState();
};

void tst_ColumnChooser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_columnchooser"_s);
}

void tst_ColumnChooser::init()
{
    QSettings().clear();
}

void tst_ColumnChooser::listsEveryColumnAndHidesOne()
{
    Window w;
    QVERIFY(w.header() && w.menu());
    QVERIFY(w.entry(0));
    QCOMPARE(w.menu()->actions().size(), int(TaskTableModel::ColumnCount));
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        QAction *action = w.menu()->actions().at(column);
        QCOMPARE(action->text(), w.header()->model()->headerData(column, Qt::Horizontal).toString());
        QVERIFY(action->isChecked());
    }
    w.entry(TaskTableModel::StateColumn)->setChecked(false);
    QVERIFY(w.header()->isSectionHidden(TaskTableModel::StateColumn));
    QVERIFY(!w.entry(TaskTableModel::StateColumn)->isChecked());
    QVERIFY(w.entry(TaskTableModel::StatusColumn)->isChecked());
    w.entry(TaskTableModel::StateColumn)->setChecked(true);
    QVERIFY(!w.header()->isSectionHidden(TaskTableModel::StateColumn));
    QVERIFY(w.header()->sectionSize(TaskTableModel::StateColumn) > 0);
}

void tst_ColumnChooser::idCannotBeHidden()
{
    Window w;
    QAction *id = w.entry(TaskTableModel::IdColumn);
    QVERIFY(id);
    QVERIFY(!id->isEnabled());
    QVERIFY(id->isChecked());
    id->setChecked(false); // even when forced
    QVERIFY(!w.header()->isSectionHidden(TaskTableModel::IdColumn));
    auto *chooser = w.window.findChild<ColumnChooser *>();
    QVERIFY(chooser);
    chooser->setColumnVisible(TaskTableModel::IdColumn, false);
    QVERIFY(!w.header()->isSectionHidden(TaskTableModel::IdColumn));
    chooser->setColumnVisible(TaskTableModel::ErrorColumn, false);
    QVERIFY(w.header()->isSectionHidden(TaskTableModel::ErrorColumn));
    chooser->setColumnVisible(-1, false); // out of range: nothing
    chooser->setColumnVisible(TaskTableModel::ColumnCount, false);
}

void tst_ColumnChooser::inTheViewMenuAndOnTheHeader()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    auto *view = w.window.menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    QVERIFY(view);
    QVERIFY(view->actions().contains(w.menu()->menuAction()));
    QCOMPARE(w.header()->contextMenuPolicy(), Qt::CustomContextMenu);
    Q_EMIT w.header()->customContextMenuRequested(QPoint(10, 5));
    QTRY_VERIFY(w.menu()->isVisible());
    w.menu()->close();
}

void tst_ColumnChooser::keptWithTheHeaderState()
{
    {
        Window w;
        w.window.show();
        w.entry(TaskTableModel::LastAnswerColumn)->setChecked(false);
        w.window.close(); // saves the header state
    }
    {
        Window w;
        QVERIFY(w.header()->isSectionHidden(TaskTableModel::LastAnswerColumn));
        QVERIFY(!w.entry(TaskTableModel::LastAnswerColumn)->isChecked());
        // A state that hides the id (an older build, a hand-edited file) is not obeyed in that.
        w.header()->setSectionHidden(TaskTableModel::IdColumn, true);
        QSettings().setValue(UiSettings::TableHeaderState, w.header()->saveState());
    }
    Window w;
    QVERIFY(!w.header()->isSectionHidden(TaskTableModel::IdColumn));
    QVERIFY(w.header()->isSectionHidden(TaskTableModel::LastAnswerColumn));
}

QTEST_MAIN(tst_ColumnChooser)
#include "tst_columnchooser.moc"
