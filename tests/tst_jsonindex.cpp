// SPDX-License-Identifier: MIT
#include "indexjson.h"
#include "jsonindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The value at a node, rebuilt through the index's API only (recursive: for small documents).
QJsonValue valueOf(const JsonIndex &index, int node)
{
    switch (index.type(node)) {
    case JsonIndex::Type::Null:
        return QJsonValue::Null;
    case JsonIndex::Type::Bool:
        return index.scalarText(node) == "true"_L1;
    case JsonIndex::Type::Number:
        return index.scalarText(node).toDouble();
    case JsonIndex::Type::String:
        return index.scalarText(node);
    case JsonIndex::Type::Array: {
        QJsonArray array;
        for (int i = 0; i < index.childCount(node); ++i)
            array.append(valueOf(index, index.child(node, i)));
        return array;
    }
    case JsonIndex::Type::Object: {
        QJsonObject object;
        for (int i = 0; i < index.childCount(node); ++i) {
            const int member = index.child(node, i);
            object.insert(index.key(member), valueOf(index, member));
        }
        return object;
    }
    }
    return {};
}

// Qt's reading of any JSON text, scalars included.
QJsonValue qtValue(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + json.toByteArray() + ']', &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("Qt cannot read %s", json.toByteArray().constData());
    return document.array().at(0);
}

QByteArray nested(int depth, const QByteArray &open, const QByteArray &close)
{
    return open.repeated(depth) + close.repeated(depth);
}

// Random JSON written in the ways RFC 8259 allows: spaces anywhere between tokens, any character as \u, astral ones as
// surrogate pairs.
class RandomJson
{
public:
    explicit RandomJson(quint32 seed)
        : m_random(seed)
    {
    }

    QJsonValue value(int depth)
    {
        switch (m_random.bounded(depth > 3 ? 5 : 7)) {
        case 0:
            return QJsonValue::Null;
        case 1:
            return m_random.bounded(2) == 1;
        case 2:
            return double(m_random.bounded(-100000, 100000)) / 8;
        case 3:
        case 4:
            return text();
        case 5: {
            QJsonArray array;
            for (int i = m_random.bounded(5); i > 0; --i)
                array.append(value(depth + 1));
            return array;
        }
        default: {
            QJsonObject object;
            for (int i = m_random.bounded(5); i > 0; --i)
                object.insert(text(), value(depth + 1));
            return object;
        }
        }
    }

    QByteArray write(const QJsonValue &value)
    {
        QByteArray out = space();
        switch (value.type()) {
        case QJsonValue::Array: {
            out += '[';
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                out += (i ? "," : "") + write(array.at(i));
            out += space() + ']';
            break;
        }
        case QJsonValue::Object: {
            out += '{';
            const QJsonObject object = value.toObject();
            bool first = true;
            for (auto it = object.begin(); it != object.end(); ++it) {
                out += (first ? "" : ",") + space() + string(it.key()) + space() + ':' + write(it.value());
                first = false;
            }
            out += space() + '}';
            break;
        }
        case QJsonValue::String:
            out += string(value.toString());
            break;
        default:
            out += QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).sliced(1);
        }
        return out + space();
    }

private:
    QString text()
    {
        static const QList<char32_t> alphabet{U'a', U'Z', U'0', U' ', U'"', U'\\', U'/', U'\n', U'\t', U'\x01', U'é',
            U'€', U'中', U'😀', U'\U0001F680', U'\uFEFF', U'$', U'.', U'['};
        QString out;
        for (int i = m_random.bounded(8); i > 0; --i) {
            const char32_t c = alphabet.at(m_random.bounded(alphabet.size()));
            out += QString::fromUcs4(&c, 1);
        }
        return out;
    }

    QByteArray string(const QString &text)
    {
        QByteArray out = "\"";
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            const qsizetype units = QChar::isHighSurrogate(c) ? 2 : 1;
            const bool mustEscape = c < 0x20 || c == u'"' || c == u'\\';
            if (mustEscape || m_random.bounded(4) == 0) {
                if (c == u'"' || c == u'\\' || (c == u'/' && m_random.bounded(2))) {
                    out += '\\' + QByteArray(1, char(c));
                } else if (c == u'\n' && m_random.bounded(2)) {
                    out += "\\n";
                } else {
                    // Both halves of a pair.
                    for (qsizetype unit = i; unit < i + units; ++unit)
                        out += "\\u" + QByteArray::number(text.at(unit).unicode(), 16).rightJustified(4, '0');
                }
            } else {
                out += text.mid(i, units).toUtf8();
            }
            i += units - 1;
        }
        return out + '"';
    }

    QByteArray space()
    {
        static const QByteArray spaces[] = {"", "", "", " ", "\n  ", "\t", "\r\n"};
        return spaces[m_random.bounded(int(std::size(spaces)))];
    }

    QRandomGenerator m_random;
};

} // namespace

class TestJsonIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topLevelScalars_data();
    void topLevelScalars();
    void objectsAndArrays();
    void emptyContainers();
    void rawIsExactAndValid();
    void keysAndEscapes();
    void loneSurrogatesBecomeReplacementCharacters();
    void matchesQtOnRandomDocuments();
    void invalid_data();
    void invalid();
    void errorGivesLineAndColumn();
    void byteOrderMarkSkipped();
    void deepNestingWithoutRecursion();
    void nodesAcrossGrowthAndBlocks();
    void depthCap();
    void path_data();
    void path();
    void compactJson();
    void shallowIndexValidatesEverything();
    void compactedAndIndentedParseBackEqual();
    void indentationIsBoundedWhateverTheDepth();
    void limitedDecoding();
    void preview();
    void cancel();
    void memoryPerNode();
};

void TestJsonIndex::topLevelScalars_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("number") << QByteArray(" -12.5e+3 ") << int(JsonIndex::Type::Number) << u"-12.5e+3"_s;
    QTest::newRow("zero") << QByteArray("0") << int(JsonIndex::Type::Number) << u"0"_s;
    QTest::newRow("string") << QByteArray("\"a\\nb\"") << int(JsonIndex::Type::String) << u"a\nb"_s;
    QTest::newRow("true") << QByteArray("true") << int(JsonIndex::Type::Bool) << u"true"_s;
    QTest::newRow("false") << QByteArray("\nfalse\n") << int(JsonIndex::Type::Bool) << u"false"_s;
    QTest::newRow("null") << QByteArray("null") << int(JsonIndex::Type::Null) << u"null"_s;
}

void TestJsonIndex::topLevelScalars()
{
    QFETCH(QByteArray, json);
    QFETCH(int, type);
    QFETCH(QString, text);
    const JsonIndex index = buildJsonIndex(json);
    QCOMPARE(index.nodeCount(), 1);
    QCOMPARE(int(index.type(index.root())), type);
    QCOMPARE(index.scalarText(index.root()), text);
    QCOMPARE(index.raw(index.root()).toByteArray(), json.trimmed());
    QCOMPARE(index.childCount(index.root()), 0);
    QCOMPARE(index.child(index.root(), 0), -1);
    QCOMPARE(index.parent(index.root()), -1);
    QCOMPARE(index.rowInParent(index.root()), 0);
    QVERIFY(!index.hasKey(index.root()));
    QCOMPARE(index.path(index.root()), u"$"_s);
}

void TestJsonIndex::objectsAndArrays()
{
    const JsonIndex index = buildJsonIndex(R"({"a": 1, "b": [true, null, "x", {"c": 2}], "d": {"e": []}})");
    // Document order: {, 1, [, true, null, "x", {, 2, {, [
    QCOMPARE(index.nodeCount(), 10);
    QCOMPARE(index.type(0), JsonIndex::Type::Object);
    QCOMPARE(index.childCount(0), 3);
    QCOMPARE(index.child(0, 0), 1);
    QCOMPARE(index.child(0, 1), 2);
    QCOMPARE(index.child(0, 2), 8);
    QCOMPARE(index.child(0, 3), -1);
    QCOMPARE(index.child(0, -1), -1);
    QCOMPARE(index.key(1), u"a"_s);
    QCOMPARE(index.key(2), u"b"_s);
    QCOMPARE(index.key(8), u"d"_s);
    QCOMPARE(index.type(2), JsonIndex::Type::Array);
    QCOMPARE(index.childCount(2), 4);
    QCOMPARE(index.child(2, 3), 6);
    QCOMPARE(index.type(3), JsonIndex::Type::Bool);
    QCOMPARE(index.type(4), JsonIndex::Type::Null);
    QCOMPARE(index.type(5), JsonIndex::Type::String);
    QVERIFY(!index.hasKey(5));
    QCOMPARE(index.key(5), QString());
    QCOMPARE(index.rawKey(5).toByteArray(), QByteArray());
    QCOMPARE(index.rawKey(7).toByteArray(), QByteArray("\"c\""));
    QCOMPARE(index.parent(7), 6);
    QCOMPARE(index.parent(6), 2);
    QCOMPARE(index.parent(2), 0);
    QCOMPARE(index.rowInParent(6), 3);
    QCOMPARE(index.rowInParent(8), 2);
    QCOMPARE(index.childCount(9), 0);
    QVERIFY(index.isContainer(9));
    QVERIFY(!index.isContainer(7));
    QCOMPARE(index.scalarText(2), QString());
    QCOMPARE(index.path(7), u"$.b[3].c"_s);
    QCOMPARE(index.path(9), u"$.d.e"_s);
    for (int node = 1; node < index.nodeCount(); ++node)
        QCOMPARE(index.child(index.parent(node), index.rowInParent(node)), node);
}

void TestJsonIndex::emptyContainers()
{
    for (const char *json : {"{}", "[]", " { } ", "[ ]", "{\"a\":[],\"b\":{}}"}) {
        const JsonIndex index = buildJsonIndex(json);
        QCOMPARE(index.childCount(0), index.nodeCount() - 1);
        for (int node = 1; node < index.nodeCount(); ++node)
            QCOMPARE(index.childCount(node), 0);
    }
    const JsonIndex index = buildJsonIndex("{\"a\":[],\"b\":{}}");
    QCOMPARE(index.raw(1).toByteArray(), QByteArray("[]"));
    QCOMPARE(index.raw(2).toByteArray(), QByteArray("{}"));
}

void TestJsonIndex::rawIsExactAndValid()
{
    const QByteArray json = R"({
  "rows": [
    { "id": 1, "tags": [ "a", "b" ], "owner": { "name": "Zoë", "note": "say \"hi\"\n" } },
    { "id": 2.5e-3, "tags": [], "owner": null }
  ],
  "total": 2
})";
    const JsonIndex index = buildJsonIndex(json);
    QCOMPARE(index.raw(0).toByteArray(), json);
    const QJsonValue whole = qtValue(json);
    for (int node = 0; node < index.nodeCount(); ++node) {
        // Each value's text reads back alone as what it is in the whole document.
        QCOMPARE(qtValue(index.raw(node)), valueOf(index, node));
        QCOMPARE(index.sizeBytes(node), index.raw(node).size());
        QVERIFY(index.raw(node).data() == json.constData() + index.offset(node));
    }
    QCOMPARE(valueOf(index, 0), whole);
}

void TestJsonIndex::keysAndEscapes()
{
    const QByteArray json = R"({"a\"b": 1, "\u00e9t\u00E9": 2, "😀": 3, "\ud83d\ude00x": "x\ny\t\\\/\b\f\r",)"
                            R"( "\\": "\\\\", "": "", "日本": "語", "tab\there": "\u0000"})";
    const JsonIndex index = buildJsonIndex(json);
    QStringList keys;
    for (int i = 0; i < index.childCount(0); ++i)
        keys.append(index.key(index.child(0, i)));
    QCOMPARE(keys, QStringList({u"a\"b"_s, u"été"_s, u"😀"_s, u"😀x"_s, u"\\"_s, QString(), u"日本"_s, u"tab\there"_s}));
    QCOMPARE(index.scalarText(index.child(0, 3)), u"x\ny\t\\/\b\f\r"_s);
    QCOMPARE(index.scalarText(index.child(0, 4)), u"\\\\"_s);
    QCOMPARE(index.scalarText(index.child(0, 7)), QString(QChar(0)));
    QCOMPARE(index.rawKey(index.child(0, 0)).toByteArray(), QByteArray(R"("a\"b")"));
    QCOMPARE(index.rawKey(index.child(0, 4)).toByteArray(), QByteArray(R"("\\")"));
    QCOMPARE(valueOf(index, 0), qtValue(json));
}

void TestJsonIndex::loneSurrogatesBecomeReplacementCharacters()
{
    const JsonIndex index = buildJsonIndex(R"(["\ud800", "a\udc00b", "\ud83dx", "\ud83d\u0041"])");
    QCOMPARE(index.scalarText(1), u"\uFFFD"_s);
    QCOMPARE(index.scalarText(2), u"a\uFFFDb"_s);
    QCOMPARE(index.scalarText(3), u"\uFFFDx"_s);
    QCOMPARE(index.scalarText(4), u"\uFFFDA"_s);
}

void TestJsonIndex::matchesQtOnRandomDocuments()
{
    RandomJson random(20261130);
    for (int round = 0; round < 300; ++round) {
        const QJsonValue value = random.value(0);
        const QByteArray json = random.write(value);
        QCOMPARE(qtValue(json), value); // the writer itself is right
        const JsonIndex index = buildJsonIndex(json);
        QCOMPARE(valueOf(index, 0), value);
        for (int node = 0; node < index.nodeCount(); ++node)
            QCOMPARE(qtValue(index.raw(node)), valueOf(index, node));
    }
}

void TestJsonIndex::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray("") << 0 << u"no JSON value"_s;
    QTest::newRow("spaces only") << QByteArray("  \n ") << 4 << u"no JSON value"_s;
    QTest::newRow("trailing comma in object") << QByteArray("{\"a\":1,}") << 7 << u"expected a key"_s;
    QTest::newRow("trailing comma in array") << QByteArray("[1,]") << 3 << u"expected a value"_s;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << 3 << u"expected ',' or ']'"_s;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5 << u"expected ':'"_s;
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << 1 << u"expected a key"_s;
    QTest::newRow("unterminated string") << QByteArray("[\"abc") << 1 << u"unterminated string"_s;
    QTest::newRow("unclosed array") << QByteArray("[1, 2") << 5 << u"expected ',' or ']'"_s;
    QTest::newRow("unclosed object") << QByteArray("{\"a\": {}") << 8 << u"expected ',' or '}'"_s;
    QTest::newRow("mismatched bracket") << QByteArray("[1}") << 2 << u"expected ',' or ']'"_s;
    QTest::newRow("leading zero") << QByteArray("[01]") << 2 << u"expected ',' or ']'"_s;
    QTest::newRow("bare minus") << QByteArray("[-]") << 1 << u"invalid number"_s;
    QTest::newRow("no fraction digits") << QByteArray("1.") << 0 << u"invalid number"_s;
    QTest::newRow("no exponent digits") << QByteArray("1e+") << 0 << u"invalid number"_s;
    QTest::newRow("plus sign") << QByteArray("+1") << 0 << u"expected a value"_s;
    QTest::newRow("short literal") << QByteArray("[nul]") << 1 << u"expected a value"_s;
    QTest::newRow("capital literal") << QByteArray("True") << 0 << u"expected a value"_s;
    QTest::newRow("text after value") << QByteArray("[1] x") << 4 << u"text after the end"_s;
    QTest::newRow("two values") << QByteArray("1 2") << 2 << u"text after the end"_s;
    QTest::newRow("bad escape") << QByteArray("\"a\\x\"") << 2 << u"invalid escape"_s;
    QTest::newRow("bad \\u") << QByteArray("\"\\u12g4\"") << 1 << u"invalid \\u escape"_s;
    QTest::newRow("short \\u") << QByteArray("\"\\u12\"") << 1 << u"invalid \\u escape"_s;
    QTest::newRow("raw line break") << QByteArray("\"a\nb\"") << 2 << u"control character"_s;
    QTest::newRow("raw tab") << QByteArray("[\"\t\"]") << 2 << u"control character"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("\"\xC3\x28\"") << 1 << u"invalid UTF-8"_s;
    QTest::newRow("overlong UTF-8") << QByteArray("\"\xC0\xAF\"") << 1 << u"invalid UTF-8"_s;
    QTest::newRow("UTF-8 surrogate") << QByteArray("\"\xED\xA0\x80\"") << 1 << u"invalid UTF-8"_s;
    QTest::newRow("above U+10FFFF") << QByteArray("\"\xF4\x90\x80\x80\"") << 1 << u"invalid UTF-8"_s;
    QTest::newRow("truncated UTF-8") << QByteArray("\"\xE2\x82") << 1 << u"invalid UTF-8"_s;
    QTest::newRow("NUL byte") << QByteArray("[1,\0]", 5) << 3 << u"expected a value"_s;
    QTest::newRow("single quotes") << QByteArray("['a']") << 1 << u"expected a value"_s;
}

void TestJsonIndex::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(int, offset);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!JsonIndex::build(json, &error));
    QVERIFY2(error.contains(u"(byte %1)"_s.arg(offset)), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestJsonIndex::errorGivesLineAndColumn()
{
    QString error;
    QVERIFY(!JsonIndex::build("{\n  \"a\": 1,\n  \"b\": tru\n}", &error));
    QCOMPARE(error, u"Not valid JSON at line 3, column 8 (byte 19): expected a value"_s);
}

void TestJsonIndex::byteOrderMarkSkipped()
{
    const JsonIndex index = buildJsonIndex("\xEF\xBB\xBF{\"a\":\"\xEF\xBB\xBFx\"}");
    QCOMPARE(index.raw(0).toByteArray(), QByteArray("{\"a\":\"\xEF\xBB\xBFx\"}"));
    // Inside a string it is a character like any other.
    QCOMPARE(index.scalarText(1), u"\uFEFFx"_s);
}

void TestJsonIndex::deepNestingWithoutRecursion()
{
    constexpr int Depth = 10'000;
    const JsonIndex arrays = buildJsonIndex(nested(Depth, "[", "]"));
    QCOMPARE(arrays.nodeCount(), Depth);
    int node = arrays.root();
    for (int level = 1; level < Depth; ++level) {
        QCOMPARE(arrays.childCount(node), 1);
        node = arrays.child(node, 0);
    }
    QCOMPARE(arrays.childCount(node), 0);
    QCOMPARE(arrays.path(node), u"$"_s + u"[0]"_s.repeated(Depth - 1));
    QCOMPARE(arrays.raw(node).toByteArray(), QByteArray("[]"));
    int levels = 0;
    for (; node != arrays.root(); node = arrays.parent(node))
        ++levels;
    QCOMPARE(levels, Depth - 1);

    const JsonIndex objects = buildJsonIndex(nested(Depth, "{\"k\":", "}").replace("{\"k\":}", "{\"k\":1}"));
    QCOMPARE(objects.nodeCount(), Depth + 1);
    QCOMPARE(objects.path(Depth), u"$"_s + u".k"_s.repeated(Depth));
    QCOMPARE(objects.scalarText(Depth), u"1"_s);
}

void TestJsonIndex::nodesAcrossGrowthAndBlocks()
{
    // Past the small first block's doublings and past two full blocks: every node keeps its value and its parent.
    for (const int count : {1, 63, 64, 65, 16'383, 16'384, 40'000}) {
        QByteArray json = "[";
        for (int i = 0; i < count; ++i)
            json += (i ? "," : "") + QByteArray::number(i);
        json += "]";
        const JsonIndex index = buildJsonIndex(json);
        QCOMPARE(index.nodeCount(), count + 1);
        QCOMPARE(index.childCount(index.root()), count);
        for (int i = 0; i < count; ++i) {
            const int node = index.child(index.root(), i);
            QCOMPARE(index.parent(node), index.root());
            QCOMPARE(index.scalarText(node), QString::number(i));
        }
    }
}

void TestJsonIndex::depthCap()
{
    QVERIFY(JsonIndex::build(nested(JsonIndex::MaxDepth, "[", "]")));
    QString error;
    QVERIFY(!JsonIndex::build(nested(JsonIndex::MaxDepth + 1, "[", "]"), &error));
    QVERIFY2(error.contains(u"nested deeper than"_s), qPrintable(error));
    QVERIFY2(error.contains(u"(byte %1)"_s.arg(JsonIndex::MaxDepth)), qPrintable(error));
    // Unclosed openers fail at the end, not on the stack.
    QVERIFY(!JsonIndex::build(QByteArray(50'000, '['), &error));
    QVERIFY2(error.contains(u"expected a value"_s), qPrintable(error));
}

void TestJsonIndex::path_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("path");
    QTest::newRow("identifier") << QByteArray("owner") << u"$.owner"_s;
    QTest::newRow("underscore and digits") << QByteArray("_id2") << u"$._id2"_s;
    QTest::newRow("space") << QByteArray("a b") << u"$[\"a b\"]"_s;
    QTest::newRow("leading digit") << QByteArray("1st") << u"$[\"1st\"]"_s;
    QTest::newRow("empty") << QByteArray("") << u"$[\"\"]"_s;
    QTest::newRow("dot") << QByteArray("a.b") << u"$[\"a.b\"]"_s;
    QTest::newRow("quote") << QByteArray("say \\\"hi\\\"") << u"$[\"say \\\"hi\\\"\"]"_s;
    QTest::newRow("backslash") << QByteArray("a\\\\b") << u"$[\"a\\\\b\"]"_s;
    QTest::newRow("line break") << QByteArray("a\\nb") << u"$[\"a\\nb\"]"_s;
    QTest::newRow("control") << QByteArray("\\u0001") << u"$[\"\\u0001\"]"_s;
    QTest::newRow("unicode") << QByteArray("\\u00e9t\\u00e9") << u"$[\"été\"]"_s;
    QTest::newRow("dollar") << QByteArray("$ref") << u"$[\"$ref\"]"_s;
}

void TestJsonIndex::path()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, path);
    const JsonIndex index = buildJsonIndex("{\"" + key + "\": 1}");
    QCOMPARE(index.path(1), path);

    QByteArray rows = "{\"rows\": [";
    for (int i = 0; i < 13; ++i)
        rows += QByteArray(i ? "," : "") + "{\"id\":" + QByteArray::number(i) + ",\"owner\":\"u" + QByteArray::number(i)
            + "\"}";
    const JsonIndex table = buildJsonIndex(rows + "]}");
    const int owner = table.child(table.child(table.child(0, 0), 12), 1);
    QCOMPARE(table.scalarText(owner), u"u12"_s);
    QCOMPARE(table.path(owner), u"$.rows[12].owner"_s);
}

void TestJsonIndex::compactJson()
{
    const JsonIndex index = buildJsonIndex("{ \"a b\" : [ 1 ,\n \"x \\\" y\" , { } ] ,\t\"é\": null }");
    QCOMPARE(index.compactJson(0), QByteArray("{\"a b\":[1,\"x \\\" y\",{}],\"é\":null}"));
    QCOMPARE(qtValue(index.compactJson(0)), qtValue(index.raw(0)));
    QCOMPARE(index.compactJson(0, 9), QByteArray("{\"a b\":[1"));
    QCOMPARE(index.compactJson(2), QByteArray("1"));
    QCOMPARE(index.compactJson(3), QByteArray("\"x \\\" y\""));
    // Never cut inside a UTF-8 sequence: "é" is two bytes, at 24 and 25.
    QCOMPARE(index.compactJson(0, 25), QByteArray("{\"a b\":[1,\"x \\\" y\",{}],\""));
    QCOMPARE(index.compactJson(0, 26), QByteArray("{\"a b\":[1,\"x \\\" y\",{}],\"é"));
    const JsonIndex text = buildJsonIndex("\"éé\"");
    QCOMPARE(text.compactJson(0, 2), QByteArray("\""));
}

void TestJsonIndex::shallowIndexValidatesEverything()
{
    const auto shallow = JsonIndex::build(R"({"a":{"b":[1,2]},"c":3})", 1);
    QVERIFY(shallow);
    QCOMPARE(shallow->nodeCount(), 3); // the root and its two members
    QCOMPARE(shallow->key(1), u"a"_s);
    QCOMPARE(shallow->childCount(1), 0);
    QCOMPARE(shallow->raw(1), QByteArrayView(R"({"b":[1,2]})"));
    QCOMPARE(shallow->scalarText(2), u"3"_s);
    QString error;
    QVERIFY(!JsonIndex::build(R"({"a":{"b":[1,]},"c":3})", 1, &error));
    QVERIFY2(error.contains(u"byte 13"_s), qPrintable(error));
    const auto rootOnly = JsonIndex::build("[[1],[2]]", 0);
    QVERIFY(rootOnly);
    QCOMPARE(rootOnly->nodeCount(), 1);
}

void TestJsonIndex::compactedAndIndentedParseBackEqual()
{
    RandomJson random(20261130);
    for (int round = 0; round < 200; ++round) {
        const QJsonValue value = random.value(0);
        const QByteArray json = random.write(value);
        const QByteArray compact = JsonIndex::compacted(json);
        QCOMPARE(qtValue(compact), value);
        QByteArray streamed;
        QVERIFY(JsonIndex::compacted(json, [&streamed](QByteArrayView piece) {
            streamed.append(piece);
            return true;
        }));
        QCOMPARE(streamed, compact);
        QCOMPARE(JsonIndex::compacted(compact), compact); // nothing left to take out
        QByteArray pretty;
        QVERIFY(JsonIndex::indented(json, [&pretty](QByteArrayView piece) {
            pretty.append(piece);
            return true;
        }));
        QCOMPARE(qtValue(pretty), value);
        QCOMPARE(JsonIndex::compacted(pretty), compact);
    }
    // The sink stops it; pieces are bounded.
    int pieces = 0;
    const QByteArray large = "[" + QByteArray("1,").repeated(100'000) + "1]";
    QVERIFY(!JsonIndex::indented(large, [&pieces](QByteArrayView) { return ++pieces < 2; }));
    QCOMPARE(pieces, 2);
    pieces = 0;
    QByteArray streamed;
    QVERIFY(JsonIndex::compacted(QByteArray(QByteArray(" ").repeated(3) + large), [&](QByteArrayView piece) {
        ++pieces;
        streamed.append(piece);
        return piece.size() <= 64 * 1024;
    }));
    QCOMPARE(streamed, large);
    QCOMPARE(pieces, 4); // 200,003 bytes in 64 KiB pieces
}

void TestJsonIndex::indentationIsBoundedWhateverTheDepth()
{
    constexpr int depth = 20'000;
    const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
    qsizetype size = 0;
    QVERIFY(JsonIndex::indented(deep, [&size](QByteArrayView piece) {
        size += piece.size();
        return true;
    }));
    // Two lines a level, each indented at most MaxIndentLevels times: linear, where unbounded would be quadratic.
    QVERIFY2(size <= qsizetype(depth) * 2 * (4 * JsonIndex::MaxIndentLevels + 2), QByteArray::number(size).constData());
}

void TestJsonIndex::limitedDecoding()
{
    const QByteArray longText = QByteArray("ab").repeated(50'000);
    const JsonIndex index = buildJsonIndex("[\"" + longText + "\", \"😀😀😀\", \"\\ud83d\\ude00\\ud83d\\ude00\", 123456]");
    QCOMPARE(index.scalarText(1, 5), u"ababa"_s);
    QCOMPARE(index.scalarText(1).size(), 100'000);
    // Never half a surrogate pair.
    QCOMPARE(index.scalarText(2, 3), u"😀"_s);
    QCOMPARE(index.scalarText(2, 4), u"😀😀"_s);
    QCOMPARE(index.scalarText(3, 3), u"😀"_s);
    QCOMPARE(index.scalarText(4, 3), u"123"_s);
    QCOMPARE(index.scalarText(1, 0), QString());
}

void TestJsonIndex::preview()
{
    const JsonIndex index
        = buildJsonIndex("[\"line one\\nline\\ttwo\", \"" + QByteArray(300, 'x') + "\", [1, 2,  3], \"😀😀\"]");
    QCOMPARE(index.preview(1, 200), u"line one line two"_s);
    QCOMPARE(index.preview(2, 200), QString(200, u'x') + u'…');
    QCOMPARE(index.preview(3, 200), u"[1,2,3]"_s);
    QCOMPARE(index.preview(3, 4), u"[1,2…"_s);
    QCOMPARE(index.preview(7, 3), u"😀…"_s);
    QCOMPARE(index.preview(7, 4), u"😀😀"_s);
}

void TestJsonIndex::cancel()
{
    const std::atomic<bool> cancelled{true};
    QString error;
    QVERIFY(!JsonIndex::build("[1, 2, 3]", &error, &cancelled));
    QCOMPARE(error, u"Cancelled."_s);
    const std::atomic<bool> running{false};
    QVERIFY(JsonIndex::build("[1, 2, 3]", &error, &running));
}

void TestJsonIndex::memoryPerNode()
{
    // Rows as task results carry them: ids, names, numbers, flags, a nested object and a short list.
    QByteArray json = "[";
    for (int row = 0; json.size() < 6 * 1024 * 1024; ++row) {
        json += QByteArray(row ? ",\n" : "") + R"({"id":)" + QByteArray::number(row) + R"(,"name":"item-)"
            + QByteArray::number(row) + R"(","score":)" + QByteArray::number(row * 0.37) + R"(,"ok":)"
            + (row % 3 ? "true" : "false") + R"(,"owner":{"id":"u)" + QByteArray::number(row % 97)
            + R"(","team":null},"tags":["a","b"]})";
    }
    json += "]";
    const JsonIndex index = buildJsonIndex(json);
    const double perNode = double(index.memoryBytes()) / index.nodeCount();
    const double perByte = double(index.memoryBytes()) / json.size();
    qInfo("%.1f MB, %d nodes: index %.1f MB, %.2f bytes a node, %.3f index bytes an input byte", json.size() / 1e6,
        index.nodeCount(), index.memoryBytes() / 1e6, perNode, perByte);
    QVERIFY(perNode <= 24);
    QVERIFY(index.json().constData() == json.constData()); // kept, not copied
}

QTEST_GUILESS_MAIN(TestJsonIndex)
#include "tst_jsonindex.moc"
