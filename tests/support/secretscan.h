// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// Where a secret must never be found in plain text: the settings file, the data folders, a whole temporary home.

// The forms a plain-text copy of the secret would take: UTF-8 (QSettings, logs), base64 (QtKeychain's binary
// fallback), UTF-16 (a QString dumped as it is).
QList<QByteArray> plainForms(const QString &secret);
// The file holds the secret in one of those forms.
bool fileHolds(const QString &path, const QString &secret);
// Every regular file under root that holds it; *scanned (when given) counts the files read.
QStringList filesHolding(const QString &root, const QString &secret, int *scanned = nullptr);
