// SPDX-License-Identifier: MIT
// The .ts files are complete and up to date with the sources: lupdate runs into a copy of each one, and any entry
// that is new, unfinished or vanished fails the test, listed so that a translator knows what to write.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString comment;
    QString type; // the translation's type attribute: empty when finished
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QList<Entry> readTs(const QString &path, QString *language)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation" && entry.numerus) {
            entries << entry;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = Entry{context, {}, {}, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes"};
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"comment") {
            entry.comment = xml.readElementText();
        } else if (name == u"translation") {
            entry.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!entry.numerus) {
                entry.translations << xml.readElementText();
                entries << entry;
            }
        } else if (name == u"numerusform") {
            entry.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return entries;
}

QString describe(const Entry &entry)
{
    QString text = u"  ["_s + entry.context + u"] \u201c"_s + entry.source + u"\u201d"_s;
    if (!entry.comment.isEmpty())
        text += u" ("_s + entry.comment + u')';
    return text;
}

// %1…%99, %L1 and %n, each counted once: a translation must use the same set as its source.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString one = it.next().captured(1);
        if (!found.contains(one))
            found << one;
    }
    found.sort();
    return found;
}

} // namespace

class TestTranslationFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upToDateAndComplete_data();
    void upToDateAndComplete();
};

void TestTranslationFiles::upToDateAndComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("de") << QStringLiteral("veza-task-monitor_de.ts") << 2;
    QTest::newRow("fr") << QStringLiteral("veza-task-monitor_fr.ts") << 2;
    QTest::newRow("en (plural forms only)") << QStringLiteral("veza-task-monitor_en.ts") << 2;
}

void TestTranslationFiles::upToDateAndComplete()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    const QDir sources(QStringLiteral(VEZA_SOURCE_DIR));
    const QString original = sources.filePath(u"translations/"_s + file);
    QVERIFY2(QFile::exists(original), qPrintable(original));

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(file);
    QVERIFY(QFile::copy(original, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));

    // As the update_translations target runs it, minus -no-obsolete: what left the sources shows as vanished.
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none")};
    if (file.endsWith(u"_en.ts"))
        arguments << QStringLiteral("-pluralonly");
    arguments << sources.filePath(QStringLiteral("app")) << sources.filePath(QStringLiteral("ui"))
              << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(VEZA_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    // A tr() lupdate cannot place is a string that is never translated.
    QVERIFY2(!output.contains(u"cannot be called without context"_s), qPrintable(output));

    QString language;
    const QList<Entry> entries = readTs(copy, &language);
    QVERIFY2(!entries.isEmpty(), qPrintable(output));
    QVERIFY(!language.isEmpty());

    QStringList unfinished, vanished, broken;
    for (const Entry &entry : entries) {
        if (entry.type == u"vanished" || entry.type == u"obsolete") {
            vanished << describe(entry);
            continue;
        }
        const bool empty = std::any_of(
            entry.translations.cbegin(), entry.translations.cend(), [](const QString &t) { return t.isEmpty(); });
        if (!entry.type.isEmpty() || entry.translations.isEmpty() || empty) {
            unfinished << describe(entry);
            continue;
        }
        if (entry.numerus && entry.translations.size() != pluralForms)
            broken << describe(entry) + u": %1 plural forms, not %2"_s.arg(entry.translations.size()).arg(pluralForms);
        QStringList wanted = placeholders(entry.source);
        // A plural form may say the number in words ("One of them has…"), as the English singulars do.
        if (entry.numerus)
            wanted.removeAll(u"n"_s);
        for (const QString &translation : entry.translations) {
            QStringList used = placeholders(translation);
            if (entry.numerus)
                used.removeAll(u"n"_s);
            if (used != wanted) {
                broken << describe(entry) + u": placeholders differ in \u201c"_s + translation + u"\u201d"_s;
                break;
            }
        }
    }

    QStringList report;
    if (!unfinished.isEmpty())
        report << u"%1 new or unfinished (translate them):"_s.arg(unfinished.size()) << unfinished;
    if (!vanished.isEmpty())
        report << u"%1 vanished from the sources (remove them):"_s.arg(vanished.size()) << vanished;
    if (!broken.isEmpty())
        report << u"%1 translations to fix:"_s.arg(broken.size()) << broken;
    if (!report.isEmpty()) {
        report.prepend(u"translations/"_s + file
            + u" is not complete: run `cmake --build build --target update_translations`, then open it in Qt "
              u"Linguist."_s);
    }
    QVERIFY2(report.isEmpty(), qPrintable(report.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
