// SPDX-License-Identifier: MIT
// The result view offscreen: a tree over the whole result, search, copy, a table, save.
#include "jsonindex.h"
#include "jsontreemodel.h"
#include "resultview.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

QJsonObject report(int rows)
{
    QJsonArray items;
    for (int i = 0; i < rows; ++i)
        items.append(QJsonObject{
            {u"name"_s, u"row %1"_s.arg(i)}, {u"owner"_s, i == 12 ? u"Zoë"_s : u"x"_s}, {u"count"_s, rows - i}});
    return QJsonObject{{u"rows"_s, items}, {u"total"_s, rows}};
}

} // namespace

class TestResultView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeHoldsTheWholeResult();
    void searchSelectsAndCopiesThePath();
    void arrayOfObjectsShowsAsATable();
    void saveWritesJsonThatParsesBackEqual();
    void saveAsReceivedKeepsTheBytes();
    void largeResultSaysTheTextViewIsTooSmall();
};

void TestResultView::treeHoldsTheWholeResult()
{
    ResultView view;
    view.show();
    QSignalSpy ready(&view, &ResultView::ready);
    view.setResult(JsonText::fromValue(report(500)), u"t1"_s);
    QVERIFY(ready.wait(10'000));
    QAbstractItemModel *model = view.tree()->model();
    QCOMPARE(model->rowCount(), 1); // the root, $
    const QModelIndex root = model->index(0, 0);
    QCOMPARE(model->rowCount(root), 2);
    QVERIFY(view.tree()->isExpanded(root));
    QVERIFY(!view.findChild<QPlainTextEdit *>(u"resultEdit"_s)->toPlainText().isEmpty());
    // Another task's result replaces it; none shows the placeholder.
    view.setResult({}, u"t2"_s);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(view.findChild<QLabel *>(u"resultPlaceholder"_s)->isVisible());
}

void TestResultView::searchSelectsAndCopiesThePath()
{
    ResultView view;
    view.show();
    QSignalSpy ready(&view, &ResultView::ready);
    view.setResult(JsonText::fromValue(report(50)), u"t1"_s);
    QVERIFY(ready.wait(10'000));
    auto *find = view.findChild<QLineEdit *>(u"resultFindEdit"_s);
    find->setText(u"zoë"_s);
    auto *status = view.findChild<QLabel *>(u"resultFindStatus"_s);
    QTRY_COMPARE(status->text(), u"1 of 1"_s);
    view.copyPath();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"$.rows[12].owner"_s);
    view.copyValue();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"Zoë"_s);
    view.tree()->setCurrentIndex(view.tree()->currentIndex().parent());
    view.copyJson();
    const QJsonDocument copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8());
    QCOMPARE(copied.object(), report(50).value(u"rows"_s).toArray().at(12).toObject());
    find->setText(u"nothing like it"_s);
    QTRY_COMPARE(status->text(), u"No match"_s);
}

void TestResultView::arrayOfObjectsShowsAsATable()
{
    ResultView view;
    view.show();
    QSignalSpy ready(&view, &ResultView::ready);
    view.setResult(JsonText::fromValue(report(30)), u"t1"_s);
    QVERIFY(ready.wait(10'000));
    auto *model = qobject_cast<JsonTreeModel *>(view.tree()->model());
    const QModelIndex rows = model->index(0, 0, model->index(0, 0)); // $.rows
    view.tree()->setCurrentIndex(rows);
    QCOMPARE(model->pathOf(rows), u"$.rows"_s);
    view.showTable();
    auto *dialog = view.findChild<QDialog *>(u"resultTableDialog"_s);
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableView *>(u"resultTable"_s);
    QCOMPARE(table->model()->rowCount(), 30);
    QCOMPARE(table->model()->columnCount(), 3);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"count"_s); // keys as the result has them
    table->sortByColumn(0, Qt::AscendingOrder); // as numbers: 2 comes before 10
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"1"_s);
    QCOMPARE(table->model()->index(1, 0).data().toString(), u"2"_s);
    dialog->close();
}

void TestResultView::saveWritesJsonThatParsesBackEqual()
{
    ResultView view;
    QSignalSpy ready(&view, &ResultView::ready);
    const QJsonObject result = report(200);
    view.setResult(JsonText::fromValue(result), u"a/b task"_s);
    QVERIFY(ready.wait(10'000));
    QTemporaryDir dir;
    for (const bool pretty : {true, false}) {
        QSignalSpy saved(&view, &ResultView::saved);
        const QString path = dir.filePath(pretty ? u"pretty.json"_s : u"compact.json"_s);
        view.saveTo(path, pretty);
        QVERIFY(saved.wait(10'000));
        QCOMPARE(saved.at(0).at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), result);
    }
}

void TestResultView::saveAsReceivedKeepsTheBytes()
{
    ResultView view;
    QSignalSpy ready(&view, &ResultView::ready);
    // Spacing, escapes and key order as a server wrote them: "as received" means byte for byte.
    const QByteArray received = "{ \"z\" : [1, 2.50, \"a\\u00e9\\n\"] ,\n  \"a\":{\"k\":\"ü \\\"q\\\"\"}, \"e\": {} }";
    view.setResult(JsonText::fromText(received), u"t"_s);
    QVERIFY(ready.wait(10'000));
    QTemporaryDir dir;
    QSignalSpy saved(&view, &ResultView::saved);
    view.saveTo(dir.filePath(u"as-received.json"_s), false);
    view.saveTo(dir.filePath(u"indented.json"_s), true);
    QTRY_COMPARE(saved.size(), 2);
    QFile asReceived(dir.filePath(u"as-received.json"_s));
    QVERIFY(asReceived.open(QIODevice::ReadOnly));
    QCOMPARE(asReceived.readAll(), received);
    QFile indented(dir.filePath(u"indented.json"_s));
    QVERIFY(indented.open(QIODevice::ReadOnly));
    const QByteArray pretty = indented.readAll();
    QCOMPARE(pretty,
        QByteArray("{\n    \"z\": [\n        1,\n        2.50,\n        \"a\\u00e9\\n\"\n    ],\n    \"a\": {\n"
                   "        \"k\": \"ü \\\"q\\\"\"\n    },\n    \"e\": {}\n}\n"));
    QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(received));
    // The text view shows the same indented text.
    QCOMPARE(view.findChild<QPlainTextEdit *>(u"resultEdit"_s)->toPlainText().toUtf8(), pretty.trimmed());
}

void TestResultView::largeResultSaysTheTextViewIsTooSmall()
{
    ResultView view;
    QSignalSpy ready(&view, &ResultView::ready);
    QJsonArray big;
    const QString filler(1000, u'x');
    for (int i = 0; i < 3'000; ++i) // about 3 MB, past the text view's limit
        big.append(QJsonObject{{u"i"_s, i}, {u"text"_s, filler}});
    view.setResult(JsonText::fromValue(big), u"big"_s);
    QVERIFY(ready.wait(20'000));
    auto *text = view.findChild<QPlainTextEdit *>(u"resultEdit"_s);
    QVERIFY(text->toPlainText().isEmpty()); // never a silent cut
    QVERIFY2(text->placeholderText().contains(u"too large for the text view"_s), qPrintable(text->placeholderText()));
    QCOMPARE(view.jsonIndex()->childCount(JsonIndex::root()), 3'000); // the tree has it all
}

QTEST_MAIN(TestResultView)
#include "tst_resultview.moc"
