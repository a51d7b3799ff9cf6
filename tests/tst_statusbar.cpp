// SPDX-License-Identifier: MIT
// The status bar's passing message never covers its permanent fields: it is drawn left of them, elided, and its
// full text is in a tooltip.
#include "clock.h"
#include "mainwindow.h"
#include "statusbar.h"
#include "taskmonitor.h"

#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

const QStringList kFields{u"countsLabel"_s, u"activityLabel"_s, u"connectionLabel"_s};

QString longMessage()
{
    QString text = u"Added 16 tasks."_s;
    while (text.size() < 600)
        text += u" 3 ids were left out: not a task id, a duplicate, or too long for a Veza task id."_s;
    return text;
}

// The pixels of rect in both images are the same.
bool samePixels(const QImage &a, const QImage &b, const QRect &rect)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                return false;
        }
    }
    return true;
}

} // namespace

class tst_StatusBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void longMessageStaysLeftOfTheFields_data();
    void longMessageStaysLeftOfTheFields();
    void shortMessageIsShownWhole();
    void fullTextIsInTheTooltip();
    void barIsNamedForScreenReaders();
};

void tst_StatusBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_statusbar"_s);
}

void tst_StatusBar::init()
{
    QSettings().clear();
}

void tst_StatusBar::longMessageStaysLeftOfTheFields_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("wide") << 1320;
    QTest::newRow("narrow") << 640;
}

void tst_StatusBar::longMessageStaysLeftOfTheFields()
{
    QFETCH(int, width);
    TaskMonitor monitor(SystemClock::instance());
    MainWindow window(&monitor, SystemClock::instance());
    window.resize(width, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = qobject_cast<StatusBar *>(window.statusBar());
    QVERIFY(bar);
    QList<QLabel *> fields;
    for (const QString &name : kFields) {
        auto *label = bar->findChild<QLabel *>(name);
        QVERIFY2(label && label->isVisible(), qPrintable(name));
        fields.append(label);
    }
    const QImage clean = bar->grab().toImage();

    const QString message = longMessage();
    bar->showMessage(message);
    QCOMPARE(bar->currentMessage(), message); // callers still read back what they said
    const QImage shown = bar->grab().toImage();
    QCOMPARE(shown.size(), clean.size());

    const QRect area = bar->messageRect();
    QVERIFY(area.width() > 0);
    for (const QLabel *field : std::as_const(fields)) {
        // The field and the frame drawn around it.
        const QRect fieldRect = field->geometry().adjusted(-2, -1, 2, 1);
        QVERIFY2(!area.intersects(fieldRect), qPrintable(field->objectName()));
        QVERIFY2(samePixels(clean, shown, field->geometry()), qPrintable(field->objectName()));
    }
    // Elided, and drawn where it belongs.
    const QString drawn = bar->shownMessage();
    QVERIFY2(drawn.endsWith(QChar(0x2026)), qPrintable(drawn));
    QVERIFY(drawn.size() < message.size());
    QVERIFY(bar->fontMetrics().horizontalAdvance(drawn) <= area.width());
    QVERIFY(!samePixels(clean, shown, area));

    bar->clearMessage();
    QCOMPARE(bar->grab().toImage(), clean);
}

void tst_StatusBar::shortMessageIsShownWhole()
{
    TaskMonitor monitor(SystemClock::instance());
    MainWindow window(&monitor, SystemClock::instance());
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = qobject_cast<StatusBar *>(window.statusBar());
    QVERIFY(bar);
    bar->showMessage(u"Added 3 tasks.\nSelected them."_s);
    QCOMPARE(bar->shownMessage(), u"Added 3 tasks. Selected them."_s); // one line
}

void tst_StatusBar::fullTextIsInTheTooltip()
{
    TaskMonitor monitor(SystemClock::instance());
    MainWindow window(&monitor, SystemClock::instance());
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = qobject_cast<StatusBar *>(window.statusBar());
    QVERIFY(bar);
    const QString message = longMessage();
    bar->showMessage(message);
    const QPoint inside = bar->messageRect().center();
    QHelpEvent help(QEvent::ToolTip, inside, bar->mapToGlobal(inside));
    QVERIFY(QCoreApplication::sendEvent(bar, &help));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), message);
    QCOMPARE(bar->accessibleDescription(), message);

    bar->clearMessage();
    QTRY_VERIFY(!QToolTip::isVisible());
    QVERIFY(bar->accessibleDescription().isEmpty());
}

void tst_StatusBar::barIsNamedForScreenReaders()
{
    TaskMonitor monitor(SystemClock::instance());
    MainWindow window(&monitor, SystemClock::instance());
    auto *bar = window.statusBar();
    QVERIFY(!bar->accessibleName().isEmpty());
    for (const QString &name : kFields) {
        auto *label = bar->findChild<QLabel *>(name);
        QVERIFY2(label && !label->accessibleName().isEmpty(), qPrintable(name));
    }
}

QTEST_MAIN(tst_StatusBar)
#include "tst_statusbar.moc"
