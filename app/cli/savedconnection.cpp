// SPDX-License-Identifier: MIT
#include "savedconnection.h"

#include "certificateinfo.h"
#include "connectionprofile.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

QString proxyText(const ProxySettings &proxy)
{
    switch (proxy.mode) {
    case ProxySettings::Mode::System:
        return u"system proxy"_s;
    case ProxySettings::Mode::None:
        return u"no proxy"_s;
    case ProxySettings::Mode::Http:
        return u"http://%1:%2"_s.arg(proxy.host).arg(proxy.port);
    case ProxySettings::Mode::Socks5:
        return u"socks5://%1:%2"_s.arg(proxy.host).arg(proxy.port);
    }
    return {};
}

// Names are the user's: no tab or newline may break a line of the list.
QString field(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return text;
}

} // namespace

QString savedConnectionList(QSettings &settings)
{
    QString text;
    const QList<ConnectionProfile> profiles = loadConnectionProfiles(settings);
    for (const ConnectionProfile &profile : profiles) {
        text += field(profile.name) % u'\t' % baseUrlText(profile.baseUrl) % u'\t' % field(proxyText(profile.proxy))
            % u'\n';
    }
    return text;
}

QString loadSavedConnection(
    QSettings &settings, const QString &name, Connection *connection, QString *id, LoadLimits *limits)
{
    const QList<ConnectionProfile> profiles = loadConnectionProfiles(settings);
    QStringList names;
    for (const ConnectionProfile &profile : profiles) {
        names.append(profile.name);
        if (profile.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        *id = profile.id;
        connection->baseUrl = profile.baseUrl;
        connection->proxy = effectiveProxy(profile.proxy, profile.baseUrl);
        connection->pinnedSha256 = profile.pinnedSha256;
        *limits = profile.limits;
        if (!profile.caFile.isEmpty()) {
            const CaFileResult ca = loadCaFile(profile.caFile);
            if (!ca.error.isEmpty())
                return u"connection “%1”: %2"_s.arg(profile.name, ca.error);
            connection->extraCaCertificates = ca.certificates;
        }
        return {};
    }
    if (names.isEmpty())
        return u"no connection named “%1”: the desktop app has no saved connection (add one in its Connection "
               "settings)"_s.arg(name);
    return u"no connection named “%1”; saved connections: %2"_s.arg(name, names.join(u", "_s));
}
