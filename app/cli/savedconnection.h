// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"
#include "loadlimits.h"

#include <QString>

class QSettings;

// The desktop app's saved connections, as veza-task-cli reads them (never their keys: those stay in the keychain).

// --list-connections: one line per connection, "name<TAB>address<TAB>proxy".
QString savedConnectionList(QSettings &settings);

// --connection NAME: the connection's address, proxy, extra CAs and trusted certificates; the key is not set.
// The connection's id goes to *id (its keychain entries are named after it), its Advanced load limits to *limits.
// An error sentence when NAME is not saved or its CA file cannot be read.
QString loadSavedConnection(
    QSettings &settings, const QString &name, Connection *connection, QString *id, LoadLimits *limits);
