// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// How a connection reaches its tenant: the system's proxy (the default), none, or one of its own.
struct ProxySettings
{
    enum class Mode { System, None, Http, Socks5 };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user; // its password lives in the keychain, beside the API key

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

// Where to poll, through what, trusting what, and with which key. Secrets (the key, the proxy password) live in
// memory only; they are never logged or saved in settings.
struct Connection
{
    QUrl baseUrl; // normalised: scheme://host[:port][/prefix], no trailing slash, no /api/v1
    QString apiKey;
    ProxySettings proxy{};
    QString proxyPassword{};
    QList<QSslCertificate> extraCaCertificates{}; // trusted beside the system's CAs (corporate TLS inspection)
    QList<QByteArray> pinnedSha256{}; // SHA-256 of exact server certificates the user chose to trust

    [[nodiscard]] bool isUsable() const { return baseUrl.isValid() && !baseUrl.isEmpty() && !apiKey.isEmpty(); }

    friend bool operator==(const Connection &, const Connection &) = default;
};

struct BaseUrlResult
{
    QUrl url; // empty on error
    QString error; // a sentence for the user
};

// Accepts what users paste: with or without scheme, trailing slashes, a pasted /api/v1 (or a whole
// endpoint URL); plain http only for loopback hosts.
BaseUrlResult normaliseBaseUrl(const QString &text);

// The text a normalised base URL is saved and shown as: fully encoded, so that normaliseBaseUrl() reads it back
// unchanged (a decoded "/a b" would be refused). The one place a base URL becomes text.
QString baseUrlText(const QUrl &baseUrl);

// The proxy a connection really uses: this computer is never reached through a proxy, whatever the system's
// settings say, so "System" means none for a loopback address.
ProxySettings effectiveProxy(const ProxySettings &proxy, const QUrl &baseUrl);

// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

// GET {base}/api/v1/assessments/async_tasks/{id}, with the id as one percent-encoded path segment.
QUrl taskUrl(const QUrl &baseUrl, const QString &taskId);

// Same scheme, host and port.
bool isSameOrigin(const QUrl &a, const QUrl &b);
