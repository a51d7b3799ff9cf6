// SPDX-License-Identifier: MIT
// Id extraction benchmark: the time IdExtractor::extract takes over large pastes (a 10 MB log, JSON lines, a
// bracket-heavy text crafted against JSON detection, one line of comma-joined task URLs, a 100,000-id list). Prints the
// median of several runs.
#include "idextractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

constexpr qsizetype TenMegabytes = qsizetype(10) * 1024 * 1024;

QString uuid(int n, const char *tail)
{
    return QStringLiteral("%1-%2").arg(n, 8, 16, QLatin1Char('0')).arg(QLatin1String(tail));
}

// Log lines as servers write them: syslog and journald, a task URL now and then, request ids everywhere.
QString syslog()
{
    QString text;
    for (int n = 0; text.size() < TenMegabytes; ++n) {
        text += QStringLiteral("Nov 29 10:00:%1 build-07 veza-sync[4120]: ").arg(n % 60, 2, 10, QLatin1Char('0'));
        text += n % 200 == 0 ? QStringLiteral("GET https://acme.vezacloud.com/api/v1/assessments/async_tasks/%1 200")
                                   .arg(uuid(n, "8b1d-4c3e-9a57-2d0c4b7e9f10"))
                             : QStringLiteral("poll tick took 12 ms job-%1 status=PENDING").arg(n);
        text += QStringLiteral(" x-request-id: %1\n").arg(uuid(n, "9c3d-4e2f-8a1b-2c3d4e5f6a7b"));
    }
    return text;
}

QString jsonLines()
{
    QString text;
    for (int n = 0; text.size() < TenMegabytes; ++n) {
        text
            += QStringLiteral(R"({"ts":"2024-11-29T10:00:02Z","task":{"id":"%1","state":"PENDING"},"request_id":"%2"})")
                   .arg(uuid(n, "8b1d-4c3e-9a57-2d0c4b7e9f10"), uuid(n, "9c3d-4e2f-8a1b-2c3d4e5f6a7b"))
            + QLatin1Char('\n');
    }
    return text;
}

// Openers that never close around answers that never end: what used to cost 12 s.
QString brackets()
{
    QString text;
    while (text.size() < TenMegabytes)
        text += QStringLiteral(R"([{"task": {"id": "job-x", "result": [{"id": )");
    return text;
}

// One line of task URLs joined by commas: what used to take quadratic time.
QString commaJoinedUrls()
{
    QString text = QStringLiteral("failed:");
    for (int n = 0; text.size() < TenMegabytes; ++n) {
        text += (n == 0 ? QStringLiteral(" ") : QStringLiteral(","))
            + QStringLiteral("https://acme.vezacloud.com/api/v1/assessments/async_tasks/")
            + uuid(n, "8b1d-4c3e-9a57-2d0c4b7e9f10");
    }
    return text;
}

QString list()
{
    QString text;
    for (int n = 0; n < IdExtractor::MaxIds; ++n)
        text += uuid(n, "8b1d-4c3e-9a57-2d0c4b7e9f10") + QLatin1Char('\n');
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const std::vector<std::pair<const char *, std::function<QString()>>> inputs{{"syslog, 10 MB", syslog},
        {"JSON lines, 10 MB", jsonLines}, {"unclosed brackets, 10 MB", brackets},
        {"comma-joined task URLs, 10 MB", commaJoinedUrls}, {"UUID list, 100,000 lines", list}};
    out << "input                          size MB   ids      median ms  (of 5 runs)\n";
    for (const auto &[name, make] : inputs) {
        const QString text = make();
        std::vector<qint64> times;
        qsizetype ids = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            ids = IdExtractor::extract(text).ids.size();
            times.push_back(timer.elapsed());
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QLatin1String(name), -30)
                   .arg(double(text.size()) / (1024 * 1024), 7, 'f', 1)
                   .arg(ids, 8)
                   .arg(times.at(times.size() / 2), 10);
    }
    return 0;
}
