// SPDX-License-Identifier: MIT
// SimServer in-process, spoken to over loopback by a real QNetworkAccessManager.
#include "simserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kGoodAuth = "Bearer sim-token";

struct Response
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestSimServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void outcomeSplit();
    void outcomeIsDeterministic();
    void auth_data();
    void auth();
    void sameIdSameOutcomeOnTwoServers();
    void progression();
    void envelopeAndEnums_data();
    void envelopeAndEnums();
    void idsArriveIntact_data();
    void idsArriveIntact();
    void otherPathsAre404_data();
    void otherPathsAre404();
    void scriptedHttpStatus_data();
    void scriptedHttpStatus();
    void overridesAndExtra();
    void readdingRestartsClock();
    void largeResult();
    void faults_data();
    void faults();
    void delayFault();
    void seededFaultsRepeat();
    void faultsValidation_data();
    void faultsValidation();
    void taskValidation_data();
    void taskValidation();
    void scenario();
    void stats();

private:
    [[nodiscard]] QUrl taskUrl(const QString &id, SimServer *server = nullptr) const;
    [[nodiscard]] QUrl url(const QByteArray &encodedPath) const;
    Response send(const QUrl &url, const QByteArray &verb = "GET", const QByteArray &authorization = kGoodAuth,
        const QByteArray &body = {});
    Response getTask(const QString &id, SimServer *server = nullptr) { return send(taskUrl(id, server)); }
    Response control(const QByteArray &verb, const QByteArray &route, const QByteArray &body = {})
    {
        return send(url("/sim/" + route), verb, {}, body);
    }
    [[nodiscard]] static QJsonObject taskOf(const Response &response)
    {
        return response.json().value(u"task"_s).toObject();
    }
    void rawGet(const QByteArray &encodedPath, Response *response);
    void addTask(const QJsonObject &spec);

    QNetworkAccessManager m_nam;
    std::unique_ptr<SimServer> m_server;
};

void TestSimServer::init()
{
    m_server = std::make_unique<SimServer>();
    QVERIFY(m_server->listenLoopback(0) != 0);
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
}

void TestSimServer::cleanup()
{
    m_server.reset();
    m_nam.clearConnectionCache();
}

QUrl TestSimServer::taskUrl(const QString &id, SimServer *server) const
{
    // Encoded the way the client does it: one segment, '.' included so that ".." cannot climb.
    const QByteArray segment = QUrl::toPercentEncoding(id, {}, ".");
    const SimServer *target = server ? server : m_server.get();
    return QUrl::fromEncoded(
        target->baseUrl().toEncoded() + "/api/v1/assessments/async_tasks/" + segment, QUrl::StrictMode);
}

QUrl TestSimServer::url(const QByteArray &encodedPath) const
{
    return QUrl::fromEncoded(m_server->baseUrl().toEncoded() + encodedPath, QUrl::StrictMode);
}

Response TestSimServer::send(
    const QUrl &url, const QByteArray &verb, const QByteArray &authorization, const QByteArray &body)
{
    QNetworkRequest request(url);
    if (!authorization.isNull())
        request.setRawHeader("Authorization", authorization);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(20'000);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> reply(
        verb == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Response response;
    response.finished = reply->isFinished() || finished.wait(30'000);
    response.elapsedMs = timer.elapsed();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->readAll();
    response.contentType = reply->rawHeader("Content-Type");
    response.retryAfter = reply->rawHeader("Retry-After");
    return response;
}

// Sends the path bytes as given: QUrl turns %2E back into '.', and QNAM then drops "." and ".." segments.
void TestSimServer::rawGet(const QByteArray &encodedPath, Response *response)
{
    QTcpSocket socket;
    QByteArray data;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&socket, &data] { data += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    socket.write("GET " + encodedPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + kGoodAuth
        + "\r\nAccept: application/json\r\n\r\n");
    const auto complete = [&data, response] {
        const qsizetype headerEnd = data.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return false;
        const QByteArray head = data.left(headerEnd);
        const QList<QByteArray> lines = head.split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
            if (line.toLower().startsWith("content-type:"))
                response->contentType = line.mid(13).trimmed();
        }
        if (data.size() < headerEnd + 4 + length)
            return false;
        response->status = lines.first().split(' ').value(1).toInt();
        response->body = data.mid(headerEnd + 4, length);
        response->finished = true;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(complete(), 10'000);
}

void TestSimServer::addTask(const QJsonObject &spec)
{
    QString error;
    QVERIFY2(m_server->addTask(spec, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
}

// Checks the google.rpc.Status-like shape Veza sends with errors.
static void verifyVezaError(const Response &response, int status, const QString &code, const QString &reason)
{
    QVERIFY(response.finished);
    QCOMPARE(response.status, status);
    QCOMPARE(response.contentType, QByteArrayLiteral("application/json"));
    const QJsonObject body = response.json();
    QCOMPARE(body.value(u"code"_s).toString(), code);
    QVERIFY(!body.value(u"message"_s).toString().isEmpty());
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(body.value(u"request_id"_s).toString()).hasMatch());
    QVERIFY(QDateTime::fromString(body.value(u"timestamp"_s).toString(), Qt::ISODate).isValid());
    const QJsonArray details = body.value(u"details"_s).toArray();
    QCOMPARE(details.size(), 1);
    const QJsonObject detail = details.first().toObject();
    QCOMPARE(detail.value(u"@type"_s).toString(), u"type.googleapis.com/errorstatus.v1.UserFacingErrorInfo"_s);
    QCOMPARE(detail.value(u"reason"_s).toString(), reason);
    QVERIFY(!detail.value(u"message"_s).toString().isEmpty());
    QVERIFY(detail.contains(u"resolution"_s));
}

void TestSimServer::outcomeSplit()
{
    constexpr int kIds = 1000;
    std::array<int, 4> counts{};
    QSet<qint64> pendings;
    for (int i = 0; i < kIds; ++i) {
        const SimOutcome outcome = SimServer::outcomeFor(u"task-%1"_s.arg(i));
        QVERIFY(outcome.status != TaskStatus::Unknown && outcome.status != TaskStatus::Unrecognised);
        ++counts[std::size_t(outcome.status)];
        QVERIFY(outcome.pendingMs >= 2000 && outcome.pendingMs <= 5000);
        QVERIFY(outcome.runningMs >= 5000 && outcome.runningMs <= 40000);
        pendings.insert(outcome.pendingMs);
    }
    const auto share = [&](TaskStatus status) { return 100.0 * counts[std::size_t(status)] / kIds; };
    QVERIFY2(qAbs(share(TaskStatus::Succeeded) - 70) <= 5, qPrintable(QString::number(share(TaskStatus::Succeeded))));
    QVERIFY2(qAbs(share(TaskStatus::Failed) - 20) <= 5, qPrintable(QString::number(share(TaskStatus::Failed))));
    QVERIFY2(qAbs(share(TaskStatus::Canceled) - 10) <= 5, qPrintable(QString::number(share(TaskStatus::Canceled))));
    // Durations must vary between ids, not be one constant.
    QVERIFY(pendings.size() > 100);
}

void TestSimServer::outcomeIsDeterministic()
{
    // Pinned so that a change to the derivation (e.g. a seeded hash) is noticed.
    const SimOutcome a = SimServer::outcomeFor(u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s);
    const SimOutcome b = SimServer::outcomeFor(u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s);
    QCOMPARE(a.pendingMs, b.pendingMs);
    QCOMPARE(a.runningMs, b.runningMs);
    QCOMPARE(a.status, b.status);
    const SimOutcome other = SimServer::outcomeFor(u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f11"_s);
    QVERIFY(other.pendingMs != a.pendingMs || other.runningMs != a.runningMs);
}

void TestSimServer::auth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");

    QTest::newRow("missing") << QByteArray() << 401;
    QTest::newRow("wrong token") << QByteArrayLiteral("Bearer nope") << 401;
    QTest::newRow("empty bearer") << QByteArrayLiteral("Bearer ") << 401;
    QTest::newRow("no scheme") << QByteArrayLiteral("sim-token") << 401;
    QTest::newRow("basic scheme") << QByteArrayLiteral("Basic sim-token") << 401;
    QTest::newRow("token prefix") << QByteArrayLiteral("Bearer sim-tok") << 401;
    QTest::newRow("good") << kGoodAuth << 200;
    QTest::newRow("scheme case") << QByteArrayLiteral("bearer sim-token") << 200;
}

void TestSimServer::auth()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);

    const Response response = send(taskUrl(u"auth-task"_s), "GET", authorization);
    if (status == 401) {
        verifyVezaError(response, 401, u"Unauthenticated"_s, u"UNAUTHENTICATED"_s);
        QCOMPARE(m_server->stats().value(u"unauthorized"_s).toInt(), 1);
    } else {
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, QByteArrayLiteral("application/json"));
        QCOMPARE(taskOf(response).value(u"id"_s).toString(), u"auth-task"_s);
    }
    // A rejected request is still a request for that id.
    QCOMPARE(m_server->requestCount(u"auth-task"_s), 1);
}

void TestSimServer::sameIdSameOutcomeOnTwoServers()
{
    SimServer second;
    QVERIFY(second.listenLoopback(0) != 0);
    QVERIFY(second.port() != m_server->port());

    // Unscripted: both start PENDING with identical bodies apart from the timestamps.
    const auto strip = [](QJsonObject task) {
        task.remove(u"created_at"_s);
        task.remove(u"updated_at"_s);
        return task;
    };
    const QString fresh = u"never-seen-before"_s;
    const QJsonObject first = taskOf(getTask(fresh));
    QCOMPARE(first.value(u"state"_s).toString(), u"PENDING"_s);
    QCOMPARE(first.value(u"status"_s).toString(), u"UNKNOWN_STATUS"_s);
    QCOMPARE(strip(first), strip(taskOf(getTask(fresh, &second))));

    // Zero durations show the derived final outcome at once; the rest is left to the id's hash.
    for (int i = 0; i < 12; ++i) {
        const QString id = u"derived-%1"_s.arg(i);
        const QJsonObject spec{{u"id"_s, id}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}};
        addTask(spec);
        QString error;
        QVERIFY(second.addTask(spec, &error));
        const QJsonObject one = strip(taskOf(getTask(id)));
        const QJsonObject two = strip(taskOf(getTask(id, &second)));
        QCOMPARE(one, two);
        QCOMPARE(one.value(u"state"_s).toString(), u"COMPLETE"_s);
        const TaskStatus expected = SimServer::outcomeFor(id).status;
        QCOMPARE(one.value(u"status"_s).toString(), statusWireName(expected));
        QCOMPARE(one.contains(u"result"_s), expected == TaskStatus::Succeeded);
        QCOMPARE(one.contains(u"error_reason"_s), expected == TaskStatus::Failed);
        if (expected == TaskStatus::Failed)
            QVERIFY(one.value(u"error_status"_s).toObject().contains(u"code"_s));
    }
}

void TestSimServer::progression()
{
    addTask({{u"id"_s, u"quick"_s}, {u"pending_ms"_s, 200}, {u"running_ms"_s, 400}, {u"status"_s, u"SUCCEEDED"_s},
        {u"result"_s, QJsonObject{{u"number_value"_s, u"42"_s}}}});

    // Poll until complete and keep the distinct states in the order seen.
    QStringList seen;
    // Started before the first request, so it never runs behind the task's clock (which starts on arrival).
    QElapsedTimer sinceFirst;
    sinceFirst.start();
    QJsonObject last;
    qint64 completeAfterMs = -1;
    while (completeAfterMs < 0 && sinceFirst.elapsed() < 5000) {
        const Response response = getTask(u"quick"_s);
        QCOMPARE(response.status, 200);
        last = taskOf(response);
        const QString state = last.value(u"state"_s).toString();
        if (seen.isEmpty() || seen.constLast() != state)
            seen.append(state);
        if (state != u"COMPLETE") {
            QCOMPARE(last.value(u"status"_s).toString(), u"UNKNOWN_STATUS"_s);
            QVERIFY(!last.contains(u"result"_s));
            QTest::qWait(20);
        } else {
            completeAfterMs = sinceFirst.elapsed();
        }
    }
    QCOMPARE(seen, (QStringList{u"PENDING"_s, u"IN_PROGRESS"_s, u"COMPLETE"_s}));
    QVERIFY2(completeAfterMs >= 550, qPrintable(QString::number(completeAfterMs)));
    QCOMPARE(last.value(u"status"_s).toString(), u"SUCCEEDED"_s);
    QCOMPARE(last.value(u"result"_s).toObject().value(u"number_value"_s).toString(), u"42"_s);
    const QDateTime created = QDateTime::fromString(last.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    const QDateTime updated = QDateTime::fromString(last.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QCOMPARE(created.msecsTo(updated), 600);
}

void TestSimServer::envelopeAndEnums_data()
{
    // Plain ints: the option enums are not registered metatypes.
    QTest::addColumn<int>("envelope");
    QTest::addColumn<int>("enums");
    QTest::addColumn<QString>("wrapper");
    QTest::addColumn<QJsonValue>("state");
    QTest::addColumn<QJsonValue>("status");

    constexpr int kTask = int(SimOptions::Envelope::Task);
    constexpr int kValue = int(SimOptions::Envelope::Value);
    constexpr int kBare = int(SimOptions::Envelope::Bare);
    constexpr int kNames = int(SimOptions::Enums::Names);
    constexpr int kNumbers = int(SimOptions::Enums::Numbers);
    QTest::newRow("task names") << kTask << kNames << u"task"_s << QJsonValue(u"COMPLETE"_s) << QJsonValue(u"FAILED"_s);
    QTest::newRow("value numbers") << kValue << kNumbers << u"value"_s << QJsonValue(3) << QJsonValue(2);
    QTest::newRow("bare names") << kBare << kNames << QString() << QJsonValue(u"COMPLETE"_s) << QJsonValue(u"FAILED"_s);
    QTest::newRow("bare numbers") << kBare << kNumbers << QString() << QJsonValue(3) << QJsonValue(2);
}

void TestSimServer::envelopeAndEnums()
{
    QFETCH(int, envelope);
    QFETCH(int, enums);
    QFETCH(QString, wrapper);
    QFETCH(QJsonValue, state);
    QFETCH(QJsonValue, status);

    SimOptions options;
    options.envelope = SimOptions::Envelope(envelope);
    options.enums = SimOptions::Enums(enums);
    m_server->setOptions(options);
    addTask({{u"id"_s, u"failed"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, u"FAILED"_s},
        {u"error_reason"_s, u"query timed out"_s}});

    const Response response = getTask(u"failed"_s);
    QCOMPARE(response.status, 200);
    QJsonObject task = response.json();
    if (!wrapper.isEmpty()) {
        QCOMPARE(task.keys(), QStringList{wrapper});
        task = task.value(wrapper).toObject();
    }
    QCOMPARE(task.value(u"id"_s).toString(), u"failed"_s);
    QCOMPARE(task.value(u"state"_s), state);
    QCOMPARE(task.value(u"status"_s), status);
    QCOMPARE(task.value(u"error_reason"_s).toString(), u"query timed out"_s);
    QVERIFY(task.value(u"error_status"_s).isObject());

    // Not complete yet: the unknown status is sent in the same form.
    const QJsonObject pending = [&] {
        QJsonObject object = getTask(u"still-pending"_s).json();
        return wrapper.isEmpty() ? object : object.value(wrapper).toObject();
    }();
    QCOMPARE(pending.value(u"status"_s),
        enums == int(SimOptions::Enums::Names) ? QJsonValue(u"UNKNOWN_STATUS"_s) : QJsonValue(0));
}

void TestSimServer::idsArriveIntact_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("raw");

    QTest::newRow("uuid") << u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s << false;
    QTest::newRow("slash and query") << u"a/b?c"_s << false;
    QTest::newRow("climbing") << u"../../x"_s << false;
    QTest::newRow("dot dot") << u".."_s << true;
    QTest::newRow("dot") << u"."_s << true;
    QTest::newRow("percent") << u"100% sure"_s << false;
    QTest::newRow("encoded-looking") << u"x%2Fy"_s << false;
    QTest::newRow("spaces") << u"  padded id  "_s << false;
    QTest::newRow("hash and plus") << u"a#b+c&d=e;f"_s << false;
    QTest::newRow("unicode") << u"tâche-ß-日本"_s << false;
}

void TestSimServer::idsArriveIntact()
{
    QFETCH(QString, id);
    QFETCH(bool, raw);

    QSignalSpy requested(m_server.get(), &SimServer::taskRequested);
    Response response;
    if (raw)
        rawGet("/api/v1/assessments/async_tasks/" + QUrl::toPercentEncoding(id, {}, "."), &response);
    else
        response = getTask(id);
    QVERIFY(response.finished);
    QCOMPARE(response.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(response.status, 200);
    QCOMPARE(taskOf(response).value(u"id"_s).toString(), id);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), id);

    const QJsonObject tasks = control("GET", "stats").json().value(u"tasks"_s).toObject();
    QCOMPARE(tasks.keys(), QStringList{id});
    QCOMPARE(tasks.value(id).toObject().value(u"requests"_s).toInt(), 1);
}

void TestSimServer::otherPathsAre404_data()
{
    QTest::addColumn<QByteArray>("path");

    QTest::newRow("extra segment") << QByteArrayLiteral("/api/v1/assessments/async_tasks/a/b");
    QTest::newRow("trailing slash") << QByteArrayLiteral("/api/v1/assessments/async_tasks/a/");
    QTest::newRow("empty id") << QByteArrayLiteral("/api/v1/assessments/async_tasks/");
    QTest::newRow("collection") << QByteArrayLiteral("/api/v1/assessments/async_tasks");
    QTest::newRow("other api") << QByteArrayLiteral("/api/v1/providers");
    QTest::newRow("root") << QByteArrayLiteral("/");
    QTest::newRow("unknown control") << QByteArrayLiteral("/sim/nothing");
}

void TestSimServer::otherPathsAre404()
{
    QFETCH(QByteArray, path);

    verifyVezaError(send(url(path)), 404, u"NotFound"_s, u"NOT_FOUND"_s);
    QCOMPARE(m_server->stats().value(u"total"_s).toInt(), 0);
}

void TestSimServer::scriptedHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not found") << 404 << u"NotFound"_s << u"NOT_FOUND"_s;
    QTest::newRow("forbidden") << 403 << u"PermissionDenied"_s << u"PERMISSION_DENIED"_s;
    QTest::newRow("unavailable") << 503 << u"Unavailable"_s << u"UNAVAILABLE"_s;
    QTest::newRow("teapot") << 418 << u"Unknown"_s << u"UNKNOWN"_s;
}

void TestSimServer::scriptedHttpStatus()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, reason);

    addTask({{u"id"_s, u"scripted"_s}, {u"http_status"_s, status}});
    for (int i = 0; i < 2; ++i) {
        const Response response = getTask(u"scripted"_s);
        verifyVezaError(response, status, code, reason);
        QCOMPARE(!response.retryAfter.isEmpty(), status == 503);
    }
    QCOMPARE(m_server->requestCount(u"scripted"_s), 2);
}

void TestSimServer::overridesAndExtra()
{
    addTask({{u"id"_s, u"newer"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"state_override"_s, u"PAUSED"_s},
        {u"status_override"_s, 7},
        {u"extra"_s, QJsonObject{{u"owner"_s, u"alice"_s}, {u"progress"_s, QJsonObject{{u"pct"_s, 50}}}}}});
    const QJsonObject task = taskOf(getTask(u"newer"_s));
    QCOMPARE(task.value(u"state"_s).toString(), u"PAUSED"_s);
    QCOMPARE(task.value(u"status"_s).toInt(), 7);
    QCOMPARE(task.value(u"owner"_s).toString(), u"alice"_s);
    QCOMPARE(task.value(u"progress"_s).toObject().value(u"pct"_s).toInt(), 50);
}

void TestSimServer::readdingRestartsClock()
{
    addTask({{u"id"_s, u"again"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}});
    QCOMPARE(taskOf(getTask(u"again"_s)).value(u"state"_s).toString(), u"COMPLETE"_s);
    addTask({{u"id"_s, u"again"_s}, {u"pending_ms"_s, 60'000}, {u"running_ms"_s, 0}});
    QCOMPARE(taskOf(getTask(u"again"_s)).value(u"state"_s).toString(), u"PENDING"_s);
}

void TestSimServer::largeResult()
{
    constexpr qint64 kBytes = 5'000'000;
    addTask({{u"id"_s, u"big"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, u"SUCCEEDED"_s},
        {u"result_bytes"_s, kBytes}});
    const Response response = getTask(u"big"_s);
    QCOMPARE(response.status, 200);
    QVERIFY2(response.body.size() >= kBytes && response.body.size() < kBytes + 4096,
        qPrintable(QString::number(response.body.size())));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject task = document.object().value(u"task"_s).toObject();
    QCOMPARE(task.value(u"status"_s).toString(), u"SUCCEEDED"_s);
    const QJsonObject result = task.value(u"result"_s).toObject();
    const QJsonArray rows = result.value(u"rows"_s).toArray();
    QVERIFY(rows.size() > 10'000);
    QCOMPARE(result.value(u"row_count"_s).toInteger(), qint64(rows.size()));
    // The second GET serves the same bytes.
    QCOMPARE(getTask(u"big"_s).body.size(), response.body.size());
}

void TestSimServer::faults_data()
{
    QTest::addColumn<QByteArray>("faults");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryAfter");
    QTest::addColumn<QString>("kind");

    QTest::newRow("500") << QByteArrayLiteral(R"({"error500": 1})") << 500 << u"Internal"_s << false << u"error500"_s;
    QTest::newRow("503") << QByteArrayLiteral(R"({"error503": 1, "retry_after_s": 7})") << 503 << u"Unavailable"_s
                         << true << u"error503"_s;
    QTest::newRow("429") << QByteArrayLiteral(R"({"error429": 1, "retry_after_s": 7})") << 429 << u"ResourceExhausted"_s
                         << true << u"error429"_s;
    QTest::newRow("invalid json") << QByteArrayLiteral(R"({"invalid_json": 1})") << 200 << QString() << false
                                  << u"invalid_json"_s;
    QTest::newRow("reset") << QByteArrayLiteral(R"({"reset": 1})") << 0 << QString() << false << u"reset"_s;
}

void TestSimServer::faults()
{
    QFETCH(QByteArray, faults);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, retryAfter);
    QFETCH(QString, kind);

    QCOMPARE(control("POST", "faults", faults).status, 200);
    const Response response = getTask(u"faulty"_s);
    QVERIFY(response.finished);
    if (status == 0) {
        QCOMPARE(response.status, 0);
        QCOMPARE(response.error, QNetworkReply::RemoteHostClosedError);
    } else if (code.isEmpty()) {
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, QByteArrayLiteral("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(response.body.startsWith("{\"task\":"));
    } else {
        verifyVezaError(response, status, code,
            code == u"Internal"          ? u"INTERNAL"_s
                : code == u"Unavailable" ? u"UNAVAILABLE"_s
                                         : u"RESOURCE_EXHAUSTED"_s);
        QCOMPARE(response.retryAfter, retryAfter ? QByteArrayLiteral("7") : QByteArray());
    }

    // Faulted requests count, control routes never fail, and clearing the faults heals the task route.
    QVERIFY(m_server->requestCount(u"faulty"_s) >= 1);
    const Response stats = control("GET", "stats");
    QCOMPARE(stats.status, 200);
    QVERIFY(stats.json().value(u"faults_injected"_s).toObject().value(kind).toInt() >= 1);
    QCOMPARE(control("POST", "faults", "{}").status, 200);
    QCOMPARE(getTask(u"faulty"_s).status, 200);
}

void TestSimServer::delayFault()
{
    SimFaults faults;
    faults.delay = 1;
    faults.delayMs = 400;
    m_server->setFaults(faults);
    const Response delayed = getTask(u"slow"_s);
    QCOMPARE(delayed.status, 200);
    QVERIFY2(delayed.elapsedMs >= 400, qPrintable(QString::number(delayed.elapsedMs)));
    QCOMPARE(taskOf(delayed).value(u"id"_s).toString(), u"slow"_s);

    // The server keeps answering others while one answer waits: never a blocked thread.
    faults.delayMs = 2000;
    m_server->setFaults(faults);
    QNetworkRequest request(taskUrl(u"slow"_s));
    request.setRawHeader("Authorization", kGoodAuth);
    std::unique_ptr<QNetworkReply> pending(m_nam.get(request));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(u"slow"_s), 2, 1000);
    const Response quick = control("GET", "stats");
    QCOMPARE(quick.status, 200);
    QVERIFY(quick.elapsedMs < 1000);
    QVERIFY(!pending->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(pending->isFinished(), 5000);
    QCOMPARE(pending->error(), QNetworkReply::NoError);
}

void TestSimServer::seededFaultsRepeat()
{
    SimServer second;
    QVERIFY(second.listenLoopback(0) != 0);
    const QByteArray faults = R"({"error500": 0.3, "error503": 0.3, "seed": 42})";
    QCOMPARE(control("POST", "faults", faults).status, 200);
    QString error;
    second.setFaults(SimFaults::fromJson(parse(faults), &error));
    QVERIFY(error.isEmpty());

    QList<int> one;
    QList<int> two;
    for (int i = 0; i < 20; ++i) {
        one.append(getTask(u"seeded"_s).status);
        two.append(getTask(u"seeded"_s, &second).status);
    }
    QCOMPARE(one, two);
    QVERIFY(one.contains(200));
    QVERIFY(one.contains(500) || one.contains(503));
}

void TestSimServer::faultsValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mention");

    QTest::newRow("not json") << QByteArrayLiteral("error500=1") << u"JSON"_s;
    QTest::newRow("array") << QByteArrayLiteral("[]") << u"object"_s;
    QTest::newRow("unknown key") << QByteArrayLiteral(R"({"error502": 1})") << u"error502"_s;
    QTest::newRow("above one") << QByteArrayLiteral(R"({"error500": 1.5})") << u"error500"_s;
    QTest::newRow("negative") << QByteArrayLiteral(R"({"reset": -0.1})") << u"reset"_s;
    QTest::newRow("string") << QByteArrayLiteral(R"({"delay": "0.5"})") << u"delay"_s;
    QTest::newRow("fractional ms") << QByteArrayLiteral(R"({"delay_ms": 1.5})") << u"delay_ms"_s;
    QTest::newRow("negative retry") << QByteArrayLiteral(R"({"retry_after_s": -1})") << u"retry_after_s"_s;
    QTest::newRow("negative seed") << QByteArrayLiteral(R"({"seed": -3})") << u"seed"_s;
}

void TestSimServer::faultsValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mention);

    SimFaults before;
    before.error429 = 0.5;
    m_server->setFaults(before);
    const Response response = control("POST", "faults", body);
    verifyVezaError(response, 400, u"InvalidArgument"_s, u"INVALID_ARGUMENT"_s);
    const QString message
        = response.json().value(u"details"_s).toArray().first().toObject().value(u"message"_s).toString();
    QVERIFY2(message.contains(mention), qPrintable(message));
    // A rejected body leaves the faults as they were.
    QCOMPARE(m_server->faults().error429, 0.5);
    QCOMPARE(control("GET", "faults").json().value(u"error429"_s).toDouble(), 0.5);
}

void TestSimServer::taskValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mention");

    QTest::newRow("not json") << QByteArrayLiteral("id=1") << u"JSON"_s;
    QTest::newRow("missing id") << QByteArrayLiteral(R"({"pending_ms": 1})") << u"id"_s;
    QTest::newRow("number id") << QByteArrayLiteral(R"({"id": 5})") << u"id"_s;
    QTest::newRow("empty id") << QByteArrayLiteral(R"({"id": ""})") << u"id"_s;
    QTest::newRow("string duration") << QByteArrayLiteral(R"({"id": "a", "pending_ms": "10"})") << u"pending_ms"_s;
    QTest::newRow("negative duration") << QByteArrayLiteral(R"({"id": "a", "running_ms": -1})") << u"running_ms"_s;
    QTest::newRow("bad status") << QByteArrayLiteral(R"({"id": "a", "status": "DONE"})") << u"status"_s;
    QTest::newRow("http 200") << QByteArrayLiteral(R"({"id": "a", "http_status": 200})") << u"http_status"_s;
    QTest::newRow("extra array") << QByteArrayLiteral(R"({"id": "a", "extra": []})") << u"extra"_s;
    QTest::newRow("both results") << QByteArrayLiteral(R"({"id": "a", "result": 1, "result_bytes": 10})")
                                  << u"result_bytes"_s;
    QTest::newRow("typo key") << QByteArrayLiteral(R"({"id": "a", "pending": 10})") << u"pending"_s;
    QTest::newRow("one bad in list") << QByteArrayLiteral(R"([{"id": "ok"}, {"id": "a", "status": 9}])")
                                     << u"tasks[1]"_s;
    QTest::newRow("not an object") << QByteArrayLiteral(R"(["ok"])") << u"tasks[0]"_s;
}

void TestSimServer::taskValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mention);

    const Response response = control("POST", "tasks", body);
    verifyVezaError(response, 400, u"InvalidArgument"_s, u"INVALID_ARGUMENT"_s);
    const QString message
        = response.json().value(u"details"_s).toArray().first().toObject().value(u"message"_s).toString();
    QVERIFY2(message.contains(mention), qPrintable(message));
    // Nothing is stored from a rejected request, not even its valid entries.
    QCOMPARE(control("GET", "tasks").json().value(u"tasks"_s).toArray().size(), 0);
}

void TestSimServer::scenario()
{
    QString error;
    QVERIFY(!m_server->addTask({{u"id"_s, u"x"_s}, {u"status"_s, u"DONE"_s}}, &error));
    QVERIFY2(error.contains(u"status"_s), qPrintable(error));
    QVERIFY(!m_server->loadScenario("{nope", &error));
    QVERIFY(error.contains(u"JSON"_s));
    QVERIFY(!m_server->loadScenario(R"({"tasks": [{"id": 1}]})", &error));
    QVERIFY2(error.contains(u"tasks[0]"_s), qPrintable(error));

    QVERIFY2(m_server->loadScenario(R"({"tasks": [
                 {"id": "s1", "pending_ms": 0, "running_ms": 0, "status": "CANCELED", "_comment": "ignored"},
                 {"id": "s2", "pending_ms": 60000}]})",
                 &error),
        qPrintable(error));
    QVERIFY2(m_server->loadScenario(R"([{"id": "s3", "pending_ms": 0, "running_ms": 0, "status": 1,
                                         "result": [1, 2, 3]}])",
                 &error),
        qPrintable(error));
    QCOMPARE(taskOf(getTask(u"s1"_s)).value(u"status"_s).toString(), u"CANCELED"_s);
    QCOMPARE(taskOf(getTask(u"s2"_s)).value(u"state"_s).toString(), u"PENDING"_s);
    const QJsonObject s3 = taskOf(getTask(u"s3"_s));
    QCOMPARE(s3.value(u"status"_s).toString(), u"SUCCEEDED"_s);
    QCOMPARE(s3.value(u"result"_s).toArray(), (QJsonArray{1, 2, 3}));

    // The control API adds tasks the same way and names what it stored.
    const Response created = control("POST", "tasks", R"([{"id": "p1", "pending_ms": 0, "running_ms": 0},
                                                            {"id": "p2"}])");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(created.json().value(u"ids"_s).toArray(), (QJsonArray{u"p1"_s, u"p2"_s}));
    QCOMPARE(taskOf(getTask(u"p1"_s)).value(u"state"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(control("GET", "tasks").json().value(u"tasks"_s).toArray().size(), 5);
}

void TestSimServer::stats()
{
    QSignalSpy requested(m_server.get(), &SimServer::taskRequested);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(getTask(u"alpha"_s).status, 200);
    QCOMPARE(send(taskUrl(u"beta"_s), "GET", {}).status, 401);
    QCOMPARE(requested.size(), 4);

    const QJsonObject stats = control("GET", "stats").json();
    QCOMPARE(stats.value(u"total"_s).toInt(), 4);
    QCOMPARE(stats.value(u"unauthorized"_s).toInt(), 1);
    const QJsonObject alpha = stats.value(u"tasks"_s).toObject().value(u"alpha"_s).toObject();
    QCOMPARE(alpha.value(u"requests"_s).toInt(), 3);
    QVERIFY(alpha.value(u"first_ms_ago"_s).toInteger() >= alpha.value(u"last_ms_ago"_s).toInteger());
    QCOMPARE(m_server->requestCount(u"beta"_s), 1);
    QCOMPARE(m_server->requestCount(u"gamma"_s), 0);
    QCOMPARE(stats.value(u"tasks"_s).toObject().keys(), (QStringList{u"alpha"_s, u"beta"_s}));

    // Control requests are not task requests.
    QCOMPARE(control("GET", "faults").status, 200);
    QCOMPARE(m_server->stats().value(u"total"_s).toInt(), 4);

    QCOMPARE(control("GET", "reset").status, 405);
    QCOMPARE(control("POST", "reset").status, 200);
    QCOMPARE(m_server->stats().value(u"total"_s).toInt(), 0);
    QVERIFY(m_server->stats().value(u"tasks"_s).toObject().isEmpty());
    QCOMPARE(m_server->requestCount(u"alpha"_s), 0);
}

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
