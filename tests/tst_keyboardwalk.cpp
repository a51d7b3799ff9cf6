// SPDX-License-Identifier: MIT
// The main window by keyboard alone: Tab, Shift+Tab, F6, Shift+F6, Ctrl+1 and Ctrl+2 from the table reach every
// control that takes focus, and each says its name to a screen reader.
#include "clock.h"
#include "mainwindow.h"
#include "simwindow.h"
#include "taskmonitor.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int NetworkTimeoutMs = 10'000;

// Everything the keyboard should reach now: shown, enabled, taking focus from Tab.
QSet<QWidget *> focusableNow(const QWidget *window)
{
    QSet<QWidget *> widgets;
    const QList<QWidget *> children = window->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isWindow() || !child->isVisible() || !child->isEnabled() || !(child->focusPolicy() & Qt::TabFocus))
            continue;
        if (child->focusProxy())
            continue; // its proxy takes the focus
        widgets.insert(child);
    }
    return widgets;
}

QString nameOf(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

QString describe(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u" "_s + widget->objectName() + u" in "_s
        + (widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
}

// Presses key on whatever has focus and notes where focus lands.
void press(QSet<QWidget *> *visited, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
    if (QWidget *now = QApplication::focusWidget())
        visited->insert(now);
}

struct Harness : SimWindow
{
    Harness() { window.resize(1320, 800); }
};

} // namespace

class tst_KeyboardWalk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardReachesEveryControl();
    void tableAndPanesAreDescribed();

private:
    std::unique_ptr<Harness> m_harness;
};

void tst_KeyboardWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_keyboardwalk"_s);
}

void tst_KeyboardWalk::init()
{
    QSettings().clear();
    m_harness = std::make_unique<Harness>();
    QVERIFY(m_harness->sim.isListening());
}

void tst_KeyboardWalk::cleanup()
{
    m_harness.reset();
}

void tst_KeyboardWalk::keyboardReachesEveryControl()
{
    MainWindow &window = m_harness->window;
    QVERIFY(m_harness->sim.addTask({{u"id"_s, u"walk-1"_s}, {u"pending_ms"_s, 50}, {u"running_ms"_s, 50},
        {u"status"_s, u"SUCCEEDED"_s}, {u"result"_s, QJsonObject{{u"answer"_s, u"forty-two"_s}}}}));
    QCOMPARE(window.addTaskIds({u"walk-1"_s, u"walk-2"_s}), 2);
    QVERIFY(window.selectTask(u"walk-1"_s));
    auto *result = window.findChild<QPlainTextEdit *>(u"resultEdit"_s);
    QVERIFY(result);
    QTRY_VERIFY_WITH_TIMEOUT(!result->toPlainText().isEmpty(), NetworkTimeoutMs);

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *table = window.findChild<QTableView *>(u"taskTable"_s);
    auto *tabs = window.findChild<QTabWidget *>(u"sideTabs"_s);
    QVERIFY(table && tabs);

    QSet<QWidget *> expected;
    QSet<QWidget *> visited;
    // Once with the details shown, once with the notifications; the walk starts in the table each time.
    for (const int paneKey : {Qt::Key_1, Qt::Key_2}) {
        table->setFocus(Qt::OtherFocusReason);
        QCOMPARE(QApplication::focusWidget(), table);
        visited.insert(table);
        // Tab leaves the table (no keyboard trap in its cells), Shift+Tab comes back.
        press(&visited, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        press(&visited, Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), table);
        press(&visited, paneKey, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), paneKey == Qt::Key_1 ? 0 : 1);
        QVERIFY(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        expected.unite(focusableNow(&window));
        // Each pane in turn (F6), and Tab and Shift+Tab from there until the table.
        for (int area = 0; area < 4; ++area) {
            press(&visited, Qt::Key_F6);
            for (int i = 0; i < 40 && QApplication::focusWidget() != table; ++i)
                press(&visited, Qt::Key_Tab);
            press(&visited, Qt::Key_F6, Qt::ShiftModifier);
            for (int i = 0; i < 40 && QApplication::focusWidget() != table; ++i)
                press(&visited, Qt::Key_Tab, Qt::ShiftModifier);
        }
        QCOMPARE(window.currentTaskId(), u"walk-1"_s); // the walk looked, it selected nothing else
    }
    QVERIFY(expected.size() > 15); // the toolbar, the filter, the table, the panes' controls
    QStringList missed;
    for (QWidget *widget : std::as_const(expected)) {
        if (!visited.contains(widget))
            missed.append(describe(widget));
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"never reached: "_s + missed.join(u"; "_s)));

    // Every control that took focus says what it is.
    QStringList unnamed;
    for (QWidget *widget : std::as_const(visited)) {
        if (nameOf(widget).trimmed().isEmpty())
            unnamed.append(describe(widget));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: "_s + unnamed.join(u"; "_s)));
}

void tst_KeyboardWalk::tableAndPanesAreDescribed()
{
    MainWindow &window = m_harness->window;
    for (const QString &name : {u"taskTable"_s, u"detailsPane"_s, u"detailsSections"_s, u"resultView"_s,
             u"timelineView"_s, u"requestsView"_s, u"filterEdit"_s, u"connectionFilter"_s, u"notificationsView"_s,
             u"resultFindEdit"_s, u"countsLabel"_s, u"activityLabel"_s, u"connectionLabel"_s}) {
        auto *widget = window.findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!nameOf(widget).isEmpty(), qPrintable(name));
    }
    for (const QString &name : {u"taskTable"_s, u"detailsPane"_s, u"detailsSections"_s, u"filterEdit"_s}) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(window.findChild<QWidget *>(name));
        QVERIFY2(accessible && !accessible->text(QAccessible::Description).isEmpty(), qPrintable(name));
    }
    // Toolbar buttons: a name from their text, a description from their action's tooltip.
    auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolBar);
    int buttons = 0;
    for (QAbstractButton *button : toolBar->findChildren<QAbstractButton *>()) {
        if (!button->isVisible())
            continue;
        ++buttons;
        QVERIFY2(!nameOf(button).isEmpty(), qPrintable(describe(button)));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
        QVERIFY2(!accessible->text(QAccessible::Description).isEmpty(), qPrintable(nameOf(button)));
    }
    QVERIFY(buttons >= 5);
}

QTEST_MAIN(tst_KeyboardWalk)
#include "tst_keyboardwalk.moc"
