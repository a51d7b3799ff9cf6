// SPDX-License-Identifier: MIT
// veza-task-cli: gets or waits for Veza async tasks from scripts and CI jobs (docs/veza-task-cli.1).
#include "clioptions.h"
#include "clioutput.h"
#include "clirunner.h"
#include "clock.h"
#include "hardening.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    disableCoreDumps(); // before anything can hold the key
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"veza-task-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VEZA_VERSION));
    installTranslations(&app);
    // The CLI reports every failure itself; the core's log lines would repeat them (QT_LOGGING_RULES still wins).
    QLoggingCategory::setFilterRules(u"veza.*.info=false\nveza.*.warning=false"_s);

    CliOutput output(stdout, stderr);
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    const CliParseResult parsed = parseCommandLine(
        QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), &input, isatty(STDERR_FILENO) == 1);
    for (const QString &warning : parsed.warnings)
        output.error(warning);
    if (!parsed.options) {
        if (!parsed.output.isEmpty()) {
            const QByteArray text = parsed.output.toUtf8();
            std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
        }
        if (!parsed.error.isEmpty())
            output.error(parsed.error);
        return parsed.exitCode;
    }

    output.setJson(parsed.options->json);
    output.setQuiet(parsed.options->quiet);
    output.setProgress(parsed.options->progress);
    CliRunner runner(*parsed.options, &output, SystemClock::instance());
    QObject::connect(&runner, &CliRunner::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    // Started from the event loop, so that its end always finds exec() running.
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return QCoreApplication::exec();
}
