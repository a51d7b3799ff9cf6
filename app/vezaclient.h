// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"
#include "pollpolicy.h"
#include "taskfetcher.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

class Clock;
class QAuthenticator;
class QNetworkReply;
class QSslError;
class QTimer;

// Parses Retry-After: delta-seconds or an HTTP-date; the wait in ms from nowMs, within [0, maxMs], without overflow
// for any input.
std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs, qint64 maxMs = kMaxRetryAfterMs);

// What one answer may cost: every figure here bounds something a server controls (docs/reliability.md).
struct ClientLimits
{
    qint64 maxBodyBytes = 256LL * 1024 * 1024; // a task body (results can be tens of MB)
    qint64 maxErrorBodyBytes = 256LL * 1024; // an error body is a short JSON or HTML page
    int transferTimeoutMs = 60'000; // Qt's idle timeout: no byte for this long aborts
    qint64 deadlineMs = 60'000; // headers and body together, for a body of ordinary size...
    qint64 bytesPerExtraSecond = 256LL * 1024; // ...plus a second for each such amount of body that has arrived
    int maxRedirects = 5; // same-origin hops; more is a loop
    qint64 inlineParseBytes = 64LL * 1024; // parsed where it arrives: cheaper than two thread hops, too short to stall
};

// The one HTTP client of a connection: one QNetworkAccessManager with the connection's proxy, CAs and pinned
// certificates, typed results, same-origin redirects only, and every answer bounded in size and time while it
// streams.
class VezaClient final : public TaskFetcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VezaClient)
public:
    explicit VezaClient(const Clock *clock, QObject *parent = nullptr);
    ~VezaClient() override;

    // Applies all of it: address, key, proxy, extra CAs, pins. Returns false when nothing changed (then nothing in
    // flight is canceled); a change cancels what is in flight and drops the connections Qt keeps open.
    bool setConnection(const Connection &connection);
    [[nodiscard]] const Connection &connection() const { return m_connection; }

    void setLimits(const ClientLimits &limits) { m_limits = limits; }
    [[nodiscard]] const ClientLimits &limits() const { return m_limits; }
    // Shorthand for Qt's idle transfer timeout alone.
    void setTransferTimeoutMs(int ms) { m_limits.transferTimeoutMs = ms; }

    void fetch(const QString &taskId) override;

    // Aborts every request in flight; each still gets its finished() with kind Canceled.
    void cancelAll();
    [[nodiscard]] int inFlightCount() const { return int(m_inFlight.size()); }

    static QByteArray userAgent();

private:
    struct Pending
    {
        QString taskId;
        qint64 startedMs = 0;
        quint64 generation = 0;
        QElapsedTimer elapsed; // real time, for the deadline, whatever the injected clock says
        QByteArray body; // read as it arrives, never past the cap
        QTimer *deadline = nullptr; // owned by the reply
        int redirects = 0;
        CertificateInfo refusedCertificate; // set by sslErrors when the handshake is not let through
        enum class Abort { None, Canceled, TooLarge, Deadline, ErrorBodyRead } abort = Abort::None;
    };

    // One GET of the task or of a same-origin redirect target, with the deadline that is left.
    void send(const QUrl &url, Pending pending);
    void onMetaData(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onDeadline(QNetworkReply *reply);
    void onReplyFinished(QNetworkReply *reply);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onProxyAuthenticationRequired(QAuthenticator *authenticator);
    // Reads what the reply has into the pending body; aborts the reply past the cap.
    void drain(QNetworkReply *reply, Pending &pending);
    // Aborting may finish the reply at once and erase its entry: callers touch pending no more after it.
    void abortReply(QNetworkReply *reply, Pending &pending, Pending::Abort why);
    void redactKey(VezaError &error) const;
    [[nodiscard]] qint64 allowedMs(const Pending &pending) const;
    // Emits finished() from the event loop; an answer of an older generation comes out as Canceled.
    void finishLater(FetchResult result, quint64 generation);
    void finishWithBody(FetchResult result, QByteArray body, quint64 generation);
    void finishParsed(FetchResult result, TaskReader::Result parsed, quint64 generation);

    const Clock *m_clock;
    QNetworkAccessManager m_nam;
    Connection m_connection;
    QByteArray m_authorization; // built once per key, shared by every request: the key is not copied per request
    QByteArray m_userAgent; // built once
    QSslConfiguration m_sslConfiguration; // the system's CAs plus the connection's extra ones, for every request
    bool m_proxyCredentialsGiven = false; // the proxy asked once and got them; a second ask means they are wrong
    ClientLimits m_limits;
    QHash<QNetworkReply *, Pending> m_inFlight;
    quint64 m_generation = 0; // bumped by cancelAll(): answers of older requests come back as Canceled
};
