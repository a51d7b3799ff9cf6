// SPDX-License-Identifier: MIT
// The floor of Qt's HTTP stack for scripts/run-bench (issue #12): GET every task id once through one bare
// QNetworkAccessManager, N requests in flight, each body parsed with QJsonDocument as the CLI parses small ones. Only
// Qt: no app code, no timers, no limits. Prints how many answers said COMPLETE; exit 0 when all did.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace {

class Poller final : public QObject
{
public:
    Poller(QList<QByteArray> ids, const QByteArray &base, const QByteArray &token, int parallel)
        : m_ids(std::move(ids))
        , m_prefix(base + "/api/v1/assessments/async_tasks/")
        , m_authorization("Bearer " + token)
        , m_parallel(parallel)
    {
    }

    void setHttp2Allowed(bool allowed) { m_http2Allowed = allowed; }
    void setPipelining(bool allowed) { m_pipelining = allowed; }

    void start()
    {
        const qsizetype first = std::min<qsizetype>(m_parallel, m_ids.size());
        for (qsizetype i = 0; i < first; ++i)
            sendNext();
    }

private:
    void sendNext()
    {
        if (m_next >= m_ids.size())
            return;
        QNetworkRequest request(QUrl::fromEncoded(m_prefix + m_ids.at(m_next++)));
        request.setRawHeader("Authorization", m_authorization);
        request.setRawHeader("Accept", "application/json");
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2Allowed);
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, m_pipelining);
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }

    void onFinished(QNetworkReply *reply)
    {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonObject task = answer.value(QLatin1String("task")).toObject();
        if (reply->error() == QNetworkReply::NoError && task.value(QLatin1String("state")) == QLatin1String("COMPLETE"))
            ++m_complete;
        else if (m_failures++ == 0)
            std::fprintf(stderr, "%s\n", qPrintable(reply->errorString()));
        ++m_done;
        if (m_done == m_ids.size()) {
            QTextStream(stdout) << m_complete << " of " << m_ids.size() << " complete\n";
            QCoreApplication::exit(m_complete == m_ids.size() ? 0 : 1);
            return;
        }
        sendNext();
    }

    QNetworkAccessManager m_nam;
    QList<QByteArray> m_ids;
    QByteArray m_prefix;
    QByteArray m_authorization;
    int m_parallel;
    bool m_http2Allowed = true;
    bool m_pipelining = false;
    qsizetype m_next = 0;
    qsizetype m_done = 0;
    qsizetype m_complete = 0;
    qsizetype m_failures = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GET every task id once through one bare QNetworkAccessManager."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("base"), QStringLiteral("e.g. http://127.0.0.1:8080"));
    parser.addPositionalArgument(QStringLiteral("ids"), QStringLiteral("a file of task ids, one a line"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("requests in flight (default 6)"),
        QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("the bearer token"), QStringLiteral("t"),
        QStringLiteral("bench-token"));
    const QCommandLineOption noHttp2(QStringLiteral("no-http2"), QStringLiteral("Http2AllowedAttribute false"));
    const QCommandLineOption pipelining(QStringLiteral("pipelining"), QStringLiteral("HttpPipeliningAllowedAttribute"));
    parser.addOptions({parallel, token, noHttp2, pipelining});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const int inFlight = parser.value(parallel).toInt(&ok);
    if (args.size() != 2 || !ok || inFlight < 1 || inFlight > 1000) {
        std::fprintf(stderr, "usage: veza-bench-qnam BASE IDS [--parallel 1..1000] [--token T]\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 2;
    }
    QList<QByteArray> ids;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (const QByteArray id = line.trimmed(); !id.isEmpty())
            ids.append(id);
    }
    if (ids.isEmpty()) {
        std::fprintf(stderr, "no task ids in %s\n", qPrintable(args.at(1)));
        return 2;
    }
    QByteArray base = args.at(0).toUtf8();
    while (base.endsWith('/'))
        base.chop(1);
    Poller poller(std::move(ids), base, parser.value(token).toUtf8(), inFlight);
    poller.setHttp2Allowed(!parser.isSet(noHttp2));
    poller.setPipelining(parser.isSet(pipelining));
    poller.start();
    return QCoreApplication::exec();
}
