// SPDX-License-Identifier: MIT
// veza-task-sim: the Veza async-task API on loopback, for development, demos and tests (docs/simulator.md).
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

#include <cstdio>
#include <initializer_list>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Bad usage exits with 2, as most command-line tools do, so scripts can tell it from a runtime failure.
constexpr int kUsageError = 2;

int usageError(const QString &message)
{
    std::fprintf(stderr, "veza-task-sim: %s\n", qUtf8Printable(message));
    return kUsageError;
}

bool readFile(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    *contents = file.readAll();
    return true;
}

// The value an option's word stands for, or nothing when the word is not one of them.
template <typename T>
std::optional<T> choice(const QString &word, std::initializer_list<std::pair<QString, T>> words)
{
    for (const auto &[name, value] : words) {
        if (word == name)
            return value;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"veza-task-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VEZA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Simulates GET /api/v1/assessments/async_tasks/{id} of the Veza API on 127.0.0.1.\n"
        "The first line on stdout is \"listening on http://127.0.0.1:PORT\"."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(
        u"port"_s, u"TCP port on 127.0.0.1; 0 picks a free one (default 0)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption tokenOption(
        u"token"_s, u"Bearer token to require (default $VEZA_SIM_TOKEN, else \"sim-token\")."_s, u"T"_s);
    const QCommandLineOption envelopeOption(
        u"envelope"_s, u"Wrap the task in {\"task\":…}, {\"value\":…} or not."_s, u"task|value|bare"_s, u"task"_s);
    const QCommandLineOption enumsOption(
        u"enums"_s, u"Send state and status as names or numbers."_s, u"names|numbers"_s, u"names"_s);
    const QCommandLineOption scenarioOption(u"scenario"_s, u"JSON file of scripted tasks."_s, u"FILE"_s);
    const QCommandLineOption faultsOption(
        u"faults"_s, u"Fault injection, as inline JSON or a JSON file."_s, u"JSON|FILE"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Log every request on stderr."_s);
    parser.addOptions(
        {portOption, tokenOption, envelopeOption, enumsOption, scenarioOption, faultsOption, verboseOption});

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"veza.sim.debug=true"_s);

    SimOptions options;
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return usageError(u"--port must be a number from 0 to 65535"_s);

    const QString envToken = qEnvironmentVariable("VEZA_SIM_TOKEN");
    if (parser.isSet(tokenOption))
        options.token = parser.value(tokenOption);
    else if (!envToken.isEmpty())
        options.token = envToken;
    if (options.token.trimmed().isEmpty())
        return usageError(u"--token must not be empty"_s);

    const auto envelope = choice<SimOptions::Envelope>(parser.value(envelopeOption),
        {{u"task"_s, SimOptions::Envelope::Task}, {u"value"_s, SimOptions::Envelope::Value},
            {u"bare"_s, SimOptions::Envelope::Bare}});
    if (!envelope)
        return usageError(u"--envelope must be task, value or bare"_s);
    options.envelope = *envelope;
    const auto enums = choice<SimOptions::Enums>(parser.value(enumsOption),
        {{u"names"_s, SimOptions::Enums::Names}, {u"numbers"_s, SimOptions::Enums::Numbers}});
    if (!enums)
        return usageError(u"--enums must be names or numbers"_s);
    options.enums = *enums;

    SimServer server(options);
    QString error;
    if (parser.isSet(scenarioOption)) {
        QByteArray json;
        if (!readFile(parser.value(scenarioOption), &json, &error) || !server.loadScenario(json, &error))
            return usageError(u"--scenario: %1"_s.arg(error));
    }
    if (parser.isSet(faultsOption)) {
        const QString value = parser.value(faultsOption);
        QByteArray json = value.toUtf8();
        // Inline JSON starts with a brace; anything else names a file.
        if (!value.trimmed().startsWith(u'{') && !readFile(value, &json, &error))
            return usageError(u"--faults: %1"_s.arg(error));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return usageError(u"--faults: not a JSON object"_s);
        const SimFaults faults = SimFaults::fromJson(document.object(), &error);
        if (!error.isEmpty())
            return usageError(u"--faults: %1"_s.arg(error));
        server.setFaults(faults);
    }

    if (server.listenLoopback(quint16(port)) == 0) {
        std::fprintf(stderr, "veza-task-sim: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    // Tests and scripts wait for this exact first line, so it must not sit in a buffer.
    const QByteArray line = "listening on " + server.baseUrl().toEncoded() + '\n';
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fflush(stdout);
    if (!parser.isSet(tokenOption) && envToken.isEmpty())
        std::fprintf(stderr, "veza-task-sim: send \"Authorization: Bearer %s\"\n", qUtf8Printable(options.token));

    return QCoreApplication::exec();
}
