// SPDX-License-Identifier: MIT
#include "connection.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {

// A class for lupdate to read the context from: these are free functions.
struct ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
};

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ProxySettings effectiveProxy(const ProxySettings &proxy, const QUrl &baseUrl)
{
    if (proxy.mode != ProxySettings::Mode::System || !isLoopbackHost(baseUrl.host()))
        return proxy;
    ProxySettings none = proxy;
    none.mode = ProxySettings::Mode::None;
    return none;
}

BaseUrlResult normaliseBaseUrl(const QString &text)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return {{},
            ConnectionText::tr("Enter the address of your Veza tenant, for example https://your-org.vezacloud.com.")};
    if (!input.contains(QLatin1String("://")))
        input.prepend(QLatin1String("https://"));

    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {{}, ConnectionText::tr("“%1” is not a valid web address.").arg(text.trimmed())};

    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return {{}, ConnectionText::tr("Only https:// addresses are supported (http:// for this computer only).")};
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return {{},
            ConnectionText::tr("Plain http:// would send the API key unencrypted; use https:// for %1.")
                .arg(url.host())};
    if (!url.userInfo().isEmpty())
        return {{}, ConnectionText::tr("Put the API key in the key field, not in the address.")};

    // Drop anything from /api/v1 on (users paste whole endpoint URLs), then trailing slashes.
    QString path = url.path(QUrl::FullyEncoded);
    static const QRegularExpression apiSuffix(
        QStringLiteral("/api/v1(/.*)?$"), QRegularExpression::CaseInsensitiveOption);
    path.remove(apiSuffix);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);

    QUrl result;
    result.setScheme(scheme);
    result.setHost(url.host().toLower());
    if (url.port() != -1 && url.port() != defaultPort(scheme))
        result.setPort(url.port());
    result.setPath(path, QUrl::StrictMode);
    return {result, {}};
}

QString baseUrlText(const QUrl &baseUrl)
{
    return baseUrl.toString(QUrl::FullyEncoded);
}

QUrl taskUrl(const QUrl &baseUrl, const QString &taskId)
{
    // Everything but unreserved characters is encoded; "." and ".." are refused earlier by IdParser::validate.
    const QByteArray segment = QUrl::toPercentEncoding(taskId);
    const QByteArray encoded = baseUrl.toEncoded() + "/api/v1/assessments/async_tasks/" + segment;
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}
