// SPDX-License-Identifier: MIT
// veza-task-cli: gets or waits for Veza async tasks from scripts and CI jobs (docs/veza-task-cli.1).
#include "cliexit.h"
#include "clioptions.h"
#include "clioutput.h"
#include "clirunner.h"
#include "clock.h"
#include "connectionprofile.h"
#include "hardening.h"
#include "keystore.h"
#include "savedconnection.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
}

// The desktop app's settings file, whatever this program is called.
QSettings appSettings()
{
    return QSettings(
        QSettings::NativeFormat, QSettings::UserScope, QString(kSettingsOrganization), QString(kSettingsApplication));
}

} // namespace

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
    if (parsed.listConnections) {
        QSettings settings = appSettings();
        writeOut(savedConnectionList(settings));
        return int(CliExit::Success);
    }
    if (!parsed.options) {
        if (!parsed.output.isEmpty())
            writeOut(parsed.output);
        if (!parsed.error.isEmpty())
            output.error(parsed.error);
        return parsed.exitCode;
    }

    CliOptions options = *parsed.options;
    output.setJson(options.json);
    output.setQuiet(options.quiet);
    output.setProgress(options.progress);
    QNetworkProxyFactory::setUseSystemConfiguration(true); // a connection's "system proxy", as in the app
    QString connectionId;
    if (!options.savedConnection.isEmpty()) {
        QSettings settings = appSettings();
        const QString key = options.connection.apiKey; // from --token-file, if given
        LoadLimits saved;
        const QString error
            = loadSavedConnection(settings, options.savedConnection, &options.connection, &connectionId, &saved);
        if (!error.isEmpty()) {
            output.error(error);
            return int(CliExit::Usage);
        }
        // The connection's Advanced settings, unless the command line says otherwise.
        if (!options.limits.requestsPerSecond)
            options.limits.requestsPerSecond = saved.requestsPerSecond;
        if (!options.limits.maxInFlight)
            options.limits.maxInFlight = saved.maxInFlight;
        options.connection.apiKey = key;
    }

    std::unique_ptr<CliRunner> runner;
    const auto run = [&] {
        runner = std::make_unique<CliRunner>(options, &output, SystemClock::instance());
        QObject::connect(
            runner.get(), &CliRunner::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
        // Started from the event loop, so that its end always finds exec() running.
        QTimer::singleShot(0, runner.get(), &CliRunner::start);
    };
    KeyStore keys;
    const bool needsKey = options.connection.apiKey.isEmpty();
    const bool needsProxyPassword = !connectionId.isEmpty() && !options.connection.proxy.user.isEmpty();
    if (!needsKey && !needsProxyPassword) {
        run();
        return QCoreApplication::exec();
    }
    // The keychain answers asynchronously: the key, then the proxy's password, then the run.
    const auto fail = [&output](const QString &message) {
        output.error(message);
        QCoreApplication::exit(int(CliExit::Usage));
    };
    const auto readProxyPassword = [&] {
        if (!needsProxyPassword) {
            run();
            return;
        }
        keys.read(keychainEntry(connectionId, SecretKind::ProxyPassword), &app, [&](const KeyStore::Result &result) {
            if (result.status == KeyStore::Status::Ok)
                options.connection.proxyPassword = result.secret;
            run(); // without a password the proxy says so itself (407)
        });
    };
    if (!needsKey) {
        QTimer::singleShot(0, &app, readProxyPassword);
        return QCoreApplication::exec();
    }
    keys.read(keychainEntry(connectionId, SecretKind::ApiKey), &app, [&](const KeyStore::Result &result) {
        switch (result.status) {
        case KeyStore::Status::Ok:
            options.connection.apiKey = result.secret;
            readProxyPassword();
            return;
        case KeyStore::Status::NotFound:
            fail(u"connection “%1” has no API key in the system keychain: save one in the app's Connections dialog, "
                 "or use --token-file"_s.arg(options.savedConnection));
            return;
        default:
            fail(u"connection “%1”: the API key could not be read from the system keychain: %2"_s.arg(
                options.savedConnection, result.message));
            return;
        }
    });
    return QCoreApplication::exec();
}
