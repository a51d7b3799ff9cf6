// SPDX-License-Identifier: MIT
// The task store on real SQLite files in a temporary folder: every field back as it went in, a migration from a
// version-1 database, and what happens to a damaged, read-only, locked or newer database.
#include "taskstore.h"
#include "testprograms.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

TrackedTask fullTask(const QString &id)
{
    TrackedTask task;
    task.id = id;
    task.label = u"Quarterly access review — “Q4”, with, commas"_s;
    task.connection = u"https://acme.vezacloud.com/a%20b"_s;
    task.addedAtMs = 1'764'400'000'000;
    task.createdAtMs = 1'764'399'990'000;
    task.runningSinceMs = 1'764'400'005'000;
    task.completedAtMs = 1'764'400'060'000;
    task.lastCheckedMs = 1'764'400'061'000;
    task.requestCount = 17;
    task.lastHttpStatus = 503;
    task.lastLatencyMs = 812;
    task.staleSinceMs = 1'764'400'061'000;
    task.watch = TrackedTask::Watch::Done;
    task.archivedAtMs = 1'764'500'000'000;
    task.lastError.kind = VezaError::Kind::Unavailable;
    task.lastError.httpStatus = 503;
    task.lastError.code = u"Unavailable"_s;
    task.lastError.message = u"Service Unavailable"_s;
    // A leading U+FEFF, which Qt 6.4's JSON parser drops from raw UTF-8 strings, comes back too.
    task.lastError.details = QStringList{u"Try again later."_s, u"ünïcødé"_s, u"\uFEFFmarked"_s};
    task.lastError.requestId = u"1de5c0ffee"_s;
    task.lastError.technical = u"(excerpt)"_s;
    // "\uFEFFstate" is not "state": it comes back as sent, and the task's state stays the one "state" gives.
    task.task = TaskReader::fromObject(QJsonObject{
        {u"id"_s, id},
        {u"state"_s, u"COMPLETE"_s},
        {u"status"_s, 2},
        {u"error_reason"_s, u"query timed out"_s},
        {u"error_status"_s, QJsonObject{{u"code"_s, 4}, {u"message"_s, u"deadline exceeded"_s}}},
        {u"result"_s, QJsonObject{{u"rows"_s, QJsonArray{1, u"two"_s, QJsonValue::Null}}}},
        {u"created_at"_s, u"2025-11-29T07:06:30Z"_s},
        {u"unknown_field"_s, QJsonArray{true}},
        {u"\uFEFFstate"_s, u"PENDING"_s},
    });
    return task;
}

// Runs the statements of a .sql file (one per line, -- comments) into a new database at path.
bool buildDatabase(const QString &sqlFile, const QString &path)
{
    QFile file(sqlFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (!ok || line.trimmed().isEmpty() || line.startsWith("--"))
                continue;
            QSqlQuery query(db);
            ok = query.exec(QString::fromUtf8(line));
            if (!ok)
                qWarning() << "fixture statement failed:" << line;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs read on a read-only connection of its own to the file, removed afterwards.
template <typename Read>
void readDatabase(const QString &path, Read &&read)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open())
            read(db);
    }
    QSqlDatabase::removeDatabase(name);
}

int userVersion(const QString &path)
{
    int version = -1;
    readDatabase(path, [&version](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(u"PRAGMA user_version"_s) && query.next())
            version = query.value(0).toInt();
    });
    return version;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestTaskStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyFieldComesBack();
    void resultsAreLoadedOnRequestOnly();
    void aLaterSnapshotReplacesAnEarlierOne();
    void removedTasksAreGone();
    void notificationsComeBackNewestFirst();
    void migratesFromVersion1();
    void requestHistoryKeepsTheNewest();
    void damagedFileIsMovedAside_data();
    void damagedFileIsMovedAside();
    void readOnlyLocationIsShownNotWritten();
    void newerSchemaIsShownNotWritten();
    void lockedDatabaseIsLeftAlone();
    void tenThousandTasks();

private:
    QString path() const { return m_dir->filePath(u"tasks.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTaskStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTaskStore::everyFieldComesBack()
{
    const TrackedTask task = fullTask(u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s);
    {
        TaskStore store;
        const OpenedStore opened = openStore(store, path());
        QCOMPARE(opened.status.mode, StoreStatus::Mode::ReadWrite);
        QVERIFY(opened.status.message.isEmpty());
        QVERIFY(opened.contents.tasks.isEmpty());
        store.saveTask(task, true);
        store.addTransition(task.id, 1'000, u"PENDING"_s, u"UNKNOWN_STATUS"_s);
        store.addTransition(task.id, 2'000, u"COMPLETE"_s, u"2"_s);
    } // quitting commits what is pending

    TaskStore store;
    const OpenedStore reopened = openStore(store, path());
    QCOMPARE(reopened.status.mode, StoreStatus::Mode::ReadWrite);
    QCOMPARE(reopened.contents.tasks.size(), 1);
    const TrackedTask &back = reopened.contents.tasks.constFirst();
    QCOMPARE(back.id, task.id);
    QCOMPARE(back.label, task.label);
    QCOMPARE(back.connection, task.connection);
    QCOMPARE(back.addedAtMs, task.addedAtMs);
    QCOMPARE(back.createdAtMs, task.createdAtMs);
    QCOMPARE(back.runningSinceMs, task.runningSinceMs);
    QCOMPARE(back.completedAtMs, task.completedAtMs);
    QCOMPARE(back.lastCheckedMs, task.lastCheckedMs);
    QCOMPARE(back.requestCount, task.requestCount);
    QCOMPARE(back.lastHttpStatus, task.lastHttpStatus);
    QCOMPARE(back.lastLatencyMs, task.lastLatencyMs);
    QCOMPARE(back.staleSinceMs, task.staleSinceMs);
    QCOMPARE(back.watch, task.watch);
    QCOMPARE(back.archivedAtMs, task.archivedAtMs);
    QCOMPARE(back.lastError, task.lastError);
    QVERIFY(back.task);
    QCOMPARE(back.task->state, TaskState::Complete);
    QCOMPARE(back.task->status, TaskStatus::Failed);
    QCOMPARE(back.task->statusRaw, task.task->statusRaw);
    QCOMPARE(back.task->errorReason, task.task->errorReason);
    QCOMPARE(back.task->errorStatus, task.task->errorStatus);
    QCOMPARE(back.task->raw.value(u"unknown_field"_s), task.task->raw.value(u"unknown_field"_s));
    QCOMPARE(back.task->raw, task.task->raw);

    QSignalSpy transitions(&store, &TaskStore::transitionsLoaded);
    store.loadTransitions(task.id);
    QVERIFY(transitions.wait());
    const auto list = transitions.at(0).at(1).value<QList<StateTransition>>();
    QCOMPARE(
        list, (QList<StateTransition>{{1'000, u"PENDING"_s, u"UNKNOWN_STATUS"_s}, {2'000, u"COMPLETE"_s, u"2"_s}}));
}

void TestTaskStore::resultsAreLoadedOnRequestOnly()
{
    TrackedTask big = fullTask(u"big"_s);
    TrackedTask nullResult = fullTask(u"null-result"_s);
    nullResult.task = TaskReader::fromObject({{u"id"_s, u"null-result"_s}, {u"state"_s, u"COMPLETE"_s},
        {u"status"_s, u"SUCCEEDED"_s}, {u"result"_s, QJsonValue::Null}});
    TrackedTask noResult = fullTask(u"no-result"_s);
    noResult.task = TaskReader::fromObject({{u"id"_s, u"no-result"_s}, {u"state"_s, u"PENDING"_s}});
    {
        TaskStore store;
        QCOMPARE(openStore(store, path()).status.mode, StoreStatus::Mode::ReadWrite);
        store.saveTask(big, true);
        store.saveTask(nullResult, true);
        store.saveTask(noResult, true);
    }
    TaskStore store;
    const OpenedStore opened = openStore(store, path());
    QCOMPARE(opened.contents.tasks.size(), 3);
    for (const TrackedTask &task : opened.contents.tasks) {
        // Nothing of a result is read at start-up.
        QVERIFY(task.task);
        QVERIFY(task.task->result.isUndefined());
        QVERIFY(!task.task->raw.contains(u"result"_s));
        QCOMPARE(task.resultInStore, task.id != u"no-result"_s);
    }
    QSignalSpy loaded(&store, &TaskStore::resultLoaded);
    store.loadResult(u"big"_s);
    store.loadResult(u"null-result"_s);
    store.loadResult(u"no-result"_s);
    QTRY_COMPARE(loaded.size(), 3);
    QCOMPARE(loaded.at(0).at(0).toString(), u"big"_s);
    QVERIFY(big.task->result.isPresent());
    QCOMPARE(loaded.at(0).at(1).value<JsonText>(), big.task->result); // the bytes as received
    QVERIFY(loaded.at(1).at(1).value<JsonText>().isNull());
    QVERIFY(loaded.at(2).at(1).value<JsonText>().isUndefined());
}

void TestTaskStore::aLaterSnapshotReplacesAnEarlierOne()
{
    TrackedTask task = fullTask(u"t"_s);
    {
        TaskStore store;
        openStore(store, path());
        store.saveTask(task, true);
        store.flushAndWait();
        // A later poll: small columns only; the answer written before stays.
        task.requestCount = 18;
        task.label = u"renamed"_s;
        task.task->raw.insert(u"state"_s, u"PENDING"_s); // not written: withAnswer is false
        store.saveTask(task, false);
    }
    TaskStore store;
    const OpenedStore opened = openStore(store, path());
    QCOMPARE(opened.contents.tasks.size(), 1);
    QCOMPARE(opened.contents.tasks.constFirst().requestCount, 18);
    QCOMPARE(opened.contents.tasks.constFirst().label, u"renamed"_s);
    QCOMPARE(opened.contents.tasks.constFirst().task->state, TaskState::Complete);
}

void TestTaskStore::removedTasksAreGone()
{
    {
        TaskStore store;
        openStore(store, path());
        store.saveTask(fullTask(u"keep"_s), true);
        store.saveTask(fullTask(u"drop"_s), true);
        store.addTransition(u"drop"_s, 1, u"PENDING"_s, u"UNKNOWN_STATUS"_s);
        store.flushAndWait();
        store.removeTasks({u"drop"_s});
        store.addTransition(u"drop"_s, 2, u"COMPLETE"_s, u"SUCCEEDED"_s); // late: dropped, not an error
    }
    TaskStore store;
    const OpenedStore opened = openStore(store, path());
    QCOMPARE(opened.contents.tasks.size(), 1);
    QCOMPARE(opened.contents.tasks.constFirst().id, u"keep"_s);
    QSignalSpy transitions(&store, &TaskStore::transitionsLoaded);
    store.loadTransitions(u"drop"_s);
    QVERIFY(transitions.wait());
    QVERIFY(transitions.at(0).at(1).value<QList<StateTransition>>().isEmpty());
}

void TestTaskStore::notificationsComeBackNewestFirst()
{
    {
        TaskStore store;
        openStore(store, path());
        for (int i = 0; i < NotificationLog::MaxEntries + 20; ++i) {
            store.addNotification({1'000 + i, NotificationLog::Severity::Error, u"Task failed"_s, u"report %1"_s.arg(i),
                u"id-%1"_s.arg(i)});
        }
    }
    {
        TaskStore store;
        const OpenedStore opened = openStore(store, path());
        const QList<NotificationLog::Entry> &entries = opened.contents.notifications;
        QCOMPARE(entries.size(), NotificationLog::MaxEntries);
        QCOMPARE(entries.constFirst().body, u"report %1"_s.arg(NotificationLog::MaxEntries + 19));
        QCOMPARE(entries.constFirst().taskId, u"id-%1"_s.arg(NotificationLog::MaxEntries + 19));
        QCOMPARE(entries.constFirst().severity, NotificationLog::Severity::Error);
        QCOMPARE(entries.constFirst().timeMs, qint64(1'000 + NotificationLog::MaxEntries + 19));
        store.clearNotifications();
    }
    TaskStore store;
    QVERIFY(openStore(store, path()).contents.notifications.isEmpty());
}

void TestTaskStore::migratesFromVersion1()
{
    QVERIFY(buildDatabase(QFINDTESTDATA("data/store-v1.sql"), path()));
    QCOMPARE(userVersion(path()), 1);
    {
        TaskStore store;
        const OpenedStore opened = openStore(store, path());
        QCOMPARE(opened.status.mode, StoreStatus::Mode::ReadWrite);
        QCOMPARE(opened.contents.tasks.size(), 2);
        const TrackedTask &done = opened.contents.tasks.at(0);
        QCOMPARE(done.label, u"Quarterly access review"_s);
        QCOMPARE(done.task->status, TaskStatus::Succeeded);
        QVERIFY(done.resultInStore);
        QCOMPARE(done.archivedAtMs, 0); // the new column's default
        QVERIFY(opened.contents.unannounced.isEmpty()); // completed before version 4: announced back then
        const TrackedTask &running = opened.contents.tasks.at(1);
        QCOMPARE(running.id, u"job-7781"_s);
        QCOMPARE(running.lastError.kind, VezaError::Kind::Timeout);
        QVERIFY(running.isStale());
        // The notification table came with version 2.
        store.addNotification({5, NotificationLog::Severity::Info, u"Stopped watching"_s, u"x"_s, u"job-7781"_s});
        QSignalSpy loaded(&store, &TaskStore::resultLoaded);
        store.loadResult(done.id);
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.at(0).at(1).value<JsonText>().toValue(), QJsonValue(QJsonObject{{u"number_value"_s, u"42"_s}}));
    }
    QCOMPARE(userVersion(path()), TaskStore::SchemaVersion);
    TaskStore store;
    const OpenedStore again = openStore(store, path());
    QCOMPARE(again.contents.notifications.size(), 1);
    QSignalSpy transitions(&store, &TaskStore::transitionsLoaded);
    store.loadTransitions(u"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"_s);
    QVERIFY(transitions.wait());
    QCOMPARE(transitions.at(0).at(1).value<QList<StateTransition>>().size(), 3);
    // Version 3's request history works on the migrated file.
    const RequestRecord request{7, u"req-7"_s, 503, 80, 120, VezaError::Kind::Unavailable};
    store.addRequest(u"job-7781"_s, request);
    QSignalSpy requests(&store, &TaskStore::requestsLoaded);
    store.loadRequests(u"job-7781"_s);
    QVERIFY(requests.wait());
    QCOMPARE(requests.at(0).at(1).value<QList<RequestRecord>>(), QList<RequestRecord>{request});
}

void TestTaskStore::requestHistoryKeepsTheNewest()
{
    const QString id = u"history"_s;
    QList<RequestRecord> written;
    {
        TaskStore store;
        QCOMPARE(openStore(store, path()).status.mode, StoreStatus::Mode::ReadWrite);
        store.saveTask(fullTask(id), false);
        store.saveTask(fullTask(u"other"_s), false);
        for (int i = 0; i < 60; ++i) {
            const bool failed = i % 3 == 0;
            const RequestRecord request{1'000 + i, failed ? u"req-%1"_s.arg(i) : QString(), failed ? 500 : 200, 10 + i,
                failed ? 64 : 2'048, failed ? VezaError::Kind::Server : VezaError::Kind::None};
            written.append(request);
            store.addRequest(id, request);
            if (i == 30)
                store.flush(); // two batches: the bound holds across them
        }
        store.addRequest(u"other"_s, {5, {}, 0, 30'000, -1, VezaError::Kind::Timeout});
        store.addRequest(u"never-saved"_s, {6, {}, 200, 1, 1, VezaError::Kind::None}); // dropped, not an error
    }
    // Bounded on disk, not only when read.
    QStringList rows;
    readDatabase(path(), [&rows](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.exec(u"SELECT task_id, COUNT(*) FROM requests GROUP BY task_id ORDER BY task_id"_s);
        while (query.next())
            rows.append(query.value(0).toString() % u' ' % query.value(1).toString());
    });
    QCOMPARE(rows, (QStringList{u"%1 %2"_s.arg(id).arg(TrackedTask::MaxRequests), u"other 1"_s}));

    TaskStore store;
    QCOMPARE(openStore(store, path()).contents.tasks.size(), 2);
    QSignalSpy loaded(&store, &TaskStore::requestsLoaded);
    store.loadRequests(id);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.at(0).at(0).toString(), id);
    const auto requests = loaded.at(0).at(1).value<QList<RequestRecord>>();
    QCOMPARE(requests, written.mid(written.size() - TrackedTask::MaxRequests)); // the 50 newest, oldest first
    store.loadRequests(u"other"_s);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.at(1).at(1).value<QList<RequestRecord>>(),
        (QList<RequestRecord>{{5, {}, 0, 30'000, -1, VezaError::Kind::Timeout}}));
}

void TestTaskStore::damagedFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not a database") << QByteArray("this is a text file, not SQLite\n").repeated(200);
    // A real header with the pages after it overwritten: SQLite sees a database, its check does not pass.
    QByteArray damaged("SQLite format 3");
    damaged.append('\0');
    damaged.append(QByteArray::fromHex("1000010100402020"));
    damaged.append(QByteArray(8192 - damaged.size(), '\x5a'));
    QTest::newRow("damaged pages") << damaged;
}

void TestTaskStore::damagedFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    TaskStore store;
    const OpenedStore opened = openStore(store, path());
    QCOMPARE(opened.status.mode, StoreStatus::Mode::ReadWrite);
    QVERIFY(opened.contents.tasks.isEmpty());
    // Never overwritten: the damaged bytes are where the message says.
    QVERIFY(!opened.status.movedAsidePath.isEmpty());
    QVERIFY(opened.status.message.contains(opened.status.movedAsidePath));
    QFile aside(opened.status.movedAsidePath);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), content);
    // And the new store works.
    store.saveTask(fullTask(u"after"_s), true);
    store.flushAndWait();
    QCOMPARE(userVersion(path()), TaskStore::SchemaVersion);
}

void TestTaskStore::readOnlyLocationIsShownNotWritten()
{
    {
        TaskStore store;
        openStore(store, path());
        store.saveTask(fullTask(u"kept"_s), true);
    }
    QFile::remove(path() + u"-wal"_s);
    QFile::remove(path() + u"-shm"_s);
    const QByteArray before = fileHash(path());
    QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    {
        TaskStore store;
        const OpenedStore opened = openStore(store, path());
        QCOMPARE(opened.status.mode, StoreStatus::Mode::ReadOnly);
        QVERIFY2(opened.status.message.contains(u"read-only"_s), qPrintable(opened.status.message));
        QCOMPARE(opened.contents.tasks.size(), 1);
        QVERIFY(!store.isWritable());
        store.saveTask(fullTask(u"not-kept"_s), true);
        store.removeTasks({u"kept"_s});
        store.flushAndWait();
    }
    QVERIFY(
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QCOMPARE(fileHash(path()), before);
}

void TestTaskStore::newerSchemaIsShownNotWritten()
{
    {
        TaskStore store;
        openStore(store, path());
        store.saveTask(fullTask(u"from-the-future"_s), true);
    }
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA user_version=99"_s));
            QVERIFY(query.exec(u"PRAGMA journal_mode=DELETE"_s));
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = fileHash(path());
    {
        TaskStore store;
        const OpenedStore opened = openStore(store, path());
        QCOMPARE(opened.status.mode, StoreStatus::Mode::ReadOnly);
        QVERIFY2(opened.status.message.contains(u"newer version"_s), qPrintable(opened.status.message));
        QCOMPARE(opened.contents.tasks.size(), 1);
        store.saveTask(fullTask(u"not-kept"_s), true);
    }
    QCOMPARE(userVersion(path()), 99);
    QCOMPARE(fileHash(path()), before);
}

void TestTaskStore::lockedDatabaseIsLeftAlone()
{
    // Another program holds the database with an exclusive lock (rollback journal, so readers wait too).
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE other (x)"_s));
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(query.exec(u"INSERT INTO other VALUES (1)"_s));

        TaskStore store;
        const OpenedStore opened = openStore(store, path());
        QCOMPARE(opened.status.mode, StoreStatus::Mode::Unavailable);
        QVERIFY2(opened.status.message.contains(u"in use"_s), qPrintable(opened.status.message));
        QVERIFY(opened.status.movedAsidePath.isEmpty());
        QVERIFY(query.exec(u"COMMIT"_s));
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(!QFile::exists(path() + u".corrupt"_s));
    QCOMPARE(userVersion(path()), 0); // nothing was migrated into it
}

void TestTaskStore::tenThousandTasks()
{
    constexpr int count = 10'000;
    {
        TaskStore store;
        openStore(store, path());
        for (int i = 0; i < count; ++i) {
            TrackedTask task;
            task.id = u"task-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
            task.addedAtMs = 1'000 + i;
            task.task = TaskReader::fromObject(
                {{u"id"_s, task.id}, {u"state"_s, u"IN_PROGRESS"_s}, {u"result"_s, QJsonObject{{u"n"_s, i}}}});
            store.saveTask(task, true);
        }
    }
    TaskStore store;
    const OpenedStore opened = openStore(store, path());
    QCOMPARE(opened.contents.tasks.size(), count);
    QCOMPARE(opened.contents.tasks.constFirst().id, u"task-00000"_s);
    QCOMPARE(opened.contents.tasks.constLast().id, u"task-09999"_s);
    QSignalSpy loaded(&store, &TaskStore::resultLoaded);
    store.loadResult(u"task-04242"_s);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.at(0).at(1).value<JsonText>().toValue().toObject().value(u"n"_s).toInt(), 4242);
}

QTEST_GUILESS_MAIN(TestTaskStore)
#include "tst_taskstore.moc"
