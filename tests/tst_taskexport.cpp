// SPDX-License-Identifier: MIT
#include "clock.h"
#include "connection.h"
#include "mainwindow.h"
#include "taskexport.h"
#include "taskmonitor.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"sk-DISTINCTIVE-test-key-5f1c9a"_s;
const QUrl kBaseUrl(u"https://acme.vezacloud.com/tenant"_s);
constexpr qint64 kAddedMs = 1'700'000'000'000; // 2023-11-14T22:13:20Z

// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << std::exchange(field, {});
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << std::exchange(field, {});
            rows << std::exchange(row, {});
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

TrackedTask tracked(const QString &id, const QString &label, const QJsonObject &answer = {})
{
    TrackedTask task;
    task.id = id;
    task.label = label;
    task.addedAtMs = kAddedMs;
    if (!answer.isEmpty()) {
        task.task = TaskReader::fromObject(answer);
        task.lastCheckedMs = kAddedMs + 61'000;
        if (task.task->isComplete())
            task.completedAtMs = kAddedMs + 60'000;
    }
    return task;
}

// Every kind of row: no answer yet, hostile text, a failure with an error object, a newer server's values.
QList<TrackedTask> sampleTasks()
{
    return {
        tracked(u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s, u"Quarterly, \"Q4\"\nreview"_s,
            {{u"state"_s, u"COMPLETE"_s}, {u"status"_s, u"SUCCEEDED"_s},
                {u"result"_s, QJsonObject{{u"number_value"_s, u"42"_s}, {u"rows"_s, QJsonArray{1, 2, 3}}}}}),
        tracked(u"=HYPERLINK(\"http://evil\")"_s, u"Ünïcödé — 東京 🚀"_s),
        tracked(u"job-7"_s, u"@SUM(A1)"_s,
            {{u"state"_s, 3}, {u"status"_s, 2}, {u"error_reason"_s, u"-query, timed out"_s},
                {u"error_status"_s, QJsonObject{{u"code"_s, 4}, {u"message"_s, u"deadline exceeded"_s}}}}),
        tracked(u"job-8"_s, QString(), {{u"state"_s, u"PAUSED_BY_ADMIN"_s}, {u"status"_s, 9}}),
    };
}

QList<const TrackedTask *> pointers(const QList<TrackedTask> &tasks)
{
    QList<const TrackedTask *> list;
    for (const TrackedTask &task : tasks)
        list << &task;
    return list;
}

QByteArray exported(TaskExport::Format format, const QList<TrackedTask> &tasks, const QUrl &baseUrl = kBaseUrl)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const bool written = format == TaskExport::Format::Csv
        ? TaskExport::writeCsv(&buffer, pointers(tasks), baseUrl, &error)
        : TaskExport::writeJson(&buffer, pointers(tasks), baseUrl, &error);
    if (!written)
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_TaskExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void csvField_data();
    void csvField();
    void csvHasEveryColumnAndRow();
    void jsonRoundTripsUnaltered();
    void resultTextIsWrittenCompactAndDamagedAsNull();
    void keyNeverWritten();
    void formatFollowsTheExtension();
    void failedWriteLeavesNoFile();

    void windowExportsTheSelection();

private:
    QTemporaryDir m_dir;
};

void tst_TaskExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"veza-task-monitor-tests"_s);
    QCoreApplication::setApplicationName(u"tst_taskexport"_s);
    QSettings().clear();
}

void tst_TaskExport::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"job-7"_s << u"job-7"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("LF") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("CR inside") << u"one\rtwo"_s << u"\"one\rtwo\""_s;
    QTest::newRow("unicode") << u"東京 🚀 é"_s << u"東京 🚀 é"_s;
    QTest::newRow("=") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("+") << u"+1"_s << u"'+1"_s;
    QTest::newRow("-") << u"-1"_s << u"'-1"_s;
    QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("CR first") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("formula with comma") << u"=HYPERLINK(\"a\",\"b\")"_s << u"\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""_s;
    QTest::newRow("sign later") << u"a=b"_s << u"a=b"_s;
}

void tst_TaskExport::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(TaskExport::csvField(value), field);
}

void tst_TaskExport::csvHasEveryColumnAndRow()
{
    const QByteArray bytes = exported(TaskExport::Format::Csv, sampleTasks());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0),
        (QStringList{u"id"_s, u"label"_s, u"connection"_s, u"state"_s, u"status"_s, u"added_at"_s, u"completed_at"_s,
            u"last_checked"_s, u"error_reason"_s, u"error_status"_s}));
    const QString base = u"https://acme.vezacloud.com/tenant"_s;
    QCOMPARE(rows.at(1),
        (QStringList{u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s, u"Quarterly, \"Q4\"\nreview"_s, base, u"COMPLETE"_s,
            u"SUCCEEDED"_s, u"2023-11-14T22:13:20Z"_s, u"2023-11-14T22:14:20Z"_s, u"2023-11-14T22:14:21Z"_s, QString(),
            QString()}));
    // No answer yet: state and status are unknown to us, not UNKNOWN_STATE.
    QCOMPARE(rows.at(2),
        (QStringList{u"'=HYPERLINK(\"http://evil\")"_s, u"Ünïcödé — 東京 🚀"_s, base, QString(), QString(),
            u"2023-11-14T22:13:20Z"_s, QString(), QString(), QString(), QString()}));
    QCOMPARE(rows.at(3),
        (QStringList{u"job-7"_s, u"'@SUM(A1)"_s, base, u"COMPLETE"_s, u"FAILED"_s, u"2023-11-14T22:13:20Z"_s,
            u"2023-11-14T22:14:20Z"_s, u"2023-11-14T22:14:21Z"_s, u"'-query, timed out"_s,
            u"{\"code\":4,\"message\":\"deadline exceeded\"}"_s}));
    QCOMPARE(rows.at(4).mid(3, 2), (QStringList{u"PAUSED_BY_ADMIN"_s, u"9"_s})); // raw values of a newer server
}

void tst_TaskExport::jsonRoundTripsUnaltered()
{
    const QList<TrackedTask> tasks = sampleTasks();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(exported(TaskExport::Format::Json, tasks), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), tasks.size());
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        QCOMPARE(object.value(u"id"_s).toString(), tasks.at(i).id); // never guarded: JSON is not a spreadsheet
        QCOMPARE(object.value(u"label"_s).toString(), tasks.at(i).label);
        QCOMPARE(object.value(u"connection"_s).toString(), u"https://acme.vezacloud.com/tenant"_s);
        QCOMPARE(object.value(u"added_at"_s).toString(), u"2023-11-14T22:13:20Z"_s);
        QCOMPARE(object.keys().size(), 11);
    }
    const QJsonObject done = array.at(0).toObject();
    QCOMPARE(done.value(u"result"_s),
        QJsonValue(QJsonObject{{u"number_value"_s, u"42"_s}, {u"rows"_s, QJsonArray{1, 2, 3}}}));
    QCOMPARE(done.value(u"state"_s).toString(), u"COMPLETE"_s);
    QCOMPARE(done.value(u"completed_at"_s).toString(), u"2023-11-14T22:14:20Z"_s);
    QVERIFY(done.value(u"error_status"_s).isNull());

    const QJsonObject waiting = array.at(1).toObject();
    QVERIFY(waiting.value(u"state"_s).isNull());
    QVERIFY(waiting.value(u"result"_s).isNull());
    QVERIFY(waiting.value(u"last_checked"_s).isNull());

    const QJsonObject failed = array.at(2).toObject();
    QCOMPARE(failed.value(u"status"_s).toString(), u"FAILED"_s);
    QCOMPARE(failed.value(u"error_reason"_s).toString(), u"-query, timed out"_s);
    QCOMPARE(failed.value(u"error_status"_s),
        QJsonValue(QJsonObject{{u"code"_s, 4}, {u"message"_s, u"deadline exceeded"_s}}));

    QCOMPARE(array.at(3).toObject().value(u"state"_s).toString(), u"PAUSED_BY_ADMIN"_s);
    QCOMPARE(QJsonDocument::fromJson(exported(TaskExport::Format::Json, {})).array(), QJsonArray());
}

void tst_TaskExport::resultTextIsWrittenCompactAndDamagedAsNull()
{
    QList<TrackedTask> tasks = sampleTasks().mid(0, 1);
    tasks.append(tasks.at(0));
    tasks[0].task->result = JsonText::fromText("{ \"rows\" : [ 1 ,\n \"a b\" ] }");
    tasks[1].id = u"damaged"_s;
    tasks[1].task->result = JsonText::fromText("{\"rows\": [1,"); // as a damaged task list could give it
    const QByteArray bytes = exported(TaskExport::Format::Json, tasks);
    QJsonParseError error{};
    const QJsonArray array = QJsonDocument::fromJson(bytes, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(bytes.contains(R"("result":{"rows":[1,"a b"]})"));
    QCOMPARE(array.at(0).toObject().value(u"result"_s), QJsonValue(QJsonObject{{u"rows"_s, QJsonArray{1, u"a b"_s}}}));
    QVERIFY(array.at(1).toObject().value(u"result"_s).isNull());
    QCOMPARE(array.at(1).toObject().value(u"id"_s).toString(), u"damaged"_s);
}

void tst_TaskExport::keyNeverWritten()
{
    const Connection connection{kBaseUrl, kKey};
    // A base URL built without normaliseBaseUrl() may carry user info: it is cut too.
    QUrl withUserInfo = connection.baseUrl;
    withUserInfo.setUserInfo(u"admin:"_s + kKey);
    for (const auto format : {TaskExport::Format::Csv, TaskExport::Format::Json}) {
        for (const QUrl &baseUrl : {connection.baseUrl, withUserInfo}) {
            const QByteArray bytes = exported(format, sampleTasks(), baseUrl);
            QVERIFY(bytes.contains("acme.vezacloud.com/tenant"));
            QVERIFY(!bytes.contains(kKey.toUtf8()));
            QVERIFY(!bytes.contains("admin"));
        }
    }
}

void tst_TaskExport::formatFollowsTheExtension()
{
    using TaskExport::Format;
    QCOMPARE(TaskExport::formatForPath(u"/tmp/tasks.JSON"_s), Format::Json);
    QCOMPARE(TaskExport::formatForPath(u"/tmp/tasks.csv"_s, Format::Json), Format::Csv);
    QCOMPARE(TaskExport::formatForPath(u"/tmp/tasks.txt"_s, Format::Json), Format::Json);
    QCOMPARE(TaskExport::formatForPath(u"/tmp/tasks"_s), Format::Csv);
}

void tst_TaskExport::failedWriteLeavesNoFile()
{
    const QString path = m_dir.filePath(u"missing-dir/tasks.csv"_s);
    QVERIFY(!TaskExport::writeFile(path, TaskExport::Format::Csv, sampleTasks(), kBaseUrl).isEmpty());
    QVERIFY(!QFile::exists(path));

    const QString good = m_dir.filePath(u"tasks.json"_s);
    QCOMPARE(TaskExport::writeFile(good, TaskExport::Format::Json, sampleTasks(), kBaseUrl), QString());
    QCOMPARE(readFile(good), exported(TaskExport::Format::Json, sampleTasks()));
}

void tst_TaskExport::windowExportsTheSelection()
{
    TaskMonitor monitor(SystemClock::instance());
    monitor.setPaused(true); // nothing is asked: the rows stay as added
    monitor.setConnection(Connection{kBaseUrl, kKey});
    MainWindow window(&monitor, SystemClock::instance());
    window.show();
    const QStringList ids{u"task-1"_s, u"=task-2"_s, u"task-3"_s};
    QCOMPARE(window.addTaskIds(ids, u"Export, \"test\""_s), 3);

    auto *exportAll = window.findChild<QAction *>(u"exportAction"_s);
    auto *exportSelection = window.findChild<QAction *>(u"exportSelectionAction"_s);
    QVERIFY(exportAll && exportSelection);
    auto *fileMenu = window.findChild<QMenu *>(u"fileMenu"_s);
    QVERIFY(fileMenu && fileMenu->actions().contains(exportAll) && fileMenu->actions().contains(exportSelection));

    QVERIFY(window.selectTask(u"task-3"_s));
    auto *table = window.findChild<QTableView *>(u"taskTable"_s);
    QVERIFY(table);
    table->selectionModel()->select(
        table->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedTaskIds(), (QStringList{u"=task-2"_s, u"task-3"_s}));
    QVERIFY(exportSelection->isEnabled());

    const auto chooseFile = [&window](const QString &path) {
        QFileDialog *chooser = nullptr;
        if (!QTest::qWaitFor([&] { return (chooser = window.findChild<QFileDialog *>(u"exportDialog"_s)); }))
            return false;
        chooser->selectFile(path);
        static_cast<QDialog *>(chooser)->accept(); // public in QDialog, virtual: QFileDialog checks the name
        return true;
    };
    const QString jsonPath = m_dir.filePath(u"selection.json"_s);
    exportSelection->trigger();
    QVERIFY(chooseFile(jsonPath));
    QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(u"Exported 2 task"_s),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.statusBar()->currentMessage().contains(u"selection.json"_s));
    const QByteArray json = readFile(jsonPath);
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0).toObject().value(u"id"_s).toString(), u"=task-2"_s);
    QCOMPARE(array.at(1).toObject().value(u"id"_s).toString(), u"task-3"_s);
    QCOMPARE(array.at(1).toObject().value(u"label"_s).toString(), u"Export, \"test\""_s);
    QVERIFY(!json.contains(kKey.toUtf8()));

    const QString csvPath = m_dir.filePath(u"all.csv"_s);
    exportAll->trigger();
    QVERIFY(chooseFile(csvPath));
    QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(u"Exported 3 task"_s),
        qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.statusBar()->currentMessage().contains(u"all.csv"_s));
    const QByteArray csv = readFile(csvPath);
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(2).first(), u"'=task-2"_s);
    QCOMPARE(rows.at(3).at(1), u"Export, \"test\""_s);
    QVERIFY(!csv.contains(kKey.toUtf8()));

    // No extension typed: the chosen filter decides, and names the file.
    exportAll->trigger();
    QFileDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = window.findChild<QFileDialog *>(u"exportDialog"_s)));
    QCOMPARE(chooser->nameFilters().size(), 2);
    // As the user picks it: selectNameFilter() alone does not emit filterSelected.
    auto *types = chooser->findChild<QComboBox *>(u"fileTypeCombo"_s);
    QVERIFY(types);
    QTest::keyClick(types, Qt::Key_Down);
    QCOMPARE(chooser->selectedNameFilter(), chooser->nameFilters().at(1));
    chooser->selectFile(m_dir.filePath(u"named"_s));
    static_cast<QDialog *>(chooser)->accept();
    QTRY_COMPARE(window.statusBar()->currentMessage(), u"Exported 3 task(s) to named.json."_s);
    QCOMPARE(QJsonDocument::fromJson(readFile(m_dir.filePath(u"named.json"_s))).array().size(), 3);

    table->clearSelection();
    QVERIFY(!exportSelection->isEnabled());
    const QString unwritable = m_dir.filePath(u"missing-dir/x.csv"_s);
    exportAll->trigger();
    QVERIFY(chooseFile(unwritable));
    QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(u"Could not export to x.csv"_s),
        qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(tst_TaskExport)
#include "tst_taskexport.moc"
