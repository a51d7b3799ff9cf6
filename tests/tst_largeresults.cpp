// SPDX-License-Identifier: MIT
// A large result polled again and again, shown in the window: memory stays near a small multiple of one copy.
#include "clock.h"
#include "mainwindow.h"
#include "taskmonitor.h"
#include "testprograms.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

qint64 statusBytes(const QByteArray &field)
{
    return procStatusBytes(0, field);
}

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

class TestLargeResults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resultPolledManyTimesStaysBounded();
};

void TestLargeResults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<FetchResult>();
}

void TestLargeResults::resultPolledManyTimesStaysBounded()
{
    if (builtWithAddressSanitizer())
        QSKIP("AddressSanitizer's quarantine keeps freed memory: bounds are checked in the ordinary build");
    constexpr qint64 payload = 30 * kMiB;
    // The simulator in its own process, so that only the app's memory is measured here.
    QString error;
    const QString program = builtProgram(u"veza-task-sim"_s, &error);
    QVERIFY2(!program.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    QFile scenario(dir.filePath(u"scenario.json"_s));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(QJsonDocument(QJsonObject{{u"id"_s, u"report"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0},
                                     {u"status"_s, u"SUCCEEDED"_s}, {u"result_bytes"_s, payload}})
                       .toJson());
    scenario.close();
    QProcess sim;
    sim.start(program, {u"--port"_s, u"0"_s, u"--token"_s, u"t"_s, u"--scenario"_s, scenario.fileName()});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10'000);
    const QByteArray listening = sim.readLine().trimmed();
    QVERIFY2(listening.startsWith("listening on "), listening.constData());
    const QUrl base(QString::fromLatin1(listening.mid(13)));
    const qint64 baseline = statusBytes("VmRSS");

    TaskMonitor monitor(SystemClock::instance());
    monitor.setConnection({base, u"t"_s});
    MainWindow window(&monitor, SystemClock::instance());
    window.show();

    // Counted, not spied: a QSignalSpy would keep every answer, and the memory measured with it.
    int results = 0;
    connect(monitor.scheduler(), &PollScheduler::resultReady, this, [&results] { ++results; });
    monitor.addTasks({u"report"_s});
    QTRY_COMPARE_WITH_TIMEOUT(results, 1, 30'000);
    QTableView *table = window.findChild<QTableView *>(u"taskTable"_s);
    QVERIFY(table);
    table->selectRow(0); // the details pane shows it
    QTest::qWait(500);

    QList<qint64> samples;
    for (int poll = 1; poll <= 12; ++poll) {
        monitor.refreshTasks({u"report"_s});
        QTRY_COMPARE_WITH_TIMEOUT(results, poll + 1, 30'000);
        QTest::qWait(500); // the details pane formats off the GUI thread, then freed pages are handed back
        samples.append(statusBytes("VmRSS") - baseline);
        qInfo("poll %d: RSS %lld MiB above the baseline, peak %lld MiB", poll, samples.last() / kMiB,
            statusBytes("VmHWM") / kMiB);
    }
    // No growth from poll to poll (before: about 150 MiB a poll). A sample may catch a copy on its way out, so the
    // lowest of the first polls is compared with the lowest of the last. What stays is the result as received (its
    // bytes, shared by the task and the result view) and the tree's index over them: about 2 copies for these rows,
    // with the window's own memory under 4; docs/reliability.md has the figures.
    const qint64 early = *std::min_element(samples.cbegin(), samples.cbegin() + 4);
    const qint64 late = *std::min_element(samples.cend() - 4, samples.cend());
    QVERIFY2(late - early < payload,
        qPrintable(u"RSS grew from %1 to %2 MiB over ten polls"_s.arg(early / kMiB).arg(late / kMiB)));
    // Kept: the lowest of the last polls (a sample may catch the next answer on its way in; the peak bounds that).
    QVERIFY2(late < 4 * payload, qPrintable(u"%1 MiB kept"_s.arg(late / kMiB)));
    const qint64 peak = statusBytes("VmHWM") - baseline;
    qInfo("baseline %lld MiB, peak %lld MiB above it", baseline / kMiB, peak / kMiB);
    QVERIFY2(peak < 6 * payload, qPrintable(u"peak %1 MiB"_s.arg(peak / kMiB)));
    sim.kill();
    sim.waitForFinished(5'000); // killed: nothing left to serve
}

QTEST_MAIN(TestLargeResults)
#include "tst_largeresults.moc"
