// SPDX-License-Identifier: MIT
// The built veza-task-cli, run as scripts run it, against the simulator in this process ($VEZA_BIN_DIR is set by
// ctest). The simulator is served by this test's event loop, so the CLI is awaited by spinning it, never blocking.
#include "simfixture.h"
#include "testprograms.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Distinctive, so that a leak into any output is found by a plain search.
const QString kKey = u"k3y-9f27c1d8e4b6a0-sh0uld-n3ver-be-pr1nted"_s;
const QString kWrongKey = u"wr0ng-k3y-4c1e9a77b2d5-als0-n3ver-pr1nted"_s;

SimOptions simOptions()
{
    SimOptions options;
    options.token = kKey;
    return options;
}

QJsonObject spec(const QString &id, const QString &status, qint64 pendingMs = 0, qint64 runningMs = 0)
{
    return QJsonObject{
        {u"id"_s, id}, {u"pending_ms"_s, pendingMs}, {u"running_ms"_s, runningMs}, {u"status"_s, status}};
}

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QList<QByteArray> lines() const
    {
        QList<QByteArray> result = out.split('\n');
        if (!result.isEmpty() && result.constLast().isEmpty())
            result.removeLast();
        return result;
    }
    // Every stdout line as a JSON object; empty when a line is not one.
    [[nodiscard]] QList<QJsonObject> objects() const
    {
        QList<QJsonObject> result;
        for (const QByteArray &line : lines()) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return {};
            result.append(document.object());
        }
        return result;
    }
    [[nodiscard]] QByteArray dump() const { return "exit " + QByteArray::number(exitCode) + "\n" + out + err; }
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void getExitCodes_data();
    void getExitCodes();
    void getLines();
    void getJson();
    void getJsonLargeResultOnOneLine();
    void getNetworkErrorIsSeven();
    void getWaitsOutRateLimits();
    void getWithRejectedKeyAnswersEveryTask();
    void getGivesUpOnEndlessUnavailability();
    void getTimeoutReportsUnanswered();
    void getReportsAPauseLongerThanItsTimeout();
    void getWithParallelAndNoRateLimit();
    void parallelIsTheMostInFlightAtTheServer_data();
    void parallelIsTheMostInFlightAtTheServer();
    void waitPrintsEachChange();
    void waitExitCodes_data();
    void waitExitCodes();
    void waitJson();
    void waitTimeout();
    void waitNotFoundAfterGrace();
    void waitIdsFromStdin();
    void getIdsFromTextAndArguments_data();
    void getIdsFromTextAndArguments();
    void waitKeepsWaitingThroughFaults();
    void keyChannels_data();
    void keyChannels();
    void tokenFilePermissions();
    void quiet();

private:
    static void addOutcomeRows();
    [[nodiscard]] QProcessEnvironment environment(const QString &key = kKey) const;
    QProcess *launch(
        const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {});
    Run collect(QProcess *process, int timeoutMs = 20'000);
    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        return collect(launch(arguments, environment(), input));
    }
    bool addTask(const QJsonObject &taskSpec) { return m_sim.addTask(taskSpec); }
    QString writeKeyFile(const QString &name, const QByteArray &content, QFileDevice::Permissions permissions);

    QString m_binary;
    SimFixture m_sim{simOptions()};
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestCli::initTestCase()
{
    QString error;
    m_binary = builtProgram(u"veza-task-cli"_s, &error);
    QVERIFY2(!m_binary.isEmpty(), qPrintable(error));
    QVERIFY(m_sim.isListening());
    QVERIFY(m_dir.isValid());

    // Complete at the first answer, so get and wait both see the outcome at once.
    QJsonObject succeeded = spec(u"done-ok"_s, u"SUCCEEDED"_s);
    succeeded.insert(u"result"_s, QJsonObject{{u"number_value"_s, u"42"_s}});
    QVERIFY(addTask(succeeded));
    QJsonObject failed = spec(u"done-failed"_s, u"FAILED"_s);
    failed.insert(u"error_reason"_s, u"query timed out"_s);
    failed.insert(u"error_status"_s, QJsonObject{{u"code"_s, 4}, {u"message"_s, u"deadline exceeded"_s}});
    QVERIFY(addTask(failed));
    QVERIFY(addTask(spec(u"done-canceled"_s, u"CANCELED"_s)));
    QVERIFY(addTask(spec(u"done-unknown"_s, u"UNKNOWN_STATUS"_s)));
    QVERIFY(addTask(spec(u"running"_s, u"SUCCEEDED"_s, 0, 3'600'000)));
    QVERIFY(addTask(QJsonObject{{u"id"_s, u"paused"_s}, {u"state_override"_s, u"PAUSED"_s}}));
    QVERIFY(addTask(QJsonObject{{u"id"_s, u"gone"_s}, {u"http_status"_s, 404}}));
    QVERIFY(addTask(QJsonObject{{u"id"_s, u"broken"_s}, {u"http_status"_s, 500}}));
}

void TestCli::cleanup()
{
    m_sim.server().setFaults({});
    for (const auto &process : m_processes) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5'000); // killed: nothing left to serve
        }
    }
    m_processes.clear();
}

QProcessEnvironment TestCli::environment(const QString &key) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"VEZA_URL"_s);
    env.remove(u"VEZA_TOKEN"_s);
    env.insert(u"VEZA_URL"_s, m_sim.connection().baseUrl.toString());
    if (!key.isEmpty())
        env.insert(u"VEZA_TOKEN"_s, key);
    return env;
}

QProcess *TestCli::launch(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->setProgram(m_binary);
    process->setArguments(arguments);
    process->start();
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

Run TestCli::collect(QProcess *process, int timeoutMs)
{
    // Spinning the event loop keeps the in-process simulator answering; waitForFinished would starve it.
    const QDeadlineTimer deadline(timeoutMs);
    while (process->state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    Run result;
    result.finished = process->state() == QProcess::NotRunning && process->exitStatus() == QProcess::NormalExit;
    result.exitCode = process->exitCode();
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    return result;
}

QString TestCli::writeKeyFile(const QString &name, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    file.close();
    file.setPermissions(permissions);
    return file.fileName();
}

void TestCli::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    QVERIFY(help.finished);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.err.isEmpty());
    for (const char *needle : {"get|wait", "--json", "--timeout", "--interval", "--not-found-grace", "--token-file",
             "VEZA_TOKEN", "VEZA_URL", "Exit codes"}) {
        QVERIFY2(help.out.contains(needle), needle);
    }
    for (int code = 0; code <= 7; ++code)
        QVERIFY2(
            help.out.contains(QByteArray("\n  " + QByteArray::number(code) + "  ")), qPrintable(QString::number(code)));

    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("veza-task-cli "));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withUrl");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("nothing") << QStringList() << true << true << QByteArray("missing command");
    QTest::newRow("unknown command") << QStringList{u"watch"_s, u"x"_s} << true << true << QByteArray("watch");
    QTest::newRow("no ids") << QStringList{u"wait"_s} << true << true << QByteArray("no task ids");
    QTest::newRow("unknown option") << QStringList{u"get"_s, u"--bogus"_s, u"x"_s} << true << true
                                    << QByteArray("bogus");
    QTest::newRow("--token") << QStringList{u"--token"_s, kKey, u"get"_s, u"x"_s} << true << false
                             << QByteArray("VEZA_TOKEN or use --token-file");
    QTest::newRow("--token=") << QStringList{u"get"_s, u"x"_s, u"--token="_s + kKey} << true << false
                              << QByteArray("VEZA_TOKEN or use --token-file");
    QTest::newRow("no address") << QStringList{u"get"_s, u"x"_s} << false << true << QByteArray("VEZA_URL");
    QTest::newRow("plain http elsewhere") << QStringList{u"get"_s, u"--base-url"_s, u"http://example.com"_s, u"x"_s}
                                          << false << true << QByteArray("https://");
    QTest::newRow("no key") << QStringList{u"get"_s, u"x"_s} << true << false << QByteArray("VEZA_TOKEN");
    QTest::newRow("missing key file") << QStringList{u"get"_s, u"--token-file"_s, u"/nonexistent/key"_s, u"x"_s} << true
                                      << false << QByteArray("/nonexistent/key");
    QTest::newRow("timeout not a number")
        << QStringList{u"wait"_s, u"--timeout"_s, u"soon"_s, u"x"_s} << true << true << QByteArray("--timeout");
    QTest::newRow("timeout negative") << QStringList{u"wait"_s, u"--timeout=-1"_s, u"x"_s} << true << true
                                      << QByteArray("--timeout");
    QTest::newRow("interval below 1 s") << QStringList{u"wait"_s, u"--interval"_s, u"0.5"_s, u"x"_s} << true << true
                                        << QByteArray("--interval");
    QTest::newRow("interval with get") << QStringList{u"get"_s, u"--interval"_s, u"5"_s, u"x"_s} << true << true
                                       << QByteArray("wait only");
    QTest::newRow("max-rate negative") << QStringList{u"get"_s, u"--max-rate=-1"_s, u"x"_s} << true << true
                                       << QByteArray("--max-rate");
    QTest::newRow("max-rate zero") << QStringList{u"get"_s, u"--max-rate"_s, u"0"_s, u"x"_s} << true << true
                                   << QByteArray("--max-rate must be a number of requests per second from 0.1");
    QTest::newRow("max-rate absurd") << QStringList{u"get"_s, u"--max-rate"_s, u"1e9"_s, u"x"_s} << true << true
                                     << QByteArray("--max-rate");
    QTest::newRow("max-rate infinite") << QStringList{u"get"_s, u"--max-rate"_s, u"inf"_s, u"x"_s} << true << true
                                       << QByteArray("--max-rate");
    QTest::newRow("max-rate not a number")
        << QStringList{u"get"_s, u"--max-rate"_s, u"fast"_s, u"x"_s} << true << true << QByteArray("--max-rate");
    QTest::newRow("parallel zero") << QStringList{u"wait"_s, u"--parallel"_s, u"0"_s, u"x"_s} << true << true
                                   << QByteArray("--parallel");
    QTest::newRow("parallel too many") << QStringList{u"get"_s, u"--parallel"_s, u"65"_s, u"x"_s} << true << true
                                       << QByteArray("--parallel must be a whole number of requests from 1 to 64");
    QTest::newRow("parallel negative") << QStringList{u"get"_s, u"--parallel=-2"_s, u"x"_s} << true << true
                                       << QByteArray("--parallel");
    // An endless file is refused after the cap, not read to the end (it has none).
    QTest::newRow("key file /dev/zero") << QStringList{u"get"_s, u"--token-file"_s, u"/dev/zero"_s, u"x"_s} << true
                                        << false << QByteArray("too large");
    QTest::newRow("dot id") << QStringList{u"get"_s, u".."_s} << true << true << QByteArray("task id");
    QTest::newRow("progress both ways") << QStringList{u"get"_s, u"--progress"_s, u"--no-progress"_s, u"x"_s} << true
                                        << true << QByteArray("--no-progress");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withUrl);
    QFETCH(bool, withKey);
    QFETCH(QByteArray, message);

    QProcessEnvironment env = environment(withKey ? kKey : QString());
    if (!withUrl)
        env.remove(u"VEZA_URL"_s);
    const Run result = collect(launch(arguments, env));
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("veza-task-cli: "), result.err.constData());
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY2(!result.err.contains(kKey.toUtf8()), "the key was echoed");
    QCOMPARE(m_sim.server().requestCount(u"x"_s), 0);
}

// The columns, and the rows of a single finished task, that get and wait share.
void TestCli::addOutcomeRows()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("succeeded") << QStringList{u"done-ok"_s} << 0;
    QTest::newRow("failed") << QStringList{u"done-failed"_s} << 1;
    QTest::newRow("complete, unknown status") << QStringList{u"done-unknown"_s} << 1;
    QTest::newRow("canceled") << QStringList{u"done-canceled"_s} << 3;
}

void TestCli::getExitCodes_data()
{
    addOutcomeRows();
    QTest::newRow("still running") << QStringList{u"running"_s} << 5;
    QTest::newRow("newer server's state") << QStringList{u"paused"_s} << 5;
    QTest::newRow("not found") << QStringList{u"gone"_s} << 6;
    QTest::newRow("server error") << QStringList{u"broken"_s} << 7;
    QTest::newRow("1 beats 3") << QStringList{u"done-canceled"_s, u"done-failed"_s, u"done-ok"_s} << 1;
    QTest::newRow("3 beats 0") << QStringList{u"done-ok"_s, u"done-canceled"_s} << 3;
    QTest::newRow("6 beats 1") << QStringList{u"done-failed"_s, u"gone"_s} << 6;
    QTest::newRow("5 beats 6") << QStringList{u"gone"_s, u"running"_s} << 5;
    QTest::newRow("7 beats 5") << QStringList{u"running"_s, u"broken"_s} << 7;
}

void TestCli::getExitCodes()
{
    QFETCH(QStringList, ids);
    QFETCH(int, exitCode);

    const Run result = run(QStringList{u"get"_s} + ids);
    QVERIFY2(result.finished, result.dump().constData());
    QVERIFY2(result.exitCode == exitCode, result.dump().constData());
    QCOMPARE(result.lines().size(), ids.size());
}

void TestCli::getLines()
{
    const Run result = run({u"get"_s, u"done-failed"_s, u"gone"_s, u"done-ok"_s, u"broken"_s, u"running"_s});
    QCOMPARE(result.exitCode, 7);
    // In the order given, tab-separated: id, state, status, error reason.
    const QList<QByteArray> lines = result.lines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QByteArray("done-failed\tCOMPLETE\tFAILED\tquery timed out"));
    QVERIFY(lines.at(1).startsWith("gone\tNOT_FOUND\t-\t"));
    QCOMPARE(lines.at(2), QByteArray("done-ok\tCOMPLETE\tSUCCEEDED\t-"));
    QVERIFY(lines.at(3).startsWith("broken\tERROR\t-\t"));
    QVERIFY(lines.at(3).contains("500"));
    QCOMPARE(lines.at(4), QByteArray("running\tIN_PROGRESS\tUNKNOWN_STATUS\t-"));
    // Errors are explained on stderr, with the request id support staff ask for.
    QVERIFY(result.err.contains("gone: "));
    QVERIFY(result.err.contains("broken: "));
    QVERIFY(result.err.contains("Request id"));
}

void TestCli::getJson()
{
    const Run result = run({u"get"_s, u"--json"_s, u"done-ok"_s, u"done-failed"_s, u"running"_s, u"gone"_s});
    QCOMPARE(result.exitCode, 5);
    const QList<QJsonObject> objects = result.objects();
    QCOMPARE(objects.size(), 4);

    const QStringList keys{
        u"error"_s, u"error_reason"_s, u"error_status"_s, u"id"_s, u"result"_s, u"state"_s, u"status"_s};
    for (const QJsonObject &object : objects)
        QCOMPARE(object.keys(), keys);

    QCOMPARE(objects.at(0).value(u"id"_s).toString(), u"done-ok"_s);
    QCOMPARE(objects.at(0).value(u"state"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(objects.at(0).value(u"status"_s).toString(), u"SUCCEEDED"_s);
    QCOMPARE(objects.at(0).value(u"result"_s).toObject().value(u"number_value"_s).toString(), u"42"_s);
    QVERIFY(objects.at(0).value(u"error"_s).isNull());

    QCOMPARE(objects.at(1).value(u"status"_s).toString(), u"FAILED"_s);
    QCOMPARE(objects.at(1).value(u"error_reason"_s).toString(), u"query timed out"_s);
    QCOMPARE(objects.at(1).value(u"error_status"_s).toObject().value(u"code"_s).toInt(), 4);

    QCOMPARE(objects.at(2).value(u"state"_s).toString(), u"IN_PROGRESS"_s);
    QCOMPARE(objects.at(2).value(u"status"_s).toString(), u"UNKNOWN_STATUS"_s);
    QVERIFY(objects.at(2).value(u"result"_s).isNull());

    QCOMPARE(objects.at(3).value(u"id"_s).toString(), u"gone"_s);
    QVERIFY(objects.at(3).value(u"state"_s).isNull());
    const QJsonObject error = objects.at(3).value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"not_found"_s);
    QCOMPARE(error.value(u"http_status"_s).toInt(), 404);
    QVERIFY(!error.value(u"request_id"_s).toString().isEmpty());
}

void TestCli::getJsonLargeResultOnOneLine()
{
    // The result is printed from the text received, never parsed: it must still be one valid line of JSON.
    QJsonObject big = spec(u"big-rows"_s, u"SUCCEEDED"_s);
    big.insert(u"result_bytes"_s, 3 * 1024 * 1024);
    QVERIFY(addTask(big));
    const Run result = run({u"get"_s, u"--json"_s, u"big-rows"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 1);
    const QList<QJsonObject> objects = result.objects();
    QCOMPARE(objects.size(), 1);
    const QJsonObject rows = objects.at(0).value(u"result"_s).toObject();
    QVERIFY(rows.value(u"row_count"_s).toInt() > 10'000);
    QCOMPARE(rows.value(u"rows"_s).toArray().size(), rows.value(u"row_count"_s).toInt());
    QCOMPARE(objects.at(0).value(u"status"_s).toString(), u"SUCCEEDED"_s);
}

void TestCli::getNetworkErrorIsSeven()
{
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    QProcessEnvironment env = environment();
    env.insert(u"VEZA_URL"_s, u"http://127.0.0.1:1"_s);
    const Run result = collect(launch({u"get"_s, u"done-ok"_s}, env));
    QCOMPARE(result.exitCode, 7);
    QVERIFY(result.out.startsWith("done-ok\tERROR\t"));
}

void TestCli::getWaitsOutRateLimits()
{
    QVERIFY(addTask(spec(u"slowdown"_s, u"SUCCEEDED"_s)));
    SimFaults faults;
    faults.error429 = 1;
    faults.retryAfterSeconds = 1;
    m_sim.server().setFaults(faults);
    QProcess *process = launch({u"get"_s, u"slowdown"_s}, environment());
    QTRY_VERIFY_WITH_TIMEOUT(m_sim.server().requestCount(u"slowdown"_s) >= 1, 10'000);
    m_sim.server().setFaults({});
    const Run result = collect(process);
    QVERIFY2(result.finished, result.dump().constData());
    QVERIFY2(result.exitCode == 0, result.dump().constData()); // a 429 is a pause, not the answer
    QCOMPARE(result.lines(), QList<QByteArray>{"slowdown\tCOMPLETE\tSUCCEEDED\t-"});
    QVERIFY(m_sim.server().requestCount(u"slowdown"_s) >= 2);
}

void TestCli::getGivesUpOnEndlessUnavailability()
{
    QVERIFY(addTask(spec(u"maintenance"_s, u"SUCCEEDED"_s)));
    SimFaults faults;
    faults.error503 = 1;
    faults.retryAfterSeconds = 1;
    m_sim.server().setFaults(faults);
    const Run result = run({u"get"_s, u"maintenance"_s});
    QVERIFY2(result.finished, result.dump().constData());
    QVERIFY2(result.exitCode == 7, result.dump().constData());
    QVERIFY2(result.err.contains("503"), result.err.constData());
    QCOMPARE(m_sim.server().requestCount(u"maintenance"_s), 3);
}

void TestCli::getTimeoutReportsUnanswered()
{
    // An answer that takes longer than --timeout: get reports it instead of hanging.
    QVERIFY(addTask(spec(u"stuck"_s, u"SUCCEEDED"_s)));
    SimFaults faults;
    faults.delay = 1;
    faults.delayMs = 20'000;
    m_sim.server().setFaults(faults);
    const Run result = run({u"get"_s, u"--timeout"_s, u"1.5"_s, u"stuck"_s, u"done-ok"_s});
    QVERIFY2(result.finished, result.dump().constData());
    QVERIFY2(result.exitCode == 7, result.dump().constData());
    QCOMPARE(result.lines().size(), 2);
    QVERIFY2(result.lines().at(0).startsWith("stuck\tERROR\t"), result.dump().constData());
    QVERIFY2(result.err.contains("no answer within --timeout (1.5 s)"), result.err.constData());
}

void TestCli::getReportsAPauseLongerThanItsTimeout()
{
    // A 429 asking for ten minutes does not fit in a 60 s timeout: reported at once, with when the pause ends, for
    // the task still waiting its turn too (the pause holds the whole connection).
    QVERIFY(addTask(spec(u"throttled"_s, u"SUCCEEDED"_s)));
    QVERIFY(addTask(spec(u"throttled-too"_s, u"SUCCEEDED"_s)));
    SimFaults faults;
    faults.error429 = 1;
    faults.retryAfterSeconds = 600;
    m_sim.server().setFaults(faults);
    const Run result = run({u"get"_s, u"--json"_s, u"--parallel"_s, u"1"_s, u"throttled"_s, u"throttled-too"_s});
    QVERIFY2(result.finished, result.dump().constData());
    QVERIFY2(result.exitCode == 7, result.dump().constData());
    QVERIFY2(result.err.contains("the pause ends at"), result.err.constData());
    QVERIFY2(result.err.contains("after --timeout"), result.err.constData());
    QVERIFY2(!result.err.contains("no answer within"), result.err.constData());
    const QList<QJsonObject> objects = result.objects();
    QCOMPARE(objects.size(), 2);
    for (const QJsonObject &object : objects) {
        QCOMPARE(object.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"rate_limited"_s);
        QVERIFY(object.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"pause ends at"_s));
    }
    QCOMPARE(m_sim.server().requestCount(u"throttled"_s) + m_sim.server().requestCount(u"throttled-too"_s), 1);
}

void TestCli::getWithParallelAndNoRateLimit()
{
    QStringList ids;
    for (int i = 0; i < 40; ++i) {
        ids << u"bulk-%1"_s.arg(i);
        QVERIFY(addTask(spec(ids.last(), u"SUCCEEDED"_s)));
    }
    const Run result = run(QStringList{u"get"_s, u"--parallel"_s, u"8"_s, u"--max-rate"_s, u"100000"_s} + ids);
    QVERIFY2(result.exitCode == 0, result.dump().constData());
    QCOMPARE(result.lines().size(), ids.size());
    for (const QString &id : std::as_const(ids))
        QCOMPARE(m_sim.server().requestCount(id), 1);
}

void TestCli::parallelIsTheMostInFlightAtTheServer_data()
{
    QTest::addColumn<int>("parallel");
    QTest::newRow("1") << 1;
    QTest::newRow("2") << 2;
    QTest::newRow("6") << 6;
}

void TestCli::parallelIsTheMostInFlightAtTheServer()
{
    // The simulator holds every answer for a while and counts how many it holds at once: the client's concurrency.
    QFETCH(int, parallel);
    QStringList ids;
    for (int i = 0; i < 24; ++i) {
        ids << u"held-%1-%2"_s.arg(parallel).arg(i);
        QVERIFY(addTask(spec(ids.last(), u"SUCCEEDED"_s)));
    }
    SimFaults faults;
    faults.delay = 1;
    faults.delayMs = 150;
    m_sim.server().setFaults(faults);
    m_sim.server().resetClocksAndStats();
    const Run result
        = run(QStringList{u"get"_s, u"--parallel"_s, QString::number(parallel), u"--max-rate"_s, u"1000"_s} + ids);
    m_sim.server().setFaults({});
    QVERIFY2(result.exitCode == 0, result.dump().constData());
    QCOMPARE(result.lines().size(), ids.size());
    QCOMPARE(m_sim.server().heldAnswersPeak(), parallel);
}

void TestCli::getWithRejectedKeyAnswersEveryTask()
{
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << u"key-%1"_s.arg(i);
    const int before = m_sim.server().stats().value(u"unauthorized"_s).toInt();
    const Run result = collect(launch(QStringList{u"get"_s} + ids, environment(kWrongKey)));
    QVERIFY2(result.finished, result.dump().constData());
    QVERIFY2(result.exitCode == 4, result.dump().constData());
    QCOMPARE(result.lines().size(), ids.size());
    QCOMPARE(result.err.count("401"), 1); // said once
    // The rejected key is not tried again for every task: only the requests already out (the cap) reach Veza.
    QVERIFY(m_sim.server().stats().value(u"unauthorized"_s).toInt() - before <= 4);
}

void TestCli::waitPrintsEachChange()
{
    QVERIFY(addTask(spec(u"steps"_s, u"SUCCEEDED"_s, 300, 1'000)));
    const Run result = run({u"wait"_s, u"--interval"_s, u"1"_s, u"steps"_s});
    QVERIFY2(result.finished, result.dump().constData());
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.lines();
    QVERIFY2(lines.size() >= 2, result.dump().constData());
    QCOMPARE(lines.constFirst(), QByteArray("steps\tPENDING\tUNKNOWN_STATUS\t-"));
    QCOMPARE(lines.constLast(), QByteArray("steps\tCOMPLETE\tSUCCEEDED\t-"));
    QCOMPARE(QSet<QByteArray>(lines.cbegin(), lines.cend()).size(), lines.size()); // per change, not per poll
    QVERIFY(m_sim.server().requestCount(u"steps"_s) >= 2);
    // stderr is not a terminal here: no progress without --progress.
    QVERIFY2(result.err.isEmpty(), result.err.constData());
}

void TestCli::waitExitCodes_data()
{
    addOutcomeRows();
    QTest::newRow("3 beats 0") << QStringList{u"done-ok"_s, u"done-canceled"_s} << 3;
    QTest::newRow("1 beats 3") << QStringList{u"done-canceled"_s, u"done-failed"_s} << 1;
    QTest::newRow("6 beats 1") << QStringList{u"done-failed"_s, u"gone"_s} << 6;
}

void TestCli::waitExitCodes()
{
    QFETCH(QStringList, ids);
    QFETCH(int, exitCode);

    const Run result = run(QStringList{u"wait"_s, u"--not-found-grace"_s, u"0"_s} + ids);
    QVERIFY2(result.finished, result.dump().constData());
    QVERIFY2(result.exitCode == exitCode, result.dump().constData());
}

void TestCli::waitJson()
{
    QVERIFY(addTask(spec(u"json-a"_s, u"SUCCEEDED"_s, 0, 500)));
    const Run result = run({u"wait"_s, u"--json"_s, u"--interval"_s, u"1"_s, u"json-a"_s, u"done-failed"_s});
    QCOMPARE(result.exitCode, 1);
    // Only the final objects, one per task, in the order given.
    const QList<QJsonObject> objects = result.objects();
    QVERIFY2(objects.size() == 2, result.dump().constData());
    QCOMPARE(objects.at(0).value(u"id"_s).toString(), u"json-a"_s);
    QCOMPARE(objects.at(0).value(u"state"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(objects.at(0).value(u"status"_s).toString(), u"SUCCEEDED"_s);
    QCOMPARE(objects.at(1).value(u"id"_s).toString(), u"done-failed"_s);
    QCOMPARE(objects.at(1).value(u"status"_s).toString(), u"FAILED"_s);
    QCOMPARE(objects.at(1).value(u"error_reason"_s).toString(), u"query timed out"_s);
}

void TestCli::waitTimeout()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const Run result
        = run({u"wait"_s, u"--json"_s, u"--timeout"_s, u"1.2"_s, u"--interval"_s, u"1"_s, u"running"_s, u"done-ok"_s});
    QCOMPARE(result.exitCode, 5);
    QVERIFY(elapsed.elapsed() >= 1'100);
    QVERIFY(elapsed.elapsed() < 10'000);
    const QList<QJsonObject> objects = result.objects();
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).value(u"state"_s).toString(), u"IN_PROGRESS"_s);
    QCOMPARE(objects.at(1).value(u"status"_s).toString(), u"SUCCEEDED"_s);
    QVERIFY2(result.err.contains("timed out") && result.err.contains("running"), result.err.constData());
}

void TestCli::waitNotFoundAfterGrace()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const Run result
        = run({u"wait"_s, u"--progress"_s, u"--interval"_s, u"1"_s, u"--not-found-grace"_s, u"1.5"_s, u"gone"_s});
    QCOMPARE(result.exitCode, 6);
    // Asked again during the grace period, then given up.
    QVERIFY(elapsed.elapsed() >= 1'400);
    QVERIFY(result.out.startsWith("gone\tNOT_FOUND\t-\t"));
    QVERIFY2(result.err.contains("not found (HTTP 404) yet"), result.err.constData());
}

void TestCli::waitIdsFromStdin()
{
    QVERIFY(addTask(spec(u"stdin-a"_s, u"SUCCEEDED"_s)));
    QVERIFY(addTask(spec(u"stdin-b"_s, u"SUCCEEDED"_s)));
    QVERIFY(addTask(spec(u"stdin-c"_s, u"SUCCEEDED"_s)));
    // A list as the GUI's paste reads it: one id a line, quotes, trailing separators, duplicates.
    const Run result
        = run({u"wait"_s, u"--json"_s, u"done-ok"_s, u"-"_s}, "stdin-a\nstdin-b,\n'stdin-c';\ndone-ok\n\nstdin-a\n");
    QVERIFY2(result.exitCode == 0, result.dump().constData());
    QStringList ids;
    for (const QJsonObject &object : result.objects())
        ids.append(object.value(u"id"_s).toString());
    QCOMPARE(ids, (QStringList{u"done-ok"_s, u"stdin-a"_s, u"stdin-b"_s, u"stdin-c"_s}));

    const Run empty = run({u"wait"_s, u"-"_s}, " \n");
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.err.contains("standard input"));
}

void TestCli::getIdsFromTextAndArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("requested");
    QTest::addColumn<QByteArray>("message");

    const QString logged = u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s;
    const QStringList fromStdin{u"-"_s};
    QTest::newRow("prose") << fromStdin << QByteArray("please check on the quarterly export task for me\n") << 2
                           << QStringList{} << QByteArray("no task ids found on standard input");
    QTest::newRow("binary") << fromStdin << QByteArray("\x00\x01\xff\xfe{[\"\x7f", 9) << 2 << QStringList{}
                            << QByteArray("no task ids found on standard input");
    // Only the task URL's id: not the date, the host, the method, the status or the request id.
    QTest::newRow("syslog line") << fromStdin
                                 << QByteArray("Nov 29 10:00:02 host app[311]: GET "
                                               "https://acme.vezacloud.com/api/v1/assessments/async_tasks/3F6C1E2A-"
                                               "8B1D-4C3E-9A57-2D0C4B7E9F10 200 req=1de5a7b0-9c3d-4e2f-8a1b-"
                                               "2c3d4e5f6a7b\n")
                                 << 0 << QStringList{logged} << QByteArray("left out: 1de5a7b0");
    QTest::newRow("task URL argument")
        << QStringList{u"https://acme.vezacloud.com/api/v1/assessments/async_tasks/url-7"_s} << QByteArray() << 0
        << QStringList{u"url-7"_s} << QByteArray();
    QTest::newRow("task URL argument of a UUID, in capitals")
        << QStringList{u"https://acme.vezacloud.com/api/v1/assessments/async_tasks/"_s + logged.toUpper()}
        << QByteArray() << 0 << QStringList{logged} << QByteArray();
    // The same task from the arguments and from standard input: asked for once.
    QTest::newRow("UUID argument in capitals and on stdin")
        << QStringList{logged.toUpper(), u"-"_s} << logged.toUtf8() << 0 << QStringList{logged} << QByteArray();
}

void TestCli::getIdsFromTextAndArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QStringList, requested);
    QFETCH(QByteArray, message);
    for (const QString &id : std::as_const(requested))
        QVERIFY(addTask(spec(id, u"SUCCEEDED"_s)));

    QSignalSpy requests(&m_sim.server(), &SimServer::taskRequested);
    const Run result = run(QStringList{u"get"_s} + arguments, input);
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode == exitCode, result.dump().constData());
    QVERIFY2(result.err.contains(message), result.dump().constData());
    QStringList seen;
    for (const QList<QVariant> &request : std::as_const(requests))
        seen.append(request.constFirst().toString());
    QCOMPARE(seen, requested);
}

void TestCli::waitKeepsWaitingThroughFaults()
{
    QVERIFY(addTask(spec(u"faulty"_s, u"SUCCEEDED"_s)));
    SimFaults faults;
    faults.error500 = 1;
    m_sim.server().setFaults(faults);
    QProcess *process = launch({u"wait"_s, u"--progress"_s, u"--interval"_s, u"1"_s, u"faulty"_s}, environment());
    QTRY_VERIFY_WITH_TIMEOUT(m_sim.server().requestCount(u"faulty"_s) >= 1, 10'000);

    faults = {};
    faults.reset = 1;
    m_sim.server().setFaults(faults);
    const int before = m_sim.server().requestCount(u"faulty"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim.server().requestCount(u"faulty"_s) > before, 10'000);
    QCOMPARE(process->state(), QProcess::Running);

    m_sim.server().setFaults({});
    const Run result = collect(process);
    QVERIFY2(result.finished, result.dump().constData());
    QCOMPARE(result.exitCode, 0);
    const QJsonObject injected = m_sim.server().stats().value(u"faults_injected"_s).toObject();
    QVERIFY(injected.value(u"error500"_s).toInt() >= 1);
    QVERIFY(injected.value(u"reset"_s).toInt() >= 1);
    // Transient trouble is progress on stderr; stdout only has the task's lines.
    QCOMPARE(result.lines(), QList<QByteArray>{"faulty\tCOMPLETE\tSUCCEEDED\t-"});
    QVERIFY2(result.err.contains("HTTP 500"), result.err.constData());
    QVERIFY2(result.err.contains("Still waiting"), result.err.constData());
}

void TestCli::keyChannels_data()
{
    QTest::addColumn<QString>("environmentKey");
    QTest::addColumn<QByteArray>("fileContent"); // empty: no --token-file
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");

    const QByteArray right = "  " + kKey.toUtf8() + "\n";
    const QByteArray wrong = kWrongKey.toUtf8() + "\n";
    QTest::newRow("VEZA_TOKEN right, wait") << kKey << QByteArray() << u"wait"_s << 0;
    QTest::newRow("VEZA_TOKEN wrong, wait") << kWrongKey << QByteArray() << u"wait"_s << 4;
    QTest::newRow("VEZA_TOKEN right, get") << kKey << QByteArray() << u"get"_s << 0;
    QTest::newRow("VEZA_TOKEN wrong, get") << kWrongKey << QByteArray() << u"get"_s << 4;
    QTest::newRow("file right, wait") << QString() << right << u"wait"_s << 0;
    QTest::newRow("file wrong, wait") << QString() << wrong << u"wait"_s << 4;
    QTest::newRow("file wrong, get") << QString() << wrong << u"get"_s << 4;
    QTest::newRow("file wins over VEZA_TOKEN") << kWrongKey << right << u"wait"_s << 0;
}

void TestCli::keyChannels()
{
    QFETCH(QString, environmentKey);
    QFETCH(QByteArray, fileContent);
    QFETCH(QString, command);
    QFETCH(int, exitCode);

    QStringList arguments{command, u"--progress"_s, u"done-ok"_s, u"gone"_s};
    if (!fileContent.isEmpty()) {
        const QString path = writeKeyFile(u"key"_s, fileContent, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!path.isEmpty());
        arguments << u"--token-file"_s << path;
    }
    if (exitCode == 0)
        arguments.removeOne(u"gone"_s);
    const int unauthorizedBefore = m_sim.server().stats().value(u"unauthorized"_s).toInt();

    for (const bool json : {false, true}) {
        const Run result
            = collect(launch(json ? arguments + QStringList{u"--json"_s} : arguments, environment(environmentKey)));
        QVERIFY2(result.finished, result.dump().constData());
        QVERIFY2(result.exitCode == exitCode, result.dump().constData());
        for (const QString &key : {kKey, kWrongKey}) {
            QVERIFY2(!result.out.contains(key.toUtf8()), "a key in stdout");
            QVERIFY2(!result.err.contains(key.toUtf8()), "a key in stderr");
        }
        if (exitCode == 4)
            QVERIFY2(result.err.contains("VEZA_TOKEN") && result.err.contains("401"), result.err.constData());
        else
            QVERIFY2(result.err.contains("veza-task-cli: ") || command == u"get", result.err.constData());
    }
    // The server saw the key it was given: the right one is accepted, the wrong one counted as unauthorized.
    const int unauthorized = m_sim.server().stats().value(u"unauthorized"_s).toInt() - unauthorizedBefore;
    QCOMPARE(unauthorized > 0, exitCode == 4);
}

void TestCli::tokenFilePermissions()
{
    const QString shared = writeKeyFile(u"shared-key"_s, kKey.toUtf8(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const Run warned = collect(launch({u"get"_s, u"--token-file"_s, shared, u"done-ok"_s}, environment(QString())));
    QCOMPARE(warned.exitCode, 0);
    QVERIFY2(warned.err.contains("can be read by other users"), warned.err.constData());
    QVERIFY(!warned.err.contains(kKey.toUtf8()));

    const QString empty = writeKeyFile(u"empty-key"_s, " \n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Run refused = collect(launch({u"get"_s, u"--token-file"_s, empty, u"done-ok"_s}, environment(QString())));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains("empty"));
}

void TestCli::quiet()
{
    const Run failed = run({u"wait"_s, u"--quiet"_s, u"--progress"_s, u"done-failed"_s});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(failed.out.isEmpty());
    QVERIFY(failed.err.isEmpty());

    const Run json = run({u"get"_s, u"--quiet"_s, u"--json"_s, u"done-ok"_s});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.out.isEmpty());

    // Errors still show.
    const Run rejected = collect(launch({u"wait"_s, u"--quiet"_s, u"done-ok"_s}, environment(kWrongKey)));
    QCOMPARE(rejected.exitCode, 4);
    QVERIFY(rejected.out.isEmpty());
    QVERIFY(rejected.err.contains("VEZA_TOKEN"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
