// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QTest>

// The English translation carries the plural forms of the source strings.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pluralsAreEnglish_data();
    void pluralsAreEnglish();
};

void TestTranslations::pluralsAreEnglish_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("no translation for the language") << QLocale(QLocale::Swahili);
}

void TestTranslations::pluralsAreEnglish()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    installTranslations(QCoreApplication::instance());
    QCOMPARE(
        QCoreApplication::translate("MainWindow", "Added %n task(s).", nullptr, 1), QStringLiteral("Added 1 task."));
    QCOMPARE(
        QCoreApplication::translate("MainWindow", "Added %n task(s).", nullptr, 3), QStringLiteral("Added 3 tasks."));
    QCOMPARE(QCoreApplication::translate("AddTasksDialog", "%n id(s) will be added.", nullptr, 2),
        QStringLiteral("2 ids will be added."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
