// SPDX-License-Identifier: MIT
#include "connectionprofile.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QUuid>

namespace {

constexpr int kMaxProfiles = 200; // a settings file edited by hand cannot make the app build thousands of clients
constexpr int kMaxPins = 20;

QString proxyModeName(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::None:
        return QStringLiteral("none");
    case ProxySettings::Mode::Http:
        return QStringLiteral("http");
    case ProxySettings::Mode::Socks5:
        return QStringLiteral("socks5");
    case ProxySettings::Mode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxySettings::Mode proxyModeFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return ProxySettings::Mode::None;
    if (name == QLatin1String("http"))
        return ProxySettings::Mode::Http;
    if (name == QLatin1String("socks5"))
        return ProxySettings::Mode::Socks5;
    return ProxySettings::Mode::System;
}

// Unset when absent or not a number; brought within bounds when a hand-edited file goes past them.
LoadLimits readLoadLimits(const QSettings &settings)
{
    LoadLimits limits;
    bool ok = false;
    const double rate = settings.value(QStringLiteral("limits/maxRate")).toDouble(&ok);
    if (ok)
        limits.requestsPerSecond = rate;
    const int parallel = settings.value(QStringLiteral("limits/parallel")).toInt(&ok);
    if (ok)
        limits.maxInFlight = parallel;
    return limits.bounded();
}

} // namespace

QString keychainEntry(const QString &connectionId, SecretKind kind)
{
    return kind == SecretKind::ApiKey ? connectionId : connectionId + QLatin1String("/proxy");
}

QString newConnectionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString sessionConnectionId(const QUrl &baseUrl)
{
    const QByteArray hash = QCryptographicHash::hash(baseUrlText(baseUrl).toUtf8(), QCryptographicHash::Sha256);
    return QLatin1String("session-") + QString::fromLatin1(hash.toHex().left(16));
}

QList<ConnectionProfile> loadConnectionProfiles(QSettings &settings)
{
    QList<ConnectionProfile> profiles;
    const int count = std::min(settings.beginReadArray(QStringLiteral("connections")), kMaxProfiles);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = settings.value(QStringLiteral("id")).toString();
        profile.name = settings.value(QStringLiteral("name")).toString().trimmed();
        const BaseUrlResult url = normaliseBaseUrl(settings.value(QStringLiteral("baseUrl")).toString());
        if (profile.id.isEmpty() || url.url.isEmpty())
            continue;
        profile.baseUrl = url.url;
        if (profile.name.isEmpty())
            profile.name = profile.baseUrl.host();
        profile.proxy.mode = proxyModeFromName(settings.value(QStringLiteral("proxy/mode")).toString());
        profile.proxy.host = settings.value(QStringLiteral("proxy/host")).toString();
        const int port = settings.value(QStringLiteral("proxy/port")).toInt();
        profile.proxy.port = port > 0 && port <= 65535 ? quint16(port) : 0;
        profile.proxy.user = settings.value(QStringLiteral("proxy/user")).toString();
        profile.caFile = settings.value(QStringLiteral("caFile")).toString();
        const QStringList pins = settings.value(QStringLiteral("pinnedSha256")).toStringList();
        for (const QString &pin : pins) {
            const QByteArray sha = fingerprintFromText(pin);
            if (!sha.isEmpty() && profile.pinnedSha256.size() < kMaxPins)
                profile.pinnedSha256.append(sha);
        }
        profile.limits = readLoadLimits(settings);
        profiles.append(profile);
    }
    settings.endArray();

    // The single address of earlier versions becomes the first connection (its key is typed again once).
    if (profiles.isEmpty() && settings.contains(QStringLiteral("connection/baseUrl"))) {
        const BaseUrlResult url = normaliseBaseUrl(settings.value(QStringLiteral("connection/baseUrl")).toString());
        if (!url.url.isEmpty()) {
            ConnectionProfile profile;
            profile.id = newConnectionId();
            profile.name = url.url.host();
            profile.baseUrl = url.url;
            profiles.append(profile);
            saveConnectionProfiles(settings, profiles);
            settings.setValue(kLastUsedConnectionKey, profile.id);
        }
        settings.remove(QStringLiteral("connection/baseUrl"));
    }
    return profiles;
}

void saveConnectionProfiles(QSettings &settings, const QList<ConnectionProfile> &profiles)
{
    settings.remove(QStringLiteral("connections"));
    settings.beginWriteArray(QStringLiteral("connections"));
    int index = 0;
    for (const ConnectionProfile &profile : profiles) {
        if (profile.sessionOnly)
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QStringLiteral("id"), profile.id);
        settings.setValue(QStringLiteral("name"), profile.name);
        settings.setValue(QStringLiteral("baseUrl"), baseUrlText(profile.baseUrl));
        settings.setValue(QStringLiteral("proxy/mode"), proxyModeName(profile.proxy.mode));
        settings.setValue(QStringLiteral("proxy/host"), profile.proxy.host);
        settings.setValue(QStringLiteral("proxy/port"), int(profile.proxy.port));
        settings.setValue(QStringLiteral("proxy/user"), profile.proxy.user);
        settings.setValue(QStringLiteral("caFile"), profile.caFile);
        QStringList pins;
        for (const QByteArray &pin : profile.pinnedSha256)
            pins.append(fingerprintText(pin));
        settings.setValue(QStringLiteral("pinnedSha256"), pins);
        // Written only when set: a default that changes in a later version reaches connections that kept it.
        if (profile.limits.requestsPerSecond)
            settings.setValue(QStringLiteral("limits/maxRate"), *profile.limits.requestsPerSecond);
        if (profile.limits.maxInFlight)
            settings.setValue(QStringLiteral("limits/parallel"), *profile.limits.maxInFlight);
    }
    settings.endArray();
}

QString fingerprintText(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray fingerprintFromText(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(QLatin1Char(':'));
    if (hex.size() != 64)
        return {};
    for (const QChar c : std::as_const(hex)) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}
