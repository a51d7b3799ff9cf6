// SPDX-License-Identifier: MIT
// The built veza-task-sim executable, started as users and scripts start it ($VEZA_BIN_DIR is set by ctest).
#include "testprograms.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Response
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestSimProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void firstLineAndDefaults();
    void options_data();
    void options();
    void token_data();
    void token();
    void scenarioFile();
    void faultsInlineAndFile();
    void controlApi();
    void badUsage_data();
    void badUsage();

private:
    // Starts the simulator and returns its base URL from the first stdout line; empty on failure.
    QUrl start(const QStringList &arguments, const QProcessEnvironment &environment = {});
    Response send(const QUrl &base, const QByteArray &path, const QByteArray &verb = "GET",
        const QByteArray &authorization = "Bearer sim-token", const QByteArray &body = {});

    QString m_binary;
    QNetworkAccessManager m_nam;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestSimProcess::initTestCase()
{
    QString error;
    m_binary = builtProgram(u"veza-task-sim"_s, &error);
    QVERIFY2(!m_binary.isEmpty(), qPrintable(error));
}

void TestSimProcess::cleanup()
{
    for (const auto &process : m_processes) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
            process->waitForFinished(5000);
        }
    }
    m_processes.clear();
    m_nam.clearConnectionCache();
}

QUrl TestSimProcess::start(const QStringList &arguments, const QProcessEnvironment &environment)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    if (environment.isEmpty())
        env.remove(u"VEZA_SIM_TOKEN"_s);
    process->setProcessEnvironment(env);
    process->setProgram(m_binary);
    process->setArguments(QStringList{u"--port"_s, u"0"_s} + arguments);
    process->start();
    QProcess *raw = process.get();
    m_processes.push_back(std::move(process));
    if (!raw->waitForStarted(10'000))
        return {};
    while (!raw->canReadLine() && raw->state() == QProcess::Running)
        raw->waitForReadyRead(10'000);
    const QString line = QString::fromUtf8(raw->readLine()).chopped(1);
    static const QRegularExpression pattern(u"^listening on (http://127\\.0\\.0\\.1:[1-9][0-9]*)$"_s);
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch()) {
        qWarning() << "unexpected first line" << line << raw->readAllStandardError();
        return {};
    }
    return QUrl(match.captured(1), QUrl::StrictMode);
}

Response TestSimProcess::send(const QUrl &base, const QByteArray &path, const QByteArray &verb,
    const QByteArray &authorization, const QByteArray &body)
{
    QNetworkRequest request(QUrl::fromEncoded(base.toEncoded() + path, QUrl::StrictMode));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(20'000);
    std::unique_ptr<QNetworkReply> reply(
        verb == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Response response;
    response.finished = reply->isFinished() || finished.wait(30'000);
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.retryAfter = reply->rawHeader("Retry-After");
    return response;
}

void TestSimProcess::firstLineAndDefaults()
{
    const QUrl base = start({});
    QVERIFY(base.isValid());
    QVERIFY(base.port() > 0);

    const Response response = send(base, "/api/v1/assessments/async_tasks/3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10");
    QVERIFY(response.finished);
    QCOMPARE(response.status, 200);
    const QJsonObject task = response.json().value(u"task"_s).toObject();
    QCOMPARE(task.value(u"id"_s).toString(), u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s);
    QCOMPARE(task.value(u"state"_s).toString(), u"PENDING"_s);

    // An id with '/' in it arrives as one segment.
    const Response odd = send(base, "/api/v1/assessments/async_tasks/" + QUrl::toPercentEncoding(u"a/b?c"_s, {}, "."));
    QCOMPARE(odd.status, 200);
    QCOMPARE(odd.json().value(u"task"_s).toObject().value(u"id"_s).toString(), u"a/b?c"_s);

    // SIGTERM ends it promptly.
    QProcess *process = m_processes.back().get();
    process->terminate();
    QVERIFY(process->waitForFinished(5000));
}

void TestSimProcess::options_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("wrapper");
    QTest::addColumn<QJsonValue>("state");

    QTest::newRow("value numbers") << QStringList{u"--envelope"_s, u"value"_s, u"--enums"_s, u"numbers"_s} << u"value"_s
                                   << QJsonValue(1);
    QTest::newRow("bare names") << QStringList{u"--envelope=bare"_s, u"--enums=names"_s} << QString()
                                << QJsonValue(u"PENDING"_s);
    QTest::newRow("task numbers") << QStringList{u"--enums"_s, u"numbers"_s} << u"task"_s << QJsonValue(1);
}

void TestSimProcess::options()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, wrapper);
    QFETCH(QJsonValue, state);

    const QUrl base = start(arguments);
    QVERIFY(base.isValid());
    const Response response = send(base, "/api/v1/assessments/async_tasks/opt");
    QCOMPARE(response.status, 200);
    QJsonObject task = response.json();
    if (!wrapper.isEmpty()) {
        QCOMPARE(task.keys(), QStringList{wrapper});
        task = task.value(wrapper).toObject();
    }
    QCOMPARE(task.value(u"id"_s).toString(), u"opt"_s);
    QCOMPARE(task.value(u"state"_s), state);
}

void TestSimProcess::token_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environmentToken");
    QTest::addColumn<QByteArray>("accepted");
    QTest::addColumn<QByteArray>("rejected");

    QTest::newRow("default") << QStringList() << QString() << QByteArrayLiteral("sim-token")
                             << QByteArrayLiteral("other");
    QTest::newRow("option") << QStringList{u"--token"_s, u"s3cret"_s} << QString() << QByteArrayLiteral("s3cret")
                            << QByteArrayLiteral("sim-token");
    QTest::newRow("environment") << QStringList() << u"from-env"_s << QByteArrayLiteral("from-env")
                                 << QByteArrayLiteral("sim-token");
    QTest::newRow("option beats environment")
        << QStringList{u"--token=opt"_s} << u"from-env"_s << QByteArrayLiteral("opt") << QByteArrayLiteral("from-env");
}

void TestSimProcess::token()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environmentToken);
    QFETCH(QByteArray, accepted);
    QFETCH(QByteArray, rejected);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"VEZA_SIM_TOKEN"_s);
    if (!environmentToken.isEmpty())
        environment.insert(u"VEZA_SIM_TOKEN"_s, environmentToken);
    const QUrl base = start(arguments, environment);
    QVERIFY(base.isValid());
    const QByteArray path = "/api/v1/assessments/async_tasks/t";
    QCOMPARE(send(base, path, "GET", "Bearer " + accepted).status, 200);
    const Response denied = send(base, path, "GET", "Bearer " + rejected);
    QCOMPARE(denied.status, 401);
    QCOMPARE(denied.json().value(u"code"_s).toString(), u"Unauthenticated"_s);
    QCOMPARE(send(base, path, "GET", {}).status, 401);
}

void TestSimProcess::scenarioFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"scenario.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"tasks": [
        {"id": "done", "pending_ms": 0, "running_ms": 0, "status": "FAILED", "error_reason": "boom"},
        {"id": "gone", "http_status": 404}
    ]})");
    file.close();

    const QUrl base = start({u"--scenario"_s, file.fileName()});
    QVERIFY(base.isValid());
    const QJsonObject done = send(base, "/api/v1/assessments/async_tasks/done").json().value(u"task"_s).toObject();
    QCOMPARE(done.value(u"state"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(done.value(u"status"_s).toString(), u"FAILED"_s);
    QCOMPARE(done.value(u"error_reason"_s).toString(), u"boom"_s);
    const Response gone = send(base, "/api/v1/assessments/async_tasks/gone");
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json().value(u"code"_s).toString(), u"NotFound"_s);
}

void TestSimProcess::faultsInlineAndFile()
{
    const QUrl inlineBase = start({u"--faults"_s, uR"({"error503": 1, "retry_after_s": 3})"_s});
    QVERIFY(inlineBase.isValid());
    const Response unavailable = send(inlineBase, "/api/v1/assessments/async_tasks/f");
    QCOMPARE(unavailable.status, 503);
    QCOMPARE(unavailable.retryAfter, QByteArrayLiteral("3"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"faults.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"error429": 1, "retry_after_s": 9, "seed": 5})");
    file.close();
    const QUrl fileBase = start({u"--faults"_s, file.fileName()});
    QVERIFY(fileBase.isValid());
    const Response limited = send(fileBase, "/api/v1/assessments/async_tasks/f");
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.retryAfter, QByteArrayLiteral("9"));
    const QJsonObject faults = send(fileBase, "/sim/faults", "GET", {}).json();
    QCOMPARE(faults.value(u"error429"_s).toDouble(), 1.0);
    QCOMPARE(faults.value(u"seed"_s).toInt(), 5);
}

void TestSimProcess::controlApi()
{
    const QUrl base = start({});
    QVERIFY(base.isValid());
    const Response created = send(
        base, "/sim/tasks", "POST", {}, R"({"id": "posted", "pending_ms": 0, "running_ms": 0, "status": "CANCELED"})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"ids"_s).toArray(), QJsonArray{u"posted"_s});
    const QJsonObject task = send(base, "/api/v1/assessments/async_tasks/posted").json().value(u"task"_s).toObject();
    QCOMPARE(task.value(u"status"_s).toString(), u"CANCELED"_s);

    const QJsonObject stats = send(base, "/sim/stats", "GET", {}).json();
    QCOMPARE(stats.value(u"total"_s).toInt(), 1);
    QCOMPARE(stats.value(u"tasks"_s).toObject().value(u"posted"_s).toObject().value(u"requests"_s).toInt(), 1);
    QCOMPARE(send(base, "/sim/reset", "POST", {}, "").status, 200);
    QCOMPARE(send(base, "/sim/stats", "GET", {}).json().value(u"total"_s).toInt(), 0);
    QCOMPARE(send(base, "/sim/faults", "POST", {}, R"({"error500": 7})").status, 400);
}

void TestSimProcess::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("envelope") << QStringList{u"--envelope"_s, u"data"_s};
    QTest::newRow("enums") << QStringList{u"--enums"_s, u"words"_s};
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s};
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"http"_s};
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s};
    QTest::newRow("positional") << QStringList{u"extra"_s};
    QTest::newRow("empty token") << QStringList{u"--token"_s, QString()};
    QTest::newRow("missing scenario") << QStringList{u"--scenario"_s, u"/nonexistent/scenario.json"_s};
    QTest::newRow("faults out of range") << QStringList{u"--faults"_s, uR"({"error500": 2})"_s};
    QTest::newRow("faults not json") << QStringList{u"--faults"_s, u"{error500"_s};
    QTest::newRow("faults unknown key") << QStringList{u"--faults"_s, uR"({"boom": 1})"_s};
    QTest::newRow("missing faults file") << QStringList{u"--faults"_s, u"/nonexistent/faults.json"_s};
}

void TestSimProcess::badUsage()
{
    QFETCH(QStringList, arguments);

    QProcess process;
    process.setProgram(m_binary);
    process.setArguments(arguments);
    process.start();
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().startsWith("veza-task-sim: "));
}

QTEST_GUILESS_MAIN(TestSimProcess)
#include "tst_simprocess.moc"
