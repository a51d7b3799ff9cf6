// SPDX-License-Identifier: MIT
// The fault soak: 2,000 tasks, the built veza-task-sim answering 30 % of requests with a fault (server errors,
// rate limits, resets, cut and garbled bodies, slow answers), the built veza-task-cli waiting on all of them.
// Every task must end in its true final state, within a bounded time, with the CLI's memory flat.
#include "testprograms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void everyTaskReachesItsTrueStateWithFlatMemory();
};

void TestFaultSoak::everyTaskReachesItsTrueStateWithFlatMemory()
{
    QString error;
    const QString sim = builtProgram(u"veza-task-sim"_s, &error);
    QVERIFY2(!sim.isEmpty(), qPrintable(error));
    const QString cli = builtProgram(u"veza-task-cli"_s, &error);
    QVERIFY2(!cli.isEmpty(), qPrintable(error));

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

    // About 30 % of answers are faults (some draws coincide, and a slow answer counts as one); rate limits stay
    // rare because each one pauses the whole connection.
    const QJsonObject faults{
        {u"error500"_s, 0.10},
        {u"error503"_s, 0.002},
        {u"error429"_s, 0.002},
        {u"retry_after_s"_s, 1},
        {u"reset"_s, 0.06},
        {u"reset_mid_body"_s, 0.06},
        {u"invalid_json"_s, 0.06},
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

    QProcess waiter;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"VEZA_URL"_s, QString::fromLatin1(listening.mid(13)));
    env.insert(u"VEZA_TOKEN"_s, kToken);
    waiter.setProcessEnvironment(env);
    // The budget lifted and more requests at once, so that 2,000 tasks take a minute, not half an hour.
    waiter.start(cli,
        QStringList{u"wait"_s, u"--json"_s, u"--no-progress"_s, u"--parallel"_s, u"16"_s, u"--max-rate"_s, u"0"_s,
            u"--timeout"_s, u"240"_s}
            + ids);
    QVERIFY(waiter.waitForStarted());

    // Memory sampled while it runs, without blocking this event loop.
    QList<qint64> rss;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] {
        const qint64 bytes = procStatusBytes(waiter.processId(), "VmRSS");
        if (bytes > 0)
            rss.append(bytes);
    });
    sampler.start(250);
    QTRY_VERIFY_WITH_TIMEOUT(waiter.state() == QProcess::NotRunning, 280'000);
    sampler.stop();

    const QByteArray out = waiter.readAllStandardOutput();
    const QByteArray err = waiter.readAllStandardError();
    QCOMPARE(waiter.exitStatus(), QProcess::NormalExit);
    // Some tasks failed (1) and none could not be read: every one reached COMPLETE.
    QVERIFY2(waiter.exitCode() == 1, err.right(2'000).constData());
    QHash<QString, QJsonObject> reported;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        reported.insert(object.value(u"id"_s).toString(), object);
    }
    QCOMPARE(reported.size(), kTasks);
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        const QJsonObject task = reported.value(it.key());
        QCOMPARE(task.value(u"state"_s).toString(), u"COMPLETE"_s);
        QCOMPARE(task.value(u"status"_s).toString(), it.value());
    }

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
    QVERIFY2(injected > total / 5, "fewer faults than the soak is about");

    QVERIFY(rss.size() >= 8);
    const qsizetype third = rss.size() / 3;
    const qint64 early = *std::max_element(rss.cbegin(), rss.cbegin() + third);
    const qint64 late = *std::max_element(rss.cend() - third, rss.cend());
    const qint64 peak = *std::max_element(rss.cbegin(), rss.cend());
    qInfo("%d tasks in %lld samples; CLI RSS: first third max %lld MiB, last third max %lld MiB, peak %lld MiB", kTasks,
        qint64(rss.size()), early / kMiB, late / kMiB, peak / kMiB);
    if (!builtWithAddressSanitizer()) {
        QVERIFY2(late <= early + 16 * kMiB, "the CLI's memory grew while the faults went on");
        QVERIFY2(peak < 200 * kMiB, "the CLI's memory is far beyond what 2,000 small tasks need");
    }
    server.kill();
    server.waitForFinished(5'000); // killed: nothing left to serve
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
