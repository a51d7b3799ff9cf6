// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"
#include "keystore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QThreadPool>

#include <memory>

class QSettings;
class TaskMonitor;

// The owner of the saved connections: their profiles in the settings file, their secrets in the keychain (never
// anywhere else), and their sessions in the TaskMonitor. The widgets edit connections only through it; veza-task-cli
// reads the same settings and keychain entries.
class ConnectionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)
public:
    // The settings file is the app's (QSettings() once the application names are set) unless one is given.
    ConnectionManager(TaskMonitor *monitor, KeyStore *keys, QObject *parent = nullptr);
    ~ConnectionManager() override;
    void setSettings(QSettings *settings); // tests: an ini file of their own

    // Reads the saved connections (the old single address becomes one), makes their sessions, and asks the
    // keychain for their secrets; each connection polls once its key has arrived.
    void load();
    // VEZA_URL and VEZA_TOKEN: a connection for this session only, never saved, made the current one.
    // Returns an error sentence when the address is not usable.
    QString addSessionConnection(const QString &url, const QString &token, const QString &name = {});

    [[nodiscard]] const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    [[nodiscard]] const ConnectionProfile *profile(const QString &id) const;
    [[nodiscard]] const ConnectionProfile *profileByName(const QString &name) const;
    // True once the key is known (from the keychain, typed this session, or VEZA_TOKEN).
    [[nodiscard]] bool hasKey(const QString &id) const { return !m_keys.value(id).isEmpty(); }
    // The key is used for this session only: the keychain could not keep it.
    [[nodiscard]] bool isKeySessionOnly(const QString &id) const { return m_sessionOnlyKeys.contains(id); }
    // True once a proxy password is known (from the keychain or typed this session); it is never handed out.
    [[nodiscard]] bool hasProxyPassword(const QString &id) const { return !m_proxyPasswords.value(id).isEmpty(); }
    [[nodiscard]] bool isProxyPasswordSessionOnly(const QString &id) const
    {
        return m_sessionOnlyProxyPasswords.contains(id);
    }
    // The keychain has not answered for this connection yet.
    [[nodiscard]] bool isReadingKey(const QString &id) const { return m_pendingReads.contains(id); }
    // Its key or its first read of the CA file is still to come: "not configured" is no problem to show yet.
    [[nodiscard]] bool isStarting(const QString &id) const;
    // Empty, or why names clash / the address is bad: the dialog checks before saving.
    [[nodiscard]] QString validate(const ConnectionProfile &profile) const;

    // Saves a new or edited connection. A non-empty key (or proxy password) replaces the stored one, in the
    // keychain; an empty one keeps it. The profile is applied at once; keySaved() or keyNotSaved() follows.
    void save(const ConnectionProfile &profile, const QString &newKey = {}, const QString &newProxyPassword = {});
    // After keyNotSaved(): the user chose to use the key without saving it.
    void useKeyForSession(const QString &id, const QString &key, const QString &proxyPassword = {});
    // Forgets the connection and deletes its keychain entries; the caller moved or removed its tasks first.
    void remove(const QString &id);
    // Trusts exactly this certificate for the connection (after a refusal): saved with it, polling resumes.
    void trustCertificate(const QString &id, const QByteArray &sha256);

    // The connection that adds and pastes go to: the one last used, kept across starts.
    [[nodiscard]] QString lastUsed() const;
    void setLastUsed(const QString &id);

Q_SIGNALS:
    void profilesChanged();
    // The keychain holds the new secret.
    void keySaved(const QString &id);
    // The keychain could not keep it (message says why and what to do); the connection is not polled with it.
    void keyNotSaved(const QString &id, const QString &key, const QString &proxyPassword, const QString &message);
    // No keychain answered when the saved keys were read: said once per session.
    void keychainUnavailable(const QString &message);
    // A key arrived or changed state (read, saved, missing).
    void keyStateChanged(const QString &id);
    // The extra CA file of a connection could not be read: why (the connection polls with the system CAs only).
    void caFileProblem(const QString &id, const QString &message);

private:
    void readSecrets(const ConnectionProfile &profile);
    void apply(const QString &id);
    // Reads the CA file of m_caFiles[id] on m_caPool, then applies the connection again.
    void readCaFile(const QString &id);
    // Keeps the secrets in memory (an empty one changes nothing), saved or for this session only, and applies them.
    void takeSecrets(const QString &id, const QString &key, const QString &proxyPassword, bool sessionOnly);
    void store();
    QSettings &settings() const;
    void reportKeychainProblem(const KeyStore::Result &result);
    ConnectionProfile *findProfile(const QString &id);

    TaskMonitor *m_monitor;
    KeyStore *m_keyStore;
    QSettings *m_settings = nullptr;
    mutable std::unique_ptr<QSettings> m_ownSettings; // made on first use, after the application names are set
    QList<ConnectionProfile> m_profiles;
    QHash<QString, QString> m_keys; // in memory only
    QHash<QString, QString> m_proxyPasswords;
    QSet<QString> m_sessionOnlyKeys;
    QSet<QString> m_sessionOnlyProxyPasswords;
    QSet<QString> m_pendingReads;
    bool m_keychainProblemSaid = false;
    struct CaFile
    {
        QString path; // the file read last, or being read
        quint64 serial = 0; // of the read asked for last: an older one that lands after it is dropped
        bool reading = false;
        bool loaded = false; // a read has landed: the connection trusts its certificates
        QList<QSslCertificate> certificates; // of the read that landed last
    };
    QHash<QString, CaFile> m_caFiles; // per connection with a CA file
    quint64 m_caSerial = 0;
    // Its own thread: a file on a hung share blocks this pool, never the one that parses the answers.
    std::unique_ptr<QThreadPool> m_caPool;
};
