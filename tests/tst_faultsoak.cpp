// SPDX-License-Identifier: MIT
// The fault soak: 2,000 tasks, the built veza-task-sim answering at least 30 % of requests with a fault (server
// errors, rate limits, resets, cut, garbled, endless and bomb bodies, redirect loops, slow answers), the app's
// polling engine watching all of them. Every task must end in its true final state, within a bounded time, with
// memory flat.
#include "clock.h"
#include "taskmonitor.h"
#include "testprograms.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTasks = 2'000;
constexpr qint64 kMiB = 1024 * 1024;
const QString kToken = u"soak-token"_s;

} // namespace

class TestFaultSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"veza.*.info=false"_s); } // a line per pause is noise here
    void everyTaskReachesItsTrueStateWithFlatMemory();
};

void TestFaultSoak::everyTaskReachesItsTrueStateWithFlatMemory()
{
    QString error;
    const QString sim = builtProgram(u"veza-task-sim"_s, &error);
    QVERIFY2(!sim.isEmpty(), qPrintable(error));

    // 2,000 tasks of 0 to 8 s, every outcome; the truth is what the scenario says.
    const QStringList statuses{u"SUCCEEDED"_s, u"FAILED"_s, u"CANCELED"_s};
    QHash<QString, QString> truth;
    QJsonArray tasks;
    QStringList ids;
    for (int i = 0; i < kTasks; ++i) {
        const QString id = u"soak-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        const QString status = statuses.at(i % 3);
        tasks.append(QJsonObject{{u"id"_s, id}, {u"pending_ms"_s, (i * 37) % 2'000},
            {u"running_ms"_s, (i * 113) % 6'000}, {u"status"_s, status}});
        truth.insert(id, status);
        ids << id;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile scenario(dir.filePath(u"soak.json"_s));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(QJsonDocument(tasks).toJson(QJsonDocument::Compact));
    scenario.close();

    // At least 30 % of answers are faults, slow ones not counted: server errors, resets, cut and garbled bodies,
    // redirect loops, 2 GB lengths and decompression bombs. Rate limits stay rare because each one pauses the
    // whole connection; absurd Retry-After values are left to tst_vezaclient (each would stop a task for an hour).
    const QJsonObject faults{
        {u"error500"_s, 0.13},
        {u"error503"_s, 0.002},
        {u"error429"_s, 0.002},
        {u"retry_after_s"_s, 1},
        {u"reset"_s, 0.05},
        {u"reset_mid_body"_s, 0.05},
        {u"invalid_json"_s, 0.08},
        {u"redirect_loop"_s, 0.03},
        {u"huge_length"_s, 0.03},
        {u"bomb"_s, 0.03},
        {u"delay"_s, 0.05},
        {u"delay_ms"_s, 400},
        {u"seed"_s, 20261129},
    };
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(sim,
        {u"--port"_s, u"0"_s, u"--token"_s, kToken, u"--scenario"_s, scenario.fileName(), u"--faults"_s,
            QString::fromUtf8(QJsonDocument(faults).toJson(QJsonDocument::Compact))});
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 10'000);
    const QByteArray listening = server.readLine().trimmed();
    QVERIFY2(listening.startsWith("listening on "), listening.constData());

    // The app's own engine (client, scheduler, model), in this process so that its memory is what is measured;
    // the default policy with its waits shortened, the budget lifted and more requests at once, so that 2,000
    // tasks take a minute or two, not half an hour, and a long run of faults backs off seconds, not minutes.
    TaskMonitor monitor(SystemClock::instance());
    PollPolicy policy;
    policy.firstIntervalMs = 1'000;
    policy.backoffBaseMs = 1'000;
    policy.backoffMaxMs = 8'000;
    policy.rateLimitFallbackMs = 1'000;
    policy.maxInFlight = 16;
    policy.requestsPerSecond = 0;
    monitor.setPolicy(policy);
    monitor.setConnection({QUrl(QString::fromLatin1(listening.mid(13))), kToken});
    QHash<QString, int> inFlight;
    int mostInFlightForOneTask = 0;
    int mostInFlight = 0;
    connect(monitor.scheduler(), &PollScheduler::requestStarted, this, [&](const QString &id) {
        mostInFlightForOneTask = std::max(mostInFlightForOneTask, ++inFlight[id]);
        mostInFlight = std::max(mostInFlight, monitor.scheduler()->inFlightCount());
    });
    connect(monitor.scheduler(), &PollScheduler::resultReady, this,
        [&](const FetchResult &result) { --inFlight[result.id]; });
    int completed = 0;
    connect(&monitor, &TaskMonitor::taskCompleted, this, [&completed] { ++completed; });

    QList<qint64> rss;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&rss] { rss.append(procStatusBytes(0, "VmRSS")); });
    sampler.start(250);
    QElapsedTimer elapsed;
    elapsed.start();
    QCOMPARE(monitor.addTasks(ids), kTasks);
    QTRY_VERIFY_WITH_TIMEOUT(completed == kTasks, 240'000);
    sampler.stop();
    qInfo("%d tasks complete after %lld s", kTasks, elapsed.elapsed() / 1000);

    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        const TrackedTask *task = monitor.model()->task(it.key());
        QVERIFY(task && task->isComplete());
        QCOMPARE(statusWireName(task->status()), it.value());
        QVERIFY(!monitor.scheduler()->isWatching(it.key()));
    }
    QCOMPARE(mostInFlightForOneTask, 1);
    QVERIFY(mostInFlight <= policy.maxInFlight);

    // The simulator's own count shows the faults were there, at about the rate asked for.
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QString::fromLatin1(listening.mid(13)) + u"/sim/stats"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
    const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    const int total = stats.value(u"total"_s).toInt();
    int injected = 0;
    const QJsonObject counts = stats.value(u"faults_injected"_s).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        injected += it.key() == u"delay"_s ? 0 : it.value().toInt(); // a slow answer is still a good one
    qInfo("%d requests, %d faulty answers (%.1f %%), %d slow ones", total, injected,
        100.0 * injected / std::max(total, 1), counts.value(u"delay"_s).toInt());
    QVERIFY2(injected * 100 >= total * 30, "fewer faults than the soak is about");

    QVERIFY(rss.size() >= 8);
    const qsizetype third = rss.size() / 3;
    const qint64 early = *std::max_element(rss.cbegin(), rss.cbegin() + third);
    const qint64 late = *std::max_element(rss.cend() - third, rss.cend());
    const qint64 peak = *std::max_element(rss.cbegin(), rss.cend());
    qInfo("%d tasks in %lld samples; RSS: first third max %lld MiB, last third max %lld MiB, peak %lld MiB", kTasks,
        qint64(rss.size()), early / kMiB, late / kMiB, peak / kMiB);
    if (!builtWithAddressSanitizer()) {
        QVERIFY2(late <= early + 16 * kMiB, "memory grew while the faults went on");
        QVERIFY2(peak < 200 * kMiB, "memory far beyond what 2,000 small tasks need");
    }
    server.kill();
    server.waitForFinished(5'000); // killed: nothing left to serve
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
