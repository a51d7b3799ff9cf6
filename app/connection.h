// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

// Where to poll and with which key. The key lives in memory only; it is never logged or saved in settings.
struct Connection
{
    QUrl baseUrl; // normalised: scheme://host[:port][/prefix], no trailing slash, no /api/v1
    QString apiKey;

    [[nodiscard]] bool isUsable() const { return baseUrl.isValid() && !baseUrl.isEmpty() && !apiKey.isEmpty(); }
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

// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

// GET {base}/api/v1/assessments/async_tasks/{id}, with the id as one percent-encoded path segment.
QUrl taskUrl(const QUrl &baseUrl, const QString &taskId);

// Same scheme, host and port.
bool isSameOrigin(const QUrl &a, const QUrl &b);
