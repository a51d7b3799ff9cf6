// SPDX-License-Identifier: MIT
#include "vezaclient.h"

#include "clock.h"
#include "idparser.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace {

VezaError networkError(QNetworkReply::NetworkError code, const QString &text)
{
    VezaError error;
    error.technical = text;
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // raised by the transfer timeout
        error.kind = VezaError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = VezaError::Kind::Tls;
        break;
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        error.kind = VezaError::Kind::Redirect;
        break;
    default:
        error.kind = VezaError::Kind::Network;
        break;
    }
    return error;
}

} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // HTTP-date (IMF-fixdate) ends in "GMT", which Qt's RFC 2822 parser does not take before Qt 6.5.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return std::max<qint64>(0, date.toMSecsSinceEpoch() - nowMs);
}

VezaClient::VezaClient(const Clock *clock, QObject *parent)
    : TaskFetcher(parent)
    , m_clock(clock)
{
    m_nam.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_nam.setAutoDeleteReplies(false);
}

VezaClient::~VezaClient()
{
    // Replies are children of m_nam; drop our bookkeeping first so no signal reaches a half-destroyed client.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
}

QByteArray VezaClient::userAgent()
{
    return QByteArrayLiteral("veza-task-monitor/") + QCoreApplication::applicationVersion().toUtf8();
}

bool VezaClient::setConnection(const Connection &connection)
{
    if (connection.baseUrl == m_connection.baseUrl && connection.apiKey == m_connection.apiKey)
        return false;
    cancelAll();
    m_connection = connection;
    return true;
}

void VezaClient::cancelAll()
{
    ++m_generation;
    const auto replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies) {
        m_inFlight[reply].abort = Pending::Abort::Canceled;
        reply->abort();
    }
}

void VezaClient::finishLater(FetchResult result, quint64 generation)
{
    result.finishedAtMs = m_clock->nowMs();
    // finished() is never emitted from inside fetch(): callers can rely on that.
    QTimer::singleShot(0, this, [this, result, generation]() mutable {
        if (generation != m_generation) {
            result.error = VezaError{}; // an answer for a connection that is gone
            result.error.kind = VezaError::Kind::Canceled;
        }
        Q_EMIT finished(result);
    });
}

void VezaClient::fetch(const QString &taskId)
{
    FetchResult result;
    result.id = taskId;
    const QString idProblem = IdParser::validate(taskId);
    if (!m_connection.isUsable() || !idProblem.isEmpty()) {
        result.error.kind = VezaError::Kind::Configuration;
        result.error.technical = idProblem.isEmpty()
            ? QCoreApplication::translate("VezaClient", "no base URL or API key")
            : QCoreApplication::translate("VezaClient", "task id: %1").arg(idProblem);
        finishLater(result, m_generation);
        return;
    }

    QNetworkRequest request(taskUrl(m_connection.baseUrl, taskId));
    request.setRawHeader("Authorization", "Bearer " + m_connection.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply *reply = m_nam.get(request);
    m_inFlight.insert(reply, Pending{taskId, m_clock->nowMs(), m_generation});
    qCDebug(lcClient) << "GET task" << taskId;

    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        if (isSameOrigin(target, m_connection.baseUrl)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcClient) << "refused a redirect to another origin:" << target.host();
        m_inFlight[reply].abort = Pending::Abort::Redirect;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void VezaClient::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const Pending pending = m_inFlight.take(reply);

    FetchResult result;
    result.id = pending.taskId;
    result.latencyMs = m_clock->nowMs() - pending.startedMs;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->hasRawHeader("Retry-After"))
        result.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->nowMs());

    if (pending.abort != Pending::Abort::None) {
        result.error.kind
            = pending.abort == Pending::Abort::Redirect ? VezaError::Kind::Redirect : VezaError::Kind::Canceled;
        result.error.technical = pending.abort == Pending::Abort::Redirect
            ? QCoreApplication::translate("VezaClient", "redirect to another origin")
            : QString();
        finishLater(result, pending.generation);
        return;
    }

    if (result.httpStatus == 0) {
        result.error = networkError(reply->error(), reply->errorString());
        finishLater(result, pending.generation);
        return;
    }

    if (result.httpStatus != 200) {
        // Error bodies are small JSON or HTML pages; a bounded read keeps a hostile proxy page cheap.
        result.error = errorFromHttp(result.httpStatus, reply->read(qint64(256) * 1024));
        finishLater(result, pending.generation);
        return;
    }

    finishWithBody(result, reply->readAll(), pending.generation);
}

void VezaClient::finishWithBody(FetchResult result, QByteArray body, quint64 generation)
{
    // Results can be tens of MB: parse on a worker thread, never on the GUI thread.
    auto *watcher = new QFutureWatcher<TaskReader::Result>(this);
    connect(
        watcher, &QFutureWatcher<TaskReader::Result>::finished, this, [this, watcher, result, generation]() mutable {
            watcher->deleteLater();
            TaskReader::Result parsed = watcher->result();
            if (generation != m_generation) {
                result.error.kind = VezaError::Kind::Canceled; // parsed for a connection that is gone
            } else if (parsed.task) {
                result.task = std::move(parsed.task);
            } else {
                result.error.kind = VezaError::Kind::BadResponse;
                result.error.httpStatus = result.httpStatus;
                result.error.technical = parsed.error;
            }
            result.finishedAtMs = m_clock->nowMs();
            Q_EMIT finished(result);
        });
    watcher->setFuture(QtConcurrent::run([body = std::move(body)] { return TaskReader::parse(body); }));
}
