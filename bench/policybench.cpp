// SPDX-License-Identifier: MIT
// Polling policy benchmark: the real PollScheduler on a virtual clock against simulated task durations,
// side by side with fixed-interval pollers. Prints requests per task and detection delay.
#include "benchsupport.h"
#include "clock.h"
#include "pollscheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

using namespace Bench;

// Answers every request at the virtual time it is sent: COMPLETE once the task's duration has passed.
class VirtualFetcher final : public TaskFetcher
{
public:
    using TaskFetcher::TaskFetcher;
    void fetch(const QString &taskId) override { m_pending.push_back(taskId); }
    std::vector<QString> takePending() { return std::exchange(m_pending, {}); }

private:
    std::vector<QString> m_pending;
};

struct Outcome
{
    QString name;
    double requestsPerTask = 0;
    double delayMedianS = 0;
    double delayP95S = 0;
    double delayP99S = 0;
    double delayMaxS = 0;
    double ratioP95 = 0; // detection delay / task duration
    double ratioMedian = 0;
};

Outcome run(const QString &name, const PollPolicy &policy, const std::vector<qint64> &durationsMs, quint32 seed)
{
    ManualClock clock(0);
    VirtualFetcher fetcher;
    PollScheduler scheduler(&fetcher, &clock);
    PollPolicy unlimited = policy;
    // The policy alone: no connection cap or budget, which would only add queueing to both sides.
    unlimited.maxInFlight = std::numeric_limits<int>::max();
    unlimited.requestsPerSecond = 0;
    unlimited.maxWatchMs = std::numeric_limits<qint64>::max() / 4;
    scheduler.setPolicy(unlimited);
    scheduler.setRandomSeed(seed);

    QHash<QString, qsizetype> index;
    for (size_t i = 0; i < durationsMs.size(); ++i) {
        const QString id = QString::number(i);
        index.insert(id, qsizetype(i));
        scheduler.watch(id, 0);
    }
    std::vector<qint64> detectedAt(durationsMs.size(), -1);
    qint64 requests = 0;
    while (true) {
        const qint64 wake = scheduler.nextWakeMs();
        if (wake < 0)
            break;
        clock.set(std::max(wake, clock.nowMs()));
        scheduler.processDue();
        for (const QString &id : fetcher.takePending()) {
            ++requests;
            const qsizetype i = index.value(id);
            FetchResult result;
            result.id = id;
            result.httpStatus = 200;
            AsyncTask task;
            task.id = id;
            const bool done = clock.nowMs() >= durationsMs[size_t(i)];
            task.state = done ? TaskState::Complete : TaskState::InProgress;
            task.status = done ? TaskStatus::Succeeded : TaskStatus::Unknown;
            result.task = task;
            if (done)
                detectedAt[size_t(i)] = clock.nowMs();
            Q_EMIT fetcher.finished(result);
        }
    }

    std::vector<double> delays;
    std::vector<double> ratios;
    for (size_t i = 0; i < durationsMs.size(); ++i) {
        const double delay = double(detectedAt[i] - durationsMs[i]) / 1000.0;
        delays.push_back(delay);
        ratios.push_back(delay * 1000.0 / double(durationsMs[i]));
    }
    Outcome outcome;
    outcome.name = name;
    outcome.requestsPerTask = double(requests) / double(durationsMs.size());
    outcome.delayMedianS = percentile(delays, 0.5);
    outcome.delayP95S = percentile(delays, 0.95);
    outcome.delayP99S = percentile(delays, 0.99);
    outcome.delayMaxS = percentile(delays, 1.0);
    outcome.ratioP95 = percentile(ratios, 0.95);
    outcome.ratioMedian = percentile(ratios, 0.5);
    return outcome;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compares the adaptive polling policy with fixed-interval pollers."));
    parser.addHelpOption();
    const QCommandLineOption tasksOption(
        QStringLiteral("tasks"), QStringLiteral("Number of tasks."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption medianOption(QStringLiteral("median"), QStringLiteral("Median duration in seconds."),
        QStringLiteral("S"), QStringLiteral("180"));
    const QCommandLineOption sigmaOption(
        QStringLiteral("sigma"), QStringLiteral("Log-normal sigma."), QStringLiteral("SIGMA"), QStringLiteral("1.4"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("SEED"), QStringLiteral("42"));
    const QCommandLineOption sweepOption(QStringLiteral("sweep"),
        QStringLiteral("Also run the adaptive policy with these age factors (comma-separated)."),
        QStringLiteral("FACTORS"));
    parser.addOptions({tasksOption, medianOption, sigmaOption, seedOption, sweepOption});
    parser.process(app);

    const int tasks = std::max(1, parser.value(tasksOption).toInt());
    const double median = parser.value(medianOption).toDouble();
    const double sigma = parser.value(sigmaOption).toDouble();
    const quint32 seed = parser.value(seedOption).toUInt();

    // Durations from a fixed-seed log-normal distribution, clamped to 5 s … 6 h.
    std::mt19937_64 engine(seed);
    std::lognormal_distribution<double> distribution(std::log(median), sigma);
    std::vector<qint64> durations;
    durations.reserve(size_t(tasks));
    for (int i = 0; i < tasks; ++i)
        durations.push_back(qint64(std::clamp(distribution(engine), 5.0, 6.0 * 3600.0) * 1000.0));

    QTextStream out(stdout);
    out << "tasks: " << tasks << ", durations log-normal, median " << median << " s, sigma " << sigma
        << ", clamped to 5 s … 6 h, seed " << seed << "\n\n";

    std::vector<Outcome> outcomes{
        run(QStringLiteral("adaptive (default policy)"), PollPolicy(), durations, seed),
        run(QStringLiteral("fixed 3 s"), PollPolicy::fixed(3'000), durations, seed),
        run(QStringLiteral("fixed 5 s"), PollPolicy::fixed(5'000), durations, seed),
        run(QStringLiteral("fixed 30 s"), PollPolicy::fixed(30'000), durations, seed),
    };
    const QStringList factors = parser.value(sweepOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &factor : factors) {
        PollPolicy policy;
        policy.ageFactor = factor.toDouble();
        outcomes.push_back(
            run(QStringLiteral("adaptive, age factor %1").arg(policy.ageFactor), policy, durations, seed));
    }
    const double fixed5 = outcomes[2].requestsPerTask;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("poller"), -26)
               .arg(QStringLiteral("req/task"), 9)
               .arg(QStringLiteral("vs 5 s"), 7)
               .arg(QStringLiteral("delay p50"), 10)
               .arg(QStringLiteral("p95"), 7)
               .arg(QStringLiteral("p99"), 7)
               .arg(QStringLiteral("max"), 7)
               .arg(QStringLiteral("delay/dur p50"), 14)
               .arg(QStringLiteral("p95"), 6);
    for (const Outcome &o : outcomes) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(o.name, -26)
                   .arg(o.requestsPerTask, 9, 'f', 1)
                   .arg(o.requestsPerTask / fixed5, 7, 'f', 2)
                   .arg(QString::number(o.delayMedianS, 'f', 1) + QLatin1String(" s"), 10)
                   .arg(QString::number(o.delayP95S, 'f', 1) + QLatin1String(" s"), 7)
                   .arg(QString::number(o.delayP99S, 'f', 1) + QLatin1String(" s"), 7)
                   .arg(QString::number(o.delayMaxS, 'f', 1) + QLatin1String(" s"), 7)
                   .arg(QString::number(o.ratioMedian * 100, 'f', 1) + QLatin1String(" %"), 14)
                   .arg(QString::number(o.ratioP95 * 100, 'f', 1) + QLatin1String(" %"), 6);
    }
    return 0;
}
