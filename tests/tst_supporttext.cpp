// SPDX-License-Identifier: MIT
// What a support engineer pastes into a ticket: the error summary and the curl command, never with the API key.
#include "connection.h"
#include "supporttext.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"vz-SECRET-key-0123456789"_s;

Connection connectionTo(const QString &address)
{
    Connection connection;
    connection.baseUrl = normaliseBaseUrl(address).url;
    connection.apiKey = kKey;
    return connection;
}

TrackedTask failedTask()
{
    TrackedTask task;
    task.id = u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s;
    task.label = u"Quarterly review"_s;
    task.addedAtMs = 1'764'400'000'000; // 2025-11-29T07:06:40Z
    task.completedAtMs = 1'764'400'060'000;
    task.lastCheckedMs = 1'764'400'120'000;
    task.requestCount = 7;
    task.lastHttpStatus = 502;
    task.lastLatencyMs = 85;
    task.lastError.kind = VezaError::Kind::Server;
    task.lastError.httpStatus = 502;
    task.lastError.code = u"Unavailable"_s;
    task.lastError.message = u"Bad Gateway"_s;
    task.lastError.details = QStringList{u"Try again later."_s};
    task.lastError.requestId = u"req-last"_s;
    task.task = TaskReader::fromObject(QJsonObject{
        {u"id"_s, task.id},
        {u"state"_s, 3},
        {u"status"_s, u"FAILED"_s},
        {u"error_reason"_s, u"query failed"_s},
        {u"error_status"_s, QJsonObject{{u"code"_s, 13}, {u"message"_s, u"internal"_s}}},
    });
    task.requests = {
        {1'764'400'001'000, u"req-a"_s, 500, 30, 64, VezaError::Kind::Server},
        {1'764'400'002'000, {}, 200, 20, 80, VezaError::Kind::None},
        {1'764'400'003'000, u"req-a"_s, 500, 30, 64, VezaError::Kind::Server}, // the same id twice: listed once
    };
    return task;
}

} // namespace

class TestSupportText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curlCommand();
    void curlEncodesTheIdAsOneSegment_data();
    void curlEncodesTheIdAsOneSegment();
    void curlQuotesTheUrl();
    void shellQuote_data();
    void shellQuote();
    void errorReport();
    void errorReportOfATaskWithoutAnswer();
};

void TestSupportText::curlCommand()
{
    const Connection connection = connectionTo(u"https://acme.vezacloud.com/"_s);
    const QString command = SupportText::curlCommand(connection.baseUrl, u"3f6c1e2a-8b1d"_s);
    QCOMPARE(command,
        u"curl -sS -H \"Authorization: Bearer $VEZA_TOKEN\" -H 'Accept: application/json' "
        "'https://acme.vezacloud.com/api/v1/assessments/async_tasks/3f6c1e2a-8b1d'"_s);
    QVERIFY(!command.contains(kKey));

    // User info in an address never reaches the command (normaliseBaseUrl refuses it; a QUrl may still carry it).
    QUrl withUser(u"https://user:pass@acme.vezacloud.com"_s);
    const QString stripped = SupportText::curlCommand(withUser, u"x"_s);
    QVERIFY(!stripped.contains(u"pass"_s));
    QVERIFY(stripped.contains(u"'https://acme.vezacloud.com/api/v1/assessments/async_tasks/x'"_s));
}

void TestSupportText::curlEncodesTheIdAsOneSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("segment");
    QTest::newRow("slash") << u"a/b"_s << u"a%2Fb"_s;
    QTest::newRow("space") << u"a b"_s << u"a%20b"_s;
    QTest::newRow("unicode") << u"tâche-é"_s << u"t%C3%A2che-%C3%A9"_s;
    QTest::newRow("query and fragment") << u"a?b#c"_s << u"a%3Fb%23c"_s;
    QTest::newRow("quote") << u"it's"_s << u"it%27s"_s;
    QTest::newRow("dollar") << u"$HOME"_s << u"%24HOME"_s;
}

void TestSupportText::curlEncodesTheIdAsOneSegment()
{
    QFETCH(QString, id);
    QFETCH(QString, segment);
    const QString command = SupportText::curlCommand(connectionTo(u"https://acme.vezacloud.com"_s).baseUrl, id);
    QVERIFY2(command.endsWith(u"'https://acme.vezacloud.com/api/v1/assessments/async_tasks/"_s % segment % u"'"_s),
        qPrintable(command));
}

void TestSupportText::curlQuotesTheUrl()
{
    // A quote in the tenant's path prefix closes and reopens the single-quoted word.
    QUrl base;
    base.setScheme(u"https"_s);
    base.setHost(u"acme.vezacloud.com"_s);
    base.setPath(u"/it's"_s);
    const QString command = SupportText::curlCommand(base, u"x"_s);
    QVERIFY2(command.endsWith(u" 'https://acme.vezacloud.com/it'\\''s/api/v1/assessments/async_tasks/x'"_s),
        qPrintable(command));
}

void TestSupportText::shellQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"abc"_s << u"'abc'"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("quote") << u"a'b"_s << u"'a'\\''b'"_s;
    QTest::newRow("shell characters stay literal") << u"$x `y` \"z\" !"_s << u"'$x `y` \"z\" !'"_s;
}

void TestSupportText::shellQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(SupportText::shellQuote(text), quoted);
}

void TestSupportText::errorReport()
{
    const TrackedTask task = failedTask();
    const Connection connection = connectionTo(u"acme.vezacloud.com"_s);
    const QString report
        = SupportText::errorReport(task, task.requests, u"Production"_s, connection.baseUrl, 1'764'400'180'000);
    QVERIFY(!report.contains(kKey));
    // The whole text: what a ticket gets, line by line.
    const QString expected = u"Veza async task 3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10\n"
                             "Label: Quarterly review\n"
                             "Connection: Production (https://acme.vezacloud.com)\n"
                             "Endpoint: GET https://acme.vezacloud.com/api/v1/assessments/async_tasks/"
                             "3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10\n"
                             "State: COMPLETE (sent as 3)\n"
                             "Status: FAILED\n"
                             "error_reason: query failed\n"
                             "error_status: {\"code\":13,\"message\":\"internal\"}\n"
                             "error_status code: 13 (INTERNAL)\n"
                             "Last HTTP status: 502 (85 ms)\n"
                             "Last request failed: server — %1\n"
                             "Veza code: Unavailable\n"
                             "Veza message: Bad Gateway\n"
                             "Veza detail: Try again later.\n"
                             "Veza request_id: req-last\n"
                             "Requests: 7 in all; 2 of the last 3 failed\n"
                             "Request ids:\n"
                             "  req-a (2025-11-29T07:06:41Z, HTTP 500)\n"
                             "  req-last\n"
                             "Added: 2025-11-29T07:06:40Z\n"
                             "Completed: 2025-11-29T07:07:40Z\n"
                             "Last checked: 2025-11-29T07:08:40Z\n"
                             "Report time: 2025-11-29T07:09:40Z\n"_s.arg(describeError(task.lastError));
    QCOMPARE(report, expected);

    // A number error_status, and a state of a newer server.
    TrackedTask odd = task;
    odd.task = TaskReader::fromObject(QJsonObject{{u"state"_s, u"PAUSED"_s}, {u"error_status"_s, 4}});
    const QString oddReport = SupportText::errorReport(odd, {}, {}, connection.baseUrl, 0);
    QVERIFY2(oddReport.contains(u"\nState: unknown “PAUSED”\n"_s), qPrintable(oddReport));
    QVERIFY(oddReport.contains(u"\nerror_status: 4 (DEADLINE_EXCEEDED)\n"_s));
    QVERIFY(oddReport.contains(u"\nConnection: https://acme.vezacloud.com\n"_s));
}

void TestSupportText::errorReportOfATaskWithoutAnswer()
{
    TrackedTask task;
    task.id = u"a/b"_s;
    task.requestCount = 1;
    task.lastError.kind = VezaError::Kind::Timeout;
    const QString report = SupportText::errorReport(task, {}, u"Gone"_s, QUrl(), 0);
    QVERIFY(report.contains(u"\nConnection: none (the task's connection was removed)\n"_s));
    QVERIFY(report.contains(u"\nState: no answer yet\n"_s));
    QVERIFY(report.contains(u"\nLast HTTP status: none (no HTTP answer)\n"_s));
    QVERIFY(report.contains(u"\nLast request failed: timeout — "_s));
}

QTEST_GUILESS_MAIN(TestSupportText)
#include "tst_supporttext.moc"
