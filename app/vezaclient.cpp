// SPDX-License-Identifier: MIT
#include "vezaclient.h"

#include "clock.h"
#include "connectionprofile.h"
#include "idparser.h"
#include "logging.h"
#include "memorytrim.h"
#include "saturating.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {

// Errors of the connection itself (as opposed to the ones Qt derives from an HTTP status).
bool isTransportError(QNetworkReply::NetworkError code)
{
    return (code > QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied)
        || code == QNetworkReply::ContentReSendError || code == QNetworkReply::ProtocolFailure;
}

// A transport failure; after a status line (httpStatus != 0) it is a failed transfer of that answer.
VezaError transportError(QNetworkReply::NetworkError code, const QString &text, int httpStatus)
{
    VezaError error;
    error.technical = text;
    error.httpStatus = httpStatus;
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // raised by the transfer timeout
        error.kind = VezaError::Kind::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = VezaError::Kind::Tls;
        break;
    case QNetworkReply::TooManyRedirectsError:
        error.kind = VezaError::Kind::RedirectLoop;
        break;
    case QNetworkReply::InsecureRedirectError:
        error.kind = VezaError::Kind::Redirect;
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        error.kind = VezaError::Kind::Network;
        error.httpStatus = 407; // the proxy's answer (the CONNECT's, for https), never the server's
        break;
    default:
        error.kind = httpStatus != 0 ? VezaError::Kind::Transfer : VezaError::Kind::Network;
        break;
    }
    return error;
}

QNetworkProxy proxyFor(const Connection &connection)
{
    const ProxySettings &proxy = connection.proxy;
    switch (proxy.mode) {
    case ProxySettings::Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxySettings::Mode::Http:
        // No credentials here: Qt would try them on its own, then again when its ask is answered
        // (onProxyAuthenticationRequired): a refused password sent twice over.
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host, proxy.port);
    case ProxySettings::Mode::Socks5:
        // SOCKS5 negotiates them before anything else: they go with the proxy.
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, proxy.host, proxy.port, proxy.user, connection.proxyPassword);
    case ProxySettings::Mode::System:
        break;
    }
    // Qt then asks the application's proxy factory per request: the system's settings, as the app sets up at start.
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

QSslConfiguration sslConfigurationFor(const Connection &connection)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (connection.extraCaCertificates.isEmpty())
        return configuration;
    // A configuration with CAs added no longer looks the system's up on demand (the default on Linux, where the
    // default list is empty): list them so that they stay trusted beside the extra ones.
    QList<QSslCertificate> authorities = configuration.caCertificates();
    if (authorities.isEmpty())
        authorities = QSslConfiguration::systemCaCertificates();
    authorities += connection.extraCaCertificates;
    configuration.setCaCertificates(authorities);
    return configuration;
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

bool isAsciiDigits(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

constexpr qint64 kReadBufferBytes = 4LL * 1024 * 1024;

// Longest Retry-After value worth reading: an IMF-fixdate is 29 characters.
constexpr qsizetype kMaxRetryAfterLength = 64;

} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs, qint64 maxMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxRetryAfterLength)
        return std::nullopt;
    maxMs = std::max<qint64>(maxMs, 0);
    if (isAsciiDigits(trimmed)) {
        // Digit by digit, stopping at the cap: 9223372036854775 must not overflow on its way to an hour.
        qint64 seconds = 0;
        for (const char c : trimmed) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > maxMs / 1000)
                return maxMs;
        }
        return std::min(seconds * 1000, maxMs);
    }
    // HTTP-date (IMF-fixdate) ends in "GMT", which Qt's RFC 2822 parser does not take before Qt 6.5.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return std::clamp<qint64>(subSaturated(date.toMSecsSinceEpoch(), nowMs), 0, maxMs);
}

VezaClient::VezaClient(const Clock *clock, QObject *parent)
    : TaskFetcher(parent)
    , m_clock(clock)
{
    m_userAgent = userAgent();
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam.setAutoDeleteReplies(false);
    m_nam.setProxy(proxyFor(m_connection));
    m_sslConfiguration = sslConfigurationFor(m_connection);
    connect(&m_nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
        [this](const QNetworkProxy &, QAuthenticator *authenticator) { onProxyAuthenticationRequired(authenticator); });
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
    if (connection == m_connection)
        return false;
    cancelAll();
    m_connection = connection;
    m_authorization = connection.apiKey.isEmpty() ? QByteArray() : "Bearer " + connection.apiKey.toUtf8();
    m_nam.setProxy(proxyFor(connection));
    m_sslConfiguration = sslConfigurationFor(connection);
    m_proxyCredentialsGiven = false;
    // Qt keeps connections open per manager and does not check a kept one again: a removed pin or CA must not go on
    // serving through a connection it let in. The cached proxy credentials go too.
    m_nam.clearAccessCache();
    return true;
}

void VezaClient::onProxyAuthenticationRequired(QAuthenticator *authenticator)
{
    // Qt asks again only when the credentials it had were refused: a second answer would send them round in a
    // loop, so the ask goes unanswered and the request fails with the proxy's 407.
    if (m_proxyCredentialsGiven || m_connection.proxy.user.isEmpty())
        return;
    m_proxyCredentialsGiven = true;
    authenticator->setUser(m_connection.proxy.user);
    authenticator->setPassword(m_connection.proxyPassword);
}

void VezaClient::cancelAll()
{
    ++m_generation;
    const auto replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies) {
        const auto it = m_inFlight.find(reply);
        if (it != m_inFlight.end())
            abortReply(reply, *it, Pending::Abort::Canceled); // may erase it: nothing touches it after
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
        result.error.technical = idProblem.isEmpty() ? tr("no base URL or API key") : tr("task id: %1").arg(idProblem);
        finishLater(result, m_generation);
        return;
    }

    Pending pending;
    pending.taskId = taskId;
    pending.startedMs = m_clock->nowMs();
    pending.generation = m_generation;
    pending.elapsed.start();
    qCDebug(lcClient) << "GET task" << taskId;
    send(taskUrl(m_connection.baseUrl, taskId), std::move(pending));
}

void VezaClient::send(const QUrl &url, Pending pending)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", m_userAgent);
    request.setTransferTimeout(m_limits.transferTimeoutMs);
    // Redirects are followed here, one request per hop: the origin is checked before the key goes out again, and
    // hops are counted (past Qt's own limit, a UserVerified redirect chain ends as a bogus HTTP 100).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // The connection's trust: system CAs plus its own. Pins are not in it: they are checked on sslErrors, per reply.
    request.setSslConfiguration(m_sslConfiguration);

    QNetworkReply *reply = m_nam.get(request);
    // Qt stops reading the socket while this much waits for us: a fast endless body cannot pile up in its buffer.
    reply->setReadBufferSize(kReadBufferBytes);
    pending.body.clear();
    pending.abort = Pending::Abort::None; // the hop before may have stopped reading its own (3xx) body
    pending.refusedCertificate = {};
    // One timer per request, re-armed only when the deadline comes: never reset by progress (a drip cannot hold it).
    pending.deadline = new QTimer(reply);
    pending.deadline->setSingleShot(true);
    connect(pending.deadline, &QTimer::timeout, this, [this, reply] { onDeadline(reply); });
    const qint64 remaining = std::max<qint64>(0, allowedMs(pending) - pending.elapsed.elapsed());
    pending.deadline->start(int(std::min<qint64>(remaining, std::numeric_limits<int>::max())));
    m_inFlight.emplace(reply, std::move(pending));

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    // Every hop's handshake is checked here, a redirect's too.
    connect(reply, &QNetworkReply::sslErrors, this,
        [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
}

void VezaClient::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    // Qt hands the reply the handshake's configuration before its errors: this is the server's own certificate.
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const QByteArray sha256 = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256);
    if (!sha256.isEmpty() && m_connection.pinnedSha256.contains(sha256)) {
        // The user trusts this exact certificate: these errors of this handshake are let through, nothing more.
        qCDebug(lcClient) << "pinned certificate accepted:" << fingerprintText(sha256);
        reply->ignoreSslErrors(errors);
        return;
    }
    // No pin to go by: show what was refused (an error names a certificate even when Qt gave no peer).
    const QSslCertificate shown = peer.isNull() && !errors.isEmpty() ? errors.constFirst().certificate() : peer;
    it->refusedCertificate = CertificateInfo::of(shown, errors);
    qCWarning(lcClient) << "refused the server certificate" << fingerprintText(it->refusedCertificate.sha256) << "of"
                        << reply->url().host() << ":" << it->refusedCertificate.errors;
}

void VezaClient::redactKey(VezaError &error) const
{
    // A proxy's error page may echo the request headers: the key never reaches a row, a log or a ticket.
    const QString &key = m_connection.apiKey;
    if (key.isEmpty())
        return;
    const QString hidden = QStringLiteral("[API key]");
    for (QString *text : {&error.technical, &error.message, &error.code, &error.requestId})
        text->replace(key, hidden);
    for (QString &detail : error.details)
        detail.replace(key, hidden);
}

void VezaClient::abortReply(QNetworkReply *reply, Pending &pending, Pending::Abort why)
{
    if (pending.abort == Pending::Abort::None)
        pending.abort = why;
    reply->abort(); // finished() follows, synchronously or not; onReplyFinished reads why
}

void VezaClient::onMetaData(QNetworkReply *reply)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end() || it->abort != Pending::Abort::None)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    // A task body announced past the cap is refused before a byte of it is read.
    if (status == 200 && length.isValid() && length.toLongLong() > m_limits.maxBodyBytes)
        abortReply(reply, *it, Pending::Abort::TooLarge);
    else if (status == 200 && length.isValid() && length.toLongLong() > 0)
        it->body.reserve(qsizetype(length.toLongLong())); // read in place: a large body is never copied to grow
}

void VezaClient::onReadyRead(QNetworkReply *reply)
{
    const auto it = m_inFlight.find(reply);
    if (it != m_inFlight.end() && it->abort == Pending::Abort::None)
        drain(reply, *it);
}

void VezaClient::drain(QNetworkReply *reply, Pending &pending)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool taskBody = status == 200;
    const qint64 cap = taskBody ? m_limits.maxBodyBytes : m_limits.maxErrorBodyBytes;
    const qint64 room = std::max<qint64>(0, cap - pending.body.size());
    const qint64 available = reply->bytesAvailable();
    if (available <= room) {
        const qsizetype before = pending.body.size();
        pending.body.resize(before + qsizetype(available));
        const qint64 read = reply->read(pending.body.data() + before, available);
        pending.body.truncate(before + qsizetype(std::max<qint64>(read, 0)));
        return;
    }
    if (taskBody) {
        abortReply(reply, pending, Pending::Abort::TooLarge);
        return;
    }
    // An error page past its cap: what fits is enough to say what went wrong.
    pending.body += reply->read(room);
    abortReply(reply, pending, Pending::Abort::ErrorBodyRead);
}

qint64 VezaClient::allowedMs(const Pending &pending) const
{
    const qint64 perSecond = std::max<qint64>(1, m_limits.bytesPerExtraSecond);
    return addSaturated(m_limits.deadlineMs, pending.body.size() / perSecond * 1000);
}

void VezaClient::onDeadline(QNetworkReply *reply)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end() || it->abort != Pending::Abort::None)
        return;
    const qint64 remaining = allowedMs(*it) - it->elapsed.elapsed();
    if (remaining > 0) {
        it->deadline->start(int(std::min<qint64>(remaining, std::numeric_limits<int>::max())));
        return;
    }
    qCInfo(lcClient) << "request for" << it->taskId << "passed its deadline after" << it->elapsed.elapsed() << "ms";
    abortReply(reply, *it, Pending::Abort::Deadline);
}

void VezaClient::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    if (it->abort == Pending::Abort::None)
        drain(reply, *it); // whatever arrived with the end of the transfer
    Pending pending = std::move(*it);
    m_inFlight.erase(it);

    FetchResult result;
    result.id = pending.taskId;
    result.latencyMs = m_clock->nowMs() - pending.startedMs;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.bodyBytes = pending.body.size(); // counted as it streamed in; a redirect's hop starts it again
    if (reply->hasRawHeader("Retry-After"))
        result.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->nowMs());

    switch (pending.abort) {
    case Pending::Abort::None:
    case Pending::Abort::ErrorBodyRead:
        break;
    case Pending::Abort::Canceled:
        result.error.kind = VezaError::Kind::Canceled;
        finishLater(result, pending.generation);
        return;
    case Pending::Abort::TooLarge:
        result.error.kind = VezaError::Kind::TooLarge;
        result.error.httpStatus = result.httpStatus;
        result.error.technical = tr("answer larger than %1: stopped reading").arg(formatBytes(m_limits.maxBodyBytes));
        finishLater(result, pending.generation);
        return;
    case Pending::Abort::Deadline:
        result.error.kind = VezaError::Kind::Timeout;
        result.error.httpStatus = result.httpStatus;
        result.error.technical = tr("no complete answer within %1 s (%2 received)")
                                     .arg(allowedMs(pending) / 1000)
                                     .arg(formatBytes(pending.body.size()));
        finishLater(result, pending.generation);
        return;
    }

    // A failure of the transfer wins over the status line: a reset, cut or undecodable body is not an answer. Qt
    // derives no error from a 200, so any error there is the transfer's (a failed decompression comes as 299).
    const QNetworkReply::NetworkError code = reply->error();
    const bool transferFailed = result.httpStatus == 200 ? code != QNetworkReply::NoError : isTransportError(code);
    if (pending.abort == Pending::Abort::None && transferFailed) {
        result.error = transportError(code, reply->errorString(), result.httpStatus);
        if (result.error.kind == VezaError::Kind::Tls)
            result.error.certificate = pending.refusedCertificate;
        if (code == QNetworkReply::ProxyAuthenticationRequiredError) {
            result.error.technical = m_connection.proxy.user.isEmpty()
                ? tr("the proxy asks for a user name and password; this connection has none")
                : tr("the proxy refused the user name “%1” and its password").arg(m_connection.proxy.user);
        }
        finishLater(result, pending.generation);
        return;
    }

    const QVariant target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute);
    if (target.isValid() && result.httpStatus >= 300 && result.httpStatus < 400) {
        const QUrl next = reply->url().resolved(target.toUrl());
        if (!isSameOrigin(next, m_connection.baseUrl)) {
            qCWarning(lcClient) << "refused a redirect to another origin:" << next.host();
            result.error.kind = VezaError::Kind::Redirect;
            result.error.httpStatus = result.httpStatus;
            result.error.technical = tr("redirect to another origin");
        } else if (++pending.redirects > m_limits.maxRedirects) {
            result.error.kind = VezaError::Kind::RedirectLoop;
            result.error.httpStatus = result.httpStatus;
            result.error.technical = tr("more than %1 redirects").arg(m_limits.maxRedirects);
        } else {
            send(next, std::move(pending));
            return;
        }
        finishLater(result, pending.generation);
        return;
    }

    if (result.httpStatus != 200) {
        result.error = errorFromHttp(result.httpStatus, pending.body);
        redactKey(result.error);
        finishLater(result, pending.generation);
        return;
    }

    finishWithBody(result, std::move(pending.body), pending.generation);
}

void VezaClient::finishWithBody(FetchResult result, QByteArray body, quint64 generation)
{
    if (body.size() <= m_limits.inlineParseBytes) {
        // A status answer of a few hundred bytes parses in microseconds: no thread hop, no timer, emitted now (from
        // the reply's finished(), never from inside fetch()).
        finishParsed(std::move(result), TaskReader::parse(std::move(body)), generation);
        return;
    }
    // Results can be tens of MB: parse on a worker thread, never on the GUI thread.
    auto *watcher = new QFutureWatcher<TaskReader::Result>(this);
    connect(watcher, &QFutureWatcher<TaskReader::Result>::finished, this,
        [this, watcher, result, generation, bodyBytes = body.size()]() mutable {
            watcher->deleteLater();
            finishParsed(std::move(result), watcher->result(), generation);
            if (bodyBytes >= kTrimAfterBytes)
                trimFreedMemorySoon();
        });
    watcher->setFuture(
        QtConcurrent::run([body = std::move(body)]() mutable { return TaskReader::parse(std::move(body)); }));
}

void VezaClient::finishParsed(FetchResult result, TaskReader::Result parsed, quint64 generation)
{
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
}
