// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"
#include "loadlimits.h"

#include <QStringList>

#include <optional>

class QIODevice;
class QProcessEnvironment;

// What one run of veza-task-cli was asked to do, checked and complete.
struct CliOptions
{
    enum class Command { Get, Wait };

    Command command = Command::Get;
    QStringList ids; // validated, de-duplicated, in the order given
    Connection connection; // normalised base URL and the key (never printed)
    // --connection NAME: a connection saved by the desktop app; its key is read from the keychain before polling
    // (connection then holds everything else), unless --token-file gives one.
    QString savedConnection;
    bool json = false;
    bool quiet = false;
    bool progress = false; // stderr is a terminal, or --progress
    qint64 timeoutMs = -1; // -1: no limit (wait); get always has one
    LoadLimits limits; // --max-rate, --parallel; unset: the saved connection's, else the app's policy
    qint64 intervalMs = -1; // -1: the scheduler's own policy, as in the GUI
    qint64 notFoundGraceMs = 30'000; // a new id may lag behind the call that created it
};

// Options to run with, or text to print and an exit code (help, version, usage errors).
struct CliParseResult
{
    std::optional<CliOptions> options;
    int exitCode = 0;
    QString output; // help or version, for stdout
    QString error; // for stderr
    QStringList warnings; // for stderr, also when the command runs
    bool listConnections = false; // --list-connections: print the app's saved connections (never their keys)
};

// Reads the command line, the environment (VEZA_URL, VEZA_TOKEN), the --token-file and, for "-", all of
// standard input: blocking reads, done once at startup before the event loop runs.
CliParseResult parseCommandLine(const QStringList &arguments, const QProcessEnvironment &environment,
    QIODevice *standardInput, bool stderrIsTerminal);

// --help: usage, options, commands, environment and exit codes.
QString cliHelpText();
