// SPDX-License-Identifier: MIT
#include "secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

QList<QByteArray> plainForms(const QString &secret)
{
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return {secret.toUtf8(), secret.toUtf8().toBase64(), utf16};
}

bool fileHolds(const QString &path, const QString &secret)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray contents = file.readAll();
    const QList<QByteArray> forms = plainForms(secret);
    return std::any_of(
        forms.cbegin(), forms.cend(), [&contents](const QByteArray &form) { return contents.contains(form); });
}

QStringList filesHolding(const QString &root, const QString &secret, int *scanned)
{
    QStringList found;
    QDirIterator it(
        root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (!info.isFile() || info.isSymLink())
            continue;
        if (scanned)
            ++*scanned;
        if (fileHolds(info.filePath(), secret))
            found << info.filePath();
    }
    return found;
}
