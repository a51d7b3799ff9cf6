// SPDX-License-Identifier: MIT
#include "userguide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace UserGuide {

QStringList searchDirs()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1String("/../share/doc/veza-task-monitor")),
        QStringLiteral(VEZA_DOC_DIR)};
}

QString find(const QStringList &dirs)
{
    for (const QString &dir : dirs) {
        const QFileInfo guide(QDir(dir), QStringLiteral("user-guide.md"));
        if (guide.isFile() && guide.isReadable())
            return guide.absoluteFilePath();
    }
    return {};
}

} // namespace UserGuide
