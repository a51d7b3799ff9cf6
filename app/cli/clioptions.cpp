// SPDX-License-Identifier: MIT
#include "clioptions.h"

#include "cliexit.h"
#include "idextractor.h"
#include "idparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QProcessEnvironment>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A key file is a few hundred bytes; anything far larger is the wrong file.
constexpr qint64 kMaxKeyFileBytes = 64LL * 1024;

// Longest --timeout/--interval/--not-found-grace: a year, so milliseconds always fit.
constexpr double kMaxSeconds = 365.0 * 24 * 3600;

constexpr qint64 kDefaultGetTimeoutMs = 60'000;

const QString kKeyHint = u"set VEZA_TOKEN or use --token-file FILE"_s;

// The parser and its options, shared by parsing and --help.
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{{u"h"_s, u"help"_s}, u"Show this help and exit."_s};
    QCommandLineOption version{{u"v"_s, u"version"_s}, u"Show the version and exit."_s};
    QCommandLineOption json{u"json"_s,
        u"One JSON object per task per line (id, state, status, result, error_reason, error_status, error); "
        "wait prints them when it ends."_s};
    QCommandLineOption quiet{{u"q"_s, u"quiet"_s}, u"Print nothing but errors; use the exit code."_s};
    QCommandLineOption progress{u"progress"_s, u"Show progress on stderr even when it is not a terminal."_s};
    QCommandLineOption noProgress{u"no-progress"_s, u"Show no progress on stderr, even on a terminal."_s};
    QCommandLineOption timeout{u"timeout"_s,
        u"Give up after SECONDS (decimals allowed). wait: exit code 5, default no limit; get: tasks still "
        "unanswered are reported with exit code 7, default 60."_s,
        u"SECONDS"_s};
    QCommandLineOption maxRate{u"max-rate"_s,
        u"Send at most N requests per second (0.1 to 100000; default: the saved connection's, else 10, as the "
        "desktop app)."_s,
        u"N"_s};
    QCommandLineOption parallel{u"parallel"_s,
        u"Keep at most N requests in flight (1 to 64; default: the saved connection's, else 4, as the desktop app)."_s,
        u"N"_s};
    QCommandLineOption interval{u"interval"_s,
        u"wait: poll each task every SECONDS (at least 1); default: the desktop app's policy."_s, u"SECONDS"_s};
    QCommandLineOption notFoundGrace{u"not-found-grace"_s,
        u"wait: keep asking for a task that answers 404 for SECONDS before it counts as not found (default 30)."_s,
        u"SECONDS"_s};
    QCommandLineOption baseUrl{
        u"base-url"_s, u"Veza tenant address, e.g. https://your-org.vezacloud.com (default: $VEZA_URL)."_s, u"URL"_s};
    QCommandLineOption connection{u"connection"_s,
        u"Use the desktop app's saved connection NAME: its address, proxy and certificates from the app's settings, "
        "its API key from the system keychain (--token-file still wins)."_s,
        u"NAME"_s};
    QCommandLineOption listConnections{u"list-connections"_s,
        u"Print the desktop app's saved connections (name, address, proxy; never a key) and exit."_s};
    QCommandLineOption tokenFile{u"token-file"_s,
        u"Read the API key from FILE (default: $VEZA_TOKEN); keep the file private (chmod 600)."_s, u"FILE"_s};

    Parser()
    {
        parser.setApplicationDescription(
            u"Gets or waits for Veza async tasks (GET /api/v1/assessments/async_tasks/{id}) for scripts and CI jobs."_s);
        parser.addOptions({help, version, json, quiet, progress, noProgress, timeout, interval, notFoundGrace, maxRate,
            parallel, baseUrl, connection, listConnections, tokenFile});
        parser.addPositionalArgument(u"command"_s, u"get or wait (see Commands below)."_s, u"get|wait"_s);
        parser.addPositionalArgument(u"ids"_s, u"Task ids; - reads more ids from standard input."_s, u"ID…"_s);
    }
};

// Seconds as a decimal number, in ms; nullopt unless minimum ≤ value ≤ a year.
std::optional<qint64> parseSeconds(const QString &text, double minimum)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < minimum || seconds > kMaxSeconds)
        return std::nullopt;
    return qint64(std::llround(seconds * 1000));
}

bool isUsableKey(const QString &key)
{
    for (const QChar c : key) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

// The key file's content, trimmed; a file others can read still works, with a warning.
bool readKeyFile(const QString &path, QString *key, QStringList *warnings, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"--token-file: cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    // One byte past the cap tells a large file from a full one, without reading /dev/zero to its end.
    const QByteArray content = file.read(kMaxKeyFileBytes + 1);
    if (content.size() > kMaxKeyFileBytes) {
        *error = u"--token-file: %1 is too large to be an API key file"_s.arg(path);
        return false;
    }
    const QFileInfo info(path);
    if (info.isFile() && (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))) {
        warnings->append(
            u"warning: the API key file %1 can be read by other users; restrict it with: chmod 600 %1"_s.arg(path));
    }
    *key = QString::fromUtf8(content).trimmed();
    return true;
}

} // namespace

QString cliHelpText()
{
    Parser p;
    return p.parser.helpText() + uR"(
Commands:
  get ID…    Fetch each task once; print one line per task: id, state, status, error reason
             (tab-separated, "-" when empty; NOT_FOUND or ERROR as the state when it could not be read).
  wait ID…   Poll every task until it is complete, exactly as the desktop app polls; print a line per
             change (with --json, one object per task when it ends). Server errors, timeouts, resets and
             unreadable answers are retried; a task answering 404 is retried for the grace period.
  An ID of - reads more ids from standard input (separated by spaces, commas, semicolons or newlines).

Environment:
  VEZA_URL     the Veza tenant address, when --base-url is not given (https://; http:// for loopback only)
  VEZA_TOKEN   the API key, when --token-file is not given. The key is never accepted as an argument.
  With --connection NAME, neither is read: the app's saved connection gives the address, the proxy and the
  trusted certificates, and the system keychain gives the key.

Exit codes (when several apply, the first in this list wins):
  2  usage or configuration error
  4  the API key was rejected (HTTP 401 or 403)
  7  get: a task could not be read (network error, server error, unreadable answer, no answer
     within --timeout, or a rate-limit pause that ends after --timeout)
  5  wait: --timeout was reached with tasks still unfinished; get: a task is not complete yet
  6  a task was not found (HTTP 404; for wait, for longer than --not-found-grace)
  1  a task failed, or completed with an unknown status
  3  a task was canceled, and none failed
  0  every task succeeded

Progress and problems go to stderr when it is a terminal (or with --progress); data goes to stdout.
)"_s;
}

CliParseResult parseCommandLine(const QStringList &arguments, const QProcessEnvironment &environment,
    QIODevice *standardInput, bool stderrIsTerminal)
{
    CliParseResult result;
    // Warnings gathered so far are kept: a usage error may follow a key-file warning.
    const auto usageError = [&result](const QString &message) {
        result.exitCode = int(CliExit::Usage);
        result.error = message;
        return result;
    };

    // A key in argv is visible to every user through ps and lands in shell history.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString name = arguments.at(i).section(u'=', 0, 0);
        if (name == u"--")
            break;
        if (name == u"--token" || name == u"--api-key") {
            return usageError(u"%1: the API key is never taken as an argument (other users could see it in the "
                              "process list, and it would stay in the shell history); %2."_s.arg(name, kKeyHint));
        }
    }

    Parser p;
    if (!p.parser.parse(arguments))
        return usageError(p.parser.errorText() + u" (see --help)"_s);
    if (p.parser.isSet(p.help)) {
        result.output = cliHelpText();
        return result;
    }
    if (p.parser.isSet(p.version)) {
        result.output = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return result;
    }

    if (p.parser.isSet(p.listConnections)) {
        result.listConnections = true;
        return result;
    }

    const QStringList positional = p.parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(u"missing command: get or wait (see --help)"_s);
    CliOptions options;
    if (positional.constFirst() == u"get")
        options.command = CliOptions::Command::Get;
    else if (positional.constFirst() == u"wait")
        options.command = CliOptions::Command::Wait;
    else
        return usageError(u"unknown command “%1”: use get or wait (see --help)"_s.arg(positional.constFirst()));
    const bool waiting = options.command == CliOptions::Command::Wait;

    options.json = p.parser.isSet(p.json);
    options.quiet = p.parser.isSet(p.quiet);
    if (p.parser.isSet(p.progress) && p.parser.isSet(p.noProgress))
        return usageError(u"--progress and --no-progress cannot be used together"_s);
    options.progress = p.parser.isSet(p.progress) || (stderrIsTerminal && !p.parser.isSet(p.noProgress));

    struct SecondsOption
    {
        const QCommandLineOption *option;
        double minimum;
        qint64 *target;
        const char *rule;
    };
    const SecondsOption secondsOptions[] = {
        {&p.timeout, 0.001, &options.timeoutMs, "a number of seconds greater than 0"},
        {&p.interval, 1, &options.intervalMs, "a number of seconds, at least 1"},
        {&p.notFoundGrace, 0, &options.notFoundGraceMs, "a number of seconds, 0 or more"},
    };
    for (const SecondsOption &seconds : secondsOptions) {
        if (!p.parser.isSet(*seconds.option))
            continue;
        const QString name = u"--"_s + seconds.option->names().constFirst();
        if (!waiting && seconds.option != &p.timeout)
            return usageError(u"%1 applies to wait only"_s.arg(name));
        const std::optional<qint64> ms = parseSeconds(p.parser.value(*seconds.option), seconds.minimum);
        if (!ms)
            return usageError(u"%1 must be %2"_s.arg(name, QLatin1String(seconds.rule)));
        *seconds.target = *ms;
    }
    // get never hangs: without --timeout it gives up after a minute.
    if (!waiting && options.timeoutMs < 0)
        options.timeoutMs = kDefaultGetTimeoutMs;
    if (p.parser.isSet(p.maxRate)) {
        bool ok = false;
        const double rate = p.parser.value(p.maxRate).trimmed().toDouble(&ok);
        if (!ok || !LoadLimits::isValidRate(rate))
            return usageError(u"--max-rate must be %1"_s.arg(LoadLimits::rateRule()));
        options.limits.requestsPerSecond = rate;
    }
    if (p.parser.isSet(p.parallel)) {
        bool ok = false;
        const int parallel = p.parser.value(p.parallel).trimmed().toInt(&ok);
        if (!ok || !LoadLimits::isValidInFlight(parallel))
            return usageError(u"--parallel must be %1"_s.arg(LoadLimits::inFlightRule()));
        options.limits.maxInFlight = parallel;
    }

    if (p.parser.isSet(p.connection)) {
        if (p.parser.isSet(p.baseUrl))
            return usageError(u"--connection and --base-url cannot be used together"_s);
        options.savedConnection = p.parser.value(p.connection).trimmed();
        if (options.savedConnection.isEmpty())
            return usageError(
                u"--connection needs the name of a connection saved by the app (see --list-connections)"_s);
    } else {
        const QString urlText
            = p.parser.isSet(p.baseUrl) ? p.parser.value(p.baseUrl) : environment.value(u"VEZA_URL"_s);
        if (urlText.trimmed().isEmpty())
            return usageError(u"no Veza address: set VEZA_URL, use --base-url URL or --connection NAME"_s);
        const BaseUrlResult base = normaliseBaseUrl(urlText);
        if (base.url.isEmpty())
            return usageError(u"Veza address: %1"_s.arg(base.error));
        options.connection.baseUrl = base.url;
    }

    QString key;
    QString keySource = u"VEZA_TOKEN"_s;
    if (p.parser.isSet(p.tokenFile)) {
        keySource = p.parser.value(p.tokenFile);
        QString error;
        if (!readKeyFile(keySource, &key, &result.warnings, &error))
            return usageError(error);
    } else if (options.savedConnection.isEmpty()) {
        key = environment.value(u"VEZA_TOKEN"_s).trimmed();
    }
    // A saved connection's key comes from the keychain once the event loop runs (savedconnection.h).
    if (key.isEmpty() && (options.savedConnection.isEmpty() || p.parser.isSet(p.tokenFile))) {
        return usageError(p.parser.isSet(p.tokenFile) ? u"the API key file %1 is empty"_s.arg(keySource)
                                                      : u"no API key: %1"_s.arg(kKeyHint));
    }
    if (!key.isEmpty() && !isUsableKey(key))
        return usageError(u"the API key from %1 contains spaces or control characters"_s.arg(keySource));
    options.connection.apiKey = key;

    QSet<QString> seen;
    bool stdinRead = false;
    for (qsizetype i = 1; i < positional.size(); ++i) {
        const QString &argument = positional.at(i);
        QStringList ids;
        if (argument == u"-") {
            if (stdinRead)
                continue;
            stdinRead = true;
            if (!standardInput || !standardInput->isReadable())
                return usageError(u"cannot read task ids from standard input"_s);
            // Read bounded: one byte past the extractor's cap tells that the input is too large.
            QByteArray input;
            while (input.size() <= IdExtractor::MaxInputBytes) {
                const QByteArray chunk = standardInput->read(
                    std::min<qint64>(qint64(1) << 20, IdExtractor::MaxInputBytes + 1 - input.size()));
                if (chunk.isEmpty())
                    break;
                input += chunk;
            }
            if (input.size() > IdExtractor::MaxInputBytes)
                return usageError(
                    u"standard input is larger than %1 MiB: no task id was read and nothing was sent"_s.arg(
                        IdExtractor::MaxInputBytes / (1024 * 1024)));
            // The same extractor as the GUI's paste, so a pasted text gives the same ids in both.
            const IdExtraction extraction = IdExtractor::extract(QString::fromUtf8(input));
            if (extraction.ids.isEmpty())
                return usageError(u"no task ids found on standard input (no UUID, task URL, JSON task id or list of "
                                  "ids); nothing was sent"_s);
            if (const QString left = IdExtractor::ignoredSummary(extraction); !left.isEmpty())
                result.warnings.append(u"standard input: "_s + left);
            ids = extraction.idList();
        } else {
            // A task URL asks for its id and a UUID is one task whatever its case, as in a paste.
            QString id = IdExtractor::taskUrlId(argument);
            if (id.isEmpty())
                id = argument;
            if (IdExtractor::isUuid(id))
                id = id.toLower();
            const QString problem = IdParser::validate(id);
            if (!problem.isEmpty())
                return usageError(u"task id “%1”: %2"_s.arg(argument.left(40), problem));
            ids = QStringList{id};
        }
        for (const QString &id : std::as_const(ids)) {
            if (!seen.contains(id)) {
                seen.insert(id);
                options.ids.append(id);
            }
        }
    }
    if (options.ids.isEmpty())
        return usageError(stdinRead ? u"no task ids on standard input"_s : u"no task ids given (see --help)"_s);

    result.options = options;
    return result;
}
