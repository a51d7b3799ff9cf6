// SPDX-License-Identifier: MIT
#include "connectionmanager.h"

#include "certificateinfo.h"
#include "logging.h"
#include "taskmonitor.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

ConnectionManager::ConnectionManager(TaskMonitor *monitor, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_keyStore(keys)
    , m_caPool(std::make_unique<QThreadPool>())
{
    m_caPool->setMaxThreadCount(1);
}

ConnectionManager::~ConnectionManager()
{
    m_caPool->clear();
    // A read stuck on a hung share must not keep the app from quitting: its pool is left to the process's end.
    if (m_caPool->activeThreadCount() > 0)
        static_cast<void>(m_caPool.release());
}

bool ConnectionManager::isStarting(const QString &id) const
{
    const auto file = m_caFiles.constFind(id);
    return isReadingKey(id) || (file != m_caFiles.cend() && !file->loaded);
}

void ConnectionManager::setSettings(QSettings *settings)
{
    m_settings = settings;
}

QSettings &ConnectionManager::settings() const
{
    if (m_settings)
        return *m_settings;
    if (!m_ownSettings)
        m_ownSettings = std::make_unique<QSettings>();
    return *m_ownSettings;
}

void ConnectionManager::load()
{
    m_profiles = loadConnectionProfiles(settings());
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        apply(profile.id);
        readSecrets(profile);
    }
    const QString last = lastUsed();
    if (!last.isEmpty())
        m_monitor->setCurrentConnection(last);
    Q_EMIT profilesChanged();
}

QString ConnectionManager::addSessionConnection(const QString &url, const QString &token, const QString &name)
{
    const BaseUrlResult base = normaliseBaseUrl(url);
    if (base.url.isEmpty())
        return base.error;
    ConnectionProfile profile;
    profile.id = sessionConnectionId(base.url);
    profile.name = name.isEmpty() ? tr("%1 (this session)", "connection from VEZA_URL").arg(base.url.host()) : name;
    profile.baseUrl = base.url;
    profile.sessionOnly = true;
    m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == profile.id; });
    m_profiles.append(profile);
    m_keys.insert(profile.id, token);
    m_sessionOnlyKeys.insert(profile.id);
    apply(profile.id);
    m_monitor->setCurrentConnection(profile.id);
    Q_EMIT profilesChanged();
    return {};
}

const ConnectionProfile *ConnectionManager::profile(const QString &id) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

ConnectionProfile *ConnectionManager::findProfile(const QString &id)
{
    return const_cast<ConnectionProfile *>(std::as_const(*this).profile(id));
}

const ConnectionProfile *ConnectionManager::profileByName(const QString &name) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &profile;
    }
    return nullptr;
}

QString ConnectionManager::validate(const ConnectionProfile &profile) const
{
    if (profile.name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (const ConnectionProfile *other = profileByName(profile.name); other && other->id != profile.id)
        return tr("A connection named “%1” exists already.").arg(other->name);
    if (profile.baseUrl.isEmpty())
        return tr("Enter the address of the Veza tenant.");
    if ((profile.proxy.mode == ProxySettings::Mode::Http || profile.proxy.mode == ProxySettings::Mode::Socks5)
        && (profile.proxy.host.trimmed().isEmpty() || profile.proxy.port == 0))
        return tr("Enter the proxy's host and port.");
    if (profile.limits.requestsPerSecond && !LoadLimits::isValidRate(*profile.limits.requestsPerSecond))
        return tr("Requests per second must be %1.").arg(LoadLimits::rateRule());
    if (profile.limits.maxInFlight && !LoadLimits::isValidInFlight(*profile.limits.maxInFlight))
        return tr("Requests at once must be %1.").arg(LoadLimits::inFlightRule());
    return {};
}

void ConnectionManager::readSecrets(const ConnectionProfile &profile)
{
    const QString id = profile.id;
    m_pendingReads.insert(id);
    m_keyStore->read(keychainEntry(id, SecretKind::ApiKey), this, [this, id](const KeyStore::Result &result) {
        m_pendingReads.remove(id);
        if (!this->profile(id))
            return; // removed meanwhile: its secret is not kept in memory
        if (result.status == KeyStore::Status::Ok && !m_sessionOnlyKeys.contains(id) && !m_keys.contains(id))
            m_keys.insert(id, result.secret);
        else if (result.status != KeyStore::Status::Ok && result.status != KeyStore::Status::NotFound)
            reportKeychainProblem(result);
        apply(id);
        Q_EMIT keyStateChanged(id);
    });
    if (profile.proxy.user.isEmpty())
        return;
    m_keyStore->read(keychainEntry(id, SecretKind::ProxyPassword), this, [this, id](const KeyStore::Result &result) {
        if (!this->profile(id))
            return;
        if (result.status == KeyStore::Status::Ok && !m_proxyPasswords.contains(id)) {
            m_proxyPasswords.insert(id, result.secret);
            apply(id);
            Q_EMIT keyStateChanged(id); // the dialog says "saved" once it knows
        }
    });
}

void ConnectionManager::reportKeychainProblem(const KeyStore::Result &result)
{
    if (m_keychainProblemSaid)
        return;
    m_keychainProblemSaid = true;
    qCWarning(lcMonitor) << "keychain:" << result.status;
    Q_EMIT keychainUnavailable(result.message.isEmpty() ? KeyStore::noBackendMessage() : result.message);
}

void ConnectionManager::apply(const QString &id)
{
    const ConnectionProfile *profile = this->profile(id);
    if (!profile)
        return;
    Connection connection;
    connection.baseUrl = profile->baseUrl;
    connection.apiKey = m_keys.value(id);
    connection.proxy = effectiveProxy(profile->proxy, profile->baseUrl);
    connection.proxyPassword = m_proxyPasswords.value(id);
    connection.pinnedSha256 = profile->pinnedSha256;
    if (profile->caFile.isEmpty()) {
        m_caFiles.remove(id);
    } else {
        CaFile &file = m_caFiles[id];
        if (file.path != profile->caFile) {
            file.path = profile->caFile;
            readCaFile(id);
        }
        // Until a newer read lands it trusts what it trusted; never read yet, it exists (its tasks are adopted, it
        // can be chosen) but without its key, so it sends nothing a private CA would refuse.
        if (!file.loaded)
            connection.apiKey.clear();
        connection.extraCaCertificates = file.certificates;
    }
    m_monitor->setConnection(id, profile->name, connection);
    if (PollScheduler *scheduler = m_monitor->scheduler(id))
        scheduler->setLoadLimits(profile->limits);
}

void ConnectionManager::readCaFile(const QString &id)
{
    CaFile &file = m_caFiles[id];
    file.serial = ++m_caSerial;
    file.reading = true;
    // A file read, perhaps from a share: never on the GUI thread. The watcher is a child: gone with this, unheard.
    auto *watcher = new QFutureWatcher<CaFileResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, serial = file.serial] {
        watcher->deleteLater();
        const auto read = m_caFiles.find(id);
        if (read == m_caFiles.end() || read->serial != serial)
            return;
        const CaFileResult result = watcher->result();
        read->reading = false;
        read->loaded = true;
        read->certificates = result.certificates;
        if (!result.error.isEmpty())
            Q_EMIT caFileProblem(id, result.error); // it polls with the system's CAs only
        apply(id);
    });
    watcher->setFuture(QtConcurrent::run(m_caPool.get(), loadCaFile, file.path));
}

void ConnectionManager::store()
{
    saveConnectionProfiles(settings(), m_profiles);
    settings().sync();
}

void ConnectionManager::save(const ConnectionProfile &edited, const QString &newKey, const QString &newProxyPassword)
{
    ConnectionProfile profile = edited;
    if (profile.id.isEmpty())
        profile.id = newConnectionId();
    profile.name = profile.name.trimmed();
    QString previousProxyUser;
    if (ConnectionProfile *existing = findProfile(profile.id)) {
        profile.sessionOnly = existing->sessionOnly;
        previousProxyUser = existing->proxy.user;
        *existing = profile;
    } else {
        m_profiles.append(profile);
    }
    if (profile.proxy.user.isEmpty()) {
        m_proxyPasswords.remove(profile.id);
        m_sessionOnlyProxyPasswords.remove(profile.id);
        // No user, no password: the keychain does not keep one for nobody.
        if (!previousProxyUser.isEmpty() && !profile.sessionOnly) {
            m_keyStore->remove(
                keychainEntry(profile.id, SecretKind::ProxyPassword), this, [](const KeyStore::Result &result) {
                    if (result.status != KeyStore::Status::Ok)
                        qCWarning(lcMonitor) << "keychain: proxy password not deleted:" << result.status;
                });
        }
    }
    store();
    // Saved again: its CA file is read again, as the dialog showed it (unless a read of it is under way).
    if (const auto file = m_caFiles.find(profile.id); file != m_caFiles.end() && !file->reading)
        file->path.clear();
    apply(profile.id);
    Q_EMIT profilesChanged();
    if (newKey.isEmpty() && newProxyPassword.isEmpty())
        return;

    const QString id = profile.id;
    // Used as soon as the keychain holds it: a key that cannot be saved is used only if the user says so.
    const auto saved = [this, id, newKey, newProxyPassword](const KeyStore::Result &result) {
        if (!this->profile(id))
            return; // removed while the keychain was writing
        if (result.status != KeyStore::Status::Ok) {
            Q_EMIT keyNotSaved(id, newKey, newProxyPassword,
                result.status == KeyStore::Status::NoBackend ? KeyStore::noBackendMessage() : result.message);
            return;
        }
        takeSecrets(id, newKey, newProxyPassword, false);
        Q_EMIT keySaved(id);
    };
    if (profile.sessionOnly) {
        useKeyForSession(id, newKey, newProxyPassword); // VEZA_URL's connection is never saved, its key neither
        return;
    }
    if (!newKey.isEmpty() && !newProxyPassword.isEmpty()) {
        m_keyStore->write(keychainEntry(id, SecretKind::ApiKey), newKey, this,
            [this, id, newProxyPassword, saved](const KeyStore::Result &result) {
                if (result.status != KeyStore::Status::Ok) {
                    saved(result);
                    return;
                }
                m_keyStore->write(keychainEntry(id, SecretKind::ProxyPassword), newProxyPassword, this, saved);
            });
    } else if (!newKey.isEmpty()) {
        m_keyStore->write(keychainEntry(id, SecretKind::ApiKey), newKey, this, saved);
    } else {
        m_keyStore->write(keychainEntry(id, SecretKind::ProxyPassword), newProxyPassword, this, saved);
    }
}

void ConnectionManager::useKeyForSession(const QString &id, const QString &key, const QString &proxyPassword)
{
    if (profile(id))
        takeSecrets(id, key, proxyPassword, true);
}

void ConnectionManager::takeSecrets(
    const QString &id, const QString &key, const QString &proxyPassword, bool sessionOnly)
{
    const auto take = [&](QHash<QString, QString> &secrets, QSet<QString> &sessionOnlyIds, const QString &secret) {
        if (secret.isEmpty())
            return; // an empty one keeps what there is
        secrets.insert(id, secret);
        if (sessionOnly)
            sessionOnlyIds.insert(id);
        else
            sessionOnlyIds.remove(id);
    };
    take(m_keys, m_sessionOnlyKeys, key);
    take(m_proxyPasswords, m_sessionOnlyProxyPasswords, proxyPassword);
    apply(id);
    Q_EMIT keyStateChanged(id);
}

void ConnectionManager::remove(const QString &id)
{
    const ConnectionProfile *profile = this->profile(id);
    if (!profile)
        return;
    const bool saved = !profile->sessionOnly;
    m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == id; });
    m_keys.remove(id);
    m_proxyPasswords.remove(id);
    m_sessionOnlyKeys.remove(id);
    m_sessionOnlyProxyPasswords.remove(id);
    m_pendingReads.remove(id);
    m_caFiles.remove(id);
    m_monitor->removeConnection(id);
    if (saved) {
        store();
        const auto logged = [id](const KeyStore::Result &result) {
            if (result.status != KeyStore::Status::Ok)
                qCWarning(lcMonitor) << "keychain entry of a removed connection not deleted:" << result.status;
        };
        m_keyStore->remove(keychainEntry(id, SecretKind::ApiKey), this, logged);
        m_keyStore->remove(keychainEntry(id, SecretKind::ProxyPassword), this, logged);
    }
    // Read as stored: lastUsed() no longer names a removed connection.
    if (settings().value(kLastUsedConnectionKey).toString() == id)
        settings().remove(kLastUsedConnectionKey);
    Q_EMIT profilesChanged();
}

void ConnectionManager::trustCertificate(const QString &id, const QByteArray &sha256)
{
    ConnectionProfile *profile = findProfile(id);
    if (!profile || sha256.size() != 32)
        return;
    if (!profile->pinnedSha256.contains(sha256))
        profile->pinnedSha256.append(sha256);
    store();
    apply(id);
    Q_EMIT profilesChanged();
}

QString ConnectionManager::lastUsed() const
{
    const QString id = settings().value(kLastUsedConnectionKey).toString();
    return profile(id) ? id : (m_profiles.isEmpty() ? QString() : m_profiles.constFirst().id);
}

void ConnectionManager::setLastUsed(const QString &id)
{
    if (!profile(id))
        return;
    m_monitor->setCurrentConnection(id);
    if (!profile(id)->sessionOnly)
        settings().setValue(kLastUsedConnectionKey, id);
}
