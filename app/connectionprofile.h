// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"
#include "loadlimits.h"

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

// A saved connection as the settings file holds it: everything but its secrets, which the keychain holds under
// entries named after the id (keychainEntry()).
struct ConnectionProfile
{
    QString id; // stable and never shown: tasks and keychain entries refer to it, so a rename moves nothing
    QString name; // shown and chosen by the user, unique (case-insensitive)
    QUrl baseUrl; // normalised (normaliseBaseUrl)
    ProxySettings proxy;
    QString caFile; // an extra PEM file of CA certificates, empty for none
    QList<QByteArray> pinnedSha256; // exact certificates the user chose to trust for this connection
    LoadLimits limits; // the Advanced section: budget and cap of this connection's polling, unset for the defaults
    bool sessionOnly = false; // VEZA_URL/VEZA_TOKEN or a key the keychain could not keep: never saved

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

// The keychain's service name, shared by the app and veza-task-cli.
inline constexpr QLatin1StringView kKeychainService("veza-task-monitor");

enum class SecretKind { ApiKey, ProxyPassword };
// The keychain entry of one secret of a connection ("<id>" for its key, "<id>/proxy" for its proxy password).
QString keychainEntry(const QString &connectionId, SecretKind kind);

// A new random id for a connection.
QString newConnectionId();

// The id of the session-only connection that VEZA_URL gives: the same address gives the same id on every start,
// so tasks added through it are found again.
QString sessionConnectionId(const QUrl &baseUrl);

// The connections saved in the app's settings (group "connections"), in the user's order; entries that do not
// read back as valid (bad URL, missing id) are skipped. Session-only ones are never written.
QList<ConnectionProfile> loadConnectionProfiles(QSettings &settings);
void saveConnectionProfiles(QSettings &settings, const QList<ConnectionProfile> &profiles);

// The id of the connection last used for adding tasks, and the one a single old "connection/baseUrl" setting
// becomes the first time (migrated by loadConnectionProfiles).
inline constexpr QLatin1StringView kLastUsedConnectionKey("connections/lastUsed");

// Opens the settings file the GUI uses, from any program (the CLI reads the app's connections through it).
// The organisation and application names are the GUI's.
inline constexpr QLatin1StringView kSettingsOrganization("Veza Task Monitor");
inline constexpr QLatin1StringView kSettingsApplication("Veza Task Monitor");

// Hex with colons, upper case, as browsers show a fingerprint: "AB:CD:…".
QString fingerprintText(const QByteArray &sha256);
// Reads what fingerprintText() wrote (or plain hex); empty when it is not 32 bytes.
QByteArray fingerprintFromText(const QString &text);
