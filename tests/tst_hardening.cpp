// SPDX-License-Identifier: MIT
// Core dumps are off in the GUI and the CLI, so the key they hold never reaches a core file.
#include "hardening.h"
#include "simfixture.h"
#include "testprograms.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// The "Max core file size" soft and hard limits of a process, as /proc shows them; empty when unreadable.
QByteArrayList coreLimits(qint64 pid)
{
    QFile limits(u"/proc/%1/limits"_s.arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = limits.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Max core file size"))
            return line.mid(int(qstrlen("Max core file size"))).simplified().split(' ').mid(0, 2);
    }
    return {};
}

} // namespace

class TestHardening final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void programsTurnCoreDumpsOff_data();
    void programsTurnCoreDumpsOff();
    // Last: it changes this process's own limits, which children would inherit.
    void inProcess();
};

void TestHardening::programsTurnCoreDumpsOff_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("veza-task-cli") << u"veza-task-cli"_s << QStringList{u"wait"_s, u"long-task"_s};
    QTest::newRow("veza-task-monitor") << u"veza-task-monitor"_s << QStringList{u"--demo"_s};
}

void TestHardening::programsTurnCoreDumpsOff()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    rlimit own{};
    QVERIFY(getrlimit(RLIMIT_CORE, &own) == 0);
    if (own.rlim_max == 0)
        QSKIP("core dumps are already off for this test: a child could not show that it turned them off");

    SimFixture sim;
    QVERIFY(sim.addTask({{u"id"_s, u"long-task"_s}, {u"pending_ms"_s, 600'000}}));
    QString error;
    const QString path = builtProgram(program, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"VEZA_URL"_s, sim.connection().baseUrl.toString());
    env.insert(u"VEZA_TOKEN"_s, sim.connection().apiKey);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(path, arguments);
    QVERIFY(process.waitForStarted());
    // Inherited limits are not 0 (checked above): only the program's own main() can have set them so.
    QTRY_COMPARE_WITH_TIMEOUT(coreLimits(process.processId()), (QByteArrayList{"0", "0"}), 20'000);
    QCOMPARE(process.state(), QProcess::Running);
    process.kill();
    process.waitForFinished(5'000); // killed: nothing left to serve
}

void TestHardening::inProcess()
{
    QVERIFY(disableCoreDumps());
    rlimit limit{};
    QVERIFY(getrlimit(RLIMIT_CORE, &limit) == 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE), 0);
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
