// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void installTranslations(QCoreApplication *app)
{
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *appTranslator = new QTranslator(app);
    const QString directory = QStringLiteral(":/i18n");
    if (appTranslator->load(QLocale(), QStringLiteral("veza-task-monitor"), QStringLiteral("_"), directory)
        || appTranslator->load(QStringLiteral("veza-task-monitor_en"), directory))
        QCoreApplication::installTranslator(appTranslator);
}
