// SPDX-License-Identifier: MIT
#include "timeformat.h"
#include "translations.h"

#include <QDateTime>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The user's languages pick the catalogues: the app's and Qt's own in the same language, English plural forms as
// the fallback; numbers, sizes and dates follow the locale.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void pluralsAreEnglish_data();
    void pluralsAreEnglish();
    void languageFollowsTheLocale_data();
    void languageFollowsTheLocale();
    void laterCallReplacesTheEarlier();
    void numbersAndDatesFollowTheLocale();
};

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

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
    QCOMPARE(installTranslations(QCoreApplication::instance()), u"en_US"_s);
    QCOMPARE(
        QCoreApplication::translate("MainWindow", "Added %n task(s).", nullptr, 1), QStringLiteral("Added 1 task."));
    QCOMPARE(
        QCoreApplication::translate("MainWindow", "Added %n task(s).", nullptr, 3), QStringLiteral("Added 3 tasks."));
    QCOMPARE(QCoreApplication::translate("AddTasksDialog", "%n id(s) will be added.", nullptr, 2),
        QStringLiteral("2 ids will be added."));
}

void TestTranslations::languageFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("tasksMenu");
    QTest::addColumn<QString>("oneAdded");
    QTest::addColumn<QString>("twoAdded");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("qtCancel");
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"de_DE"_s << u"Auf&gaben"_s
                           << u"1 Aufgabe hinzugefügt."_s << u"2 Aufgaben hinzugefügt."_s << u"Zeitüberschreitung"_s
                           << u"Abbrechen"_s;
    // Austrian German has no catalogue of its own: German it is, through uiLanguages() ("de-AT", "de").
    QTest::newRow("de_AT") << QLocale(QLocale::German, QLocale::Austria) << u"de_DE"_s << u"Auf&gaben"_s
                           << u"1 Aufgabe hinzugefügt."_s << u"2 Aufgaben hinzugefügt."_s << u"Zeitüberschreitung"_s
                           << u"Abbrechen"_s;
    // French: 0 and 1 are singular.
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << u"fr_FR"_s << u"&Tâches"_s
                           << u"1 tâche ajoutée."_s << u"2 tâches ajoutées."_s << u"Délai dépassé"_s << u"Annuler"_s;
    QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << u"fr_FR"_s << u"&Tâches"_s
                           << u"1 tâche ajoutée."_s << u"2 tâches ajoutées."_s << u"Délai dépassé"_s << u"Annuler"_s;
}

void TestTranslations::languageFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, language);
    QLocale::setDefault(locale);
    QCOMPARE(installTranslations(QCoreApplication::instance()), language);
    QTEST(QCoreApplication::translate("MainWindow", "&Tasks", "menu"), "tasksMenu");
    QTEST(QCoreApplication::translate("MainWindow", "Added %n task(s).", nullptr, 1), "oneAdded");
    QTEST(QCoreApplication::translate("MainWindow", "Added %n task(s).", nullptr, 2), "twoAdded");
    if (language.startsWith(u"fr"))
        QCOMPARE(QCoreApplication::translate("MainWindow", "Added %n task(s).", nullptr, 0), u"0 tâche ajoutée."_s);
    else
        QCOMPARE(
            QCoreApplication::translate("MainWindow", "Added %n task(s).", nullptr, 0), u"0 Aufgaben hinzugefügt."_s);
    // A string of a free function (VezaError's context), which lupdate once could not see.
    QTEST(QCoreApplication::translate("VezaError", "Timed out"), "error");
    // Qt's own catalogue, in the same language.
    QTEST(QCoreApplication::translate("QPlatformTheme", "Cancel"), "qtCancel");
}

void TestTranslations::laterCallReplacesTheEarlier()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    installTranslations(QCoreApplication::instance());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(installTranslations(QCoreApplication::instance()), u"en_US"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Tasks", "menu"), u"&Tasks"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 2);
}

void TestTranslations::numbersAndDatesFollowTheLocale()
{
    const QDateTime when(QDate(2026, 3, 14), QTime(9, 5, 7));
    const qint64 nextDay = when.addDays(1).toMSecsSinceEpoch();

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QLocale().formattedDataSize(1536, 1, QLocale::DataSizeTraditionalFormat), u"1,5 kB"_s);
    QCOMPARE(u"%L1"_s.arg(12345), u"12.345"_s);
    QCOMPARE(formatTimeForUser(when.toMSecsSinceEpoch(), nextDay, QLocale::ShortFormat), u"14.03.26 09:05"_s);

    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(formatTimeForUser(when.toMSecsSinceEpoch(), nextDay, QLocale::ShortFormat), u"14/03/2026 09:05"_s);
    QVERIFY(QLocale().formattedDataSize(1536, 1, QLocale::DataSizeTraditionalFormat).startsWith(u"1,5"_s));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
