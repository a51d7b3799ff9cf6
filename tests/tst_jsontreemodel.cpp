// SPDX-License-Identifier: MIT
#include "indexjson.h"
#include "jsonindex.h"
#include "jsonsearch.h"
#include "jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

QJsonValue qtValue(const QByteArray &json)
{
    return QJsonDocument::fromJson('[' + json + ']').array().at(0);
}

// The value at a model row, found in Qt's reading of the whole document by the row's keys and positions.
QJsonValue qtValueAt(const JsonTreeModel &model, QJsonValue whole, const QModelIndex &index)
{
    QList<QModelIndex> chain;
    for (QModelIndex at = index; at.parent().isValid(); at = at.parent())
        chain.prepend(at);
    for (const QModelIndex &step : chain) {
        const int node = model.nodeOf(step);
        if (model.jsonIndex()->hasKey(node))
            whole = whole.toObject().value(model.jsonIndex()->key(node));
        else
            whole = whole.toArray().at(step.row());
    }
    return whole;
}

QString cell(const JsonTreeModel &model, const QModelIndex &index, int column)
{
    return model.data(index.siblingAtColumn(column)).toString();
}

QByteArray rows(int count)
{
    QByteArray json = R"({"rows": [)";
    for (int i = 0; i < count; ++i) {
        json += QByteArray(i ? ", " : "") + R"({"id": )" + QByteArray::number(i) + R"(, "owner": "User)"
            + QByteArray::number(i) + R"(", "a b": [true, null]})";
    }
    return json + "]}";
}

const QByteArray kSearchDocument = R"({
  "Name": "alpha",
  "items": [
    {"name": "Beta", "note": "caf\u00e9 ALPHA"},
    {"label": "gamma", "count": 15, "ok": true},
    "ALPHABET",
    {"alpha": null}
  ]
})";

// What searchJson must find, the slow way: every key and scalar decoded.
QList<int> decodeEverything(const JsonIndex &index, const QString &text, Qt::CaseSensitivity cs)
{
    QList<int> hits;
    for (int node = 0; node < index.nodeCount(); ++node) {
        if (index.key(node).contains(text, cs)
            || (!index.isContainer(node) && index.scalarText(node).contains(text, cs)))
            hits.append(node);
    }
    return hits;
}

// Escapes, non-ASCII text (the Kelvin sign K folds to k), quotes and punctuation inside strings.
QByteArray randomDocument(QRandomGenerator &random, int depth = 0)
{
    static const QByteArrayList scalars{R"("Alpha")", R"("caf\u00e9")", R"("ALPHABET")", R"("x\"y")",
        "\"\xE2\x84\xAA"
        "elvin\"",
        R"("tab\there")", R"("\u004Bey")", "15", "-1.5e3", "true", "false", "null", R"("")", R"("a,b:c")",
        "\"Zo\xC3\xAB\"", R"("\ud83d\ude00!")", R"("{[1]}")"};
    static const QByteArrayList keys{
        R"("alpha")", R"("Key")", R"("k\u00e9y")", R"("a b")", R"("")", R"("tru")", R"("x\"y")", "\"\xE2\x84\xAA\""};
    if (depth > 3 || (depth > 0 && random.bounded(3) > 0))
        return scalars.at(random.bounded(scalars.size()));
    const bool object = random.bounded(2) == 1;
    QByteArrayList items;
    for (int i = random.bounded(5); i > 0; --i)
        items.append(
            (object ? keys.at(random.bounded(keys.size())) + ": " : QByteArray()) + randomDocument(random, depth + 1));
    return (object ? "{" : "[") + items.join(", ") + (object ? "}" : "]");
}

} // namespace

class TestJsonTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester_data();
    void passesModelTester();
    void everyNodeHasItsIndex();
    void columns();
    void longValuesShortened();
    void deepNestingThroughTheModel();
    void copyPathAndJson();
    void rawJsonOfSubtreesParsesBack();
    void newDocumentResets();
    void searchKeysAndValues();
    void searchCaseAndEscapes();
    void searchLimitAndCancel();
    void searchFindsWhatDecodingFinds();
    void searchHitsLeadToRows();
    void searchObjectDropsStaleResults();
    void searchObjectCancel();
};

void TestJsonTreeModel::passesModelTester_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": "x", "c": {"d": [1, 2, {"e": null}]}})");
    QTest::newRow("array") << QByteArray(R"([1, [2, [3, []]], {"k": false}, "s"])");
    QTest::newRow("top-level number") << QByteArray("42");
    QTest::newRow("top-level string") << QByteArray("\"text\"");
    QTest::newRow("top-level null") << QByteArray("null");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("unicode keys and escapes")
        << QByteArray(R"({"été": 1, "\u65e5\u672c": "\ud83d\ude00", "a\"b\\c": "line\nbreak", "": []})");
    QTest::newRow("rows") << rows(50);
}

void TestJsonTreeModel::passesModelTester()
{
    QFETCH(QByteArray, json);
    JsonTreeModel model(indexJson(json));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(JsonTreeModel::ColumnCount));
    QCOMPARE(qtValue(model.jsonOf(model.index(0, 0))), qtValue(json));
}

void TestJsonTreeModel::everyNodeHasItsIndex()
{
    JsonTreeModel model(indexJson(rows(20)));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const JsonIndex &index = *model.jsonIndex();
    for (int node = 0; node < index.nodeCount(); ++node) {
        const QModelIndex at = model.indexOfNode(node);
        QVERIFY(at.isValid());
        QCOMPARE(model.nodeOf(at), node);
        QCOMPARE(at.data(JsonTreeModel::NodeRole).toInt(), node);
        QCOMPARE(model.index(at.row(), 0, at.parent()), at);
        QCOMPARE(model.hasChildren(at), index.childCount(node) > 0);
        QCOMPARE(model.indexOfNode(node, JsonTreeModel::SizeColumn), at.siblingAtColumn(JsonTreeModel::SizeColumn));
    }
    QVERIFY(!model.indexOfNode(-1).isValid());
    QVERIFY(!model.indexOfNode(index.nodeCount()).isValid());
    QCOMPARE(model.nodeOf({}), -1);
}

void TestJsonTreeModel::columns()
{
    const QByteArray json = R"({"name": "Zoë", "n": 1.50e2, "list": [1, "two", null, true], "obj": {}})";
    JsonTreeModel model(indexJson(json));
    QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(), u"Key"_s);
    QCOMPARE(model.headerData(JsonTreeModel::SizeColumn, Qt::Horizontal).toString(), u"Size"_s);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(cell(model, root, JsonTreeModel::KeyColumn), u"$"_s);
    QCOMPARE(cell(model, root, JsonTreeModel::ValueColumn), u"{…}"_s);
    QCOMPARE(cell(model, root, JsonTreeModel::TypeColumn), u"object"_s);
    QCOMPARE(cell(model, root, JsonTreeModel::ChildrenColumn), u"4"_s);
    QCOMPARE(cell(model, root, JsonTreeModel::SizeColumn), QLocale().formattedDataSize(json.size()));
    QCOMPARE(model.rowCount(root), 4);
    QCOMPARE(model.rowCount(root.siblingAtColumn(JsonTreeModel::ValueColumn)), 0);

    const QModelIndex name = model.index(0, 0, root);
    QCOMPARE(cell(model, name, JsonTreeModel::KeyColumn), u"name"_s);
    QCOMPARE(cell(model, name, JsonTreeModel::ValueColumn), u"Zoë"_s);
    QCOMPARE(cell(model, name, JsonTreeModel::TypeColumn), u"string"_s);
    QCOMPARE(cell(model, name, JsonTreeModel::ChildrenColumn), QString());
    QCOMPARE(model.data(name.siblingAtColumn(JsonTreeModel::SizeColumn)).toString(), QLocale().formattedDataSize(6));
    QVERIFY(model.flags(name).testFlag(Qt::ItemNeverHasChildren));

    const QModelIndex n = model.index(1, 0, root);
    QCOMPARE(cell(model, n, JsonTreeModel::ValueColumn), u"1.50e2"_s);
    QCOMPARE(cell(model, n, JsonTreeModel::TypeColumn), u"number"_s);

    const QModelIndex list = model.index(2, 0, root);
    QCOMPARE(cell(model, list, JsonTreeModel::ValueColumn), u"[…]"_s);
    QCOMPARE(cell(model, list, JsonTreeModel::TypeColumn), u"array"_s);
    QStringList keys, values, types;
    for (int row = 0; row < model.rowCount(list); ++row) {
        const QModelIndex item = model.index(row, 0, list);
        keys.append(cell(model, item, JsonTreeModel::KeyColumn));
        values.append(cell(model, item, JsonTreeModel::ValueColumn));
        types.append(cell(model, item, JsonTreeModel::TypeColumn));
    }
    QCOMPARE(keys, QStringList({u"[0]"_s, u"[1]"_s, u"[2]"_s, u"[3]"_s}));
    QCOMPARE(values, QStringList({u"1"_s, u"two"_s, u"null"_s, u"true"_s}));
    QCOMPARE(types, QStringList({u"number"_s, u"string"_s, u"null"_s, u"boolean"_s}));

    const QModelIndex obj = model.index(3, 0, root);
    QCOMPARE(cell(model, obj, JsonTreeModel::ChildrenColumn), u"0"_s);
    QVERIFY(!model.hasChildren(obj));
    QVERIFY(!model.flags(obj).testFlag(Qt::ItemNeverHasChildren));
}

void TestJsonTreeModel::longValuesShortened()
{
    const QString longText = u"é"_s.repeated(5000);
    const QByteArray json = R"({")" + QByteArray(300, 'k') + R"(": ")" + longText.toUtf8() + R"(", "multi": "a\nb"})";
    JsonTreeModel model(indexJson(json));
    const QModelIndex member = model.index(0, 0, model.index(0, 0));
    const QString shown = cell(model, member, JsonTreeModel::ValueColumn);
    QCOMPARE(shown.size(), JsonTreeModel::DisplayChars + 1);
    QVERIFY(shown.endsWith(u'…'));
    QCOMPARE(cell(model, member, JsonTreeModel::KeyColumn), QString(JsonTreeModel::DisplayChars, u'k') + u'…');
    QCOMPARE(model.valueText(member), longText);
    QCOMPARE(cell(model, model.index(1, 0, model.index(0, 0)), JsonTreeModel::ValueColumn), u"a b"_s);
    QCOMPARE(model.valueText(model.index(1, 0, model.index(0, 0))), u"a\nb"_s);
}

void TestJsonTreeModel::deepNestingThroughTheModel()
{
    constexpr int Depth = 10'000;
    JsonTreeModel model(indexJson(QByteArray("[").repeated(Depth) + "\"bottom\"" + QByteArray("]").repeated(Depth)));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QModelIndex at = model.index(0, 0);
    for (int level = 0; level < Depth; ++level) {
        QCOMPARE(model.rowCount(at), 1);
        at = model.index(0, 0, at);
        QVERIFY(at.isValid());
    }
    QCOMPARE(model.rowCount(at), 0);
    QCOMPARE(model.valueText(at), u"bottom"_s);
    QCOMPARE(model.pathOf(at), u"$"_s + u"[0]"_s.repeated(Depth));
    QCOMPARE(model.indexOfNode(Depth), at);
    int levels = 0;
    for (; at.parent().isValid(); at = at.parent())
        ++levels;
    QCOMPARE(levels, Depth);
    QCOMPARE(at, model.index(0, 0));
}

void TestJsonTreeModel::copyPathAndJson()
{
    JsonTreeModel model(indexJson(rows(13)));
    const QModelIndex list = model.index(0, 0, model.index(0, 0));
    const QModelIndex row = model.index(12, 0, list);
    const QModelIndex owner = model.index(1, 0, row);
    QCOMPARE(model.pathOf(owner), u"$.rows[12].owner"_s);
    QCOMPARE(model.valueText(owner), u"User12"_s);
    QCOMPARE(model.jsonOf(owner), QByteArray("\"User12\""));
    const QModelIndex odd = model.index(2, 0, row);
    QCOMPARE(model.pathOf(odd), u"$.rows[12][\"a b\"]"_s);
    QCOMPARE(model.pathOf(model.index(1, 0, odd)), u"$.rows[12][\"a b\"][1]"_s);
    QCOMPARE(model.jsonOf(odd), QByteArray("[true, null]"));
    QCOMPARE(model.jsonOf(row), QByteArray(R"({"id": 12, "owner": "User12", "a b": [true, null]})"));
    QCOMPARE(model.valueText(row), QString());
    QCOMPARE(model.pathOf(model.index(0, 0)), u"$"_s);
    QCOMPARE(model.pathOf({}), QString());
    QCOMPARE(model.jsonOf({}), QByteArray());

    JsonTreeModel keys(indexJson(R"({"a\"b": {"x.y": 1, "ok_1": 2}, "日本": 3})"));
    const QModelIndex top = keys.index(0, 0);
    QCOMPARE(keys.pathOf(keys.index(0, 0, keys.index(0, 0, top))), u"$[\"a\\\"b\"][\"x.y\"]"_s);
    QCOMPARE(keys.pathOf(keys.index(1, 0, keys.index(0, 0, top))), u"$[\"a\\\"b\"].ok_1"_s);
    QCOMPARE(keys.pathOf(keys.index(1, 0, top)), u"$[\"日本\"]"_s);
}

void TestJsonTreeModel::rawJsonOfSubtreesParsesBack()
{
    const QByteArray json = R"({
        "rows": [ {"id": 1, "tags": ["a", "b"], "owner": {"name": "Zoë", "quote": "\"hi\"\n"}},
                  {"id": 2.5e-3, "tags": [], "owner": null, "deep": [[[{"x": [1, {"y": "\u00e9"}]}]]]} ],
        "meta": {"total": 2, "empty": {}, "unicode \ud83d\ude00": true}
    })";
    JsonTreeModel model(indexJson(json));
    const QJsonValue whole = qtValue(json);
    int checked = 0;
    for (int node = 0; node < model.jsonIndex()->nodeCount(); ++node) {
        const QModelIndex at = model.indexOfNode(node);
        const QByteArray raw = model.jsonOf(at);
        if (model.jsonIndex()->isContainer(node)) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            const QJsonValue expected = qtValueAt(model, whole, at);
            QCOMPARE(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), expected);
            ++checked;
        } else {
            QCOMPARE(qtValue(raw), qtValueAt(model, whole, at));
        }
    }
    QCOMPARE(checked, 15);
}

void TestJsonTreeModel::newDocumentResets()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setIndex(indexJson(rows(3)));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0))), 3);
    model.setIndex(indexJson("[]"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    model.setIndex({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 3);
}

void TestJsonTreeModel::searchKeysAndValues()
{
    const auto index = indexJson(kSearchDocument);
    const QList<int> hits = searchJson(*index, u"alpha"_s, Qt::CaseInsensitive);
    QStringList paths;
    for (int hit : hits)
        paths.append(index->path(hit));
    // Document order: a key match and a value match in one member count once.
    QCOMPARE(paths, QStringList({u"$.Name"_s, u"$.items[0].note"_s, u"$.items[2]"_s, u"$.items[3].alpha"_s}));
    QVERIFY(std::is_sorted(hits.begin(), hits.end()));
    QCOMPARE(searchJson(*index, u"15"_s).size(), 1);
    QCOMPARE(index->path(searchJson(*index, u"tru"_s).value(0)), u"$.items[1].ok"_s);
    QCOMPARE(index->path(searchJson(*index, u"null"_s).value(0)), u"$.items[3].alpha"_s);
    QCOMPARE(index->path(searchJson(*index, u"label"_s).value(0)), u"$.items[1].label"_s);
    QVERIFY(searchJson(*index, QString()).isEmpty());
    QVERIFY(searchJson(*index, u"nowhere"_s).isEmpty());
    // Structure is not text: braces and quotes are not found.
    QVERIFY(searchJson(*index, u"\"alpha\""_s).isEmpty());
}

void TestJsonTreeModel::searchCaseAndEscapes()
{
    const auto index = indexJson(kSearchDocument);
    QCOMPARE(searchJson(*index, u"alpha"_s, Qt::CaseSensitive).size(), 2); // "alpha" value, "alpha" key
    QCOMPARE(searchJson(*index, u"ALPHA"_s, Qt::CaseSensitive).size(), 2);
    QCOMPARE(searchJson(*index, u"Alpha"_s, Qt::CaseSensitive).size(), 0);
    QCOMPARE(searchJson(*index, u"beta"_s, Qt::CaseSensitive).size(), 0);
    QCOMPARE(searchJson(*index, u"beta"_s, Qt::CaseInsensitive).size(), 1);
    QCOMPARE(searchJson(*index, u"BET"_s, Qt::CaseInsensitive).size(), 2); // "Beta", "ALPHABET"
    // Escapes are decoded before matching, in both modes.
    QCOMPARE(searchJson(*index, u"café"_s, Qt::CaseSensitive).size(), 1);
    QCOMPARE(index->path(searchJson(*index, u"café"_s, Qt::CaseSensitive).at(0)), u"$.items[0].note"_s);
    QCOMPARE(searchJson(*index, u"CAFÉ"_s, Qt::CaseInsensitive).size(), 1);
    QCOMPARE(searchJson(*index, u"\\u00e9"_s, Qt::CaseInsensitive).size(), 0);
    const auto escaped = indexJson(R"({"k\ud83d\ude00": "tab\there", "plain": "😀"})");
    QCOMPARE(searchJson(*escaped, u"😀"_s, Qt::CaseSensitive).size(), 2);
    QCOMPARE(searchJson(*escaped, u"b\th"_s, Qt::CaseSensitive).size(), 1);
}

void TestJsonTreeModel::searchLimitAndCancel()
{
    const auto index = indexJson(rows(2000));
    const QList<int> all = searchJson(*index, u"user"_s);
    QCOMPARE(all.size(), 2000);
    const QList<int> first = searchJson(*index, u"user"_s, Qt::CaseInsensitive, nullptr, 10);
    QCOMPARE(first, all.first(10));
    const std::atomic<bool> cancelled{true};
    QVERIFY(searchJson(*index, u"user"_s, Qt::CaseInsensitive, &cancelled).isEmpty());
}

void TestJsonTreeModel::searchFindsWhatDecodingFinds()
{
    const QStringList needles{u"alpha"_s, u"ALPHA"_s, u"a"_s, u"k"_s, u"K"_s, u"é"_s, u"É"_s, u"caf"_s, u"\""_s,
        u"x\"y"_s, u"1"_s, u"e3"_s, u"tru"_s, u"\t"_s, u"tab\th"_s, u"b:c"_s, u","_s, u"😀"_s, u"elvin"_s, u"KEY"_s,
        u"ey"_s, u" "_s, u"null"_s, u"{"_s, u"[1]"_s, u"\u212A"_s};
    QRandomGenerator random(20261130);
    for (int round = 0; round < 200; ++round) {
        const QByteArray json = randomDocument(random);
        const auto index = indexJson(json);
        for (const QString &needle : needles) {
            for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
                QVERIFY2(searchJson(*index, needle, cs) == decodeEverything(*index, needle, cs),
                    qPrintable(u"%1 in %2"_s.arg(needle, QString::fromUtf8(json))));
            }
        }
    }
}

void TestJsonTreeModel::searchHitsLeadToRows()
{
    JsonTreeModel model(indexJson(kSearchDocument));
    const QList<int> hits = searchJson(*model.jsonIndex(), u"alpha"_s);
    for (int hit : hits) {
        // What a view does to show a hit: expand each parent from the top, then select the row.
        const QModelIndex at = model.indexOfNode(hit);
        QList<QModelIndex> parents;
        for (QModelIndex up = at.parent(); up.isValid(); up = up.parent())
            parents.prepend(up);
        QCOMPARE(parents.value(0), model.index(0, 0));
        for (qsizetype i = 1; i < parents.size(); ++i)
            QCOMPARE(parents.at(i).parent(), parents.at(i - 1));
        QCOMPARE(model.index(at.row(), 0, at.parent()), at);
    }
    QCOMPARE(cell(model, model.indexOfNode(hits.at(1)), JsonTreeModel::KeyColumn), u"note"_s);
}

void TestJsonTreeModel::searchObjectDropsStaleResults()
{
    // One thread: the jobs run in turn, so the first one's end always comes before the second's.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    JsonSearch search(nullptr, &pool);
    QSignalSpy finished(&search, &JsonSearch::finished);
    const auto big = indexJson(rows(20'000));
    const auto small = indexJson(kSearchDocument);
    const int stale = search.start(big, u"user"_s);
    QVERIFY(search.isRunning());
    const int current = search.start(small, u"alpha"_s);
    QVERIFY(current != stale);
    QCOMPARE(search.serial(), current);
    QVERIFY(finished.wait(5000));
    pool.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), current);
    QCOMPARE(finished.at(0).at(1).value<QList<int>>(), searchJson(*small, u"alpha"_s));
    QVERIFY(!search.isRunning());
}

void TestJsonTreeModel::searchObjectCancel()
{
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    JsonSearch search(nullptr, &pool);
    QSignalSpy finished(&search, &JsonSearch::finished);
    search.start(indexJson(rows(100)), u"user"_s);
    search.cancel();
    QVERIFY(!search.isRunning());
    const int next = search.start(indexJson(rows(100)), u"User7"_s, Qt::CaseSensitive, 3);
    QVERIFY(finished.wait(5000));
    pool.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), next);
    QCOMPARE(finished.at(0).at(1).value<QList<int>>().size(), 3);
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
