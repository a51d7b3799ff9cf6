// SPDX-License-Identifier: MIT
#include "vezaerror.h"

#include "asynctask.h"
#include "connectionprofile.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A class for lupdate to read the context from: these are free functions.
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(VezaError)
};

VezaError::Kind kindForStatus(int status)
{
    if (status == 401 || status == 403)
        return VezaError::Kind::Unauthorized;
    if (status == 404)
        return VezaError::Kind::NotFound;
    if (status == 429)
        return VezaError::Kind::RateLimited;
    if (status == 503)
        return VezaError::Kind::Unavailable;
    if (status >= 500)
        return VezaError::Kind::Server;
    return VezaError::Kind::Http;
}

// What was refused and why, with the fingerprint a user compares before trusting it: Qt's own wording of the
// handshake failure would only repeat the reason.
QString describeRefusedCertificate(const CertificateInfo &certificate)
{
    QString reason = certificate.errors.value(0);
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    QStringList parts;
    parts << (reason.isEmpty() ? ErrorText::tr("The server's certificate was refused.")
                               : ErrorText::tr("The server's certificate was refused: %1.").arg(reason));
    if (!certificate.sha256.isEmpty())
        parts << ErrorText::tr("Its SHA-256 fingerprint is %1.").arg(fingerprintText(certificate.sha256));
    return parts.join(QLatin1Char(' '));
}

} // namespace

bool VezaError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Unavailable:
    case Kind::Server:
    case Kind::BadResponse:
    case Kind::RedirectLoop:
    case Kind::Transfer:
    case Kind::TooLarge:
        return true;
    default:
        return false;
    }
}

VezaError errorFromHttp(int httpStatus, const QByteArray &body)
{
    VezaError error;
    error.kind = kindForStatus(httpStatus);
    error.httpStatus = httpStatus;

    const QJsonDocument document = parseJsonDocument(body);
    if (!document.isObject()) {
        // HTML from a proxy or an empty body: keep a short, single-line excerpt for support.
        error.technical = QString::fromUtf8(body.left(200)).simplified();
        return error;
    }
    const QJsonObject object = document.object();
    error.code = jsonValueToText(object.value(QLatin1String("code")));
    error.message = jsonValueToText(object.value(QLatin1String("message")));
    error.requestId = jsonValueToText(object.value(QLatin1String("request_id")));
    const QJsonArray details = object.value(QLatin1String("details")).toArray();
    for (const auto &detail : details) {
        const QString message = jsonValueToText(detail.toObject().value(QLatin1String("message")));
        if (!message.isEmpty() && message != error.message && !error.details.contains(message))
            error.details.append(message);
    }
    return error;
}

QString summariseError(const VezaError &error)
{
    switch (error.kind) {
    case VezaError::Kind::None:
        return {};
    case VezaError::Kind::Configuration:
        return ErrorText::tr("Connection not set up");
    case VezaError::Kind::Network:
        return error.httpStatus == 407 ? ErrorText::tr("Proxy refused the credentials")
                                       : ErrorText::tr("Network error");
    case VezaError::Kind::Timeout:
        return ErrorText::tr("Timed out");
    case VezaError::Kind::Tls:
        return error.certificate.isEmpty() ? ErrorText::tr("Secure connection failed")
                                           : ErrorText::tr("Certificate refused");
    case VezaError::Kind::Redirect:
        return ErrorText::tr("Redirect refused");
    case VezaError::Kind::RedirectLoop:
        return ErrorText::tr("Redirect loop");
    case VezaError::Kind::Transfer:
        return error.httpStatus != 0 ? ErrorText::tr("Answer cut off (HTTP %1)").arg(error.httpStatus)
                                     : ErrorText::tr("Answer cut off");
    case VezaError::Kind::TooLarge:
        return ErrorText::tr("Answer too large");
    case VezaError::Kind::Unauthorized:
        return ErrorText::tr("Key rejected (HTTP %1)").arg(error.httpStatus);
    case VezaError::Kind::NotFound:
        return ErrorText::tr("Not found (HTTP 404)");
    case VezaError::Kind::RateLimited:
        return ErrorText::tr("Rate limited (HTTP 429)");
    case VezaError::Kind::Unavailable:
        return ErrorText::tr("Service unavailable (HTTP 503)");
    case VezaError::Kind::Server:
        return ErrorText::tr("Server error (HTTP %1)").arg(error.httpStatus);
    case VezaError::Kind::Http:
        return ErrorText::tr("HTTP %1").arg(error.httpStatus);
    case VezaError::Kind::BadResponse:
        return ErrorText::tr("Unreadable answer");
    case VezaError::Kind::Canceled:
        return ErrorText::tr("Canceled");
    }
    return {};
}

QString describeError(const VezaError &error)
{
    QString sentence;
    switch (error.kind) {
    case VezaError::Kind::None:
        return {};
    case VezaError::Kind::Configuration:
        sentence = ErrorText::tr("The connection is not usable.");
        break;
    case VezaError::Kind::Network:
        // A 407 is the proxy's answer, never the server's: the proxy settings are what to fix.
        sentence = error.httpStatus == 407
            ? ErrorText::tr(
                "The proxy refused the request for want of a valid user name and password (HTTP 407). Check them "
                "in the connection's proxy settings.")
            : ErrorText::tr("Could not reach the Veza server. Check the network and the base URL.");
        break;
    case VezaError::Kind::Timeout:
        sentence = ErrorText::tr("The Veza server did not answer in time.");
        break;
    case VezaError::Kind::Tls:
        if (error.certificate.isEmpty()) {
            sentence = ErrorText::tr("A secure connection to the Veza server could not be made.");
            break;
        }
        return describeRefusedCertificate(error.certificate);
    case VezaError::Kind::Redirect:
        sentence = ErrorText::tr(
            "The server redirected the request to another address; it was not followed so that the API key "
            "stays with this server.");
        break;
    case VezaError::Kind::RedirectLoop:
        sentence = ErrorText::tr(
            "The server keeps redirecting the request (a redirect loop); it was stopped. The last known state "
            "is kept and polling continues.");
        break;
    case VezaError::Kind::Transfer:
        sentence = error.httpStatus != 0
            ? ErrorText::tr(
                "The connection failed while the answer (HTTP %1) was being read; what arrived was not used. The "
                "last known state is kept and polling continues.")
                  .arg(error.httpStatus)
            : ErrorText::tr("The connection failed while the answer was being read; what arrived was not used.");
        break;
    case VezaError::Kind::TooLarge:
        sentence = ErrorText::tr(
            "The answer was larger than the client accepts, so it stopped reading it. The last known state is "
            "kept.");
        break;
    case VezaError::Kind::Unauthorized:
        sentence = error.httpStatus == 403
            ? ErrorText::tr("The API key was refused (HTTP 403): it lacks the rights for this "
                            "task. Use a key with access to assessments.")
            : ErrorText::tr("The API key was refused (HTTP 401): it is wrong or has expired. Enter "
                            "a valid key in Connections.");
        break;
    case VezaError::Kind::NotFound:
        sentence = ErrorText::tr(
            "Veza does not know this task id (HTTP 404). It may be mistyped, not visible yet, or expired.");
        break;
    case VezaError::Kind::RateLimited:
        sentence = ErrorText::tr("Veza asked the app to slow down (HTTP 429). Polling resumes automatically.");
        break;
    case VezaError::Kind::Unavailable:
        sentence
            = ErrorText::tr("The Veza service is temporarily unavailable (HTTP 503). Polling resumes automatically.");
        break;
    case VezaError::Kind::Server:
        sentence = ErrorText::tr(
            "The Veza server had an internal error (HTTP %1). The last known state is kept and polling continues.")
                       .arg(error.httpStatus);
        break;
    case VezaError::Kind::Http:
        sentence = ErrorText::tr("The Veza server refused the request (HTTP %1).").arg(error.httpStatus);
        break;
    case VezaError::Kind::BadResponse:
        sentence = ErrorText::tr("The Veza server's answer could not be read as a task. The last known state is kept.");
        break;
    case VezaError::Kind::Canceled:
        sentence = ErrorText::tr("The request was canceled.");
        break;
    }

    QStringList parts{sentence};
    if (!error.message.isEmpty())
        parts << ErrorText::tr("Server message: %1.").arg(error.message);
    for (const QString &detail : error.details)
        parts << detail;
    if (!error.technical.isEmpty())
        parts << ErrorText::tr("(%1)").arg(error.technical);
    if (!error.requestId.isEmpty())
        parts << ErrorText::tr("Request id for Veza support: %1.").arg(error.requestId);
    return parts.join(QLatin1Char(' '));
}

QString errorKindName(VezaError::Kind kind)
{
    switch (kind) {
    case VezaError::Kind::None:
        return {};
    case VezaError::Kind::Configuration:
        return QStringLiteral("configuration");
    case VezaError::Kind::Network:
        return QStringLiteral("network");
    case VezaError::Kind::Timeout:
        return QStringLiteral("timeout");
    case VezaError::Kind::Tls:
        return QStringLiteral("tls");
    case VezaError::Kind::Redirect:
        return QStringLiteral("redirect");
    case VezaError::Kind::RedirectLoop:
        return QStringLiteral("redirect_loop");
    case VezaError::Kind::Transfer:
        return QStringLiteral("transfer");
    case VezaError::Kind::TooLarge:
        return QStringLiteral("too_large");
    case VezaError::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case VezaError::Kind::NotFound:
        return QStringLiteral("not_found");
    case VezaError::Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case VezaError::Kind::Unavailable:
        return QStringLiteral("unavailable");
    case VezaError::Kind::Server:
        return QStringLiteral("server");
    case VezaError::Kind::Http:
        return QStringLiteral("http");
    case VezaError::Kind::BadResponse:
        return QStringLiteral("bad_response");
    case VezaError::Kind::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

VezaError::Kind errorKindFromName(const QString &name)
{
    using K = VezaError::Kind;
    for (const K kind : {K::Configuration, K::Network, K::Timeout, K::Tls, K::Redirect, K::RedirectLoop, K::Transfer,
             K::TooLarge, K::Unauthorized, K::NotFound, K::RateLimited, K::Unavailable, K::Server, K::Http,
             K::BadResponse, K::Canceled}) {
        if (errorKindName(kind) == name)
            return kind;
    }
    return K::None;
}

bool isPermanentHttpStatus(int httpStatus)
{
    if (httpStatus < 400 || httpStatus >= 500)
        return false;
    switch (httpStatus) {
    case 401: // the key: the connection stops, not the task
    case 403:
    case 404: // has its grace period
    case 408: // request timeout
    case 409: // conflict
    case 423: // locked
    case 425: // too early
    case 429: // rate limited
        return false;
    default:
        return true;
    }
}

QString describeErrorInDetail(const VezaError &error)
{
    const QString sentence = describeError(error);
    if (error.kind != VezaError::Kind::Tls || error.certificate.isEmpty())
        return sentence;
    return sentence % QLatin1Char('\n') % error.certificate.describe();
}
