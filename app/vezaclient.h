// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"
#include "taskfetcher.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>

class Clock;
class QNetworkReply;

// Parses Retry-After: delta-seconds or an HTTP-date; the wait in ms from nowMs, never negative.
std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs);

// The one HTTP client of the app: one QNetworkAccessManager, typed results, same-origin redirects only.
class VezaClient final : public TaskFetcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VezaClient)
public:
    explicit VezaClient(const Clock *clock, QObject *parent = nullptr);
    ~VezaClient() override;

    // Returns false when nothing changed (then nothing in flight is canceled).
    bool setConnection(const Connection &connection);
    [[nodiscard]] const Connection &connection() const { return m_connection; }

    // Qt's own transfer timeout: no progress for this long aborts the request.
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    [[nodiscard]] int transferTimeoutMs() const { return m_transferTimeoutMs; }

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
        enum class Abort { None, Canceled, Redirect } abort = Abort::None;
    };

    void onReplyFinished(QNetworkReply *reply);
    // Emits finished() from the event loop; an answer of an older generation comes out as Canceled.
    void finishLater(FetchResult result, quint64 generation);
    void finishWithBody(FetchResult result, QByteArray body, quint64 generation);

    const Clock *m_clock;
    QNetworkAccessManager m_nam;
    Connection m_connection;
    int m_transferTimeoutMs = 60'000;
    QHash<QNetworkReply *, Pending> m_inFlight;
    quint64 m_generation = 0; // bumped by cancelAll(): answers of older requests come back as Canceled
};
