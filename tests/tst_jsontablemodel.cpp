// SPDX-License-Identifier: MIT
#include "indexjson.h"
#include "jsonindex.h"
#include "jsontablemodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kRows = R"([
  {"name": "a", "n": 10, "tags": ["x",  "y"]},
  {"n": 9, "extra": {"k": 1}},
  {"name": "c", "n": 100, "name": "c2"},
  {"n": 2.5, "name": null},
  {"name": "e"}
])";

QStringList headers(const QAbstractItemModel &model)
{
    QStringList names;
    for (int column = 0; column < model.columnCount(); ++column)
        names.append(model.headerData(column, Qt::Horizontal).toString());
    return names;
}

QStringList columnText(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

// The column's text after sorting on it through SortRole, as a view sorts.
QStringList sortedColumn(JsonTableModel &model, int column, Qt::SortOrder order)
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(JsonTableModel::SortRole);
    proxy.sort(column, order);
    return columnText(proxy, column);
}

QByteArray csvOf(const JsonTableModel &model)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!model.writeCsv(&buffer, &error))
        qFatal("CSV not written: %s", qPrintable(error));
    return buffer.data();
}

} // namespace

class TestJsonTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isTableable();
    void columnsAreTheUnionOfKeys();
    void cells();
    void itemsThatAreNotObjects();
    void sortsNumbersNumerically();
    void sortsTextAndPutsMissingLast();
    void csv();
    void csvWriteFailure();
    void cancel();
};

void TestJsonTableModel::isTableable()
{
    const auto index = indexJson(R"({"list": [1, {"a": 1}], "plain": [1, 2], "empty": [], "inner": [[{"a": 1}]],)"
                                 R"( "object": {"a": {}}, "text": "x"})");
    QStringList tableable;
    for (int i = 0; i < index->childCount(0); ++i) {
        const int member = index->child(0, i);
        if (JsonTableModel::isTableable(*index, member))
            tableable.append(index->key(member));
    }
    QCOMPARE(tableable, QStringList{u"list"_s});
    QVERIFY(!JsonTableModel::isTableable(*index, 0));
    QVERIFY(!JsonTableModel::isTableable(*index, -1));
    QVERIFY(!JsonTableModel::isTableable(*index, index->nodeCount()));
}

void TestJsonTableModel::columnsAreTheUnionOfKeys()
{
    JsonTableModel model(indexJson(kRows), 0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(headers(model), QStringList({u"name"_s, u"n"_s, u"tags"_s, u"extra"_s}));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnKey(1), u"n"_s);
    QCOMPARE(model.columnKey(4), QString());
    QCOMPARE(model.headerData(3, Qt::Vertical).toInt(), 3);
    QCOMPARE(model.itemNode(1), model.index(1, 1).data(JsonTableModel::NodeRole).toInt() - 1);
}

void TestJsonTableModel::cells()
{
    JsonTableModel model(indexJson(kRows), 0);
    // A repeated key: the last one counts. Missing keys are empty; null shows as null.
    QCOMPARE(columnText(model, 0), QStringList({u"a"_s, QString(), u"c2"_s, u"null"_s, u"e"_s}));
    QCOMPARE(columnText(model, 1), QStringList({u"10"_s, u"9"_s, u"100"_s, u"2.5"_s, QString()}));
    QCOMPARE(columnText(model, 2), QStringList({u"[\"x\",\"y\"]"_s, QString(), QString(), QString(), QString()}));
    QCOMPARE(columnText(model, 3), QStringList({QString(), u"{\"k\":1}"_s, QString(), QString(), QString()}));
    QVERIFY(!model.index(4, 1).data().isValid());
    QCOMPARE(model.index(4, 1).data(JsonTableModel::NodeRole).toInt(), -1);
    QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);

    const auto wide = indexJson("[{\"long\": \"" + QByteArray(500, 'x') + "\"}]");
    JsonTableModel shortened(wide, 0);
    const QString shown = shortened.index(0, 0).data().toString();
    QCOMPARE(shown, QString(JsonTableModel::DisplayChars, u'x') + u'…');
}

void TestJsonTableModel::itemsThatAreNotObjects()
{
    JsonTableModel model(indexJson(R"([{"a": 1}, 5, "x", {"b": 2}, [3]])"), 0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(headers(model), QStringList({u"a"_s, u"b"_s, u"(value)"_s}));
    QCOMPARE(columnText(model, 0), QStringList({u"1"_s, QString(), QString(), QString(), QString()}));
    QCOMPARE(columnText(model, 2), QStringList({QString(), u"5"_s, u"x"_s, QString(), u"[3]"_s}));
}

void TestJsonTableModel::sortsNumbersNumerically()
{
    JsonTableModel model(indexJson(kRows), 0);
    // As text it would be 10, 100, 2.5, 9.
    QCOMPARE(sortedColumn(model, 1, Qt::AscendingOrder), QStringList({u"2.5"_s, u"9"_s, u"10"_s, u"100"_s, QString()}));
    QCOMPARE(model.index(0, 1).data(JsonTableModel::SortRole).typeId(), QMetaType::Double);
    // Descending turns the whole order round: the missing value comes first.
    QCOMPARE(
        sortedColumn(model, 1, Qt::DescendingOrder), QStringList({QString(), u"100"_s, u"10"_s, u"9"_s, u"2.5"_s}));
}

void TestJsonTableModel::sortsTextAndPutsMissingLast()
{
    JsonTableModel model(indexJson(kRows), 0);
    const QStringList names = sortedColumn(model, 0, Qt::AscendingOrder);
    QCOMPARE(names.first(3), QStringList({u"a"_s, u"c2"_s, u"e"_s}));
    // null and a missing key carry no sort value.
    QCOMPARE(QSet<QString>(names.begin() + 3, names.end()), QSet<QString>({QString(), u"null"_s}));
    QCOMPARE(model.index(0, 0).data(JsonTableModel::SortRole).typeId(), QMetaType::QString);
    QVERIFY(!model.index(3, 0).data(JsonTableModel::SortRole).isValid());
}

void TestJsonTableModel::csv()
{
    const QByteArray json = R"json([
      {"text": "plain", "comma": "a,b", "quote": "say \"hi\"", "newline": "l1\nl2", "unicode": "Zo\u00eb 😀",
       "formula": "=SUM(A1:A2)", "neg": -5, "nested": {"a": [1, 2]}, "nul": null, "flag": true},
      {"text": "+1", "formula": "@cmd", "tab": "\tx", "minus": "-2+3", "=k": 1.5e3},
      7
    ])json";
    JsonTableModel model(indexJson(json), 0);
    const QByteArray csv = csvOf(model);
    const QByteArray expected = "text,comma,quote,newline,unicode,formula,neg,nested,nul,flag,tab,minus,'=k,(value)\r\n"
                                "plain,\"a,b\",\"say \"\"hi\"\"\",\"l1\nl2\",Zoë 😀,'=SUM(A1:A2),-5,"
                                "\"{\"\"a\"\":[1,2]}\",,true,,,,\r\n"
                                "'+1,,,,,'@cmd,,,,,'\tx,'-2+3,1.5e3,\r\n"
                                ",,,,,,,,,,,,,7\r\n";
    QCOMPARE(csv, expected);
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF")); // no byte-order mark

    // The same through the free function, as a worker thread would call it.
    const auto index = indexJson(json);
    const auto layout = JsonTableLayout::build(*index, 0);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeJsonTableCsv(&buffer, *index, 0, *layout));
    QCOMPARE(buffer.data(), expected);
}

void TestJsonTableModel::csvWriteFailure()
{
    JsonTableModel model(indexJson(kRows), 0);
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    QString error;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!model.writeCsv(&buffer, &error));
    QVERIFY(!error.isEmpty());
}

void TestJsonTableModel::cancel()
{
    const auto index = indexJson(kRows);
    const std::atomic<bool> cancelled{true};
    QVERIFY(!JsonTableLayout::build(*index, 0, &cancelled));
    JsonTableModel model(index, 0);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(!model.writeCsv(&buffer, &error, &cancelled));
    QCOMPARE(error, u"Cancelled."_s);
}

QTEST_GUILESS_MAIN(TestJsonTableModel)
#include "tst_jsontablemodel.moc"
