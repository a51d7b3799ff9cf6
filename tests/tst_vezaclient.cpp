// SPDX-License-Identifier: MIT
#include "clock.h"
#include "fetchone.h"
#include "jsonindex.h"
#include "simfixture.h"
#include "testprograms.h"
#include "vezaclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <limits>
#include <memory>

namespace {

QJsonObject spec(const QString &id, const QString &status = QStringLiteral("SUCCEEDED"))
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("pending_ms"), 0}, {QStringLiteral("running_ms"), 0},
        {QStringLiteral("status"), status}};
}

// A task "big" whose result is about this many MiB.
bool addBigTask(SimFixture &sim, int mebibytes)
{
    QJsonObject task = spec(QStringLiteral("big"));
    task.insert(QStringLiteral("result_bytes"), mebibytes * 1024 * 1024);
    return sim.addTask(task);
}

// A loopback HTTP server whose answer the test writes: handle() gets the socket and the request head.
class ScriptedServer
{
public:
    using Handler = std::function<void(QTcpSocket *, const QByteArray &)>;
    explicit ScriptedServer(Handler handle)
        : m_handle(std::move(handle))
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    // Requests are GETs without a body: each head ends a request (keep-alive may bring more).
                    qsizetype end = 0;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        const QByteArray head = buffer->left(end);
                        buffer->remove(0, end + 4);
                        m_handle(socket, head);
                    }
                });
            }
        });
    }
    [[nodiscard]] Connection connection() const
    {
        return {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())),
            QStringLiteral("k3y-only-for-this-server")};
    }

private:
    QTcpServer m_server;
    Handler m_handle;
};

SimFaults faultsFrom(const QJsonObject &object)
{
    QString error;
    SimFaults faults = SimFaults::fromJson(object, &error);
    if (!error.isEmpty())
        qWarning() << "bad faults in the test:" << error;
    return faults;
}

} // namespace

class TestVezaClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void success_data();
    void success();
    void failedTaskKeepsErrorFields();
    void wrongKeyIsUnauthorized();
    void unknownIdIsNotFound();
    void faults_data();
    void faults();
    void deadNetwork();
    void idsStayOneSegment_data();
    void idsStayOneSegment();
    void unsafeIdNeverSent();
    void largeResult();
    void smallBodyParsedWithoutAThreadHop();
    void redirectToAnotherOriginRefused();
    void unusableConnectionAnswersAsynchronously();
    void cancelAll();
    void answerParsedAfterCancelIsCanceled();
    void errorAnswerQueuedBeforeCancelIsCanceled();
    void hostile_data();
    void hostile();
    void errorBodyReadUpToItsCap();
    void truncatedBodyIsNotAnAnswer();
    void absurdRetryAfterIsClamped_data();
    void absurdRetryAfterIsClamped();
    void largeBodyFlowingEarnsTime_data();
    void largeBodyFlowingEarnsTime();
    void sameOriginRedirectIsFollowedWithItsLimits_data();
    void sameOriginRedirectIsFollowedWithItsLimits();
    void redirectToAnotherSchemeRefused();
    void keyEchoedByAProxyIsRedacted();

private:
    ManualClock m_clock;
};

void TestVezaClient::initTestCase()
{
    qRegisterMetaType<FetchResult>();
}

void TestVezaClient::success_data()
{
    QTest::addColumn<SimOptions::Envelope>("envelope");
    QTest::addColumn<SimOptions::Enums>("enums");
    QTest::newRow("task names") << SimOptions::Envelope::Task << SimOptions::Enums::Names;
    QTest::newRow("task numbers") << SimOptions::Envelope::Task << SimOptions::Enums::Numbers;
    QTest::newRow("value names") << SimOptions::Envelope::Value << SimOptions::Enums::Names;
    QTest::newRow("value numbers") << SimOptions::Envelope::Value << SimOptions::Enums::Numbers;
    QTest::newRow("bare names") << SimOptions::Envelope::Bare << SimOptions::Enums::Names;
    QTest::newRow("bare numbers") << SimOptions::Envelope::Bare << SimOptions::Enums::Numbers;
}

void TestVezaClient::success()
{
    QFETCH(SimOptions::Envelope, envelope);
    QFETCH(SimOptions::Enums, enums);
    SimOptions options;
    options.envelope = envelope;
    options.enums = enums;
    SimFixture sim(options);
    QVERIFY(sim.isListening());
    QJsonObject task = spec(QStringLiteral("ok-1"));
    task.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("number_value"), QStringLiteral("42")}});
    QVERIFY(sim.addTask(task));

    VezaClient client(&m_clock);
    client.setConnection(sim.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("ok-1"));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    QCOMPARE(result.id, QStringLiteral("ok-1"));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.task->id, QStringLiteral("ok-1"));
    QCOMPARE(result.task->state, TaskState::Complete);
    QCOMPARE(result.task->status, TaskStatus::Succeeded);
    QCOMPARE(
        result.task->result.toValue().toObject().value(QLatin1String("number_value")).toString(), QStringLiteral("42"));
    QVERIFY(!result.error.isError());
    QCOMPARE(sim.server().requestCount(QStringLiteral("ok-1")), 1);
}

void TestVezaClient::failedTaskKeepsErrorFields()
{
    SimFixture sim;
    QJsonObject task = spec(QStringLiteral("bad-1"), QStringLiteral("FAILED"));
    task.insert(QStringLiteral("error_reason"), QStringLiteral("query timed out"));
    task.insert(QStringLiteral("error_status"),
        QJsonObject{{QStringLiteral("code"), 4}, {QStringLiteral("message"), QStringLiteral("deadline exceeded")}});
    QVERIFY(sim.addTask(task));
    VezaClient client(&m_clock);
    client.setConnection(sim.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("bad-1"));
    QVERIFY(result.ok());
    QCOMPARE(result.task->status, TaskStatus::Failed);
    QCOMPARE(result.task->errorReason.toString(), QStringLiteral("query timed out"));
    QCOMPARE(result.task->errorStatus.toObject().value(QLatin1String("code")).toInt(), 4);
    QVERIFY(!result.task->succeeded());
}

void TestVezaClient::wrongKeyIsUnauthorized()
{
    SimFixture sim;
    VezaClient client(&m_clock);
    Connection connection = sim.connection();
    connection.apiKey = QStringLiteral("not-the-key");
    client.setConnection(connection);
    const FetchResult result = fetchOne(client, QStringLiteral("any"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, VezaError::Kind::Unauthorized);
    QCOMPARE(result.httpStatus, 401);
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY(!result.error.requestId.isEmpty());
    QVERIFY(!describeError(result.error).contains(QLatin1String("not-the-key")));
}

void TestVezaClient::unknownIdIsNotFound()
{
    SimFixture sim;
    QJsonObject task = spec(QStringLiteral("gone"));
    task.insert(QStringLiteral("http_status"), 404);
    QVERIFY(sim.addTask(task));
    VezaClient client(&m_clock);
    client.setConnection(sim.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("gone"));
    QCOMPARE(result.error.kind, VezaError::Kind::NotFound);
    QCOMPARE(result.httpStatus, 404);
    QVERIFY(!result.error.requestId.isEmpty());
}

void TestVezaClient::faults_data()
{
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<VezaError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none
    const auto always = [](const char *fault) { return QJsonObject{{QLatin1String(fault), 1}}; };
    QTest::newRow("500") << always("error500") << VezaError::Kind::Server << 500 << qint64(-1);
    QTest::newRow("503 with Retry-After")
        << QJsonObject{{QStringLiteral("error503"), 1}, {QStringLiteral("retry_after_s"), 7}}
        << VezaError::Kind::Unavailable << 503 << qint64(7'000);
    QTest::newRow("429 with Retry-After")
        << QJsonObject{{QStringLiteral("error429"), 1}, {QStringLiteral("retry_after_s"), 7}}
        << VezaError::Kind::RateLimited << 429 << qint64(7'000);
    QTest::newRow("invalid JSON") << always("invalid_json") << VezaError::Kind::BadResponse << 200 << qint64(-1);
    QTest::newRow("connection reset") << always("reset") << VezaError::Kind::Network << 0 << qint64(-1);
    QTest::newRow("timeout") << QJsonObject{{QStringLiteral("delay"), 1}, {QStringLiteral("delay_ms"), 5'000}}
                             << VezaError::Kind::Timeout << 0 << qint64(-1);
}

void TestVezaClient::faults()
{
    QFETCH(QJsonObject, faults);
    QFETCH(VezaError::Kind, kind);
    SimFixture sim;
    QString error;
    sim.server().setFaults(SimFaults::fromJson(faults, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    VezaClient client(&m_clock);
    client.setTransferTimeoutMs(1'500); // well under the 5 s delay, well over a loaded machine's loopback answer
    client.setConnection(sim.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, kind);
    QTEST(result.httpStatus, "httpStatus");
    QTEST(result.retryAfterMs.value_or(-1), "retryAfterMs");
    // Every one of these is worth asking again later; none is the task's failure.
    QVERIFY(result.error.isTransient());
    QVERIFY(!describeError(result.error).isEmpty());
}

void TestVezaClient::deadNetwork()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    VezaClient client(&m_clock);
    client.setConnection({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("k")});
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QCOMPARE(result.error.kind, VezaError::Kind::Network);
    QVERIFY(describeError(result.error).contains(QLatin1String("Could not reach")));
}

void TestVezaClient::idsStayOneSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("query") << QStringLiteral("a/b?c=d");
    QTest::newRow("percent") << QStringLiteral("100%25done%");
    QTest::newRow("spaces") << QStringLiteral("my task id");
    QTest::newRow("dot dot") << QStringLiteral("../../x");
    QTest::newRow("dots inside") << QStringLiteral("a/../b");
    QTest::newRow("hash") << QStringLiteral("a#b");
    QTest::newRow("unicode") << QStringLiteral("zäh-✓");
}

void TestVezaClient::idsStayOneSegment()
{
    QFETCH(QString, id);
    SimFixture sim;
    QVERIFY(sim.addTask(spec(id)));
    VezaClient client(&m_clock);
    client.setConnection(sim.connection());
    const FetchResult result = fetchOne(client, id);
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    QCOMPARE(result.task->id, id);
    QCOMPARE(sim.server().requestCount(id), 1);
    const QJsonObject tasks = sim.server().stats().value(QLatin1String("tasks")).toObject();
    QCOMPARE(tasks.keys(), QStringList{id});
}

void TestVezaClient::unsafeIdNeverSent()
{
    SimFixture sim;
    VezaClient client(&m_clock);
    client.setConnection(sim.connection());
    for (const QString &id : {QStringLiteral(".."), QStringLiteral("."), QString()}) {
        const FetchResult result = fetchOne(client, id);
        QCOMPARE(result.error.kind, VezaError::Kind::Configuration);
    }
    QCOMPARE(sim.server().stats().value(QLatin1String("total")).toInt(), 0);
}

void TestVezaClient::largeResult()
{
    SimFixture sim;
    QVERIFY(addBigTask(sim, 8));
    VezaClient client(&m_clock);
    client.setConnection(sim.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("big"), 30'000);
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    // Kept as the text received, never parsed: as large as it was sent.
    const QByteArray json = JsonIndex::compacted(result.task->result.text());
    QVERIFY2(json.size() > 7 * 1024 * 1024, QByteArray::number(json.size()).constData());
    QVERIFY(result.task->result.isValid());
}

void TestVezaClient::smallBodyParsedWithoutAThreadHop()
{
    SimFixture sim;
    QVERIFY(sim.addTask(spec(QStringLiteral("small"))));
    QVERIFY(addBigTask(sim, 1)); // past the inline limit of 64 KiB
    VezaClient client(&m_clock);
    client.setConnection(sim.connection());
    QVERIFY(client.limits().inlineParseBytes < 1024 * 1024);
    // Every worker thread of the pool held until the test lets go: a body parsed on one waits, an inline one not.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int workers = pool->maxThreadCount();
    QSemaphore held;
    for (int i = 0; i < workers; ++i)
        pool->start([&held] { held.acquire(); });
    auto letGo = qScopeGuard([&] {
        held.release(workers);
        pool->waitForDone();
    });

    const FetchResult small = fetchOne(client, QStringLiteral("small"));
    QVERIFY2(small.ok(), qPrintable(describeError(small.error)));
    QCOMPARE(small.task->state, TaskState::Complete);

    QSignalSpy spy(&client, &TaskFetcher::finished);
    client.fetch(QStringLiteral("big"));
    QTRY_COMPARE_WITH_TIMEOUT(client.inFlightCount(), 0, 20'000); // the body is in, waiting for a worker
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 0);
    letGo.dismiss();
    held.release(workers);
    QVERIFY(spy.wait(20'000));
    QVERIFY2(spy.at(0).at(0).value<FetchResult>().ok(), "the large body parsed once a worker was free");
    pool->waitForDone();
}

void TestVezaClient::redirectToAnotherOriginRefused()
{
    // The other origin counts every connection it gets: it must get none, so the key never travels there.
    QTcpServer otherOrigin;
    QVERIFY(otherOrigin.listen(QHostAddress::LocalHost));
    int otherConnections = 0;
    connect(&otherOrigin, &QTcpServer::newConnection, this, [&] { ++otherConnections; });

    QTcpServer redirector;
    QVERIFY(redirector.listen(QHostAddress::LocalHost));
    connect(&redirector, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = redirector.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &otherOrigin] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write(
                "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:" + QByteArray::number(otherOrigin.serverPort())
                + "/api/v1/assessments/async_tasks/x\r\nContent-Length: 0\r\n\r\n");
        });
    });

    VezaClient client(&m_clock);
    client.setConnection(
        {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(redirector.serverPort())), QStringLiteral("secret")});
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QCOMPARE(result.error.kind, VezaError::Kind::Redirect);
    QTest::qWait(100);
    QCOMPARE(otherConnections, 0);
}

void TestVezaClient::unusableConnectionAnswersAsynchronously()
{
    VezaClient client(&m_clock);
    QSignalSpy spy(&client, &TaskFetcher::finished);
    client.fetch(QStringLiteral("x"));
    QCOMPARE(spy.size(), 0);
    QVERIFY(spy.wait(1'000));
    QCOMPARE(spy.at(0).at(0).value<FetchResult>().error.kind, VezaError::Kind::Configuration);
}

void TestVezaClient::cancelAll()
{
    SimFixture sim;
    SimFaults faults;
    faults.delay = 1;
    faults.delayMs = 5'000;
    sim.server().setFaults(faults);
    VezaClient client(&m_clock);
    client.setConnection(sim.connection());
    QSignalSpy spy(&client, &TaskFetcher::finished);
    client.fetch(QStringLiteral("a"));
    client.fetch(QStringLiteral("b"));
    QCOMPARE(client.inFlightCount(), 2);
    client.cancelAll();
    QTRY_COMPARE(spy.size(), 2);
    for (const auto &arguments : spy)
        QCOMPARE(arguments.at(0).value<FetchResult>().error.kind, VezaError::Kind::Canceled);
    QCOMPARE(client.inFlightCount(), 0);
}

void TestVezaClient::answerParsedAfterCancelIsCanceled()
{
    SimFixture sim;
    QVERIFY(addBigTask(sim, 30));
    VezaClient client(&m_clock);
    client.setConnection(sim.connection());
    QSignalSpy spy(&client, &TaskFetcher::finished);
    client.fetch(QStringLiteral("big"));
    // The body has arrived and is being parsed on a worker thread when the connection changes.
    QElapsedTimer waited;
    waited.start();
    while (client.inFlightCount() > 0 && waited.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QCOMPARE(spy.size(), 0);
    client.setConnection({QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("other")});
    QVERIFY(spy.wait(30'000));
    QCOMPARE(spy.at(0).at(0).value<FetchResult>().error.kind, VezaError::Kind::Canceled);
    QVERIFY(!spy.at(0).at(0).value<FetchResult>().task);
}

void TestVezaClient::errorAnswerQueuedBeforeCancelIsCanceled()
{
    // A 401 of the old key, already read but not yet delivered, must not block the new connection.
    SimFixture sim;
    VezaClient client(&m_clock);
    Connection wrong = sim.connection();
    wrong.apiKey = QStringLiteral("old-key");
    client.setConnection(wrong);
    QSignalSpy spy(&client, &TaskFetcher::finished);
    client.fetch(QStringLiteral("x"));
    QElapsedTimer waited;
    waited.start();
    while (client.inFlightCount() > 0 && waited.elapsed() < 10'000)
        QCoreApplication::processEvents(); // one pass: the reply is read, its answer posted for the next pass
    QCOMPARE(spy.size(), 0);
    client.setConnection(sim.connection());
    QVERIFY(spy.wait(5'000));
    QCOMPARE(spy.at(0).at(0).value<FetchResult>().error.kind, VezaError::Kind::Canceled);
}

void TestVezaClient::hostile_data()
{
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<VezaError::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("technical"); // a part of the technical text

    const auto on = [](const char *kind, int status = 200) {
        return QJsonObject{{QLatin1String(kind), 1}, {QStringLiteral("hostile_status"), status}};
    };
    const QString cap = QStringLiteral("stopped reading");
    QTest::newRow("endless chunked body") << on("endless_chunked") << VezaError::Kind::TooLarge << 200 << cap;
    QTest::newRow("endless body until close") << on("endless_close") << VezaError::Kind::TooLarge << 200 << cap;
    QTest::newRow("2 GB Content-Length") << on("huge_length") << VezaError::Kind::TooLarge << 200 << cap;
    // Error bodies stop at their own small cap, and the status still says what happened.
    QTest::newRow("2 GB Content-Length on a 500")
        << on("huge_length", 500) << VezaError::Kind::Server << 500 << QString();
    QTest::newRow("endless chunked 503") << on("endless_chunked", 503) << VezaError::Kind::Unavailable << 503
                                         << QString();
    QTest::newRow("endless 502 until close") << on("endless_close", 502) << VezaError::Kind::Server << 502 << QString();
    QTest::newRow("reset in the middle of the body")
        << on("reset_mid_body") << VezaError::Kind::Transfer << 200 << QString();
    QTest::newRow("redirect loop") << on("redirect_loop") << VezaError::Kind::RedirectLoop << 302
                                   << QStringLiteral("more than 5 redirects");
    QTest::newRow("decompression bomb") << on("bomb") << VezaError::Kind::Transfer << 200 << QString();
    // An error page that inflates without end: read up to the error cap, and the status says what happened.
    QTest::newRow("decompression bomb on a 500") << on("bomb", 500) << VezaError::Kind::Server << 500 << QString();
    QTest::newRow("drip, a byte every 100 ms")
        << QJsonObject{{QStringLiteral("drip"), 1}, {QStringLiteral("drip_ms"), 100}} << VezaError::Kind::Timeout << 200
        << QStringLiteral("no complete answer within 1 s");
}

void TestVezaClient::hostile()
{
    QFETCH(QJsonObject, faults);
    QFETCH(VezaError::Kind, kind);
    QFETCH(QString, technical);
    SimFixture sim;
    QVERIFY(sim.isListening());
    sim.server().setFaults(faultsFrom(faults));
    VezaClient client(&m_clock);
    ClientLimits limits;
    limits.maxBodyBytes = 32LL * 1024 * 1024;
    limits.deadlineMs = 1'000; // the drip sends 10 bytes a second: far too slow to earn more time
    limits.bytesPerExtraSecond = 64LL * 1024;
    client.setLimits(limits);
    client.setConnection(sim.connection());

    // Sampled while the answer streams (the simulator shares this process, but sends from a bounded queue).
    const qint64 before = procStatusBytes(0, "VmRSS");
    qint64 most = before;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&most] { most = std::max(most, procStatusBytes(0, "VmRSS")); });
    sampler.start(20);
    const FetchResult result = fetchOne(client, QStringLiteral("x"), 30'000);
    sampler.stop();
    QCOMPARE(result.error.kind, kind);
    QTEST(result.httpStatus, "httpStatus");
    QVERIFY2(result.error.technical.contains(technical), qPrintable(result.error.technical));
    QVERIFY(!result.ok());
    QVERIFY(result.error.isTransient());
    QVERIFY(describeError(result.error).contains(result.error.technical));
    // Read as it streams: memory grows by about the cap at most, never by what the server sends.
    const qint64 grown = most - before;
    if (!builtWithAddressSanitizer())
        QVERIFY2(grown < 4 * limits.maxBodyBytes, qPrintable(QStringLiteral("peak grew by %1 bytes").arg(grown)));
    QCOMPARE(client.inFlightCount(), 0);
}

void TestVezaClient::errorBodyReadUpToItsCap()
{
    // A 500 whose page never ends: read up to the error cap, then the answer is the 500 with what fits.
    SimFixture sim;
    sim.server().setFaults(
        faultsFrom({{QStringLiteral("endless_chunked"), 1}, {QStringLiteral("hostile_status"), 500}}));
    VezaClient client(&m_clock);
    ClientLimits limits;
    limits.maxErrorBodyBytes = 1024;
    client.setLimits(limits);
    client.setConnection(sim.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QCOMPARE(result.error.kind, VezaError::Kind::Server);
    QCOMPARE(result.error.httpStatus, 500);
    // The excerpt kept for support is a short line of what arrived.
    QVERIFY(result.error.technical.startsWith(QLatin1String("{\"task\"")));
    QVERIFY(result.error.technical.size() <= 200);
}

void TestVezaClient::truncatedBodyIsNotAnAnswer()
{
    // What arrived before the reset would parse as a task: it must still not count as one.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            const QByteArray task = R"({"task":{"id":"x","state":"COMPLETE","status":"SUCCEEDED"}})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(task.size() + 100) + "\r\n\r\n" + task);
            socket->flush();
            socket->disconnectFromHost();
        });
    });
    VezaClient client(&m_clock);
    client.setConnection({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), QStringLiteral("k")});
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, VezaError::Kind::Transfer);
    QCOMPARE(result.error.httpStatus, 200);
    QVERIFY(describeError(result.error).contains(QLatin1String("HTTP 200")));
}

void TestVezaClient::absurdRetryAfterIsClamped_data()
{
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<int>("httpStatus");
    const QString absurd = QStringLiteral("9223372036854775");
    QTest::newRow("on a 200") << QJsonObject{{QStringLiteral("retry_after_on_200"), 1},
        {QStringLiteral("retry_after_header"), absurd}}
                              << 200;
    QTest::newRow("on a 429") << QJsonObject{{QStringLiteral("error429"), 1},
        {QStringLiteral("retry_after_header"), QStringLiteral("999999999")}}
                              << 429;
    QTest::newRow("date far ahead on a 503") << QJsonObject{{QStringLiteral("error503"), 1},
        {QStringLiteral("retry_after_header"), QStringLiteral("Fri, 31 Dec 9999 23:59:59 GMT")}}
                                             << 503;
}

void TestVezaClient::absurdRetryAfterIsClamped()
{
    QFETCH(QJsonObject, faults);
    SimFixture sim;
    sim.server().setFaults(faultsFrom(faults));
    VezaClient client(&m_clock);
    client.setConnection(sim.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QTEST(result.httpStatus, "httpStatus");
    QCOMPARE(result.retryAfterMs.value_or(-1), kMaxRetryAfterMs);
}

void TestVezaClient::largeBodyFlowingEarnsTime_data()
{
    QTest::addColumn<qint64>("bytesPerExtraSecond");
    QTest::addColumn<bool>("whole");
    // 3 MiB at 256 KiB every 100 ms takes over a second, twice the base deadline.
    QTest::newRow("a second per 256 KiB: read whole") << qint64(256 * 1024) << true;
    QTest::newRow("no extra time: cut at the deadline") << std::numeric_limits<qint64>::max() << false;
}

void TestVezaClient::largeBodyFlowingEarnsTime()
{
    QFETCH(qint64, bytesPerExtraSecond);
    QFETCH(bool, whole);
    const QByteArray prefix = R"({"task":{"id":"x","state":"COMPLETE","status":"SUCCEEDED","result":")";
    const QByteArray body = prefix + QByteArray(3 * 1024 * 1024 - prefix.size() - 4, 'a') + "\"}}";
    ScriptedServer server([&body](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n");
        // Paced: a chunk every 100 ms, as a slow but healthy link sends a large result.
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent, &body] {
            socket->write(body.mid(*sent, 256 * 1024));
            *sent += 256 * 1024;
            if (*sent >= body.size())
                timer->stop();
        });
        timer->start(100);
    });
    VezaClient client(&m_clock);
    ClientLimits limits;
    limits.deadlineMs = 500;
    limits.bytesPerExtraSecond = bytesPerExtraSecond;
    client.setLimits(limits);
    client.setConnection(server.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("x"), 30'000);
    QCOMPARE(result.ok(), whole);
    if (whole)
        QCOMPARE(result.task->result.toValue().toString().size(), body.size() - prefix.size() - 3);
    else
        QCOMPARE(result.error.kind, VezaError::Kind::Timeout);
}

void TestVezaClient::sameOriginRedirectIsFollowedWithItsLimits_data()
{
    QTest::addColumn<bool>("dripAfter");
    QTest::newRow("a good answer after") << false;
    QTest::newRow("a drip after") << true;
}

void TestVezaClient::sameOriginRedirectIsFollowedWithItsLimits()
{
    // A 302 with a body past the error cap, then the answer: the hop after still has its cap, deadline and key.
    QFETCH(bool, dripAfter);
    QByteArray keyOnHop;
    ScriptedServer server([&](QTcpSocket *socket, const QByteArray &request) {
        if (!request.contains("hop=1")) {
            const QByteArray page(300 * 1024, 'r');
            socket->write("HTTP/1.1 302 Found\r\nLocation: /api/v1/assessments/async_tasks/x?hop=1\r\n"
                          "Content-Length: "
                + QByteArray::number(page.size()) + "\r\n\r\n" + page);
            return;
        }
        for (const QByteArray &line : request.split('\n')) {
            if (line.toLower().startsWith("authorization:"))
                keyOnHop = line.mid(14).trimmed();
        }
        if (!dripAfter) {
            const QByteArray task = R"({"task":{"id":"x","state":"COMPLETE","status":"SUCCEEDED"}})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(task.size()) + "\r\n\r\n" + task);
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{");
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(100);
    });
    VezaClient client(&m_clock);
    ClientLimits limits;
    limits.deadlineMs = 1'500;
    client.setLimits(limits);
    client.setConnection(server.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("x"), 20'000);
    QCOMPARE(keyOnHop, QByteArray("Bearer ") + server.connection().apiKey.toUtf8());
    if (dripAfter) {
        QCOMPARE(result.error.kind, VezaError::Kind::Timeout);
    } else {
        QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
        QCOMPARE(result.task->status, TaskStatus::Succeeded);
    }
}

void TestVezaClient::redirectToAnotherSchemeRefused()
{
    // Same host and port, another scheme: another origin, so the key does not follow.
    int hops = 0;
    ScriptedServer server([&hops](QTcpSocket *socket, const QByteArray &) {
        ++hops;
        socket->write("HTTP/1.1 302 Found\r\nLocation: https://127.0.0.1:" + QByteArray::number(socket->localPort())
            + "/api/v1/assessments/async_tasks/x\r\nContent-Length: 0\r\n\r\n");
    });
    VezaClient client(&m_clock);
    client.setConnection(server.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QCOMPARE(result.error.kind, VezaError::Kind::Redirect);
    QCOMPARE(hops, 1);
}

void TestVezaClient::keyEchoedByAProxyIsRedacted()
{
    ScriptedServer server([](QTcpSocket *socket, const QByteArray &request) {
        // A proxy page that quotes the request it refused, headers and all.
        const QByteArray page = "<html><body>Bad gateway for request: " + request.simplified() + "</body></html>";
        socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: "
            + QByteArray::number(page.size()) + "\r\n\r\n" + page);
    });
    VezaClient client(&m_clock);
    client.setConnection(server.connection());
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QCOMPARE(result.error.kind, VezaError::Kind::Server);
    QVERIFY2(result.error.technical.contains(QLatin1String("[API key]")), qPrintable(result.error.technical));
    QVERIFY(!describeError(result.error).contains(server.connection().apiKey));
}

QTEST_GUILESS_MAIN(TestVezaClient)
#include "tst_vezaclient.moc"
