// SPDX-License-Identifier: MIT
// GUI at scale (docs/benchmarks.md, "GUI at scale"): the real window and monitor against the simulator process over
// loopback. Pasting 10,000 ids until the table is painted, then those rows changing ~10 % a second; and a task with a
// ~50 MB result selected until its tree shows. Prints a plain table; asserts nothing. Runs offscreen.
#include "benchsupport.h"
#include "clock.h"
#include "connection.h"
#include "mainwindow.h"
#include "pollpolicy.h"
#include "pollscheduler.h"
#include "resultview.h"
#include "taskmonitor.h"
#include "taskstore.h"
#include "tasktablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using namespace Bench;

// VmRSS or VmHWM in MB.
double procStatusMb(const char *field)
{
    return double(statusKb(field)) / 1024.0;
}

double maxOf(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

// The process's CPU time, or the calling thread's (the GUI thread's, called from it).
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs the event loop until done() or the timeout; false on timeout.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!done()) {
        if (elapsed.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// A timer on the GUI thread: a stall is how much later than its interval a tick came.
class Probe final
{
public:
    static constexpr int IntervalMs = 4;
    Probe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_stallsMs.push_back(std::max(0.0, double(now - m_last) / 1e6 - IntervalMs));
            m_last = now;
        });
        m_clock.start();
    }
    void start()
    {
        m_stallsMs.clear();
        m_last = -1;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    [[nodiscard]] const std::vector<double> &stalls() const { return m_stallsMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_stallsMs;
};

// Records the first Paint of a widget once armed.
class PaintWatcher final : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }
    std::function<bool()> armed;
    qint64 paintedAtNs = -1;
    QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (paintedAtNs < 0 && event->type() == QEvent::Paint && armed && armed())
            paintedAtNs = clock->nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }
};

// veza-task-sim as a process, so its work is not on this process's GUI thread.
class SimProcess final
{
public:
    bool start(const QString &program, const QString &scenario)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program, {u"--port"_s, u"0"_s, u"--scenario"_s, scenario});
        if (!m_process.waitForStarted(10'000))
            return false;
        QElapsedTimer waited;
        waited.start();
        while (!m_process.canReadLine() && waited.elapsed() < 60'000)
            m_process.waitForReadyRead(1'000);
        const QByteArray line = m_process.readLine().trimmed();
        const QByteArray prefix = "listening on ";
        if (!line.startsWith(prefix))
            return false;
        m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
        return m_baseUrl.isValid();
    }
    ~SimProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(5'000);
    }
    [[nodiscard]] Connection connection() const
    {
        Connection connection;
        connection.baseUrl = m_baseUrl;
        connection.apiKey = u"sim-token"_s;
        return connection;
    }

private:
    QProcess m_process;
    QUrl m_baseUrl;
};

// The app as ui/main.cpp wires it, with a store in a temporary folder.
struct App
{
    QTemporaryDir dir;
    TaskStore store;
    TaskMonitor monitor{SystemClock::instance()};
    MainWindow window{&monitor, SystemClock::instance()};

    App(const Connection &connection, const PollPolicy &policy)
    {
        monitor.setPolicy(policy);
        monitor.setConnection(connection);
        monitor.setStore(&store);
        bool opened = false;
        QObject::connect(&monitor, &TaskMonitor::storeOpened, &window, [&opened] { opened = true; });
        store.open(dir.filePath(u"tasks.sqlite"_s));
        window.resize(1400, 900);
        window.show();
        runUntil([&opened] { return opened; }, 60'000);
        runFor(300);
    }
    [[nodiscard]] QTableView *table() const { return window.findChild<QTableView *>(u"taskTable"_s); }
};

struct Row
{
    QString scenario;
    QString metric;
    double value = 0;
    QString target;
};
std::vector<Row> g_rows;

void report(const QString &scenario, const QString &metric, double value, const QString &target = {})
{
    g_rows.push_back({scenario, metric, value, target});
}

bool writeScenario(const QString &path, const QJsonArray &tasks)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(QJsonObject{{u"tasks"_s, tasks}}).toJson(QJsonDocument::Compact)) > 0;
}

// Paste `rows` ids into an empty table until painted, then watch them change for `seconds`.
void benchRows(const QString &simProgram, int rows, int seconds, int sortColumn)
{
    QTemporaryDir dir;
    QStringList ids;
    QJsonArray specs;
    for (int i = 0; i < rows; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ids << id;
        // Started over the first 30 s (a state change each), then running for an hour: every row stays watched.
        specs.append(QJsonObject{{u"id"_s, id}, {u"pending_ms"_s, (i * 7919) % 30'000}, {u"running_ms"_s, 3'600'000},
            {u"status"_s, u"SUCCEEDED"_s}});
    }
    const QString scenario = dir.filePath(u"rows.json"_s);
    SimProcess sim;
    if (!writeScenario(scenario, specs) || !sim.start(simProgram, scenario)) {
        out() << "rows: the simulator did not start (" << simProgram << ")\n";
        return;
    }
    // Every row asked every 10 s, paced by the budget: 10 % of the rows answered a second.
    PollPolicy policy = PollPolicy::fixed(10'000);
    policy.maxInFlight = 6;
    policy.requestsPerSecond = std::max(1.0, rows / 10.0);
    App app(sim.connection(), policy);
    TaskTableModel *model = app.monitor.model();
    if (sortColumn >= 0)
        app.table()->sortByColumn(sortColumn, Qt::AscendingOrder); // as a click on that column's header

    Probe probe;
    QElapsedTimer clock;
    clock.start();
    PaintWatcher painted(app.table()->viewport());
    painted.clock = &clock;
    painted.armed = [model, rows] { return model->rowCount() >= rows; };
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    auto *paste = app.window.findChild<QAction *>(u"pasteAction"_s);
    const double cpuBefore = cpuSeconds();
    probe.start();
    const qint64 pastedAtNs = clock.nsecsElapsed();
    paste->trigger();
    if (!runUntil([&painted] { return painted.paintedAtNs >= 0; }, 120'000)) {
        out() << "rows: the table was not painted with " << rows << " rows within 120 s\n";
        return;
    }
    probe.stop();
    report(u"rows"_s, u"paste_to_painted_ms"_s, double(painted.paintedAtNs - pastedAtNs) / 1e6, u"< 1000"_s);
    report(u"rows"_s, u"paste_longest_stall_ms"_s, maxOf(probe.stalls()));
    report(u"rows"_s, u"paste_cpu_s"_s, cpuSeconds() - cpuBefore);
    report(u"rows"_s, u"sort_column"_s, sortColumn);
    report(u"rows"_s, u"selected_ranges"_s, double(app.table()->selectionModel()->selection().size()));

    qint64 answers = 0;
    QObject::connect(app.monitor.scheduler(), &PollScheduler::resultReady, &app.window, [&answers] { ++answers; });
    runFor(1'000); // the paste's own work settles
    answers = 0;
    resetPeak();
    const double cpuStart = cpuSeconds();
    const double guiCpuStart = cpuSeconds(RUSAGE_THREAD);
    QElapsedTimer wall;
    wall.start();
    probe.start();
    runFor(seconds * 1'000);
    probe.stop();
    const double wallSeconds = double(wall.elapsed()) / 1000.0;
    report(u"rows"_s, u"watch_seconds"_s, wallSeconds);
    report(u"rows"_s, u"watch_answers_per_s"_s, double(answers) / wallSeconds, QString::number(rows / 10));
    report(u"rows"_s, u"watch_stall_p50_ms"_s, percentile(probe.stalls(), 0.5));
    report(u"rows"_s, u"watch_stall_p99_ms"_s, percentile(probe.stalls(), 0.99), u"< 16"_s);
    report(u"rows"_s, u"watch_stall_max_ms"_s, maxOf(probe.stalls()), u"< 50"_s);
    report(u"rows"_s, u"watch_cpu_s_per_s"_s, (cpuSeconds() - cpuStart) / wallSeconds);
    report(u"rows"_s, u"watch_gui_thread_cpu_s_per_s"_s, (cpuSeconds(RUSAGE_THREAD) - guiCpuStart) / wallSeconds);
    report(u"rows"_s, u"watch_rss_mb"_s, procStatusMb("VmRSS"), u"< 150"_s);
    report(u"rows"_s, u"watch_peak_rss_mb"_s, procStatusMb("VmHWM"), u"< 150"_s);
}

// One task with a result of about `megabytes` MB: from its answer to the tree, and from selecting it to the tree.
void benchResult(const QString &simProgram, int megabytes)
{
    QTemporaryDir dir;
    const QString id = u"big-result"_s;
    const QString scenario = dir.filePath(u"result.json"_s);
    SimProcess sim;
    const qint64 bytes = qint64(megabytes) * 1'000'000;
    if (!writeScenario(scenario,
            {QJsonObject{{u"id"_s, id}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, u"SUCCEEDED"_s},
                {u"result_bytes"_s, bytes}}})
        || !sim.start(simProgram, scenario)) {
        out() << "result: the simulator did not start (" << simProgram << ")\n";
        return;
    }
    App app(sim.connection(), PollPolicy::fixed(1'000));
    TaskTableModel *model = app.monitor.model();
    auto *view = app.window.findChild<ResultView *>(u"resultView"_s);
    if (!view) {
        out() << "result: no ResultView named resultView\n";
        return;
    }
    QElapsedTimer clock;
    clock.start();
    qint64 answerNs = -1;
    qint64 readyNs = -1;
    QObject::connect(model, &TaskTableModel::taskChanged, &app.window, [&](const QString &changed) {
        const TrackedTask *task = model->task(changed);
        if (answerNs < 0 && changed == id && task && task->isComplete())
            answerNs = clock.nsecsElapsed();
    });
    QObject::connect(view, &ResultView::ready, &app.window, [&] { readyNs = clock.nsecsElapsed(); });
    PaintWatcher treePainted(view->tree()->viewport());
    treePainted.clock = &clock;
    treePainted.armed = [&readyNs] { return readyNs >= 0; };

    // Added as a paste adds it, so selected: the answer arrives while the pane shows the task.
    const double rssBefore = procStatusMb("VmRSS");
    resetPeak();
    Probe probe;
    probe.start();
    app.window.addTaskIds({id});
    if (!runUntil([&] { return treePainted.paintedAtNs >= 0; }, 300'000)) {
        out() << "result: the tree did not show the answer within 300 s\n";
        return;
    }
    probe.stop();
    const double payloadMb = double(bytes) / 1e6;
    report(u"result"_s, u"answer_to_ready_ms"_s, double(readyNs - answerNs) / 1e6);
    report(u"result"_s, u"answer_to_tree_painted_ms"_s, double(treePainted.paintedAtNs - answerNs) / 1e6);
    report(u"result"_s, u"arrival_longest_stall_ms"_s, maxOf(probe.stalls()));
    report(u"result"_s, u"arrival_peak_rss_over_payload"_s, (procStatusMb("VmHWM") - rssBefore) / payloadMb);

    // Away and back: the selection alone, the answer already in the model.
    app.table()->selectionModel()->clear();
    runFor(1'500);
    readyNs = -1;
    treePainted.paintedAtNs = -1;
    const double rssIdle = procStatusMb("VmRSS");
    resetPeak();
    probe.start();
    const qint64 selectedNs = clock.nsecsElapsed();
    app.window.selectTask(id);
    if (!runUntil([&] { return treePainted.paintedAtNs >= 0; }, 300'000)) {
        out() << "result: the tree did not show the selected result within 300 s\n";
        return;
    }
    probe.stop();
    report(u"result"_s, u"payload_mb"_s, payloadMb);
    report(u"result"_s, u"select_to_ready_ms"_s, double(readyNs - selectedNs) / 1e6);
    report(u"result"_s, u"select_to_tree_painted_ms"_s, double(treePainted.paintedAtNs - selectedNs) / 1e6);
    report(u"result"_s, u"select_longest_stall_ms"_s, maxOf(probe.stalls()), u"< 50"_s);
    report(u"result"_s, u"select_peak_rss_over_payload"_s, (procStatusMb("VmHWM") - rssIdle) / payloadMb);
    report(u"result"_s, u"rss_mb"_s, procStatusMb("VmRSS"));
}

} // namespace

int main(int argc, char *argv[])
{
    offscreenByDefault();
    QApplication app(argc, argv);
    isolate(u"veza-bench-gui"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The GUI at scale: 10,000 rows pasted and watched; a large result shown."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Paste and watch this many ids (default 10000)."_s, u"n"_s);
    const QCommandLineOption secondsOption(
        u"seconds"_s, u"Seconds of watching the rows change (default 20)."_s, u"s"_s, u"20"_s);
    const QCommandLineOption resultOption(
        u"result-mb"_s, u"Select a task with a result of about this many MB (default 50)."_s, u"mb"_s);
    const QCommandLineOption simOption(u"sim"_s, u"The veza-task-sim executable."_s, u"path"_s,
        QDir(QCoreApplication::applicationDirPath()).filePath(u"../bin/veza-task-sim"_s));
    const QCommandLineOption sortOption(u"sort"_s,
        u"Sort the table by this column while watching (TaskTableModel::Column, e.g. 6: last checked); none by "
        "default."_s,
        u"column"_s, u"-1"_s);
    parser.addOptions({rowsOption, secondsOption, resultOption, simOption, sortOption});
    parser.process(app);
    const bool all = !parser.isSet(rowsOption) && !parser.isSet(resultOption);
    const QString sim = parser.value(simOption);

    if (all || parser.isSet(rowsOption)) {
        const int rows = std::clamp(parser.isSet(rowsOption) ? parser.value(rowsOption).toInt() : 10'000, 1, 100'000);
        benchRows(sim, rows, std::clamp(parser.value(secondsOption).toInt(), 1, 3'600),
            std::clamp(parser.value(sortOption).toInt(), -1, int(TaskTableModel::ColumnCount) - 1));
    }
    if (all || parser.isSet(resultOption)) {
        const int mb = std::clamp(parser.isSet(resultOption) ? parser.value(resultOption).toInt() : 50, 1, 200);
        benchResult(sim, mb);
    }

    out() << QString::asprintf("%-8s %-32s %12s  %s\n", "scenario", "metric", "value", "target");
    for (const Row &row : g_rows) {
        out() << QString::asprintf("%-8s %-32s %12.2f  %s\n", qPrintable(row.scenario), qPrintable(row.metric),
            row.value, qPrintable(row.target));
    }
    out().flush();
    return 0;
}
