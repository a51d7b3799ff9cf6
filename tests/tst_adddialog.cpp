// SPDX-License-Identifier: MIT
// The Add dialog's preview: what will be added and from where, what is already watched, what is left out and why.
#include "adddialog.h"
#include "clock.h"
#include "tasktablemodel.h"
#include "translations.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString A = u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s;
const QString B = u"7a41d0c2-5e9b-4f1a-b3c8-0d6e2f9a1b47"_s;
const QString R = u"1de5a7b0-9c3d-4e2f-8a1b-2c3d4e5f6a7b"_s;

// Each preview row as "id | found in | note", enabled rows marked [x] or [ ] by their check box.
QStringList previewRows(const AddTasksDialog &dialog)
{
    const QAbstractItemModel *model = dialog.findChild<QTableView *>(u"previewView"_s)->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex first = model->index(row, 0);
        QString mark;
        if (const QVariant check = first.data(Qt::CheckStateRole); check.isValid())
            mark = check.toInt() == Qt::Checked ? u"[x] "_s : u"[ ] "_s;
        rows << mark + first.data().toString() + u" | "_s + model->index(row, 1).data().toString() + u" | "_s
                + model->index(row, 2).data().toString();
    }
    return rows;
}

} // namespace

class TestAddDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewListsIdsAndReasons_data();
    void previewListsIdsAndReasons();
    void untickedIdsAreNotAdded();
    void untickedIdsStayUntickedWhenTextIsReadAgain();
    void alreadyWatchedAreMarkedAndNotAdded();
    void typingWaitsForThePreview();
    void largeTextIsShownInPart();
    void presetPreviewIsReadOnly();
};

void TestAddDialog::initTestCase()
{
    // The English plural forms ("1 id", "2 ids") come from the translation, as in the app.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QCoreApplication::instance());
}

void TestAddDialog::previewListsIdsAndReasons_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("summary");

    QTest::newRow("mixed paste")
        << (u"Nov 29 10:00:02 host app[311]: GET https://acme.vezacloud.com/api/v1/assessments/async_tasks/"_s + A
               + u" 200 req="_s + R + u"\n{\"task\": {\"id\": \"job-7\", \"state\": \"PENDING\"}}\nalso "_s
               + B.toUpper() + u" and job-42"_s)
        << QStringList{u"[x] "_s + A + u" | task URL | "_s, u"[x] job-7 | JSON field task.id | "_s,
               u"[x] "_s + B + u" | UUID in text | "_s, R + u" |  | left out: request or trace id (labelled “req”)"_s,
               u"job-42 |  | left out: not a UUID, and the text is no list of ids"_s}
        << u"3 ids will be added. 2 left out (listed below with why)."_s;
    QTest::newRow("prose") << u"Please check the quarterly export when you can."_s << QStringList{}
                           << u"No task ids found: nothing will be added. Task ids are UUIDs, task URLs, the id "
                              "fields of API answers, an id column or a list of ids."_s;
    QTest::newRow("empty") << QString() << QStringList{} << u"Nothing to add yet."_s;
}

void TestAddDialog::previewListsIdsAndReasons()
{
    QFETCH(QString, text);
    TaskTableModel model(SystemClock::instance());
    AddTasksDialog dialog(&model);
    dialog.show();
    QSignalSpy updated(&dialog, &AddTasksDialog::previewUpdated);
    dialog.setText(text);
    QVERIFY(updated.wait());
    QVERIFY(dialog.isPreviewReady());
    QTEST(previewRows(dialog), "rows");
    QTEST(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text(), "summary");
    const auto *ok = dialog.findChild<QPushButton *>(u"addButton"_s);
    QCOMPARE(ok->isEnabled(), !dialog.newIds().isEmpty());
}

void TestAddDialog::untickedIdsAreNotAdded()
{
    TaskTableModel model(SystemClock::instance());
    AddTasksDialog dialog(&model);
    dialog.show();
    QSignalSpy updated(&dialog, &AddTasksDialog::previewUpdated);
    dialog.setText(A + u'\n' + B + u"\njob-3\n"_s);
    QVERIFY(updated.wait());
    QCOMPARE(dialog.newIds(), (QStringList{A, B, u"job-3"_s}));

    auto *view = dialog.findChild<QTableView *>(u"previewView"_s);
    QAbstractItemModel *rows = view->model();
    QVERIFY(rows->flags(rows->index(1, 0)) & Qt::ItemIsUserCheckable);
    // A click on the check box, as a user unticks it.
    const QRect box = view->visualRect(rows->index(1, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(box.left() + 12, box.center().y()));
    QCOMPARE(rows->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(dialog.newIds(), (QStringList{A, u"job-3"_s}));
    auto *summary = dialog.findChild<QLabel *>(u"summaryLabel"_s);
    QCOMPARE(summary->text(), u"2 ids will be added. 1 unticked."_s);

    rows->setData(rows->index(0, 0), Qt::Unchecked, Qt::CheckStateRole);
    rows->setData(rows->index(2, 0), Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(dialog.newIds().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(u"addButton"_s)->isEnabled());
    rows->setData(rows->index(2, 0), Qt::Checked, Qt::CheckStateRole);
    QCOMPARE(dialog.newIds(), QStringList{u"job-3"_s});
    QVERIFY(dialog.findChild<QPushButton *>(u"addButton"_s)->isEnabled());
}

void TestAddDialog::untickedIdsStayUntickedWhenTextIsReadAgain()
{
    TaskTableModel model(SystemClock::instance());
    AddTasksDialog dialog(&model);
    dialog.show();
    QSignalSpy updated(&dialog, &AddTasksDialog::previewUpdated);
    dialog.setText(A + u'\n' + B);
    QVERIFY(updated.wait());
    QVERIFY(!dialog.hasUserEdits()); // text set by the program is not the user's
    QAbstractItemModel *rows = dialog.findChild<QTableView *>(u"previewView"_s)->model();
    rows->setData(rows->index(1, 0), Qt::Unchecked, Qt::CheckStateRole);
    QVERIFY(dialog.hasUserEdits());
    QCOMPARE(dialog.newIds(), QStringList{A});

    // One more line typed: the text is read again, and B stays unticked.
    dialog.findChild<QPlainTextEdit *>(u"idsEdit"_s)->appendPlainText(u"job-3"_s);
    QVERIFY(!dialog.isPreviewReady());
    QTRY_VERIFY(dialog.isPreviewReady());
    QCOMPARE(dialog.newIds(), (QStringList{A, u"job-3"_s}));
    QCOMPARE(rows->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void TestAddDialog::alreadyWatchedAreMarkedAndNotAdded()
{
    TaskTableModel model(SystemClock::instance());
    model.addTasks({A});
    AddTasksDialog dialog(&model);
    dialog.show();
    QSignalSpy updated(&dialog, &AddTasksDialog::previewUpdated);
    dialog.setText(A.toUpper() + u", "_s + B);
    QVERIFY(updated.wait());
    QCOMPARE(previewRows(dialog),
        (QStringList{A + u" | list of ids | already watched"_s, u"[x] "_s + B + u" | list of ids | "_s}));
    QCOMPARE(dialog.newIds(), QStringList{B});
    QVERIFY(!(dialog.findChild<QTableView *>(u"previewView"_s)
                  ->model()
                  ->flags(dialog.findChild<QTableView *>(u"previewView"_s)->model()->index(0, 0))
        & Qt::ItemIsEnabled));
    QCOMPARE(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text(), u"1 id will be added. 1 already watched."_s);

    dialog.setText(A);
    QVERIFY(updated.wait());
    QVERIFY(dialog.newIds().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(u"addButton"_s)->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text(), u"Nothing new to add. 1 already watched."_s);
}

void TestAddDialog::typingWaitsForThePreview()
{
    TaskTableModel model(SystemClock::instance());
    AddTasksDialog dialog(&model);
    dialog.show();
    auto *edit = dialog.findChild<QPlainTextEdit *>(u"idsEdit"_s);
    auto *ok = dialog.findChild<QPushButton *>(u"addButton"_s);
    QSignalSpy updated(&dialog, &AddTasksDialog::previewUpdated);
    QTest::keyClicks(edit, A);
    // Typed text is read once typing pauses, not per keystroke; until then nothing can be added.
    QVERIFY(!dialog.isPreviewReady());
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.newIds().isEmpty());
    QTRY_VERIFY(dialog.isPreviewReady());
    QVERIFY(updated.size() <= 2);
    QCOMPARE(dialog.newIds(), QStringList{A});
    QVERIFY(ok->isEnabled());
}

void TestAddDialog::largeTextIsShownInPart()
{
    TaskTableModel model(SystemClock::instance());
    AddTasksDialog dialog(&model);
    dialog.show();
    QString text;
    QStringList expected;
    for (int i = 0; text.size() <= AddTasksDialog::MaxShownChars; ++i) {
        expected << u"job-%1"_s.arg(i);
        text += expected.constLast() + u'\n';
    }
    QSignalSpy updated(&dialog, &AddTasksDialog::previewUpdated);
    dialog.setText(text);
    QVERIFY(updated.wait());
    QCOMPARE(dialog.newIds(), expected); // all of it, including what the box does not show
    auto *edit = dialog.findChild<QPlainTextEdit *>(u"idsEdit"_s);
    QVERIFY(edit->isReadOnly());
    QCOMPARE(edit->toPlainText().size(), AddTasksDialog::MaxShownChars);
    QVERIFY(dialog.findChild<QLabel *>(u"shownNote"_s)->isVisible());
    QCOMPARE(dialog.text(), text);
}

void TestAddDialog::presetPreviewIsReadOnly()
{
    TaskTableModel model(SystemClock::instance());
    AddTasksDialog dialog(&model);
    dialog.show();
    IdExtraction extraction;
    extraction.ids.append({u"job-9"_s, IdSource::TableColumn, u"task_id"_s});
    dialog.setPreview(u"task_id\njob-9\n"_s, extraction);
    QVERIFY(dialog.isPreviewReady());
    QCOMPARE(previewRows(dialog), QStringList{u"[x] job-9 | column “task_id” | "_s});
    QVERIFY(dialog.findChild<QPlainTextEdit *>(u"idsEdit"_s)->isReadOnly());
    QCOMPARE(dialog.newIds(), QStringList{u"job-9"_s});
}

QTEST_MAIN(TestAddDialog)
#include "tst_adddialog.moc"
