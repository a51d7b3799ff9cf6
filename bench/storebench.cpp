// SPDX-License-Identifier: MIT
// Task store benchmark (docs/benchmarks.md, "Task store"): start-up with 10,000 stored tasks until the table is
// painted, and what writing every answer to the store costs the GUI thread with 10,000 tasks watched. Measures and
// prints; asserts nothing. Runs offscreen.
#include "benchsupport.h"
#include "clock.h"
#include "mainwindow.h"
#include "taskmonitor.h"
#include "taskstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using namespace Bench;

double mean(const std::vector<double> &values)
{
    double sum = 0;
    for (const double value : values)
        sum += value;
    return values.empty() ? 0 : sum / double(values.size());
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// An answer as VezaClient gives it: parsed from a body, so its fingerprint tells an unchanged answer.
FetchResult answer(const QString &id, const QString &state, const QString &status, qint64 createdMs, qint64 updatedMs,
    const QJsonObject &extra = {})
{
    QJsonObject task{
        {u"id"_s, id},
        {u"state"_s, state},
        {u"status"_s, status},
        {u"created_at"_s, isoTime(createdMs)},
        {u"updated_at"_s, isoTime(updatedMs)},
    };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        task.insert(it.key(), it.value());
    FetchResult result;
    result.id = id;
    result.task = TaskReader::parse(QJsonDocument(QJsonObject{{u"task"_s, task}}).toJson(QJsonDocument::Compact)).task;
    result.httpStatus = 200;
    result.latencyMs = 60 + qHash(id) % 120;
    result.finishedAtMs = SystemClock::instance()->nowMs();
    return result;
}

// The path a real answer takes: the scheduler's signal into TaskMonitor::onResult (model, then store).
void feed(TaskMonitor &monitor, const FetchResult &result)
{
    Q_EMIT monitor.scheduler()->resultReady(result);
}

// Runs the event loop until the store has opened and the monitor restored it.
bool waitOpened(TaskMonitor &monitor, TaskStore &store, const QString &path)
{
    QEventLoop loop;
    bool opened = false;
    QObject::connect(&monitor, &TaskMonitor::storeOpened, &loop, [&] {
        opened = true;
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    store.open(path);
    loop.exec();
    return opened;
}

// The stored list: tasks added, then answered once each; a third complete with a small result.
void createStore(const QString &path, int tasks)
{
    QElapsedTimer elapsed;
    elapsed.start();
    TaskStore store;
    TaskMonitor monitor(SystemClock::instance());
    monitor.setStore(&store);
    if (!waitOpened(monitor, store, path)) {
        out() << "store did not open\n";
        return;
    }
    QStringList ids;
    for (int i = 0; i < tasks; ++i)
        ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
    monitor.addTasks(ids, u"benchmark"_s);
    const qint64 now = SystemClock::instance()->nowMs();
    for (int i = 0; i < tasks; ++i) {
        const QString &id = ids.at(i);
        const qint64 created = now - 3'600'000 + i;
        switch (i % 3) {
        case 0:
            feed(monitor, answer(id, u"PENDING"_s, u"UNKNOWN_STATUS"_s, created, created));
            break;
        case 1:
            feed(monitor, answer(id, u"IN_PROGRESS"_s, u"UNKNOWN_STATUS"_s, created, created + 5'000));
            break;
        default:
            if (i % 15 == 2) {
                feed(monitor,
                    answer(id, u"COMPLETE"_s, u"FAILED"_s, created, created + 60'000,
                        {{u"error_reason"_s, u"query timed out"_s},
                            {u"error_status"_s, QJsonObject{{u"code"_s, 4}, {u"message"_s, u"deadline exceeded"_s}}}}));
            } else {
                feed(monitor,
                    answer(id, u"COMPLETE"_s, u"SUCCEEDED"_s, created, created + 60'000,
                        {{u"result"_s, QJsonObject{{u"number_value"_s, QString::number(i * 7)}}}}));
            }
        }
    }
    store.flushAndWait();
    out() << "store: " << tasks << " tasks written in " << elapsed.elapsed() << " ms, "
          << (QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / 1024 << " KiB with its log\n";
}

// Counts paints of a widget after a moment.
class PaintWatcher final : public QObject
{
public:
    using QObject::QObject;
    bool armed = false;
    qint64 paintedAtMs = -1;
    QElapsedTimer *clock = nullptr;
    QEventLoop *loop = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && paintedAtMs < 0 && event->type() == QEvent::Paint) {
            paintedAtMs = clock->elapsed();
            loop->quit();
        }
        return QObject::eventFilter(watched, event);
    }
};

// In a fresh process: objects built, store opened, tasks restored, table painted. Prints one line.
int measureStartup(const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    TaskStore store;
    TaskMonitor monitor(SystemClock::instance());
    MainWindow window(&monitor, SystemClock::instance());
    qint64 readMs = -1;
    // Connected before the monitor's own slot: when the worker's read reached the GUI thread, before the restore.
    QObject::connect(&store, &TaskStore::opened, &window, [&] { readMs = clock.elapsed(); });
    monitor.setStore(&store);
    const qint64 builtMs = clock.elapsed();
    QEventLoop loop;
    PaintWatcher watcher;
    watcher.clock = &clock;
    watcher.loop = &loop;
    window.findChild<QTableView *>(u"taskTable"_s)->viewport()->installEventFilter(&watcher);
    qint64 openedMs = -1;
    // The first paint after the restore is the one with the rows.
    QObject::connect(&monitor, &TaskMonitor::storeOpened, &loop, [&] {
        openedMs = clock.elapsed();
        watcher.armed = true;
    });
    store.open(path);
    window.show();
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    out() << "startup built_ms " << builtMs << " read_ms " << readMs << " opened_ms " << openedMs << " painted_ms "
          << watcher.paintedAtMs << " rows " << monitor.model()->rowCount() << Qt::endl;
    return watcher.paintedAtMs < 0 ? 1 : 0;
}

struct LoadFigures
{
    qint64 answers = 0;
    double seconds = 0;
    std::vector<double> feedUs; // GUI thread time per answer, in TaskMonitor's feeding path
    std::vector<double> latenessMs; // probe timer
    std::vector<double> commitGapMs;
    std::vector<double> commitRows;
    std::vector<double> flushFedMs; // one second's answers fed, then
    std::vector<double> flushMs; // flushAndWait: their commit
    double saveTaskUs = 0; // TaskStore::saveTask alone, per call
    double allCommitMs = 0; // every task with its answer in one commit
};

// Answers at `rate` a second for `seconds` to the unfinished tasks, with the window shown; with the store or not.
LoadFigures measureLoad(const QString &path, bool withStore, double rate, int seconds)
{
    LoadFigures figures;
    TaskStore store;
    TaskMonitor monitor(SystemClock::instance());
    MainWindow window(&monitor, SystemClock::instance());
    if (withStore) {
        monitor.setStore(&store);
        if (!waitOpened(monitor, store, path))
            return figures;
    } else {
        // The same rows, restored by hand: the monitor has no store to feed.
        QEventLoop loop;
        QObject::connect(&store, &TaskStore::opened, &loop, [&](const StoreStatus &, const StoreContents &contents) {
            monitor.model()->restoreTasks(contents.tasks);
            loop.quit();
        });
        store.open(path);
        loop.exec();
    }
    window.show();
    runFor(500); // shown and settled

    QList<const TrackedTask *> unfinished;
    const QStringList ids = monitor.model()->ids();
    for (const QString &id : ids) {
        if (const TrackedTask *task = monitor.model()->task(id); !task->isComplete())
            unfinished.append(task);
    }
    QHash<QString, int> polls;
    const qint64 startedMs = SystemClock::instance()->nowMs();
    // A running task's answer changes now and then (every 5th poll here); the others are as before.
    const auto nextAnswer = [&](int i) {
        const TrackedTask *task = unfinished.at(i % unfinished.size());
        const int poll = ++polls[task->id];
        const qint64 created = task->createdAtMs;
        return answer(task->id, u"IN_PROGRESS"_s, u"UNKNOWN_STATUS"_s, created, startedMs + (poll / 5) * 1'000);
    };

    QElapsedTimer clock;
    QEventLoop loop;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    qint64 lastProbeNs = -1;
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastProbeNs >= 0)
            figures.latenessMs.push_back(std::max(0.0, double(now - lastProbeNs) / 1e6 - probe.interval()));
        lastProbeNs = now;
    });
    qint64 lastCommitNs = -1;
    QObject::connect(&store, &TaskStore::committed, &loop, [&](int rows) {
        const qint64 now = clock.nsecsElapsed();
        if (lastCommitNs >= 0)
            figures.commitGapMs.push_back(double(now - lastCommitNs) / 1e6);
        lastCommitNs = now;
        figures.commitRows.push_back(rows);
    });
    QTimer feeder;
    feeder.setInterval(10);
    QObject::connect(&feeder, &QTimer::timeout, &loop, [&] {
        // As many as the rate asks for by now, so a late tick does not lower it.
        const qint64 due = qint64(rate * double(clock.elapsed()) / 1000.0);
        for (; figures.answers < due; ++figures.answers) {
            const FetchResult result = nextAnswer(int(figures.answers));
            QElapsedTimer spent;
            spent.start();
            feed(monitor, result);
            figures.feedUs.push_back(double(spent.nsecsElapsed()) / 1e3);
        }
    });
    clock.start();
    probe.start();
    feeder.start();
    QTimer::singleShot(seconds * 1'000, &loop, &QEventLoop::quit);
    loop.exec();
    figures.seconds = double(clock.elapsed()) / 1000.0;
    feeder.stop();
    probe.stop();
    if (!withStore)
        return figures;

    // Apart, blocking on purpose: one second's answers at this rate, every one changed, then the commit.
    store.flushAndWait();
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer fed;
        fed.start();
        for (int i = 0; i < int(rate); ++i) {
            const TrackedTask *task = unfinished.at((round * int(rate) + i) % unfinished.size());
            feed(monitor,
                answer(
                    task->id, u"IN_PROGRESS"_s, u"UNKNOWN_STATUS"_s, task->createdAtMs, startedMs + 1'000'000 + round));
        }
        figures.flushFedMs.push_back(double(fed.elapsed()));
        QElapsedTimer committing;
        committing.start();
        store.flushAndWait();
        figures.flushMs.push_back(double(committing.nsecsElapsed()) / 1e6);
    }
    // Every task rewritten with its answer in one transaction: the worst batch there can be.
    QElapsedTimer all;
    all.start();
    for (const QString &id : ids)
        store.saveTask(*monitor.model()->task(id), true);
    figures.saveTaskUs = double(all.nsecsElapsed()) / 1e3 / double(ids.size());
    all.restart();
    store.flushAndWait();
    figures.allCommitMs = double(all.nsecsElapsed()) / 1e6;
    return figures;
}

void printLoad(const QString &name, const LoadFigures &f)
{
    out() << QString::asprintf(
        "%s: %lld answers in %.1f s (%.0f/s)\n", qPrintable(name), f.answers, f.seconds, double(f.answers) / f.seconds);
    double total = 0;
    for (const double us : f.feedUs)
        total += us;
    out() << QString::asprintf("  GUI thread per answer (TaskMonitor::onResult, model + store): mean %.1f µs, p50 "
                               "%.1f, p99 %.1f, max %.1f µs; %.2f %% of the thread\n",
        mean(f.feedUs), percentile(f.feedUs, 0.5), percentile(f.feedUs, 0.99),
        f.feedUs.empty() ? 0 : *std::max_element(f.feedUs.cbegin(), f.feedUs.cend()),
        total / 1e4 / std::max(f.seconds, 0.001));
    out() << QString::asprintf("  5 ms probe timer lateness: p50 %.2f ms, p99 %.2f ms, longest stall %.2f ms (%zu "
                               "ticks)\n",
        percentile(f.latenessMs, 0.5), percentile(f.latenessMs, 0.99),
        f.latenessMs.empty() ? 0 : *std::max_element(f.latenessMs.cbegin(), f.latenessMs.cend()), f.latenessMs.size());
    if (!f.commitRows.empty()) {
        out() << QString::asprintf("  commits: %zu, rows per commit mean %.0f, max %.0f; time between commits mean "
                                   "%.0f ms, max %.0f ms\n",
            f.commitRows.size(), mean(f.commitRows), *std::max_element(f.commitRows.cbegin(), f.commitRows.cend()),
            mean(f.commitGapMs),
            f.commitGapMs.empty() ? 0 : *std::max_element(f.commitGapMs.cbegin(), f.commitGapMs.cend()));
    }
    if (!f.flushMs.empty()) {
        QStringList rounds;
        for (size_t i = 0; i < f.flushMs.size(); ++i)
            rounds << QString::asprintf("%.1f (fed in %.0f)", f.flushMs[i], f.flushFedMs[i]);
        out() << "  commit of one second's answers, all changed (flushAndWait, ms): " << rounds.join(u", "_s) << "\n";
        out() << QString::asprintf("  every task with its answer: saveTask %.2f µs a call on the GUI thread, one "
                                   "commit %.0f ms\n",
            f.saveTaskUs, f.allCommitMs);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    offscreenByDefault();
    QApplication app(argc, argv);
    isolate(u"veza-bench-store"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Task store start-up and write cost."_s);
    parser.addHelpOption();
    const QCommandLineOption tasksOption(u"tasks"_s, u"Stored tasks (default 10000)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption runsOption(
        u"runs"_s, u"Start-up runs, each a fresh process (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption secondsOption(
        u"seconds"_s, u"Seconds of answers per load run (default 15)."_s, u"s"_s, u"15"_s);
    const QCommandLineOption startupOption(
        u"startup"_s, u"(internal) measure one start-up on this store."_s, u"path"_s);
    parser.addOptions({tasksOption, runsOption, secondsOption, startupOption});
    parser.process(app);
    if (parser.isSet(startupOption))
        return measureStartup(parser.value(startupOption));

    const int tasks = std::max(1, parser.value(tasksOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tasks.sqlite"_s);
    createStore(path, tasks);

    // Start-up, each in a fresh process; wall is from spawning it to its line (QApplication and fonts included).
    std::vector<double> painted;
    std::vector<double> wall;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer spawned;
        spawned.start();
        child.start(QCoreApplication::applicationFilePath(), {u"--startup"_s, path});
        child.waitForFinished(120'000);
        const double wallMs = double(spawned.elapsed());
        const QString line = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        out() << line << " process_ms " << wallMs << "\n";
        const QStringList fields = line.split(u' ');
        if (const qsizetype at = fields.indexOf(u"painted_ms"_s); at >= 0 && at + 1 < fields.size()) {
            painted.push_back(fields.at(at + 1).toDouble());
            wall.push_back(wallMs);
        }
    }
    out() << QString::asprintf("start-up with %d tasks until painted: median %.0f ms, max %.0f ms (whole process: "
                               "median %.0f ms)\n",
        tasks, percentile(painted, 0.5), painted.empty() ? 0 : *std::max_element(painted.cbegin(), painted.cend()),
        percentile(wall, 0.5));

    // 10 % of the tasks answered a second, as a busy list polled fast would be.
    const double rate = tasks / 10.0;
    printLoad(u"without store"_s, measureLoad(path, false, rate, seconds));
    printLoad(u"with store"_s, measureLoad(path, true, rate, seconds));
    out().flush();
    return 0;
}
