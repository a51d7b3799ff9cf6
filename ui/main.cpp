// SPDX-License-Identifier: MIT
#include "clock.h"
#include "connection.h"
#include "connectionmanager.h"
#include "hardening.h"
#include "keystore.h"
#include "mainwindow.h"
#include "simserver.h"
#include "singleinstance.h"
#include "taskmonitor.h"
#include "taskstore.h"
#include "terminationsignals.h"
#include "translations.h"
#include "uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcApp, "veza.app")

QString randomToken()
{
    QString token;
    for (int i = 0; i < 3; ++i)
        token += QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    return token;
}

struct DemoTask
{
    QString label;
    QJsonObject spec;
};

// Short scripted timelines so that a few seconds show every kind of row.
QList<DemoTask> demoTasks()
{
    const QJsonObject admins{
        {u"count"_s, 3},
        {u"values"_s,
            QJsonArray{
                QJsonObject{
                    {u"id"_s, u"u-1021"_s}, {u"name"_s, u"svc-backup"_s}, {u"last_login"_s, u"2023-01-14T08:12:00Z"_s}},
                QJsonObject{{u"id"_s, u"u-2203"_s}, {u"name"_s, u"j.doe-admin"_s},
                    {u"last_login"_s, u"2022-11-02T17:40:00Z"_s}},
                QJsonObject{{u"id"_s, u"u-3310"_s}, {u"name"_s, u"temp-contractor"_s}, {u"last_login"_s, QJsonValue()}},
            }},
    };
    return {
        {QCoreApplication::translate("main", "Quarterly access review"),
            {{u"pending_ms"_s, 2'000}, {u"running_ms"_s, 6'000}, {u"status"_s, u"SUCCEEDED"_s},
                {u"result"_s, QJsonObject{{u"number_value"_s, u"42"_s}}}}},
        {QCoreApplication::translate("main", "Dormant admin accounts"),
            {{u"pending_ms"_s, 3'000}, {u"running_ms"_s, 9'000}, {u"status"_s, u"SUCCEEDED"_s}, {u"result"_s, admins}}},
        {QCoreApplication::translate("main", "Snowflake role audit"),
            {{u"pending_ms"_s, 2'000}, {u"running_ms"_s, 7'000}, {u"status"_s, u"FAILED"_s},
                {u"error_reason"_s, u"query timed out"_s},
                {u"error_status"_s,
                    QJsonObject{
                        {u"code"_s, 4}, {u"message"_s, u"deadline exceeded"_s}, {u"details"_s, QJsonArray()}}}}},
        {QCoreApplication::translate("main", "Okta to AWS entitlement export"),
            {{u"pending_ms"_s, 2'500}, {u"running_ms"_s, 14'000}, {u"status"_s, u"SUCCEEDED"_s},
                {u"result_bytes"_s, 200'000}}},
        {QCoreApplication::translate("main", "Risk owner sync"),
            {{u"pending_ms"_s, 4'000}, {u"running_ms"_s, 6'000}, {u"status"_s, u"CANCELED"_s}}},
        {QCoreApplication::translate("main", "Report from last week"), {{u"http_status"_s, 404}}},
        {QCoreApplication::translate("main", "GitHub org permissions"),
            {{u"pending_ms"_s, 5'000}, {u"running_ms"_s, 40'000}, {u"status"_s, u"SUCCEEDED"_s},
                {u"result"_s, QJsonObject{{u"number_value"_s, u"1873"_s}}}}},
        {QCoreApplication::translate("main", "Service accounts without owner"),
            {{u"pending_ms"_s, 6'000}, {u"running_ms"_s, 25'000}, {u"status"_s, u"FAILED"_s},
                {u"error_reason"_s, QJsonObject{{u"message"_s, u"permission denied on data source “Azure AD”"_s}}},
                {u"error_status"_s, u"PERMISSION_DENIED"_s}}},
    };
}

// The simulator in process on a free loopback port, with the demo tasks added to the monitor.
std::unique_ptr<SimServer> startDemo(TaskMonitor &monitor, ConnectionManager &connections)
{
    SimOptions options;
    options.token = randomToken();
    auto server = std::make_unique<SimServer>(options);
    if (server->listenLoopback(0) == 0) {
        qCCritical(lcApp) << "the demo simulator could not listen on a loopback port";
        return nullptr;
    }
    connections.addSessionConnection(
        baseUrlText(server->baseUrl()), options.token, QCoreApplication::translate("main", "Demo simulator"));
    for (DemoTask &task : demoTasks()) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        task.spec.insert(u"id"_s, id);
        QString error;
        if (!server->addTask(task.spec, &error)) {
            qCWarning(lcApp) << "demo task refused by the simulator:" << error;
            continue;
        }
        monitor.addTasks({id}, task.label);
    }
    return server;
}

// Standard input up to the extractor's cap; a larger input is refused whole, as a larger paste is.
bool readStandardInput(QString *text, QString *error)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        *error = input.errorString();
        return false;
    }
    QByteArray bytes;
    while (bytes.size() <= IdExtractor::MaxInputBytes) {
        const QByteArray chunk = input.read(IdExtractor::MaxInputBytes + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > IdExtractor::MaxInputBytes) {
        *error = IdExtractor::tooLargeText();
        return false;
    }
    *text = QString::fromUtf8(bytes);
    return true;
}

// The arguments that hold ids, one a line; "-" stands for standard input.
bool textOfArguments(const QStringList &arguments, QString *text, QString *error)
{
    QStringList parts;
    for (const QString &argument : arguments) {
        if (argument != QLatin1String("-")) {
            parts << argument;
            continue;
        }
        QString input;
        if (!readStandardInput(&input, error))
            return false;
        parts << input;
    }
    *text = parts.join(u'\n');
    // In bytes: what a running window is sent (SingleInstance::MaxMessageBytes, the same cap).
    if (text->size() > IdExtractor::MaxInputChars || text->toUtf8().size() > SingleInstance::MaxMessageBytes) {
        *error = IdExtractor::tooLargeText();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps(); // before anything can hold the key
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Veza Task Monitor"_s);
    QApplication::setOrganizationName(u"Veza Task Monitor"_s);
    QApplication::setApplicationVersion(QStringLiteral(VEZA_APP_VERSION));
    QApplication::setDesktopFileName(u"veza-task-monitor"_s);
    QApplication::setWindowIcon(QIcon(u":/veza-task-monitor.svg"_s));

    installTranslations(&app);
    // A connection's default proxy is the system's (environment variables, desktop settings).
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Watch Veza async tasks until they complete."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Run against a built-in simulator with sample tasks."));
    parser.addOption(demoOption);
    const QCommandLineOption addOption(u"add"_s,
        QCoreApplication::translate("main",
            "Every argument after this one is text holding task ids, even one that starts with a dash (for "
            ".desktop files: --add %U)."));
    parser.addOption(addOption);
    parser.addPositionalArgument(u"text"_s,
        QCoreApplication::translate("main",
            "Task ids, task URLs, or any text holding them, as a paste would be read; - reads standard input. "
            "When the app already runs, its window gets them."),
        u"[text…]"_s);
    // --add ends the options: what follows is text, whatever it looks like.
    QStringList arguments = QCoreApplication::arguments();
    QStringList added;
    if (const qsizetype at = arguments.indexOf(u"--add"_s); at > 0) {
        added = arguments.mid(at + 1);
        arguments = arguments.mid(0, at + 1);
    }
    parser.process(arguments);

    QString text;
    QString inputError;
    if (!textOfArguments(parser.positionalArguments() + added, &text, &inputError)) {
        std::fputs(qPrintable(inputError + u'\n'), stderr);
        return 2;
    }

    // A --demo run is a sandbox: it neither hands its ids to a running window nor takes those of later starts.
    std::unique_ptr<SingleInstance> instance;
    if (!parser.isSet(demoOption)) {
        instance = std::make_unique<SingleInstance>();
        if (instance->forwardOrListen(text) == SingleInstance::Role::Forwarded)
            return 0;
    }

    // Declared first so that they outlive the monitor polling the one and feeding the other.
    std::unique_ptr<SimServer> demoServer;
    std::unique_ptr<TaskStore> store;
    TaskMonitor monitor(SystemClock::instance());
    KeyStore keys;
    ConnectionManager connections(&monitor, &keys);
    MainWindow window(&monitor, SystemClock::instance());
    window.setConnectionManager(&connections);
    monitor.followNetworkInformation();

    if (parser.isSet(demoOption)) {
        demoServer = startDemo(monitor, connections);
        if (!demoServer)
            return 1;
    } else {
        // Saved connections first (their keys arrive from the keychain), so that the restored tasks find them.
        connections.load();
        const QString envUrl = qEnvironmentVariable("VEZA_URL");
        const QString envToken = qEnvironmentVariable("VEZA_TOKEN").trimmed();
        qunsetenv("VEZA_TOKEN"); // read once: programs started from the app (Open with…) do not inherit the key
        if (!envUrl.isEmpty() && !envToken.isEmpty()) {
            if (const QString error = connections.addSessionConnection(envUrl, envToken); !error.isEmpty())
                qCWarning(lcApp) << "VEZA_URL not used:" << error;
        }
        // The demo's tasks live on a simulator that ends with it: only a real run keeps its list.
        store = std::make_unique<TaskStore>();
        monitor.setStore(store.get());
        store->open(TaskStore::defaultPath());
    }
    // A logout's SIGTERM quits like Quit: what is pending is written before the process ends.
    quitOnTerminationSignals();

    if (instance)
        QObject::connect(instance.get(), &SingleInstance::textReceived, &window, &MainWindow::receiveForwardedText);

    window.show();
    if (!text.isEmpty())
        window.extractText(text);
    // A first start has nothing to poll with: the connections dialog opens on a new one.
    if (monitor.connectionIds().isEmpty())
        QTimer::singleShot(0, &window, &MainWindow::showConnectionDialog);
    return QApplication::exec();
}
