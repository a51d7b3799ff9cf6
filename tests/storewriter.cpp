// SPDX-License-Identifier: MIT
// veza-store-writer STORE: the child that tst_storecrash kills. The app's engine (client, scheduler, model, store)
// polls an in-process simulator and writes to the task store at STORE, restoring what earlier children wrote; it
// adds a task with a 0–3 s timeline every 50 ms and prints "added <id>" once TaskMonitor::addTasks has it. It runs
// until it is killed (or for a minute, so that a child orphaned by a crashed test ends by itself).
#include "clock.h"
#include "simserver.h"
#include "taskmonitor.h"
#include "taskstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kAddEveryMs = 50;
constexpr int kLifetimeMs = 60'000;

// A task spec for the simulator: pending then running, 0–3 s in all, each outcome, small results.
QJsonObject taskSpec(const QString &id, QRandomGenerator &random)
{
    static const QStringList statuses{u"SUCCEEDED"_s, u"FAILED"_s, u"CANCELED"_s};
    QJsonObject spec{
        {u"id"_s, id},
        {u"pending_ms"_s, random.bounded(1'000)},
        {u"running_ms"_s, random.bounded(2'000)},
        {u"status"_s, statuses.at(random.bounded(int(statuses.size())))},
    };
    if (spec.value(u"status"_s) == u"SUCCEEDED"_s)
        spec.insert(u"result"_s, QJsonObject{{u"number_value"_s, QString::number(random.bounded(100'000))}});
    return spec;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: veza-store-writer STORE\n", stderr);
        return 2;
    }
    // Fifty children each saying that the store opened would bury the test's own log.
    QLoggingCategory::setFilterRules(u"veza.*.info=false"_s);

    SimServer server;
    if (server.listenLoopback() == 0) {
        std::fputs("veza-store-writer: cannot listen on loopback\n", stderr);
        return 1;
    }
    TaskStore store;
    TaskMonitor monitor(SystemClock::instance());
    PollPolicy policy;
    policy.firstIntervalMs = 1'000;
    policy.requestsPerSecond = 0;
    policy.maxInFlight = 16;
    monitor.setPolicy(policy);
    monitor.setConnection({server.baseUrl(), server.options().token});
    monitor.setStore(&store);

    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
    // The pid and start time: ids unique across every child that ever wrote to the store.
    const QString prefix = u"%1-%2-"_s.arg(QCoreApplication::applicationPid())
                               .arg(QDateTime::currentMSecsSinceEpoch() % 1'000'000'000, 0, 36);
    int added = 0;
    QTimer adder;
    adder.setInterval(kAddEveryMs);
    QObject::connect(&adder, &QTimer::timeout, &monitor, [&] {
        const QString id = prefix + QString::number(added++);
        QString error;
        if (!server.addTask(taskSpec(id, random), &error)) {
            std::fprintf(stderr, "veza-store-writer: %s\n", qPrintable(error));
            QCoreApplication::exit(1);
            return;
        }
        if (monitor.addTasks({id}, u"crash test"_s) != 1) {
            std::fprintf(stderr, "veza-store-writer: %s was already listed\n", qPrintable(id));
            QCoreApplication::exit(1);
            return;
        }
        std::printf("added %s\n", qPrintable(id));
        std::fflush(stdout);
    });
    QObject::connect(&monitor, &TaskMonitor::storeOpened, &adder, [&](const StoreStatus &status) {
        if (status.mode != StoreStatus::Mode::ReadWrite) {
            std::fprintf(stderr, "veza-store-writer: store not writable: %s\n", qPrintable(status.message));
            QCoreApplication::exit(1);
            return;
        }
        // Restored tasks left unfinished get a short timeline too, so that restarts keep writing answers.
        const QStringList ids = monitor.model()->ids();
        for (const QString &id : ids) {
            const TrackedTask *task = monitor.model()->task(id);
            QString ignored;
            if (task && !task->isComplete())
                server.addTask(taskSpec(id, random), &ignored);
        }
        adder.start();
    });
    store.open(arguments.at(1));
    QTimer::singleShot(kLifetimeMs, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
