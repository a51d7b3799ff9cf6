// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

constexpr auto kTranslatorName = QLatin1StringView("vezaTranslator");

QTranslator *newTranslator(QCoreApplication *app)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(kTranslatorName);
    return translator;
}

} // namespace

QString installTranslations(QCoreApplication *app)
{
    const QList<QTranslator *> earlier = app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    // QTranslator::load(QLocale, …) tries each of the locale's uiLanguages() in order and keeps the first found.
    const QString directory = QStringLiteral(":/i18n");
    QTranslator *appTranslator = newTranslator(app);
    if (!appTranslator->load(QLocale(), QStringLiteral("veza-task-monitor"), QStringLiteral("_"), directory)
        && !appTranslator->load(QStringLiteral("veza-task-monitor_en"), directory)) {
        delete appTranslator;
        return {};
    }
    const QString language = appTranslator->language();

    // Qt's strings (standard buttons, shortcuts' names) in the same language as the app's, never a mix.
    QTranslator *qtTranslator = newTranslator(app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    // Installed last, so searched first.
    QCoreApplication::installTranslator(appTranslator);
    return language;
}
