// SPDX-License-Identifier: MIT
// The main window in German and in French: menus, toolbar, column headers and status bar translated, and the
// counts in the locale's number format, agreeing with their number.
#include "clock.h"
#include "mainwindow.h"
#include "simfixture.h"
#include "taskmonitor.h"
#include "tasktablemodel.h"
#include "testprograms.h"
#include "translations.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString menuTitle(const MainWindow &window, const QString &name)
{
    const auto *menu = window.menuBar()->findChild<QMenu *>(name);
    return menu ? menu->title() : QString();
}

QString actionText(const MainWindow &window, const QString &name)
{
    const auto *action = window.findChild<QAction *>(name);
    return action ? action->text() : QString();
}

QString header(const QTableView *table, int column)
{
    return table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

} // namespace

class TestLocalizedWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowSpeaksTheLanguage_data();
    void windowSpeaksTheLanguage();
    void countsAgreeWithTheirNumber_data();
    void countsAgreeWithTheirNumber();
};

void TestLocalizedWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_localizedwindow"_s);
}

void TestLocalizedWindow::cleanupTestCase()
{
    QSettings().clear();
}

void TestLocalizedWindow::windowSpeaksTheLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("menus"); // File, Edit, View, Tasks
    QTest::addColumn<QStringList>("toolbar"); // Add, Remove, Refresh, Pause, Connections
    QTest::addColumn<QStringList>("headers"); // Task id, State, Status, Elapsed, Next check
    QTest::addColumn<QString>("paused");
    QTest::addColumn<QString>("waiting"); // after the locale's 1000

    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"Auf&gaben"_s}
                            << QStringList{u"Hinzufügen"_s, u"Entfernen"_s, u"Jetzt aktualisieren"_s, u"Fortsetzen"_s,
                                   u"Verbindungen …"_s}
                            << QStringList{u"Aufgaben-ID"_s, u"Zustand"_s, u"Status"_s, u"Verstrichen"_s,
                                   u"Nächste Prüfung"_s}
                            << u"Abfrage pausiert"_s << u" noch ohne Antwort"_s;
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France)
                            << QStringList{u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s, u"&Tâches"_s}
                            << QStringList{u"Ajouter"_s, u"Retirer"_s, u"Actualiser maintenant"_s, u"Reprendre"_s,
                                   u"Connexions…"_s}
                            << QStringList{u"Identifiant de tâche"_s, u"État"_s, u"Statut"_s, u"Écoulé"_s,
                                   u"Prochaine vérification"_s}
                            << u"Interrogation en pause"_s << u" en attente de réponse"_s;
}

void TestLocalizedWindow::windowSpeaksTheLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, menus);
    QFETCH(QStringList, toolbar);
    QFETCH(QStringList, headers);
    QFETCH(QString, paused);
    QFETCH(QString, waiting);

    QSettings().clear();
    QLocale::setDefault(locale);
    QVERIFY(!installTranslations(QCoreApplication::instance()).isEmpty());

    SimFixture sim;
    QVERIFY(sim.isListening());
    TaskMonitor monitor(SystemClock::instance());
    monitor.setPaused(true); // every task stays "waiting for an answer"
    monitor.setConnection(sim.connection());
    MainWindow window(&monitor, SystemClock::instance());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QStringList menuNames{u"fileMenu"_s, u"editMenu"_s, u"viewMenu"_s, u"tasksMenu"_s};
    for (qsizetype i = 0; i < menuNames.size(); ++i)
        QCOMPARE(menuTitle(window, menuNames.at(i)), menus.at(i));

    const QStringList actionNames{
        u"addAction"_s, u"removeAction"_s, u"refreshAction"_s, u"pauseAction"_s, u"connectionAction"_s};
    const auto *bar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(bar);
    for (qsizetype i = 0; i < actionNames.size(); ++i) {
        QTRY_COMPARE(actionText(window, actionNames.at(i)), toolbar.at(i));
        auto *button
            = qobject_cast<QToolButton *>(bar->widgetForAction(window.findChild<QAction *>(actionNames.at(i))));
        QVERIFY(button);
        QCOMPARE(button->text(), toolbar.at(i));
    }

    const auto *table = window.findChild<QTableView *>(u"taskTable"_s);
    QVERIFY(table);
    const QList<int> columns{TaskTableModel::IdColumn, TaskTableModel::StateColumn, TaskTableModel::StatusColumn,
        TaskTableModel::ElapsedColumn, TaskTableModel::NextCheckColumn};
    for (qsizetype i = 0; i < columns.size(); ++i)
        QCOMPARE(header(table, columns.at(i)), headers.at(i));

    const auto *activity = window.statusBar()->findChild<QLabel *>(u"activityLabel"_s);
    QVERIFY(activity);
    QTRY_COMPARE(activity->text(), paused);

    // A thousand tasks, counted with the locale's digit grouping ("1.000", "1 000").
    QStringList ids;
    for (int i = 0; i < 1000; ++i)
        ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(monitor.addTasks(ids), 1000);
    const auto *counts = window.statusBar()->findChild<QLabel *>(u"countsLabel"_s);
    QVERIFY(counts);
    QVERIFY(locale.groupSeparator() != u","_s && !locale.groupSeparator().isEmpty());
    QTRY_COMPARE(counts->text(), u"1"_s + locale.groupSeparator() + u"000"_s + waiting);
}

void TestLocalizedWindow::countsAgreeWithTheirNumber_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("one"); // one task complete, and it was canceled
    QTest::addColumn<QString>("three"); // three complete, two of them canceled

    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"1 abgeschlossen (1 abgebrochen)"_s
                            << u"3 abgeschlossen (2 abgebrochen)"_s;
    QTest::newRow("French") << QLocale(QLocale::French, QLocale::France) << u"1 terminée (1 annulée)"_s
                            << u"3 terminées (2 annulées)"_s;
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << u"1 complete (1 canceled)"_s
                             << u"3 complete (2 canceled)"_s;
}

void TestLocalizedWindow::countsAgreeWithTheirNumber()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, one);
    QFETCH(QString, three);

    QLocale::setDefault(locale);
    installTranslations(QCoreApplication::instance());
    ManualClock clock;
    TaskTableModel model(&clock);
    const auto complete = [&](const QString &id, const QString &status) {
        model.addTasks({id});
        model.applyResult(
            objectAnswer(id, clock.nowMs(), {{u"id"_s, id}, {u"state"_s, u"COMPLETE"_s}, {u"status"_s, status}}));
    };
    complete(u"a"_s, u"CANCELED"_s);
    QCOMPARE(MainWindow::countsText(model), one);
    complete(u"b"_s, u"CANCELED"_s);
    complete(u"c"_s, u"SUCCEEDED"_s);
    QCOMPARE(MainWindow::countsText(model), three);
}

QTEST_MAIN(TestLocalizedWindow)
#include "tst_localizedwindow.moc"
