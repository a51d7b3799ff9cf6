// SPDX-License-Identifier: MIT
#pragma once
// What the benchmarks share: where they print, percentiles, the process's memory from /proc, and waiting in the
// event loop (a benchmark's main may spin one; the app never does).

#include <QByteArrayView>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace Bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// kB of a /proc/self/status field (VmHWM: peak resident memory, VmRSS: now); -1 when unreadable.
inline qint64 statusKb(QByteArrayView field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = field.toByteArray() + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Linux restarts the peak (VmHWM) from the current size when 5 is written here (since 4.0).
inline bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// Before the QApplication: offscreen unless the caller chose a platform.
inline void offscreenByDefault()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// After it: settings and data in test folders under the benchmark's own name, never the user's; no info logging.
inline void isolate(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("veza-task-monitor-bench"));
    QCoreApplication::setApplicationName(name);
    QLoggingCategory::setFilterRules(QStringLiteral("veza.*.info=false"));
}

inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Bench
