// SPDX-License-Identifier: MIT
// JSON result viewer benchmark (docs/benchmarks.md, "JSON index"): building a JsonIndex over a generated array of
// row objects (about 50 MB by default): time, peak memory (VmHWM, reset before each step through
// /proc/self/clear_refs), index bytes; then a search, the table layout, a CSV export, and QJsonDocument on the same
// bytes for comparison. Measures and prints a line a figure; asserts nothing.
#include "asynctask.h"
#include "benchsupport.h"
#include "jsonindex.h"
#include "jsonsearch.h"
#include "jsontablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <vector>

#ifdef VEZA_BENCH_SIMDJSON
#include <simdjson.h>
#endif

using namespace Qt::StringLiterals;

namespace {

using namespace Bench;

void figure(const char *name, double value, const char *unit)
{
    out()
        << QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(name), -44).arg(value, 12, 'f', 2).arg(QLatin1String(unit))
        << Qt::endl;
}

QByteArray rows(qsizetype targetBytes)
{
    QByteArray json;
    json.reserve(targetBytes + 1024);
    json += "[\n";
    for (int row = 0; json.size() < targetBytes; ++row) {
        json += (row ? ",\n" : "");
        json += R"(  {"id": ")" + QByteArray::number(row, 16).rightJustified(8, '0')
            + R"(-8b1d-4c3e-9a57-2d0c4b7e9f10", "name": "resource-)" + QByteArray::number(row) + R"(", "kind": ")"
            + (row % 3 ? "bucket" : "database") + R"(", "score": )" + QByteArray::number(row % 1000 * 0.731)
            + R"(, "public": )" + (row % 7 ? "false" : "true") + R"(, "owner": {"id": )" + QByteArray::number(row % 997)
            + R"(, "email": "user)" + QByteArray::number(row % 997)
            + R"(@example.com", "team": null}, "tags": ["prod", "eu-west-1", "tier-)" + QByteArray::number(row % 4)
            + R"("], "note": "caf\u00e9 \"quoted\" line\nbreak"})";
    }
    json += "\n]\n";
    return json;
}

template <typename F>
double timedMs(F &&step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mbOption(
        u"mb"_s, u"Size of the generated document in MB (default 50)."_s, u"MB"_s, u"50"_s);
    const QCommandLineOption runsOption(
        u"runs"_s, u"Index builds to time (default 3; the median is shown)."_s, u"runs"_s, u"3"_s);
    parser.addOptions({mbOption, runsOption});
    parser.process(app);
    const qsizetype bytes = qsizetype(parser.value(mbOption).toDouble() * 1e6);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QByteArray json = rows(bytes);
    figure("input size", double(json.size()) / 1e6, "MB");
    figure("peak memory after generating the input", double(statusKb("VmHWM")) / 1024, "MiB");
    if (!resetPeak())
        out() << "(cannot reset the peak through /proc/self/clear_refs: peaks below include the input's generation)\n";

    std::vector<double> times;
    std::shared_ptr<const JsonIndex> index;
    const qint64 rssBefore = statusKb("VmRSS");
    for (int run = 0; run < runs; ++run) {
        index.reset();
        resetPeak();
        std::optional<JsonIndex> built;
        times.push_back(timedMs([&] { built = JsonIndex::build(json); }));
        if (!built) {
            out() << "not indexed\n";
            return 1;
        }
        index = std::make_shared<const JsonIndex>(std::move(*built));
    }
    const qint64 peakBuild = statusKb("VmHWM");
    std::sort(times.begin(), times.end());
    figure("index build, median", times[times.size() / 2], "ms");
    figure("index build, throughput", double(json.size()) / 1e6 / (times[times.size() / 2] / 1000), "MB/s");
    figure("nodes", index->nodeCount(), "");
    figure("index memory", double(index->memoryBytes()) / (1024 * 1024), "MiB");
    figure("index bytes per node", double(index->memoryBytes()) / index->nodeCount(), "B");
    figure("index bytes per input byte", double(index->memoryBytes()) / double(json.size()), "");
    figure("peak memory during the build, input included", double(peakBuild) / 1024, "MiB");
    figure("peak above the input alone", double(peakBuild - rssBefore) / 1024, "MiB");

    QList<int> hits;
    figure("search \"user42@\", all hits", timedMs([&] { hits = searchJson(*index, u"user42@"_s); }), "ms");
    figure("  hits", double(hits.size()), "");
    figure("search \"user42@\", case-sensitive",
        timedMs([&] { hits = searchJson(*index, u"user42@"_s, Qt::CaseSensitive); }), "ms");
    figure("search \"eu-west\", all hits", timedMs([&] { hits = searchJson(*index, u"eu-west"_s); }), "ms");
    figure("  hits", double(hits.size()), "");
    figure("search \"RESOURCE-1\", case-insensitive, first 10,000",
        timedMs([&] { hits = searchJson(*index, u"RESOURCE-1"_s, Qt::CaseInsensitive, nullptr, 10'000); }), "ms");
    figure("search \"café\" (escaped in every row)", timedMs([&] { hits = searchJson(*index, u"café"_s); }), "ms");
    figure("  hits", double(hits.size()), "");
    figure("search \"\u212A\" (Kelvin sign: every value decoded)",
        timedMs([&] { hits = searchJson(*index, u"\u212A"_s); }), "ms");
    figure("  hits", double(hits.size()), "");

    std::shared_ptr<const JsonTableLayout> layout;
    figure("table layout", timedMs([&] { layout = JsonTableLayout::build(*index, JsonIndex::root()); }), "ms");
    figure("  rows", double(layout->rowShape.size()), "");
    figure("  columns", double(layout->columnCount()), "");
    QFile devNull(u"/dev/null"_s);
    devNull.open(QIODevice::WriteOnly);
    figure("CSV export to /dev/null", timedMs([&] { writeJsonTableCsv(&devNull, *index, JsonIndex::root(), *layout); }),
        "ms");

    index.reset();
    layout.reset();
    resetPeak();
    const qint64 rssQt = statusKb("VmRSS");
    QJsonDocument document;
    figure("QJsonDocument::fromJson, for comparison", timedMs([&] { document = QJsonDocument::fromJson(json); }), "ms");
    figure("  peak above the input alone", double(statusKb("VmHWM") - rssQt) / 1024, "MiB");
    if (document.isNull())
        return 1;
    document = {};

    // The task reader's pass: validate everything, index the envelope and the task's fields only.
    resetPeak();
    const qint64 rssShallow = statusKb("VmRSS");
    figure("JsonIndex::build, two levels (the reader's pass)", timedMs([&] { (void)JsonIndex::build(json, 2); }), "ms");
    figure("  peak above the input alone", double(statusKb("VmHWM") - rssShallow) / 1024, "MiB");
    // A whole answer around the rows, read as the client reads it: the result cut out, kept as text.
    {
        QByteArray body = R"({"task":{"id":"bench","state":"COMPLETE","status":"SUCCEEDED","result":)" + json + "}}";
        resetPeak();
        const qint64 rssReader = statusKb("VmRSS");
        TaskReader::Result read;
        figure("TaskReader::parse of the answer holding it",
            timedMs([&] { read = TaskReader::parse(std::move(body)); }), "ms");
        figure("  peak above the answer alone", double(statusKb("VmHWM") - rssReader) / 1024, "MiB");
        if (!read.task || read.task->result.size() != json.trimmed().size())
            return 1;
    }
#ifdef VEZA_BENCH_SIMDJSON
    // simdjson needs its input padded: a copy, counted in its peak.
    resetPeak();
    const qint64 rssSimd = statusKb("VmRSS");
    simdjson::dom::parser simdParser;
    simdjson::error_code error = simdjson::SUCCESS;
    const double simdMs = timedMs([&] {
        const simdjson::padded_string padded(json.constData(), size_t(json.size()));
        error = simdParser.parse(padded).error();
    });
    figure("simdjson DOM parse (padded copy included)", simdMs, "ms");
    figure("  peak above the input alone", double(statusKb("VmHWM") - rssSimd) / 1024, "MiB");
    if (error != simdjson::SUCCESS)
        return 1;
#else
    out() << "simdjson: not built in (install libsimdjson-dev and configure again)\n";
#endif
    return 0;
}
