// SPDX-License-Identifier: MIT
#include "asynctask.h"
#include "jsonindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

class TestAsyncTaskReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void keepsUnknownFieldsAndJsonValues();
    void rawByteOrderMarksInStringsAreKept();
    void resultIsKeptAsReceived();
    void resultIsCutOutOfTheBodyNotCopied();
    void rejectsWhatIsNotATask_data();
    void rejectsWhatIsNotATask();
    void wireNamesRoundTrip();
    void labels();
    void grpcCodeNames();
    void errorFieldTexts();
};

void TestAsyncTaskReader::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stateRaw");
    QTest::addColumn<QString>("statusRaw");

    const auto S = [](TaskState s) { return int(s); };
    const auto T = [](TaskStatus s) { return int(s); };

    // Envelopes.
    QTest::newRow("task envelope") << QByteArray(R"({"task":{"id":"a","state":"PENDING"}})") << "a"
                                   << S(TaskState::Pending) << T(TaskStatus::Unknown) << "PENDING"
                                   << "";
    QTest::newRow("value envelope") << QByteArray(R"({"value":{"id":"b","state":"COMPLETE","status":"CANCELED"}})")
                                    << "b" << S(TaskState::Complete) << T(TaskStatus::Canceled) << "COMPLETE"
                                    << "CANCELED";
    QTest::newRow("bare") << QByteArray(R"({"id":"c","state":"IN_PROGRESS","status":"UNKNOWN_STATUS"})") << "c"
                          << S(TaskState::InProgress) << T(TaskStatus::Unknown) << "IN_PROGRESS"
                          << "UNKNOWN_STATUS";
    QTest::newRow("task wins over value") << QByteArray(R"({"task":{"id":"t","state":1},"value":{"id":"v","state":3}})")
                                          << "t" << S(TaskState::Pending) << T(TaskStatus::Unknown) << "1"
                                          << "";
    QTest::newRow("task not an object falls back to value")
        << QByteArray(R"({"task":"x","value":{"id":"v","state":2}})") << "v" << S(TaskState::InProgress)
        << T(TaskStatus::Unknown) << "2"
        << "";
    QTest::newRow("task not an object, no value: bare body")
        << QByteArray(R"({"task":7,"id":"bare","state":"PENDING"})") << "bare" << S(TaskState::Pending)
        << T(TaskStatus::Unknown) << "PENDING"
        << "";

    // Enum encodings.
    QTest::newRow("numbers") << QByteArray(R"({"task":{"id":"n","state":3,"status":2}})") << "n"
                             << S(TaskState::Complete) << T(TaskStatus::Failed) << "3"
                             << "2";
    QTest::newRow("numeric strings") << QByteArray(R"({"task":{"id":"n","state":"3","status":"1"}})") << "n"
                                     << S(TaskState::Complete) << T(TaskStatus::Succeeded) << "3"
                                     << "1";
    QTest::newRow("lowercase names") << QByteArray(R"({"task":{"id":"l","state":"complete","status":"succeeded"}})")
                                     << "l" << S(TaskState::Complete) << T(TaskStatus::Succeeded) << "complete"
                                     << "succeeded";
    QTest::newRow("zero numbers") << QByteArray(R"({"task":{"id":"z","state":0,"status":0}})") << "z"
                                  << S(TaskState::Unknown) << T(TaskStatus::Unknown) << "0"
                                  << "0";
    QTest::newRow("UNKNOWN_STATE name") << QByteArray(R"({"task":{"state":"UNKNOWN_STATE"}})") << ""
                                        << S(TaskState::Unknown) << T(TaskStatus::Unknown) << "UNKNOWN_STATE"
                                        << "";

    // Missing fields.
    QTest::newRow("empty object") << QByteArray("{}") << "" << S(TaskState::Unknown) << T(TaskStatus::Unknown) << ""
                                  << "";
    QTest::newRow("empty task") << QByteArray(R"({"task":{}})") << "" << S(TaskState::Unknown) << T(TaskStatus::Unknown)
                                << ""
                                << "";
    QTest::newRow("null state") << QByteArray(R"({"task":{"id":"x","state":null,"status":null}})") << "x"
                                << S(TaskState::Unknown) << T(TaskStatus::Unknown) << ""
                                << "";

    // Unknown values from a newer server: kept raw, not finished, not success.
    QTest::newRow("unknown state name") << QByteArray(R"({"task":{"id":"u","state":"PAUSED"}})") << "u"
                                        << S(TaskState::Unrecognised) << T(TaskStatus::Unknown) << "PAUSED"
                                        << "";
    QTest::newRow("unknown state number") << QByteArray(R"({"task":{"id":"u","state":7}})") << "u"
                                          << S(TaskState::Unrecognised) << T(TaskStatus::Unknown) << "7"
                                          << "";
    QTest::newRow("negative state") << QByteArray(R"({"task":{"id":"u","state":-1}})") << "u"
                                    << S(TaskState::Unrecognised) << T(TaskStatus::Unknown) << "-1"
                                    << "";
    QTest::newRow("fractional state") << QByteArray(R"({"task":{"id":"u","state":1.5}})") << "u"
                                      << S(TaskState::Unrecognised) << T(TaskStatus::Unknown) << "1.5"
                                      << "";
    QTest::newRow("unknown status") << QByteArray(R"({"task":{"id":"u","state":"COMPLETE","status":"PARTIAL"}})") << "u"
                                    << S(TaskState::Complete) << T(TaskStatus::Unrecognised) << "COMPLETE"
                                    << "PARTIAL";
    QTest::newRow("unknown status number") << QByteArray(R"({"task":{"id":"u","state":3,"status":9}})") << "u"
                                           << S(TaskState::Complete) << T(TaskStatus::Unrecognised) << "3"
                                           << "9";

    // Wrong types: never a crash, kept as text.
    QTest::newRow("state is bool") << QByteArray(R"({"task":{"id":"w","state":true}})") << "w"
                                   << S(TaskState::Unrecognised) << T(TaskStatus::Unknown) << "true"
                                   << "";
    QTest::newRow("state is object") << QByteArray(R"({"task":{"id":"w","state":{"name":"PENDING"}}})") << "w"
                                     << S(TaskState::Unrecognised) << T(TaskStatus::Unknown) << R"({"name":"PENDING"})"
                                     << "";
    QTest::newRow("status is array") << QByteArray(R"({"task":{"id":"w","state":"COMPLETE","status":[1]}})") << "w"
                                     << S(TaskState::Complete) << T(TaskStatus::Unrecognised) << "COMPLETE"
                                     << "[1]";
    QTest::newRow("id is number") << QByteArray(R"({"task":{"id":42,"state":"PENDING"}})") << "42"
                                  << S(TaskState::Pending) << T(TaskStatus::Unknown) << "PENDING"
                                  << "";
}

void TestAsyncTaskReader::parse()
{
    QFETCH(QByteArray, body);
    const TaskReader::Result result = TaskReader::parse(body);
    QVERIFY2(result.task.has_value(), qPrintable(result.error));
    QTEST(result.task->id, "id");
    QTEST(int(result.task->state), "state");
    QTEST(int(result.task->status), "status");
    QTEST(result.task->stateRaw, "stateRaw");
    QTEST(result.task->statusRaw, "statusRaw");
    // Only a COMPLETE task with SUCCEEDED status counts as success.
    QCOMPARE(result.task->succeeded(),
        result.task->state == TaskState::Complete && result.task->status == TaskStatus::Succeeded);
}

void TestAsyncTaskReader::keepsUnknownFieldsAndJsonValues()
{
    const QByteArray body = R"({"task":{"id":"k","state":3,"status":2,"created_at":"2026-01-01T00:00:00Z",
        "result":[1,"two",{"three":3}],"error_reason":{"text":"query timed out"},
        "error_status":{"code":4,"message":"deadline exceeded","details":[{"a":1}]}}})";
    const auto result = TaskReader::parse(body);
    QVERIFY(result.task);
    const AsyncTask &task = *result.task;
    QCOMPARE(task.raw.value(QLatin1String("created_at")).toString(), QStringLiteral("2026-01-01T00:00:00Z"));
    QCOMPARE(task.result.text(), QByteArray(R"([1,"two",{"three":3}])"));
    QVERIFY(task.result.toValue().isArray());
    QCOMPARE(task.result.toValue().toArray().size(), 3);
    QVERIFY(!task.raw.contains(QLatin1String("result")));
    QVERIFY(task.errorReason.isObject());
    QCOMPARE(jsonValueToText(task.errorReason), QStringLiteral(R"({"text":"query timed out"})"));
    QCOMPARE(task.errorStatus.toObject().value(QLatin1String("code")).toInt(), 4);
    QVERIFY(task.hasError());
    QVERIFY(!task.succeeded());

    const auto plain = TaskReader::parse(R"({"task":{"id":"p","state":3,"status":1,"result":"42","error_status":7}})");
    QVERIFY(plain.task);
    QCOMPARE(plain.task->result.toValue().toString(), QStringLiteral("42"));
    QCOMPARE(jsonValueToText(plain.task->errorStatus), QStringLiteral("7"));
    QVERIFY(plain.task->result.isPresent());

    const auto absent = TaskReader::parse(R"({"task":{"id":"p","state":1}})");
    QVERIFY(absent.task);
    QVERIFY(absent.task->result.isUndefined());
    QVERIFY(!absent.task->hasError());
}

void TestAsyncTaskReader::rawByteOrderMarksInStringsAreKept()
{
    // Found by fuzz_taskreader: "\uFEFFstate" written raw read as no state, then came back as "state" from its own
    // JSON (and from the store), turning a task with no state into a pending one.
    const QString bom(QChar(0xFEFF));
    const QByteArray body = "{\"task\":{\"id\":\"\xEF\xBB\xBFt-1\",\"\xEF\xBB\xBFstate\":\"COMPLETE\","
                            "\"status\":\"FAILED\",\"error_reason\":\"a\xEF\xBB\xBF\"}}";
    const auto read = TaskReader::parse(body);
    QVERIFY(read.task);
    QCOMPARE(read.task->id, bom + u"t-1");
    QCOMPARE(read.task->state, TaskState::Unknown);
    QCOMPARE(read.task->status, TaskStatus::Failed);
    QCOMPARE(read.task->raw.value(bom + u"state").toString(), QStringLiteral("COMPLETE"));
    QCOMPARE(read.task->errorReason.toString(), QStringLiteral("a") + bom);

    // Through its own JSON, as the store and the fuzzer write it, it reads the same.
    const QByteArray written = QJsonDocument(read.task->raw).toJson(QJsonDocument::Compact);
    const AsyncTask again = TaskReader::fromObject(parseJsonDocument(written).object());
    QCOMPARE(again.id, read.task->id);
    QCOMPARE(again.state, TaskState::Unknown);
    QCOMPARE(again.raw, read.task->raw);
    const auto wrapped = TaskReader::parse("{\"task\":" + written + '}');
    QVERIFY(wrapped.task);
    QCOMPARE(wrapped.task->raw, read.task->raw);

    // A mark that opens the document is a byte order mark, not part of any string.
    const QJsonDocument marked = parseJsonDocument("\xEF\xBB\xBF{\"id\":\"x\"}");
    QCOMPARE(marked.object().value(QLatin1String("id")).toString(), QStringLiteral("x"));
    QJsonParseError error;
    QVERIFY(parseJsonDocument("{\"id\":\"x\"}\xEF\xBB\xBF", &error).isNull());
    QCOMPARE_NE(error.error, QJsonParseError::NoError);
    // After a backslash it would be an escape of its own: invalid, and it stays invalid; after two it is a mark.
    QVERIFY(parseJsonDocument("{\"id\":\"\\\xEF\xBB\xBF\"}", &error).isNull());
    QCOMPARE_NE(error.error, QJsonParseError::NoError);
    QCOMPARE(parseJsonDocument("{\"id\":\"\\\\\xEF\xBB\xBFx\"}").object().value(QLatin1String("id")).toString(),
        QStringLiteral("\\") + bom + u'x');
}

void TestAsyncTaskReader::resultIsKeptAsReceived()
{
    // Spacing and order as sent; the rest of the task read as usual, without the result.
    const auto spaced = TaskReader::parse(
        R"({"task": {"id":"t","state":"COMPLETE","status":"SUCCEEDED","result" : { "rows" : [ 1 , "é" ] } , "x":1}})");
    QVERIFY(spaced.task);
    QCOMPARE(spaced.task->id, QStringLiteral("t"));
    QCOMPARE(spaced.task->result.text(), QByteArray(R"({ "rows" : [ 1 , "é" ] })"));
    QCOMPARE(JsonIndex::compacted(spaced.task->result.text()), QByteArray(R"({"rows":[1,"é"]})"));
    QCOMPARE(spaced.task->raw.value(QLatin1String("x")).toInt(), 1);
    QVERIFY(!spaced.task->raw.contains(QLatin1String("result")));
    QVERIFY(spaced.task->succeeded());

    // Duplicate keys: the last one, as a parsed object keeps it; an escaped key is the same key.
    const auto duplicate = TaskReader::parse(R"({"id":"d","result":1,"res\u0075lt":{"a":2},"state":"COMPLETE"})");
    QVERIFY(duplicate.task);
    QCOMPARE(duplicate.task->result.text(), QByteArray(R"({"a":2})"));
    QCOMPARE(duplicate.task->state, TaskState::Complete);

    const auto null = TaskReader::parse(R"({"value":{"id":"n","result":null}})");
    QVERIFY(null.task);
    QVERIFY(null.task->result.isNull());
    QVERIFY(!null.task->result.isPresent());

    // Nesting past what Qt's parser takes (1024) is fine inside a result: it is never parsed whole.
    const QByteArray deep = QByteArray(5'000, '[') + QByteArray(5'000, ']');
    const auto nested = TaskReader::parse(R"({"id":"deep","state":"COMPLETE","result":)" + deep + "}");
    QVERIFY2(nested.task, qPrintable(nested.error));
    QCOMPARE(nested.task->result.text(), deep);
    QVERIFY(nested.task->result.isValid());

    // Anything broken anywhere, the result included, is refused with where it broke.
    const auto broken = TaskReader::parse(R"({"id":"b","result":{"rows":[1,]}})");
    QVERIFY(!broken.task);
    QVERIFY2(broken.error.contains(QLatin1String("line 1, column 31")), qPrintable(broken.error));
}

void TestAsyncTaskReader::resultIsCutOutOfTheBodyNotCopied()
{
    QByteArray rows = "[";
    for (int i = 0; i < 20'000; ++i)
        rows += (i ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i) + "}";
    rows += ']';
    QByteArray body = R"({"task":{"id":"big","state":"COMPLETE","status":"SUCCEEDED","result":)" + rows + "}}";
    const char *const begin = body.constData();
    const char *const end = begin + body.size();
    const auto parsed = TaskReader::parse(std::move(body));
    QVERIFY(parsed.task);
    QCOMPARE(parsed.task->result.text(), rows);
    // The same buffer, cut: a body of tens of MB handed over by move costs no second copy.
    const char *const text = parsed.task->result.text().constData();
    QVERIFY(text >= begin && text < end);
}

void TestAsyncTaskReader::rejectsWhatIsNotATask_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("truncated") << QByteArray(R"({"task":{"id":"a","state":"PEND)");
    QTest::newRow("array") << QByteArray(R"([{"id":"a"}])");
    QTest::newRow("string") << QByteArray(R"("COMPLETE")");
    QTest::newRow("number") << QByteArray("3");
}

void TestAsyncTaskReader::rejectsWhatIsNotATask()
{
    QFETCH(QByteArray, body);
    const auto result = TaskReader::parse(body);
    QVERIFY(!result.task);
    QVERIFY(!result.error.isEmpty());
}

void TestAsyncTaskReader::wireNamesRoundTrip()
{
    for (TaskState state : {TaskState::Unknown, TaskState::Pending, TaskState::InProgress, TaskState::Complete}) {
        QString raw;
        QCOMPARE(TaskReader::parseState(QJsonValue(stateWireName(state)), &raw), state);
    }
    for (TaskStatus status : {TaskStatus::Unknown, TaskStatus::Succeeded, TaskStatus::Failed, TaskStatus::Canceled}) {
        QString raw;
        QCOMPARE(TaskReader::parseStatus(QJsonValue(statusWireName(status)), &raw), status);
    }
    QVERIFY(stateWireName(TaskState::Unrecognised).isEmpty());
}

void TestAsyncTaskReader::labels()
{
    QCOMPARE(stateLabel(TaskState::InProgress), QStringLiteral("In progress"));
    QCOMPARE(stateLabel(TaskState::Unrecognised, QStringLiteral("PAUSED")), QStringLiteral("Unknown state “PAUSED”"));
    QCOMPARE(statusLabel(TaskStatus::Unrecognised, QStringLiteral("9")), QStringLiteral("Unknown status “9”"));
    QCOMPARE(statusLabel(TaskStatus::Failed), QStringLiteral("Failed"));
}

void TestAsyncTaskReader::grpcCodeNames()
{
    // google.rpc.Code, all 17 (googleapis/google/rpc/code.proto).
    const QStringList names{QStringLiteral("OK"), QStringLiteral("CANCELLED"), QStringLiteral("UNKNOWN"),
        QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("DEADLINE_EXCEEDED"), QStringLiteral("NOT_FOUND"),
        QStringLiteral("ALREADY_EXISTS"), QStringLiteral("PERMISSION_DENIED"), QStringLiteral("RESOURCE_EXHAUSTED"),
        QStringLiteral("FAILED_PRECONDITION"), QStringLiteral("ABORTED"), QStringLiteral("OUT_OF_RANGE"),
        QStringLiteral("UNIMPLEMENTED"), QStringLiteral("INTERNAL"), QStringLiteral("UNAVAILABLE"),
        QStringLiteral("DATA_LOSS"), QStringLiteral("UNAUTHENTICATED")};
    for (int code = 0; code < names.size(); ++code)
        QCOMPARE(grpcCodeName(code), names.at(code));
    QCOMPARE(grpcCodeText(13), QStringLiteral("13 (INTERNAL)"));
    QCOMPARE(grpcCodeText(4), QStringLiteral("4 (DEADLINE_EXCEEDED)"));
    QCOMPARE(grpcCodeText(0), QStringLiteral("0 (OK)"));
    QCOMPARE(grpcCodeText(16), QStringLiteral("16 (UNAUTHENTICATED)"));
    for (const qint64 unknown : {qint64(17), qint64(-1), qint64(99), qint64(1) << 40}) {
        QVERIFY(grpcCodeName(unknown).isEmpty());
        QCOMPARE(grpcCodeText(unknown), QString::number(unknown));
    }
}

void TestAsyncTaskReader::errorFieldTexts()
{
    QCOMPARE(grpcCodeOf(QJsonValue(13)), std::optional<qint64>(13));
    QCOMPARE(grpcCodeOf(QJsonObject{{QStringLiteral("code"), 4}}), std::optional<qint64>(4));
    QCOMPARE(grpcCodeOf(QJsonObject{{QStringLiteral("code"), QStringLiteral("4")}}), std::nullopt);
    QCOMPARE(grpcCodeOf(QJsonValue(4.5)), std::nullopt);
    QCOMPARE(grpcCodeOf(QStringLiteral("INTERNAL")), std::nullopt);

    QCOMPARE(errorFieldText(QJsonValue(13)), QStringLiteral("13 (INTERNAL)"));
    QCOMPARE(errorFieldText(QJsonValue(42)), QStringLiteral("42"));
    QCOMPARE(errorFieldText(QJsonValue(4.5)), QStringLiteral("4.5"));
    QCOMPARE(errorFieldText(QStringLiteral("DEADLINE_EXCEEDED")), QStringLiteral("DEADLINE_EXCEEDED")); // as sent
    QCOMPARE(errorFieldText(QJsonObject{{QStringLiteral("code"), 4}, {QStringLiteral("message"), QStringLiteral("x")}}),
        QStringLiteral(R"({"code":4,"message":"x"})"));
    QVERIFY(errorFieldText(QJsonValue::Undefined).isEmpty());
}

QTEST_GUILESS_MAIN(TestAsyncTaskReader)
#include "tst_asynctaskreader.moc"
