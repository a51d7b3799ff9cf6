// SPDX-License-Identifier: MIT
#include "idparser.h"
#include "translations.h"

#include <QTest>

class TestIdParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void rejects();
};

void TestIdParser::initTestCase()
{
    // The English catalogue holds the plural forms the app shows ("1 entry", "2 entries").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(!installTranslations(QCoreApplication::instance()).isEmpty());
}

void TestIdParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    const QString a = QStringLiteral("3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10");
    const QString b = QStringLiteral("9a0b1c2d-0000-4c3e-9a57-2d0c4b7e9f11");
    QTest::newRow("one") << a << QStringList{a};
    QTest::newRow("newlines") << a + u'\n' + b + u'\n' << QStringList{a, b};
    QTest::newRow("crlf") << a + QStringLiteral("\r\n") + b << QStringList{a, b};
    QTest::newRow("commas") << a + u',' + b << QStringList{a, b};
    QTest::newRow("comma space") << a + QStringLiteral(", ") + b << QStringList{a, b};
    QTest::newRow("tabs") << a + u'\t' + b << QStringList{a, b};
    QTest::newRow("semicolons") << a + u';' + b << QStringList{a, b};
    QTest::newRow("duplicates keep order") << b + u' ' + a + u' ' + b << QStringList{b, a};
    QTest::newRow("quoted") << u'"' + a + QStringLiteral("\", '") + b + u'\'' << QStringList{a, b};
    QTest::newRow("not a uuid is kept") << QStringLiteral("job-42") << QStringList{QStringLiteral("job-42")};
    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("only separators") << QStringLiteral(" ,\n;\t") << QStringList{};
    QTest::newRow("create answer") << QStringLiteral(R"({"task": {"id": "%1", "state": "PENDING"}})").arg(a)
                                   << QStringList{a};
    QTest::newRow("value answer") << QStringLiteral(R"({"value": {"id": "%1"}})").arg(a) << QStringList{a};
    QTest::newRow("job_id") << QStringLiteral(R"({"job_id": "%1", "status": "queued"})").arg(a) << QStringList{a};
    QTest::newRow("answer with result rows")
        << QStringLiteral(R"({"task": {"id": "%1", "result": {"rows": [{"id": "row-1"}]}}})").arg(a) << QStringList{a};
    QTest::newRow("array of answers") << QStringLiteral(R"([{"task": {"id": "%1"}}, {"id": "%2"}])").arg(a, b)
                                      << QStringList{a, b};
    QTest::newRow("curl -i output") << QStringLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"
                                                      R"({"task": {"id": "%1", "state": "PENDING"}})")
                                           .arg(a)
                                    << QStringList{a};
    QTest::newRow("task URL")
        << QStringLiteral("https://org.vezacloud.com/api/v1/assessments/async_tasks/%1?x=1").arg(a) << QStringList{a};
    QTest::newRow("task URL with encoded id")
        << QStringLiteral("https://h/api/v1/assessments/async_tasks/job%2F7") << QStringList{QStringLiteral("job/7")};
    QTest::newRow("log lines") << QStringLiteral("INFO started task %1 for report\nINFO task=%2 queued").arg(a, b)
                               << QStringList{a, b};
    QTest::newRow("uuids in a table") << QStringLiteral("| %1 | done |\n| %2 | running |").arg(a, b)
                                      << QStringList{a, b};
    QTest::newRow("uuids around an answer") << (a + u'\n' + QStringLiteral(R"({"task": {"id": "job-7"}})") + u'\n' + b)
                                            << QStringList{a, QStringLiteral("job-7"), b};
    QTest::newRow("log prefix in brackets")
        << QStringLiteral(R"([INFO] created {"task": {"id": "job-8"}})") << QStringList{QStringLiteral("job-8")};
    QTest::newRow("quoted task URL") << QStringLiteral(
        "\"https://h/api/v1/assessments/async_tasks/abc\", <https://h/api/v1/assessments/async_tasks/def>")
                                     << QStringList{QStringLiteral("abc"), QStringLiteral("def")};
    QTest::newRow("URL id kept beside uuids") << (a + QStringLiteral(" https://h/api/v1/assessments/async_tasks/job-9"))
                                              << QStringList{a, QStringLiteral("job-9")};
    QTest::newRow("uuid inside a longer word is no uuid")
        << (QStringLiteral("x-") + a) << QStringList{QStringLiteral("x-") + a};
    QTest::newRow("array of strings") << QStringLiteral(R"(["%1", "%2"])").arg(a, b) << QStringList{a, b};
}

void TestIdParser::parse()
{
    QFETCH(QString, text);
    const IdParseResult result = IdParser::parse(text);
    QTEST(result.ids, "ids");
    QVERIFY(result.rejected.isEmpty());
    QVERIFY(result.rejectionMessage().isEmpty());
}

void TestIdParser::rejects()
{
    // In text with UUIDs, other id-like words are reported, not silently dropped.
    const QString uuid = QStringLiteral("3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10");
    const IdParseResult mixed = IdParser::parse(QStringLiteral("job-42 ") + uuid + QStringLiteral(" and more"));
    QCOMPARE(mixed.ids, QStringList{uuid});
    QCOMPARE(mixed.rejected, QStringList{QStringLiteral("job-42")});
    QCOMPARE(mixed.rejectionMessage(), QStringLiteral("1 entry skipped: not a task id (job-42)."));

    const QString tooLong(IdParser::MaxIdLength + 1, u'x');
    const QString control = QStringLiteral("abc") + QChar(0x07) + QStringLiteral("def");
    // Fields of an answer are taken as they are, so unusable ones are reported.
    const IdParseResult result
        = IdParser::parse(QStringLiteral(R"([{"id": "good-1"}, {"id": "%1"}, {"id": "abc\u0007def"}])").arg(tooLong));
    QCOMPARE(result.ids, QStringList{QStringLiteral("good-1")});
    QCOMPARE(result.rejected.size(), 2);
    QCOMPARE(result.rejected.at(1), control);
    QVERIFY(result.rejectionMessage().contains(QLatin1String("2 entries skipped")));
    QVERIFY(!IdParser::validate(tooLong).isEmpty());
    QVERIFY(!IdParser::validate(control).isEmpty());
    QVERIFY(!IdParser::validate(QString()).isEmpty());
    QVERIFY(IdParser::validate(QStringLiteral("../x")).isEmpty());
    QVERIFY(IdParser::validate(QStringLiteral("...")).isEmpty());
    QVERIFY(!IdParser::validate(QStringLiteral("..")).isEmpty());
    QVERIFY(!IdParser::validate(QStringLiteral(".")).isEmpty());
}

QTEST_GUILESS_MAIN(TestIdParser)
#include "tst_idparser.moc"
