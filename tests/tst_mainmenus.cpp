// SPDX-License-Identifier: MIT
// The menu bar holds every action of the window with its shortcut shown, no shortcut is taken twice, and Help's
// entries open without a nested event loop.
#include "aboutdialog.h"
#include "clock.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "simwindow.h"
#include "taskmonitor.h"
#include "userguide.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>
#include <QWidgetAction>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// What a person can pick: not a separator, not a widget put on a toolbar.
bool isCommand(const QAction *action)
{
    return !action->isSeparator() && !qobject_cast<const QWidgetAction *>(action);
}

void collect(const QList<QAction *> &actions, QList<QAction *> *into)
{
    for (QAction *action : actions) {
        if (!isCommand(action) || into->contains(action))
            continue;
        into->append(action);
        if (action->menu())
            collect(action->menu()->actions(), into);
    }
}

QList<QAction *> menuBarActions(const QMainWindow &window)
{
    QList<QAction *> actions;
    collect(window.menuBar()->actions(), &actions);
    return actions;
}

QString describe(const QAction *action)
{
    return action->objectName().isEmpty() ? action->text() : action->objectName();
}

using Harness = SimWindow;

} // namespace

class tst_MainMenus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void menuBarHasTheFiveMenus();
    void everyActionOfTheWindowIsInAMenu();
    void everyShortcutIsShown();
    void noTwoActionsShareAShortcut();
    void selectAllSelectsEveryRow();
    void userGuideIsFoundOnDiskOnly();
    void shortcutsDialogListsTheActionsShortcuts();
    void aboutShowsVersionsAndLicences();
    void aboutQtIsNotModal();
    void plainTextDropsMnemonics();

private:
    std::unique_ptr<Harness> m_harness;
};

void tst_MainMenus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainmenus"_s);
}

void tst_MainMenus::init()
{
    QSettings().clear();
    m_harness = std::make_unique<Harness>();
    QVERIFY(m_harness->sim.isListening());
}

void tst_MainMenus::cleanup()
{
    m_harness.reset();
}

void tst_MainMenus::menuBarHasTheFiveMenus()
{
    QStringList titles;
    const QList<QAction *> menus = m_harness->window.menuBar()->actions();
    for (const QAction *menu : menus)
        titles.append(ShortcutsDialog::plainText(menu->text()));
    QCOMPARE(titles, QStringList({u"File"_s, u"Edit"_s, u"View"_s, u"Tasks"_s, u"Help"_s}));
}

void tst_MainMenus::everyActionOfTheWindowIsInAMenu()
{
    MainWindow &window = m_harness->window;
    // Shortcut-only actions are the window's own; then the toolbars', the table's and the context menu's.
    QList<QAction *> offered;
    collect(window.actions(), &offered);
    const QList<QToolBar *> toolBars = window.findChildren<QToolBar *>();
    QVERIFY(!toolBars.isEmpty());
    for (const QToolBar *toolBar : toolBars)
        collect(toolBar->actions(), &offered);
    auto *table = window.findChild<QTableView *>(u"taskTable"_s);
    auto *context = window.findChild<QMenu *>(u"taskContextMenu"_s);
    QVERIFY(table && context);
    collect(table->actions(), &offered);
    collect(context->actions(), &offered);
    QVERIFY(offered.size() > 20); // the list is really read

    const QList<QAction *> reachable = menuBarActions(window);
    QStringList missing;
    for (const QAction *action : std::as_const(offered)) {
        if (!reachable.contains(action))
            missing.append(describe(action));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in the menu bar: "_s + missing.join(u", "_s)));

    // The ones the brief names, by name, so that an action dropped from everywhere is still caught.
    for (const QString &name :
        {u"nextPaneAction"_s, u"previousPaneAction"_s, u"showDetailsAction"_s, u"showNotificationsAction"_s,
            u"pauseAction"_s, u"connectionAction"_s, u"selectAllAction"_s, u"copyIdAction"_s, u"refreshAction"_s,
            u"findAction"_s, u"userGuideAction"_s, u"shortcutsAction"_s, u"aboutAction"_s, u"aboutQtAction"_s}) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(reachable.contains(action), qPrintable(name));
    }
}

void tst_MainMenus::everyShortcutIsShown()
{
    MainWindow &window = m_harness->window;
    const QList<QAction *> reachable = menuBarActions(window);
    int withShortcut = 0;
    for (const QAction *action : reachable) {
        if (action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        // Menus of the menu bar show shortcuts; the context menu shows them only when the action says so.
        QVERIFY2(action->isShortcutVisibleInContextMenu(), qPrintable(describe(action)));
    }
    QVERIFY(withShortcut >= 20);
    // Shortcut-only actions have their primary shortcut set, so the menu has one to show.
    for (const QAction *action : window.actions()) {
        if (isCommand(action) && !action->shortcuts().isEmpty())
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(describe(action)));
    }
}

void tst_MainMenus::noTwoActionsShareAShortcut()
{
    MainWindow &window = m_harness->window;
    window.findChild<QAction *>(u"shortcutsAction"_s)->trigger(); // its dialog's actions count too
    QHash<QKeySequence, const QAction *> owners;
    QStringList clashes;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        for (const QKeySequence &key : keys) {
            const QAction *owner = owners.value(key);
            if (owner && owner != action)
                clashes.append(key.toString() + u": "_s + describe(owner) + u" and "_s + describe(action));
            owners.insert(key, action);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    QVERIFY(owners.size() >= 25);
}

void tst_MainMenus::selectAllSelectsEveryRow()
{
    MainWindow &window = m_harness->window;
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.addTaskIds({u"select-1"_s, u"select-2"_s, u"select-3"_s}), 3);
    auto *table = window.findChild<QTableView *>(u"taskTable"_s);
    table->setFocus();
    table->selectRow(1);
    QCOMPARE(window.selectedTaskIds().size(), 1);
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(window.selectedTaskIds(), QStringList({u"select-1"_s, u"select-2"_s, u"select-3"_s}));
}

void tst_MainMenus::userGuideIsFoundOnDiskOnly()
{
    QTemporaryDir empty;
    QTemporaryDir installed;
    QVERIFY(empty.isValid() && installed.isValid());
    QVERIFY(UserGuide::find({empty.path()}).isEmpty());
    QFile guide(installed.filePath(u"user-guide.md"_s));
    QVERIFY(guide.open(QIODevice::WriteOnly));
    guide.write("# User guide\n");
    guide.close();
    QCOMPARE(UserGuide::find({empty.path(), installed.path()}), QFileInfo(guide).absoluteFilePath());
    QVERIFY(!UserGuide::searchDirs().isEmpty());
    for (const QString &dir : UserGuide::searchDirs())
        QVERIFY2(QDir::isAbsolutePath(dir), qPrintable(dir));

    // The menu entry is on exactly when an installed guide exists.
    auto *action = m_harness->window.findChild<QAction *>(u"userGuideAction"_s);
    QVERIFY(action);
    QCOMPARE(action->isEnabled(), !UserGuide::find(UserGuide::searchDirs()).isEmpty());
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

void tst_MainMenus::shortcutsDialogListsTheActionsShortcuts()
{
    MainWindow &window = m_harness->window;
    auto *action = window.findChild<QAction *>(u"shortcutsAction"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->windowModality(), Qt::NonModal);
    action->trigger(); // the same dialog again, not a second one
    QCOMPARE(window.findChildren<ShortcutsDialog *>().size(), 1);

    auto *tree = dialog->findChild<QTreeWidget *>(u"shortcutsTree"_s);
    QVERIFY(tree);
    QList<QPair<QString, QString>> listed; // (action, keys)
    for (int group = 0; group < tree->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *menu = tree->topLevelItem(group);
        for (int i = 0; i < menu->childCount(); ++i)
            listed.append({menu->child(i)->text(0), menu->child(i)->text(1)});
    }
    qsizetype expected = 0;
    for (const QAction *menuAction : menuBarActions(window)) {
        if (menuAction->shortcut().isEmpty())
            continue;
        ++expected;
        const QString keys = menuAction->shortcut().toString(QKeySequence::NativeText);
        const QString name = ShortcutsDialog::plainText(menuAction->text());
        const bool found = std::any_of(listed.cbegin(), listed.cend(),
            [&](const auto &row) { return row.first.endsWith(name) && row.second.split(u", "_s).contains(keys); });
        QVERIFY2(found, qPrintable(describe(menuAction) + u" "_s + keys));
    }
    const qsizetype rows = listed.size();
    QCOMPARE(rows, expected);
    dialog->close();
    QTRY_VERIFY(!window.findChild<ShortcutsDialog *>()); // deleted once closed
}

void tst_MainMenus::aboutShowsVersionsAndLicences()
{
    MainWindow &window = m_harness->window;
    auto *action = window.findChild<QAction *>(u"aboutAction"_s);
    QVERIFY(action);
    QVERIFY(window.findChild<QMenu *>(u"helpMenu"_s)->actions().contains(action));
    action->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowModality(), Qt::NonModal);

    QCOMPARE(AboutDialog::version(), QStringLiteral(VEZA_EXPECTED_VERSION));
    const QString version = dialog->findChild<QLabel *>(u"aboutVersion"_s)->text();
    QVERIFY2(version.contains(QStringLiteral(VEZA_EXPECTED_VERSION)), qPrintable(version));
    const QString qt = dialog->findChild<QLabel *>(u"aboutQtVersion"_s)->text();
    QVERIFY2(qt.contains(QString::fromLatin1(qVersion())), qPrintable(qt));
    QVERIFY2(qt.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(qt));
    const QString licences = dialog->findChild<QLabel *>(u"aboutLicences"_s)->text();
    for (const QString &licence : {u"MIT"_s, u"LGPLv3"_s, u"QtKeychain"_s, u"BSD 3-Clause"_s})
        QVERIFY2(licences.contains(licence), qPrintable(licences));
    QVERIFY(AboutDialog::versionText().contains(QStringLiteral(VEZA_EXPECTED_VERSION)));
    dialog->close();
    QTRY_VERIFY(!window.findChild<AboutDialog *>());
}

void tst_MainMenus::aboutQtIsNotModal()
{
    MainWindow &window = m_harness->window;
    auto *action = window.findChild<QAction *>(u"aboutQtAction"_s);
    QVERIFY(action);
    QVERIFY(window.findChild<QMenu *>(u"helpMenu"_s)->actions().contains(action));
    action->trigger(); // returns at once: a nested event loop would hold this test here
    auto *box = window.findChild<QMessageBox *>(u"aboutQtBox"_s);
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QVERIFY(!box->isModal());
    QVERIFY2(box->text().contains(QString::fromLatin1(qVersion())), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(u"LGPL"_s));
    box->close();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"aboutQtBox"_s));
}

void tst_MainMenus::plainTextDropsMnemonics()
{
    QCOMPARE(ShortcutsDialog::plainText(u"&File"_s), u"File"_s);
    QCOMPARE(ShortcutsDialog::plainText(u"R&&D"_s), u"R&D"_s);
    QCOMPARE(ShortcutsDialog::plainText(u"Export…"_s), u"Export…"_s);
    QCOMPARE(ShortcutsDialog::plainText(u"Trailing&"_s), u"Trailing"_s);
    QCOMPARE(ShortcutsDialog::plainText(u"Save &As"_s), u"Save As"_s);
}

QTEST_MAIN(tst_MainMenus)
#include "tst_mainmenus.moc"
