// SPDX-License-Identifier: MIT
#include "clock.h"
#include "elapseddelegate.h"
#include "outcomestyle.h"
#include "taskproxymodel.h"
#include "tasktablemodel.h"
#include "testprograms.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The alpha channel alone: the shape, whatever its colour.
QByteArray alphaOf(const QImage &image)
{
    QByteArray alpha;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            alpha.append(char(qAlpha(image.pixel(x, y))));
    }
    return alpha;
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    }
    return count;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

} // namespace

class tst_OutcomeStyle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void everyOutcomeHasItsOwnShape();
    void iconsAreTintedAndCached();
    void coloursReadOnLightAndDark();
    void proxyGivesTheStateCellItsIcon();
    void elapsedBarOnlyForRunningRows();
    void delegatePaintsTenThousandRows();
};

void tst_OutcomeStyle::cleanup()
{
    QApplication::setPalette(QPalette());
}

void tst_OutcomeStyle::everyOutcomeHasItsOwnShape()
{
    for (const int size : {16, 32}) {
        QList<QByteArray> shapes;
        for (int i = 0; i < TaskOutcomeCount; ++i) {
            const QImage image = OutcomeStyle::shape(TaskOutcome(i), size);
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY2(opaquePixels(image) > size, qPrintable(QString(outcomeKey(TaskOutcome(i)))));
            shapes << alphaOf(image);
        }
        for (int a = 0; a < TaskOutcomeCount; ++a) {
            for (int b = a + 1; b < TaskOutcomeCount; ++b) {
                QVERIFY2(shapes.at(a) != shapes.at(b),
                    qPrintable(outcomeKey(TaskOutcome(a)) % u" = "_s % outcomeKey(TaskOutcome(b))));
            }
        }
    }
}

void tst_OutcomeStyle::iconsAreTintedAndCached()
{
    QApplication::setPalette(lightPalette());
    const QIcon failed = OutcomeStyle::icon(TaskOutcome::Failed);
    QCOMPARE(OutcomeStyle::icon(TaskOutcome::Failed).cacheKey(), failed.cacheKey()); // not rendered again
    const QImage image = failed.pixmap(16, 16).toImage();
    const QColor expected = OutcomeStyle::colour(TaskOutcome::Failed, QApplication::palette());
    bool tinted = false;
    for (int y = 0; y < image.height() && !tinted; ++y) {
        for (int x = 0; x < image.width() && !tinted; ++x) {
            const QColor pixel = image.pixelColor(x, y);
            tinted = pixel.alpha() == 255 && pixel.rgb() == expected.rgb();
        }
    }
    QVERIFY(tinted);
    // Each outcome a different picture.
    QList<QImage> pictures;
    for (int i = 0; i < TaskOutcomeCount; ++i)
        pictures << OutcomeStyle::icon(TaskOutcome(i)).pixmap(16, 16).toImage();
    for (int a = 0; a < TaskOutcomeCount; ++a) {
        for (int b = a + 1; b < TaskOutcomeCount; ++b)
            QVERIFY(pictures.at(a) != pictures.at(b));
    }
    // A new palette (a theme switch) renders them once more, in its colours.
    QApplication::setPalette(darkPalette());
    const QIcon dark = OutcomeStyle::icon(TaskOutcome::Failed);
    QVERIFY(dark.cacheKey() != failed.cacheKey());
    QVERIFY(dark.pixmap(16, 16).toImage() != image);
}

void tst_OutcomeStyle::coloursReadOnLightAndDark()
{
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        QSet<QRgb> colours;
        for (int i = 0; i < TaskOutcomeCount; ++i) {
            const QColor colour = OutcomeStyle::colour(TaskOutcome(i), palette);
            colours.insert(colour.rgb());
            // Well apart from the base it is drawn on, on the text's side of it.
            const int gap = colour.lightness() - palette.color(QPalette::Base).lightness();
            QVERIFY2(dark ? gap > 90 : gap < -90,
                qPrintable(outcomeKey(TaskOutcome(i)) % u" gap "_s % QString::number(gap)));
        }
        QVERIFY(colours.size() >= 6); // colour helps, but a few neutral outcomes may share a grey
    }
}

void tst_OutcomeStyle::proxyGivesTheStateCellItsIcon()
{
    ManualClock clock;
    TaskTableModel model(&clock);
    TaskProxyModel proxy;
    proxy.setSourceModel(&model);
    model.addTasks({u"a"_s, u"b"_s});
    model.applyResult(taskAnswer(u"a"_s, TaskState::Complete, TaskStatus::Failed));
    const QIcon icon = proxy.index(0, TaskTableModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    QCOMPARE(icon.cacheKey(), OutcomeStyle::icon(TaskOutcome::Failed).cacheKey());
    QCOMPARE(proxy.index(1, TaskTableModel::StateColumn).data(Qt::DecorationRole).value<QIcon>().cacheKey(),
        OutcomeStyle::icon(TaskOutcome::Queued).cacheKey());
    QVERIFY(proxy.index(0, TaskTableModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(outcomeLabel(TaskOutcome::Failed)));
    QVERIFY(proxy.index(0, TaskTableModel::IdColumn).data(Qt::DecorationRole).isNull());
    // The running cue explains itself.
    model.applyResult(taskAnswer(u"b"_s, TaskState::InProgress));
    clock.advance(90'000);
    QVERIFY(
        proxy.index(1, TaskTableModel::ElapsedColumn).data(Qt::ToolTipRole).toString().contains(AgeClass::label(1)));
    QVERIFY(
        !proxy.index(0, TaskTableModel::ElapsedColumn).data(Qt::ToolTipRole).toString().contains(AgeClass::label(1)));
}

void tst_OutcomeStyle::elapsedBarOnlyForRunningRows()
{
    ManualClock clock;
    TaskTableModel model(&clock);
    model.addTasks({u"run"_s, u"done"_s, u"pend"_s});
    model.applyResult(taskAnswer(u"run"_s, TaskState::InProgress));
    model.applyResult(taskAnswer(u"done"_s, TaskState::Complete, TaskStatus::Succeeded));
    model.applyResult(taskAnswer(u"pend"_s, TaskState::Pending));
    const QModelIndex run = model.index(0, TaskTableModel::ElapsedColumn);
    QCOMPARE(ElapsedDelegate::barWidth(model.index(1, TaskTableModel::ElapsedColumn), 108), 0);
    QCOMPARE(ElapsedDelegate::barWidth(model.index(2, TaskTableModel::ElapsedColumn), 108), 0);
    QCOMPARE(ElapsedDelegate::barWidth(run, 108), 1); // just started: a sliver, never nothing
    clock.advance(60'000);
    QCOMPARE(ElapsedDelegate::barWidth(run, 108), 20); // a fifth of the 100 px track
    clock.advance(3'540'000);
    QCOMPARE(ElapsedDelegate::barWidth(run, 108), 60);
    clock.advance(100'000'000);
    QCOMPARE(ElapsedDelegate::barWidth(run, 108), 100);
    QCOMPARE(ElapsedDelegate::barWidth(run, 8), 0); // a cell too narrow for a track
}

void tst_OutcomeStyle::delegatePaintsTenThousandRows()
{
    ManualClock clock;
    TaskTableModel model(&clock);
    QStringList ids;
    for (int i = 0; i < 10'000; ++i)
        ids << u"task-%1"_s.arg(i);
    // A hundred batches added a minute apart: ages from a minute to over a day and a half.
    for (int batch = 0; batch < 100; ++batch) {
        model.addTasks(ids.mid(batch * 100, 100));
        clock.advance(60'000 * (batch + 1));
    }
    for (int i = 0; i < 10'000; ++i) {
        const TaskState state = i % 3 == 0 ? TaskState::Complete : TaskState::InProgress;
        model.applyResult(taskAnswer(ids.at(i), state, i % 3 == 0 ? TaskStatus::Succeeded : TaskStatus::Unknown));
    }
    ElapsedDelegate delegate;
    QTableView view; // the option's widget, for the style
    QImage canvas(120, 24, QImage::Format_ARGB32_Premultiplied);
    QStyleOptionViewItem option;
    option.rect = canvas.rect();
    option.palette = lightPalette();
    option.widget = &view;
    option.state = QStyle::State_Enabled;
    const QColor fill = OutcomeStyle::colour(TaskOutcome::Running, option.palette);
    int withBar = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        const QModelIndex index = model.index(row, TaskTableModel::ElapsedColumn);
        delegate.paint(&painter, option, index);
        painter.end();
        // The bar's first pixel is the fill colour exactly when the row is running.
        const bool barDrawn = canvas.pixelColor(4, option.rect.bottom() - 2).rgb() == fill.rgb();
        QCOMPARE(barDrawn, ElapsedDelegate::barWidth(index, option.rect.width()) > 0);
        withBar += barDrawn ? 1 : 0;
    }
    QCOMPARE(withBar, 10'000 - 3'334);
}

QTEST_MAIN(tst_OutcomeStyle)
#include "tst_outcomestyle.moc"
