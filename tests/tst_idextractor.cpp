// SPDX-License-Identifier: MIT
// The id extractor over realistic pastes: API answers, curl output, logs, chat, spreadsheets, tables, prose.
#include "idextractor.h"
#include "idparser.h"

#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString A = u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s;
const QString B = u"7a41d0c2-5e9b-4f1a-b3c8-0d6e2f9a1b47"_s;
const QString C = u"c0ffee00-1234-4abc-8def-0123456789ab"_s;
const QString R = u"1de5a7b0-9c3d-4e2f-8a1b-2c3d4e5f6a7b"_s; // a request id
const QString T = u"4bf92f35-77b3-4da6-a3ce-929d0e0e4736"_s; // a trace or correlation id

QString fixture(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/ids/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

// "json:task.id", "url", "list", "uuid", "column:task_id"
QString sourceCode(const ExtractedId &id)
{
    switch (id.source) {
    case IdSource::JsonField:
        return u"json:"_s + id.detail;
    case IdSource::Url:
        return u"url"_s;
    case IdSource::List:
        return u"list"_s;
    case IdSource::UuidInText:
        return u"uuid"_s;
    case IdSource::TableColumn:
        return u"column:"_s + id.detail;
    }
    return {};
}

// "text labelled", "text json", "text column", "text word", "text invalid", "text cell"
QString ignoredCode(const IgnoredCandidate &candidate)
{
    static const char *const codes[] = {"labelled", "json", "column", "word", "invalid", "cell"};
    return candidate.text + u' ' + QLatin1String(codes[int(candidate.reason)]);
}

QStringList sourcesOf(const IdExtraction &extraction)
{
    QStringList codes;
    for (const ExtractedId &id : extraction.ids)
        codes << sourceCode(id);
    return codes;
}

QStringList ignoredOf(const IdExtraction &extraction)
{
    QStringList codes;
    for (const IgnoredCandidate &candidate : extraction.ignored)
        codes << ignoredCode(candidate);
    return codes;
}

// A syslog-style log of about `bytes`: every 500th line asks for a task URL, every line carries a request id.
QString bigLog(qsizetype bytes, QStringList *taskIds)
{
    QString log;
    log.reserve(bytes + 512);
    for (int line = 0; log.size() < bytes; ++line) {
        const QString request = u"%1-9c3d-4e2f-8a1b-2c3d4e5f6a7b"_s.arg(line, 8, 16, QLatin1Char('0'));
        if (line % 500 == 0) {
            const QString task = u"%1-8b1d-4c3e-9a57-2d0c4b7e9f10"_s.arg(line, 8, 16, QLatin1Char('0'));
            taskIds->append(task);
            log += u"Nov 29 10:00:02 host app[311]: GET https://acme.vezacloud.com/api/v1/assessments/async_tasks/"_s
                + task + u" 200 req="_s + request + u'\n';
        } else {
            log += u"Nov 29 10:00:02 host app[311]: {\"level\":\"debug\",\"msg\":\"poll tick\",\"request_id\":\""_s
                + request + u"\",\"took_ms\":12}\n"_s;
        }
    }
    return log;
}

} // namespace

class TestIdExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void unambiguous_data();
    void unambiguous();
    void binaryGarbage();
    void tenMegabyteLog();
    void adversarialBrackets();
    void commaJoinedUrls();
    void cancelled();
    void limits();
    void uuidShape();
    void texts();
};

void TestIdExtractor::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QStringList>("ignored");

    QTest::newRow("create answer, pretty")
        << fixture(u"create-pretty.json"_s) << QStringList{A} << QStringList{u"json:task.id"_s} << QStringList{};
    QTest::newRow("create answer, minified, upper case")
        << fixture(u"create-minified.json"_s) << QStringList{B} << QStringList{u"json:task.id"_s} << QStringList{};
    QTest::newRow("get answer with result ids") << fixture(u"get-succeeded.json"_s) << QStringList{A}
                                                << QStringList{u"json:value.id"_s} << QStringList{C + u" json"_s};
    QTest::newRow("get answer, failed, request id in details")
        << fixture(u"get-failed.json"_s) << QStringList{A} << QStringList{u"json:task.id"_s}
        << QStringList{R + u" json"_s};
    QTest::newRow("error body: no task") << fixture(u"error-body.json"_s) << QStringList{} << QStringList{}
                                         << QStringList{R + u" json"_s};
    QTest::newRow("array of answers") << fixture(u"array-of-answers.json"_s) << QStringList{A, B, C}
                                      << QStringList{u"json:[0].task.id"_s, u"json:[1].id"_s, u"json:[2].task.id"_s}
                                      << QStringList{R + u" json"_s};
    QTest::newRow("JSON lines") << fixture(u"jobs.jsonl"_s) << QStringList{u"job-20241129-0007"_s, B, C}
                                << QStringList{u"json:job_id"_s, u"json:jobId"_s, u"url"_s}
                                << QStringList{T + u" json"_s, R + u" json"_s};
    QTest::newRow("curl -i") << fixture(u"curl-i.txt"_s) << QStringList{A} << QStringList{u"json:task.id"_s}
                             << QStringList{R + u" labelled"_s};
    QTest::newRow("curl -v") << fixture(u"curl-v.txt"_s) << QStringList{A} << QStringList{u"url"_s}
                             << QStringList{R + u" labelled"_s, u"TLS_AES_256_GCM_SHA384 word"_s};
    QTest::newRow("syslog lines") << fixture(u"syslog.log"_s) << QStringList{A, B} << QStringList{u"url"_s, u"url"_s}
                                  << QStringList{R + u" labelled"_s};
    QTest::newRow("journald lines") << fixture(u"journald.txt"_s) << QStringList{C, B}
                                    << QStringList{u"url"_s, u"uuid"_s}
                                    << QStringList{u"build-07 word"_s, R + u" labelled"_s, T + u" labelled"_s};
    QTest::newRow("chat message") << fixture(u"chat.txt"_s) << QStringList{A, u"job/2024-11-29/7"_s}
                                  << QStringList{u"uuid"_s, u"url"_s} << QStringList{};
    QTest::newRow("spreadsheet column") << fixture(u"spreadsheet-column.txt"_s) << QStringList{A, B, C}
                                        << QStringList{u"list"_s, u"list"_s, u"list"_s} << QStringList{};
    QTest::newRow("CSV with header") << fixture(u"header.csv"_s) << QStringList{A, u"job-7"_s, C}
                                     << QStringList{u"column:task_id"_s, u"column:task_id"_s, u"column:task_id"_s}
                                     << QStringList{T + u" column"_s};
    QTest::newRow("CSV without header") << fixture(u"no-header.csv"_s) << QStringList{A, B}
                                        << QStringList{u"uuid"_s, u"uuid"_s} << QStringList{};
    QTest::newRow("Markdown table") << fixture(u"table.md"_s) << QStringList{A, u"job-42"_s}
                                    << QStringList{u"column:Task ID"_s, u"column:Task ID"_s} << QStringList{};
    QTest::newRow("prose without ids") << fixture(u"prose.txt"_s) << QStringList{} << QStringList{} << QStringList{};

    QTest::newRow("empty") << QString() << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("one sentence") << u"please check these tasks for me"_s << QStringList{} << QStringList{}
                                  << QStringList{};
    QTest::newRow("id-like word in a sentence") << u"deploy job-42 failed again at 10:00:02"_s << QStringList{}
                                                << QStringList{} << QStringList{u"job-42 word"_s};
    QTest::newRow("mixed case duplicates") << (A.toUpper() + u'\n' + A + u"\n"_s + A.left(8).toUpper() + A.mid(8))
                                           << QStringList{A} << QStringList{u"list"_s} << QStringList{};
    QTest::newRow("list of plain ids, one per line")
        << u"job-41\njob-42\r\n\njob-41\n"_s << QStringList{u"job-41"_s, u"job-42"_s}
        << QStringList{u"list"_s, u"list"_s} << QStringList{};
    QTest::newRow("one-line list") << u"job-41, job-42; job-43\tjob-44"_s
                                   << QStringList{u"job-41"_s, u"job-42"_s, u"job-43"_s, u"job-44"_s}
                                   << QStringList{u"list"_s, u"list"_s, u"list"_s, u"list"_s} << QStringList{};
    QTest::newRow("bulleted list") << u"- job-41\n- job-42\n* 'job-43',\n1. job-44"_s
                                   << QStringList{u"job-41"_s, u"job-42"_s, u"job-43"_s, u"job-44"_s}
                                   << QStringList{u"list"_s, u"list"_s, u"list"_s, u"list"_s} << QStringList{};
    QTest::newRow("several words per line is no list")
        << u"job-41 job-42\njob-43"_s << QStringList{} << QStringList{}
        << QStringList{u"job-41 word"_s, u"job-42 word"_s, u"job-43 word"_s};
    QTest::newRow("dates and times are no list")
        << u"2024-11-29\n10:00:02"_s << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("list of task URLs")
        << u"https://h/api/v1/assessments/async_tasks/%1\n\"https://h/api/v1/assessments/async_tasks/job%2F7\""_s.arg(A)
        << QStringList{A, u"job/7"_s} << QStringList{u"url"_s, u"url"_s} << QStringList{};
    QTest::newRow("stray percent signs in a task URL stay")
        << u"https://h/api/v1/assessments/async_tasks/job%2F7%zz%%41"_s << QStringList{u"job/7%zz%A"_s}
        << QStringList{u"url"_s} << QStringList{};
    QTest::newRow("relative path") << u"see /api/v1/assessments/async_tasks/job-9/ for it"_s << QStringList{u"job-9"_s}
                                   << QStringList{u"url"_s} << QStringList{};
    QTest::newRow("uuid inside a longer word is no uuid")
        << (u"deploy x-"_s + A + u" done"_s) << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("labels") << (u"task "_s + A + u" X-Request-ID: "_s + B + u" \"traceId\": \""_s + C + u"\" req_"_s + R
        + u" span_id="_s + T)
                            << QStringList{A} << QStringList{u"uuid"_s}
                            << QStringList{
                                   B + u" labelled"_s, C + u" labelled"_s, R + u" labelled"_s, T + u" labelled"_s};
    QTest::newRow("log prefix before an answer")
        << u"[INFO] 10:00:02 created {\"task\": {\"id\": \"job-8\"}} for {user}"_s << QStringList{u"job-8"_s}
        << QStringList{u"json:task.id"_s} << QStringList{};
    QTest::newRow("numeric job id") << u"{\"job_id\": 4711, \"status\": \"queued\"}"_s << QStringList{u"4711"_s}
                                    << QStringList{u"json:job_id"_s} << QStringList{};
    QTest::newRow("invalid id in a JSON field")
        << u"{\"id\": \"bad\\u0007id\"}"_s << QStringList{} << QStringList{} << QStringList{u"bad\u0007id invalid"_s};
    QTest::newRow("array of id strings") << u"[\"%1\", \"job-7\", \"prod\"]"_s.arg(A.toUpper())
                                         << QStringList{A, u"job-7"_s} << QStringList{u"json:[0]"_s, u"json:[1]"_s}
                                         << QStringList{};
    QTest::newRow("single id column") << u"Task ID\njob-1\njob-2\n"_s << QStringList{u"job-1"_s, u"job-2"_s}
                                      << QStringList{u"column:Task ID"_s, u"column:Task ID"_s} << QStringList{};
    QTest::newRow("TSV with header") << (u"name\tid\nexport\t"_s + A + u"\nsync\t"_s + B) << QStringList{A, B}
                                     << QStringList{u"column:id"_s, u"column:id"_s} << QStringList{};
    QTest::newRow("id column ends at a blank line")
        << u"Task ID\njob-1\njob-2\n\nThanks, Dana"_s << QStringList{u"job-1"_s, u"job-2"_s}
        << QStringList{u"column:Task ID"_s, u"column:Task ID"_s} << QStringList{};
    QTest::newRow("Markdown table then prose")
        << (fixture(u"table.md"_s) + u"Let me know about job-43, please.\n"_s) << QStringList{A, u"job-42"_s}
        << QStringList{u"column:Task ID"_s, u"column:Task ID"_s} << QStringList{u"job-43 word"_s};
    QTest::newRow("placeholder cells in the id column")
        << u"task_id,owner\njob-1,dana\nn/a,lee\n—,kim\nTBD,max\n"_s << QStringList{u"job-1"_s}
        << QStringList{u"column:task_id"_s} << QStringList{u"n/a cell"_s, u"— cell"_s, u"TBD cell"_s};
    QTest::newRow("row of another width ends the table")
        << u"task_id,state\njob-1,done\nnote: job-2 was retried\n"_s << QStringList{u"job-1"_s}
        << QStringList{u"column:task_id"_s} << QStringList{u"job-2 word"_s};
    QTest::newRow("spaced request and trace labels")
        << (u"Task ID: "_s + A + u"\nRequest ID: "_s + R + u"\nTrace ID: "_s + T + u"\nCorrelation ID: "_s + C
               + u"\nrequest id "_s + B)
        << QStringList{A} << QStringList{u"uuid"_s}
        << QStringList{R + u" labelled"_s, T + u" labelled"_s, C + u" labelled"_s, B + u" labelled"_s};
    QTest::newRow("labelled once, left out everywhere")
        << (u"created "_s + A + u"\nGET /x 200 req="_s + A + u"\n"_s + B) << QStringList{B} << QStringList{u"uuid"_s}
        << QStringList{A + u" labelled"_s};
    QTest::newRow("truncated get answer") << fixture(u"get-truncated.json"_s) << QStringList{A}
                                          << QStringList{u"json:value.id"_s} << QStringList{C + u" json"_s};
    QTest::newRow("get answer cut inside its result")
        << fixture(u"get-succeeded.json"_s).section(u"\n"_s, 0, 7) << QStringList{A} << QStringList{u"uuid"_s}
        << QStringList{C + u" json"_s};
    QTest::newRow("JSON string arrays inside a log line")
        << (u"level=info tags=[\"v2\",\"eu-west-1\"] task="_s + A + u" request_ids=[\""_s + R + u"\"]"_s)
        << QStringList{A} << QStringList{u"uuid"_s} << QStringList{R + u" labelled"_s};
    QTest::newRow("curl -v of a POST") << fixture(u"curl-v-post.txt"_s) << QStringList{B} << QStringList{u"url"_s}
                                       << QStringList{R + u" labelled"_s};
    QTest::newRow("comma-joined task URLs")
        << (u"failed: https://h/api/v1/assessments/async_tasks/job-1,https://h/x/async_tasks/job-2;"
            "https://h/x/async_tasks/"_s
               + A + u"|https://h/x/async_tasks/job-4"_s)
        << QStringList{u"job-1"_s, u"job-2"_s, A, u"job-4"_s} << QStringList{u"url"_s, u"url"_s, u"url"_s, u"url"_s}
        << QStringList{};
    QTest::newRow("CSV row without a header")
        << (u"https://h/api/v1/assessments/async_tasks/"_s + A + u',' + B + u",done"_s) << QStringList{A, B}
        << QStringList{u"url"_s, u"uuid"_s} << QStringList{};
    QTest::newRow("several task URLs in one JSON string")
        << u"{\"note\": \"see https://h/x/async_tasks/job-1 and https://h/x/async_tasks/job-2\"}"_s
        << QStringList{u"job-1"_s, u"job-2"_s} << QStringList{u"url"_s, u"url"_s} << QStringList{};
    QTest::newRow("unbalanced brackets then an answer")
        << (u"{{{[[ oops ]\n\"unterminated {\"task\": {\"id\": \"job-5\"}}"_s) << QStringList{u"job-5"_s}
        << QStringList{u"json:task.id"_s} << QStringList{};
}

void TestIdExtractor::extract()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, sources);
    QFETCH(QStringList, ignored);
    const IdExtraction extraction = IdExtractor::extract(text);
    QCOMPARE(extraction.idList(), ids);
    QCOMPARE(sourcesOf(extraction), sources);
    QCOMPARE(ignoredOf(extraction), ignored);
    QVERIFY(!extraction.tooLarge);
    QVERIFY(!extraction.idsTruncated);
    for (const QString &id : ids)
        QVERIFY2(IdParser::validate(id).isEmpty(), qPrintable(id));
}

void TestIdExtractor::unambiguous_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unambiguous");
    QTest::newRow("uuid list") << fixture(u"spreadsheet-column.txt"_s) << true;
    QTest::newRow("one uuid") << A << true;
    QTest::newRow("uuids on one line") << (A + u", "_s + B) << true;
    QTest::newRow("task URLs") << u"https://h/api/v1/assessments/async_tasks/job-1 https://h/x/async_tasks/job-2"_s
                               << true;
    QTest::newRow("plain ids") << u"job-1\njob-2"_s << false;
    QTest::newRow("log line") << fixture(u"syslog.log"_s) << false;
    QTest::newRow("JSON answer") << fixture(u"create-pretty.json"_s) << false;
    QTest::newRow("prose") << fixture(u"prose.txt"_s) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestIdExtractor::unambiguous()
{
    QFETCH(QString, text);
    QTEST(IdExtractor::extract(text).unambiguous, "unambiguous");
}

void TestIdExtractor::binaryGarbage()
{
    // Fixed seeds: the same bytes every run, including NULs, stray brackets and broken UTF-8.
    for (const quint32 seed : {1u, 7u, 42u, 2024u}) {
        QRandomGenerator random(seed);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        const IdExtraction extraction = IdExtractor::extract(QString::fromUtf8(bytes));
        QVERIFY2(extraction.ids.isEmpty(), qPrintable(extraction.idList().join(u' ')));
    }
}

void TestIdExtractor::tenMegabyteLog()
{
    QStringList expected;
    const QString log = bigLog(10 * 1024 * 1024, &expected);
    QVERIFY(expected.size() > 100);
    const IdExtraction extraction = IdExtractor::extract(log);
    QCOMPARE(extraction.idList(), expected);
    QVERIFY(std::all_of(extraction.ids.cbegin(), extraction.ids.cend(),
        [](const ExtractedId &id) { return id.source == IdSource::Url; }));
    // Request ids are left out; past the listing cap they are counted, not listed.
    QCOMPARE(extraction.ignored.size(), IdExtractor::MaxIgnored);
    QVERIFY(extraction.ignoredOmitted > 0);
}

void TestIdExtractor::adversarialBrackets()
{
    // Openers that never close, and answers that never end, around one real answer: found once, nothing invented.
    QString text;
    while (text.size() < 2 * 1024 * 1024)
        text += u"{\"a\":"_s;
    while (text.size() < 4 * 1024 * 1024)
        text += u"[1,"_s;
    text += u"\n\n{\"task\": {\"id\": \"job-1\"}}"_s;
    for (int i = 0; i < 100'000; ++i)
        text += u"[{\"task\": {\"id\": \"job-x\""_s;
    const IdExtraction extraction = IdExtractor::extract(text);
    QCOMPARE(extraction.idList(), QStringList{u"job-1"_s});
}

void TestIdExtractor::commaJoinedUrls()
{
    // A few MB of task URLs on one line, joined by commas, then by bars: each is read, and the work stays linear.
    for (const QString &separator : {u","_s, u"|"_s}) {
        QStringList expected;
        QString line = u"failed:"_s;
        for (int i = 0; line.size() < 3 * 1024 * 1024; ++i) {
            expected << u"%1-8b1d-4c3e-9a57-2d0c4b7e9f10"_s.arg(i, 8, 16, QLatin1Char('0'));
            line += (i == 0 ? u" "_s : separator) + u"https://acme.vezacloud.com/api/v1/assessments/async_tasks/"_s
                + expected.constLast();
        }
        const IdExtraction extraction = IdExtractor::extract(line);
        QCOMPARE(extraction.ids.size(), expected.size());
        QCOMPARE(extraction.idList(), expected);
    }
}

void TestIdExtractor::cancelled()
{
    QStringList expected;
    const QString log = bigLog(4 * 1024 * 1024, &expected);
    std::atomic_bool cancel{true};
    QVERIFY(IdExtractor::extract(log, &cancel).cancelled);
    cancel = false;
    const IdExtraction whole = IdExtractor::extract(log, &cancel);
    QVERIFY(!whole.cancelled);
    QCOMPARE(whole.idList(), expected);
}

void TestIdExtractor::limits()
{
    QString many;
    for (qsizetype i = 0; i <= IdExtractor::MaxIds; ++i)
        many += u"job-"_s + QString::number(i) + u'\n';
    const IdExtraction capped = IdExtractor::extract(many);
    QCOMPARE(capped.ids.size(), IdExtractor::MaxIds);
    QVERIFY(capped.idsTruncated);
    QCOMPARE(capped.ids.constLast().id, u"job-%1"_s.arg(IdExtractor::MaxIds - 1));
    QVERIFY(IdExtractor::limitsText(capped).contains(QLocale().toString(IdExtractor::MaxIds)));

    // A list of UUIDs past the cap is no list to add at once: the cut must be shown.
    QString uuids;
    for (qsizetype i = 0; i <= IdExtractor::MaxIds; ++i)
        uuids += u"%1-8b1d-4c3e-9a57-2d0c4b7e9f10\n"_s.arg(i, 8, 16, QLatin1Char('0'));
    const IdExtraction cappedUuids = IdExtractor::extract(uuids);
    QVERIFY(cappedUuids.idsTruncated);
    QVERIFY(!cappedUuids.unambiguous);
    const qsizetype half = uuids.indexOf(u'\n', uuids.size() / 2) + 1;
    IdExtraction first = IdExtractor::extract(uuids.left(half));
    QVERIFY(first.unambiguous);
    first.merge(IdExtractor::extract(uuids.sliced(half)));
    QVERIFY(first.idsTruncated);
    QVERIFY(!first.unambiguous);

    const QString huge(IdExtractor::MaxInputChars + 1, u'a');
    const IdExtraction refused = IdExtractor::extract(huge);
    QVERIFY(refused.tooLarge);
    QVERIFY(refused.ids.isEmpty());
    QCOMPARE(IdExtractor::limitsText(refused), IdExtractor::tooLargeText());
}

void TestIdExtractor::uuidShape()
{
    QVERIFY(IdExtractor::isUuid(A));
    QVERIFY(IdExtractor::isUuid(A.toUpper()));
    QVERIFY(!IdExtractor::isUuid(A.left(35)));
    QVERIFY(!IdExtractor::isUuid(QString(A).replace(8, 1, u'x')));
    QVERIFY(!IdExtractor::isUuid(QString(A).replace(0, 1, u'g')));
}

void TestIdExtractor::texts()
{
    const IdExtraction extraction = IdExtractor::extract(fixture(u"jobs.jsonl"_s));
    QCOMPARE(IdExtractor::sourceText(extraction.ids.at(0)), u"JSON field job_id"_s);
    QCOMPARE(IdExtractor::sourceText(extraction.ids.at(2)), u"task URL"_s);
    QCOMPARE(IdExtractor::reasonText(extraction.ignored.at(0)), u"request or trace id (JSON field correlation_id)"_s);
    const IdExtraction result = IdExtractor::extract(fixture(u"get-succeeded.json"_s));
    QCOMPARE(IdExtractor::reasonText(result.ignored.at(0)), u"inside a task's result (value.result.rows[0].id)"_s);

    IdExtraction merged = IdExtractor::extract(fixture(u"syslog.log"_s));
    merged.merge(IdExtractor::extract(fixture(u"spreadsheet-column.txt"_s)));
    QCOMPARE(merged.idList(), (QStringList{A, B, C}));
    QVERIFY(!merged.unambiguous);
}

QTEST_GUILESS_MAIN(TestIdExtractor)
#include "tst_idextractor.moc"
