// SPDX-License-Identifier: MIT
#pragma once

#include "certificateinfo.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

// Every way a request can fail, with what the Veza error body said.
struct VezaError
{
    enum class Kind {
        None,
        Configuration, // no base URL, insecure URL, missing key, unusable id
        Network, // refused, reset, DNS, offline
        Timeout,
        Tls,
        Redirect, // a redirect to another origin was refused
        RedirectLoop, // more redirects than the client follows
        Transfer, // the connection failed after the status line: reset, truncated body, decompression failure
        TooLarge, // the answer passed the client's size cap and was not read further
        Unauthorized, // 401 / 403
        NotFound, // 404
        RateLimited, // 429
        Unavailable, // 503
        Server, // other 5xx
        Http, // other 4xx or unexpected status
        BadResponse, // 200 whose body is not a task
        Canceled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // Veza `code` (string or number as text)
    QString message; // Veza `message`
    QStringList details; // user-facing `details[].message`
    QString requestId; // Veza `request_id`, quoted to Veza support
    QString technical; // Qt's error string, parse error or body excerpt
    CertificateInfo certificate = {}; // Kind::Tls: the server certificate that was refused

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    // Worth retrying later without the user doing anything.
    [[nodiscard]] bool isTransient() const;

    friend bool operator==(const VezaError &, const VezaError &) = default;
};
Q_DECLARE_METATYPE(VezaError)

// Reads a google.rpc.Status-like body (or HTML, or nothing) for an HTTP error status.
VezaError errorFromHttp(int httpStatus, const QByteArray &body);

// The one place that turns a failure into a sentence a user understands.
QString describeError(const VezaError &error);

// A short form for a table cell.
QString summariseError(const VezaError &error);

// Stable lowercase names for the kinds ("not_found", "server", …): the CLI's --json output and the task store.
QString errorKindName(VezaError::Kind kind);
// The kind of a name errorKindName() gave; None for anything else.
VezaError::Kind errorKindFromName(const QString &name);

// A 4xx that asking again will not change (400 Bad Request, 405, 410, 414, 422…): the task stops with the reason
// instead of being retried. 408, 409, 423, 425 and 429 may pass; 401/403/404 have their own handling.
bool isPermanentHttpStatus(int httpStatus);

// describeError() and, for a refused certificate, the certificate itself (subject, issuer, validity, SHA-256):
// what veza-task-cli prints when it refuses one, as the app's certificate dialog shows it.
QString describeErrorInDetail(const VezaError &error);
