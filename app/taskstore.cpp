// SPDX-License-Identifier: MIT
#include "taskstore.h"

#include "jsontext.h"
#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// One statement list per schema version; version N's list turns an N−1 database into an N one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps{
        // 1: tasks with their last answer (the result apart, read on demand) and their transitions.
        {
            u"CREATE TABLE tasks ("
            "id TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL DEFAULT '', connection TEXT NOT NULL DEFAULT '', "
            "added_ms INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL DEFAULT 0, "
            "running_since_ms INTEGER NOT NULL DEFAULT 0, completed_ms INTEGER NOT NULL DEFAULT 0, "
            "last_checked_ms INTEGER NOT NULL DEFAULT 0, request_count INTEGER NOT NULL DEFAULT 0, "
            "last_http_status INTEGER NOT NULL DEFAULT 0, last_latency_ms INTEGER NOT NULL DEFAULT 0, "
            "stale_since_ms INTEGER NOT NULL DEFAULT 0, watch INTEGER NOT NULL DEFAULT 0, last_error TEXT, "
            "answer TEXT, result TEXT)"_s,
            u"CREATE TABLE transitions (task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, "
            "time_ms INTEGER NOT NULL, state TEXT NOT NULL, status TEXT NOT NULL)"_s,
            u"CREATE INDEX transitions_by_task ON transitions(task_id, time_ms)"_s,
        },
        // 2: the archive, and the notification list.
        {
            u"ALTER TABLE tasks ADD COLUMN archived_ms INTEGER NOT NULL DEFAULT 0"_s,
            // Removed rows stay until the next start, so that Undo brings a task back with its result.
            u"ALTER TABLE tasks ADD COLUMN removed_ms INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE notifications (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL, "
            "severity INTEGER NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, task_id TEXT NOT NULL DEFAULT '')"_s,
        },
        // 3: each task's last requests, for support (the details pane's history, a ticket's request ids).
        {
            u"CREATE TABLE requests (task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, "
            "time_ms INTEGER NOT NULL, http_status INTEGER NOT NULL, latency_ms INTEGER NOT NULL, "
            "body_bytes INTEGER NOT NULL, error_kind TEXT NOT NULL, request_id TEXT NOT NULL)"_s,
            u"CREATE INDEX requests_by_task ON requests(task_id, time_ms)"_s,
        },
        // 4: whether a completion was announced on the desktop, so that it is, once, also across a restart.
        {
            u"ALTER TABLE tasks ADD COLUMN announced_ms INTEGER NOT NULL DEFAULT 0"_s,
            // Completions before this version were announced as well as that version could.
            u"UPDATE tasks SET announced_ms = completed_ms WHERE completed_ms > 0"_s,
        },
    };
    return steps;
}

QByteArray errorToJson(const VezaError &error)
{
    if (!error.isError())
        return {};
    const QJsonObject object{
        {u"kind"_s, errorKindName(error.kind)},
        {u"http_status"_s, error.httpStatus},
        {u"code"_s, error.code},
        {u"message"_s, error.message},
        {u"details"_s, QJsonArray::fromStringList(error.details)},
        {u"request_id"_s, error.requestId},
        {u"technical"_s, error.technical},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

VezaError errorFromJson(const QByteArray &text)
{
    VezaError error;
    if (text.isEmpty())
        return error;
    const QJsonObject object = parseJsonDocument(text).object();
    error.kind = errorKindFromName(object.value(u"kind"_s).toString());
    error.httpStatus = object.value(u"http_status"_s).toInt();
    error.code = object.value(u"code"_s).toString();
    error.message = object.value(u"message"_s).toString();
    const QJsonArray details = object.value(u"details"_s).toArray();
    for (const QJsonValue &detail : details)
        error.details.append(detail.toString());
    error.requestId = object.value(u"request_id"_s).toString();
    error.technical = object.value(u"technical"_s).toString();
    return error;
}

// A null QString binds as SQL NULL; the text columns hold '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

TrackedTask::Watch watchFromInt(int value)
{
    using W = TrackedTask::Watch;
    for (const W watch : {W::Watching, W::Paused, W::Done, W::NotFound, W::StoppedWatching, W::Refused}) {
        if (int(watch) == value)
            return watch;
    }
    return W::Watching;
}

QString uniqueConnectionName(const char *what)
{
    return QLatin1String(what) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Runs one statement; false (with the reason in *error) when it fails.
bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement)) {
        query.finish(); // a pragma's row left unread would hold a read transaction open
        return true;
    }
    *error = query.lastError().text();
    return false;
}

} // namespace

// Everything that touches the database, on the store's own thread.
class TaskStoreWorker final : public QObject
{
    Q_OBJECT
public:
    TaskStoreWorker()
    {
        m_batch.setSingleShot(true);
        m_batch.setInterval(TaskStore::BatchIntervalMs);
        connect(&m_batch, &QTimer::timeout, this, &TaskStoreWorker::commit);
    }
    ~TaskStoreWorker() override { close(); }

    void open(const QString &path);
    void close();
    void commit();
    void loadResult(const QString &taskId);
    void loadTransitions(const QString &taskId);
    void loadRequests(const QString &taskId);

    // Queued work; each starts the batch timer.
    void saveTask(const TrackedTask &task, bool withAnswer)
    {
        if (!m_writable)
            return;
        m_removed.remove(task.id);
        auto it = m_pending.find(task.id);
        if (it == m_pending.end()) {
            m_pending.insert(task.id, {task, withAnswer});
            m_order.append(task.id); // new rows go in in the order they were added: the table's order next time
        } else {
            *it = {task, withAnswer || it->withAnswer};
        }
        schedule();
    }
    void removeTasks(const QStringList &ids)
    {
        if (!m_writable)
            return;
        // What is pending for them is still written, then marked removed: an Undo finds the answer on disk.
        for (const QString &id : ids)
            m_removed.insert(id);
        schedule();
    }
    void addTransition(const QString &taskId, qint64 timeMs, const QString &state, const QString &status)
    {
        if (!m_writable)
            return;
        m_transitions.append({taskId, timeMs, state, status});
        schedule();
    }
    void addRequest(const QString &taskId, const RequestRecord &request)
    {
        if (!m_writable)
            return;
        m_requests.append({taskId, request});
        schedule();
    }
    void addNotification(const NotificationLog::Entry &entry)
    {
        if (!m_writable)
            return;
        m_notifications.append(entry);
        schedule();
    }
    void clearNotifications()
    {
        if (!m_writable)
            return;
        m_notifications.clear();
        m_clearNotifications = true;
        schedule();
    }
    void markAnnounced(const QStringList &taskIds)
    {
        if (!m_writable)
            return;
        m_announced.append(taskIds);
        schedule();
    }

Q_SIGNALS:
    void opened(const StoreStatus &status, const StoreContents &contents);
    void resultLoaded(const QString &taskId, const JsonText &result);
    void transitionsLoaded(const QString &taskId, const QList<StateTransition> &transitions);
    void requestsLoaded(const QString &taskId, const QList<RequestRecord> &requests);
    void committed(int tasks);
    void writeFailed(const QString &message);

private:
    struct Pending
    {
        TrackedTask task;
        bool withAnswer = false;
    };
    struct Transition
    {
        QString taskId;
        qint64 timeMs = 0;
        QString state;
        QString status;
    };
    struct Request
    {
        QString taskId;
        RequestRecord request;
    };

    void schedule()
    {
        if (!m_batch.isActive())
            m_batch.start();
    }
    bool openDatabase(const QString &path, bool readOnly, QString *error);
    bool migrate(int from, QString *error);
    StoreContents load(QString *error);
    struct Upserts
    {
        QSqlQuery withAnswer;
        QSqlQuery plain;
    };
    Upserts prepareUpserts();
    bool writeTask(Upserts &upserts, const Pending &pending, QString *error);
    bool writeRequests(QString *error);

    QSqlDatabase m_db;
    QString m_connectionName = uniqueConnectionName("veza-store-");
    bool m_writable = false;
    QTimer m_batch{this};
    QHash<QString, Pending> m_pending;
    QStringList m_order; // of m_pending's ids, as first queued
    QSet<QString> m_removed;
    QList<Transition> m_transitions;
    QList<Request> m_requests;
    QList<NotificationLog::Entry> m_notifications;
    bool m_clearNotifications = false;
    QStringList m_announced;
    bool writeAnnounced(QString *error);
};

bool TaskStoreWorker::openDatabase(const QString &path, bool readOnly, QString *error)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    // Another instance or program writing at the same moment: wait a little rather than fail at once.
    m_db.setConnectOptions(
        readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s : u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

void TaskStoreWorker::open(const QString &path)
{
    StoreStatus status;
    status.path = path;
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    const bool exists = info.exists();
    const QFileInfo folder(info.absolutePath());
    // The owner's write bit too: root may write anywhere, but a file or folder made read-only is left so.
    const auto writable
        = [](const QFileInfo &file) { return file.isWritable() && file.permission(QFileDevice::WriteOwner); };
    bool readOnly = !writable(folder) || (exists && !writable(info));
    QString error;

    const auto unavailable = [&](const QString &message) {
        qCWarning(lcStore) << "task store unavailable:" << message;
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        status.mode = StoreStatus::Mode::Unavailable;
        status.message = message;
        Q_EMIT opened(status, {});
    };

    if (!openDatabase(path, readOnly, &error)) {
        unavailable(TaskStore::tr("The task list cannot be opened (%1): tasks added now will not be kept.").arg(error));
        return;
    }
    // A file that is not a database, or a damaged one, fails its quick check; it is moved aside, never written.
    QSqlQuery check(m_db);
    const bool ran = check.exec(u"PRAGMA quick_check"_s) && check.next();
    const QString verdict = ran ? check.value(0).toString() : QString();
    const QString reason = ran ? verdict : check.lastError().text();
    check.finish(); // an unfinished statement holds a read transaction: WAL could not be switched on
    if (verdict != u"ok") {
        check = QSqlQuery();
        m_db.close();
        // Only a file SQLite calls damaged is moved aside; any other failure (I/O, memory) leaves it as it is.
        const bool damaged = (ran && !verdict.isEmpty()) || reason.contains(u"not a database"_s, Qt::CaseInsensitive)
            || reason.contains(u"malformed"_s, Qt::CaseInsensitive)
            || reason.contains(u"corrupt"_s, Qt::CaseInsensitive);
        if (!damaged && !reason.contains(u"locked"_s, Qt::CaseInsensitive)) {
            unavailable(TaskStore::tr("The task list at %1 cannot be read (%2); it was left as it is, and tasks added "
                                      "now will not be kept.")
                            .arg(path, reason));
            return;
        }
        if (reason.contains(u"locked"_s, Qt::CaseInsensitive)) {
            unavailable(TaskStore::tr("The task list at %1 is in use by another program: tasks added now will not "
                                      "be kept. Close the other program and restart.")
                            .arg(path));
            return;
        }
        if (readOnly) {
            unavailable(TaskStore::tr("The task list at %1 is damaged and its folder is read-only, so it was left "
                                      "as it is (%2).")
                            .arg(path, reason));
            return;
        }
        const QString aside = path + u".corrupt-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        bool moved = QFile::rename(path, aside);
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(path + suffix))
                moved = QFile::rename(path + suffix, aside + suffix) && moved;
        }
        if (!moved) {
            unavailable(TaskStore::tr("The task list at %1 is damaged and could not be moved aside: tasks added now "
                                      "will not be kept.")
                            .arg(path));
            return;
        }
        qCWarning(lcStore) << "damaged task store moved aside to" << aside << "-" << reason;
        status.movedAsidePath = aside;
        status.message
            = TaskStore::tr("The task list was damaged; it was moved to %1 and a new one was started.").arg(aside);
        if (!openDatabase(path, false, &error)) {
            unavailable(
                TaskStore::tr("The task list cannot be opened (%1): tasks added now will not be kept.").arg(error));
            return;
        }
    }

    QSqlQuery version(m_db);
    const int userVersion = version.exec(u"PRAGMA user_version"_s) && version.next() ? version.value(0).toInt() : 0;
    version.finish();
    if (userVersion > TaskStore::SchemaVersion) {
        readOnly = true;
        status.message = TaskStore::tr("The task list at %1 was written by a newer version of the app: it is shown "
                                       "read-only, and changes are not saved.")
                             .arg(path);
    } else if (readOnly) {
        status.message = TaskStore::tr("The task list at %1 cannot be written (read-only file or folder): changes "
                                       "are not saved.")
                             .arg(path);
    }

    if (!readOnly) {
        // WAL: a reader never waits for a batch being written, and a killed process leaves a consistent file.
        if (!exec(m_db, u"PRAGMA journal_mode=WAL"_s, &error) || !exec(m_db, u"PRAGMA synchronous=NORMAL"_s, &error)
            || !exec(m_db, u"PRAGMA foreign_keys=ON"_s, &error) || !migrate(userVersion, &error)) {
            m_db.close();
            unavailable(TaskStore::tr("The task list at %1 could not be prepared (%2): tasks added now will not be "
                                      "kept.")
                            .arg(path, error));
            return;
        }
    } else if (userVersion == 0) {
        // An empty read-only file: nothing to show.
        status.mode = StoreStatus::Mode::ReadOnly;
        Q_EMIT opened(status, {});
        return;
    }

    // What was removed in an earlier run can no longer be undone: it goes now (with its transitions).
    if (!readOnly && !exec(m_db, u"DELETE FROM tasks WHERE removed_ms > 0"_s, &error)) {
        m_db.close();
        unavailable(TaskStore::tr("The task list at %1 could not be prepared (%2): tasks added now will not be "
                                  "kept.")
                        .arg(path, error));
        return;
    }
    const StoreContents contents = load(&error);
    if (!error.isEmpty()) {
        m_db.close();
        unavailable(TaskStore::tr("The task list at %1 could not be read (%2).").arg(path, error));
        return;
    }
    m_writable = !readOnly;
    status.mode = readOnly ? StoreStatus::Mode::ReadOnly : StoreStatus::Mode::ReadWrite;
    qCInfo(lcStore) << "task store" << path << "opened" << (readOnly ? "read-only" : "") << "with"
                    << contents.tasks.size() << "tasks";
    Q_EMIT opened(status, contents);
}

bool TaskStoreWorker::migrate(int from, QString *error)
{
    const QList<QStringList> &steps = migrations();
    for (int version = from + 1; version <= int(steps.size()); ++version) {
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        for (const QString &statement : steps.at(version - 1)) {
            if (!exec(m_db, statement, error)) {
                m_db.rollback();
                return false;
            }
        }
        if (!exec(m_db, u"PRAGMA user_version=%1"_s.arg(version), error) || !m_db.commit()) {
            m_db.rollback();
            return false;
        }
        qCInfo(lcStore) << "task store migrated to schema" << version;
    }
    return true;
}

StoreContents TaskStoreWorker::load(QString *error)
{
    StoreContents contents;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The result column is not read here: results come on demand.
    if (!query.exec(u"SELECT id, label, connection, added_ms, created_ms, running_since_ms, completed_ms, "
                    "last_checked_ms, request_count, last_http_status, last_latency_ms, stale_since_ms, watch, "
                    "last_error, answer, result IS NOT NULL, archived_ms FROM tasks WHERE removed_ms = 0 "
                    "ORDER BY added_ms, rowid"_s)) {
        *error = query.lastError().text();
        return {};
    }
    while (query.next()) {
        TrackedTask task;
        task.id = query.value(0).toString();
        task.label = query.value(1).toString();
        task.connection = query.value(2).toString();
        task.addedAtMs = query.value(3).toLongLong();
        task.createdAtMs = query.value(4).toLongLong();
        task.runningSinceMs = query.value(5).toLongLong();
        task.completedAtMs = query.value(6).toLongLong();
        task.lastCheckedMs = query.value(7).toLongLong();
        task.requestCount = query.value(8).toInt();
        task.lastHttpStatus = query.value(9).toInt();
        task.lastLatencyMs = query.value(10).toLongLong();
        task.staleSinceMs = query.value(11).toLongLong();
        task.watch = watchFromInt(query.value(12).toInt());
        task.lastError = errorFromJson(query.value(13).toByteArray());
        const QByteArray answer = query.value(14).toByteArray();
        if (!answer.isEmpty()) {
            const QJsonDocument document = parseJsonDocument(answer);
            if (document.isObject())
                task.task = TaskReader::fromObject(document.object());
        }
        task.resultInStore = task.task && query.value(15).toBool();
        task.archivedAtMs = query.value(16).toLongLong();
        contents.tasks.append(std::move(task));
    }
    QSqlQuery unannounced(m_db);
    unannounced.setForwardOnly(true);
    // Bounded: a start after a long pause announces them as one group anyway.
    if (!unannounced.exec(u"SELECT id FROM tasks WHERE removed_ms = 0 AND archived_ms = 0 AND completed_ms > 0 "
                          "AND announced_ms = 0 ORDER BY completed_ms LIMIT 1000"_s)) {
        *error = unannounced.lastError().text();
        return {};
    }
    while (unannounced.next())
        contents.unannounced.append(unannounced.value(0).toString());
    QSqlQuery notifications(m_db);
    notifications.setForwardOnly(true);
    if (!notifications.exec(u"SELECT time_ms, severity, title, body, task_id FROM notifications "
                            "ORDER BY id DESC LIMIT %1"_s.arg(NotificationLog::MaxEntries))) {
        *error = notifications.lastError().text();
        return {};
    }
    while (notifications.next()) {
        NotificationLog::Entry entry;
        entry.timeMs = notifications.value(0).toLongLong();
        entry.severity = NotificationLog::Severity(std::clamp(notifications.value(1).toInt(), 0, 3));
        entry.title = notifications.value(2).toString();
        entry.body = notifications.value(3).toString();
        entry.taskId = notifications.value(4).toString();
        contents.notifications.append(entry);
    }
    return contents;
}

TaskStoreWorker::Upserts TaskStoreWorker::prepareUpserts()
{
    static const QString columns = u"id, label, connection, added_ms, created_ms, running_since_ms, completed_ms, "
                                   "last_checked_ms, request_count, last_http_status, last_latency_ms, "
                                   "stale_since_ms, watch, last_error, archived_ms, removed_ms"_s;
    static const QString updates
        = u"label=excluded.label, connection=excluded.connection, added_ms=excluded.added_ms, "
          "created_ms=excluded.created_ms, running_since_ms=excluded.running_since_ms, "
          "completed_ms=excluded.completed_ms, last_checked_ms=excluded.last_checked_ms, "
          "request_count=excluded.request_count, last_http_status=excluded.last_http_status, "
          "last_latency_ms=excluded.last_latency_ms, stale_since_ms=excluded.stale_since_ms, watch=excluded.watch, "
          "last_error=excluded.last_error, archived_ms=excluded.archived_ms, removed_ms=0"_s;
    // Prepared once per batch: compiling the statement again for every row was half the cost of a commit.
    Upserts upserts{QSqlQuery(m_db), QSqlQuery(m_db)};
    upserts.withAnswer.prepare(
        u"INSERT INTO tasks (%1, answer, result) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?) "
        "ON CONFLICT(id) DO UPDATE SET %2, answer=excluded.answer, result=excluded.result"_s.arg(columns, updates));
    upserts.plain.prepare(
        u"INSERT INTO tasks (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0) ON CONFLICT(id) DO UPDATE SET %2"_s.arg(
            columns, updates));
    return upserts;
}

bool TaskStoreWorker::writeTask(Upserts &upserts, const Pending &pending, QString *error)
{
    const TrackedTask &task = pending.task;
    const bool withAnswer = pending.withAnswer && task.task;
    QSqlQuery &query = withAnswer ? upserts.withAnswer : upserts.plain;
    query.addBindValue(notNull(task.id));
    query.addBindValue(notNull(task.label));
    query.addBindValue(notNull(task.connection));
    query.addBindValue(task.addedAtMs);
    query.addBindValue(task.createdAtMs);
    query.addBindValue(task.runningSinceMs);
    query.addBindValue(task.completedAtMs);
    query.addBindValue(task.lastCheckedMs);
    query.addBindValue(task.requestCount);
    query.addBindValue(task.lastHttpStatus);
    query.addBindValue(task.lastLatencyMs);
    query.addBindValue(task.staleSinceMs);
    query.addBindValue(int(task.watch));
    const QByteArray lastError = errorToJson(task.lastError);
    query.addBindValue(lastError.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(lastError)));
    query.addBindValue(task.archivedAtMs);
    if (withAnswer) {
        // The answer without its result, and the result apart: a start-up reads every answer, never a result.
        query.addBindValue(QString::fromUtf8(QJsonDocument(task.task->raw).toJson(QJsonDocument::Compact)));
        // The bytes as received, bound as they are: a text binding would convert tens of MB to UTF-16 and back.
        const JsonText &result = task.task->result;
        query.addBindValue(result.isUndefined() ? QVariant() : QVariant(result.text()));
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool TaskStoreWorker::writeRequests(QString *error)
{
    if (m_requests.isEmpty())
        return true;
    QSqlQuery insert(m_db);
    // A request of a task removed meanwhile is dropped rather than breaking the batch.
    insert.prepare(u"INSERT INTO requests (task_id, time_ms, http_status, latency_ms, body_bytes, error_kind, "
                   "request_id) SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM tasks WHERE id = ?)"_s);
    QSet<QString> written;
    for (const Request &entry : std::as_const(m_requests)) {
        const RequestRecord &request = entry.request;
        insert.addBindValue(entry.taskId);
        insert.addBindValue(request.timeMs);
        insert.addBindValue(request.httpStatus);
        insert.addBindValue(request.latencyMs);
        insert.addBindValue(request.bodyBytes);
        insert.addBindValue(notNull(errorKindName(request.errorKind)));
        insert.addBindValue(notNull(request.requestId));
        insert.addBindValue(entry.taskId);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        written.insert(entry.taskId);
    }
    // Bounded per task in the same transaction: the table never holds more than a task's last requests.
    QSqlQuery prune(m_db);
    prune.prepare(u"DELETE FROM requests WHERE task_id = ? AND rowid NOT IN (SELECT rowid FROM requests "
                  "WHERE task_id = ? ORDER BY time_ms DESC, rowid DESC LIMIT %1)"_s.arg(TrackedTask::MaxRequests));
    for (const QString &taskId : std::as_const(written)) {
        prune.addBindValue(taskId);
        prune.addBindValue(taskId);
        if (!prune.exec()) {
            *error = prune.lastError().text();
            return false;
        }
    }
    return true;
}

void TaskStoreWorker::commit()
{
    m_batch.stop();
    if (!m_writable
        || (m_pending.isEmpty() && m_removed.isEmpty() && m_transitions.isEmpty() && m_requests.isEmpty()
            && m_notifications.isEmpty() && !m_clearNotifications && m_announced.isEmpty())) {
        return;
    }
    QString error;
    const auto fail = [&] {
        m_db.rollback();
        qCWarning(lcStore) << "task store write failed:" << error;
        // Kept for the next batch: a disk that was full may have room again.
        Q_EMIT writeFailed(TaskStore::tr("The task list could not be saved: %1").arg(error));
        m_batch.start(TaskStore::BatchIntervalMs * 5);
    };
    if (!m_db.transaction()) {
        error = m_db.lastError().text();
        fail();
        return;
    }
    Upserts upserts = prepareUpserts();
    for (const QString &id : std::as_const(m_order)) {
        if (!writeTask(upserts, m_pending.value(id), &error)) {
            fail();
            return;
        }
    }
    QSqlQuery transition(m_db);
    // A transition of a task removed meanwhile is dropped rather than breaking the batch.
    transition.prepare(u"INSERT INTO transitions (task_id, time_ms, state, status) "
                       "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM tasks WHERE id = ?)"_s);
    for (const Transition &entry : std::as_const(m_transitions)) {
        transition.addBindValue(entry.taskId);
        transition.addBindValue(entry.timeMs);
        transition.addBindValue(entry.state);
        transition.addBindValue(entry.status);
        transition.addBindValue(entry.taskId);
        if (!transition.exec()) {
            error = transition.lastError().text();
            fail();
            return;
        }
    }
    if (!writeRequests(&error)) {
        fail();
        return;
    }
    QSqlQuery remove(m_db);
    remove.prepare(u"UPDATE tasks SET removed_ms = ? WHERE id = ?"_s);
    const qint64 removedAt = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : std::as_const(m_removed)) {
        remove.addBindValue(removedAt);
        remove.addBindValue(id);
        if (!remove.exec()) {
            error = remove.lastError().text();
            fail();
            return;
        }
    }
    // After the upserts, so that a task completed and announced within one batch has its row.
    if (!writeAnnounced(&error)) {
        fail();
        return;
    }
    if (m_clearNotifications && !exec(m_db, u"DELETE FROM notifications"_s, &error)) {
        fail();
        return;
    }
    QSqlQuery notification(m_db);
    notification.prepare(u"INSERT INTO notifications (time_ms, severity, title, body, task_id) VALUES (?,?,?,?,?)"_s);
    for (const NotificationLog::Entry &entry : std::as_const(m_notifications)) {
        notification.addBindValue(entry.timeMs);
        notification.addBindValue(int(entry.severity));
        notification.addBindValue(entry.title);
        notification.addBindValue(entry.body);
        notification.addBindValue(entry.taskId);
        if (!notification.exec()) {
            error = notification.lastError().text();
            fail();
            return;
        }
    }
    // The list keeps its newest entries only, on disk as in the window.
    if (!m_notifications.isEmpty()
        && !exec(m_db,
            u"DELETE FROM notifications WHERE id <= (SELECT id FROM notifications ORDER BY id DESC LIMIT 1 OFFSET %1)"_s
                .arg(NotificationLog::MaxEntries),
            &error)) {
        fail();
        return;
    }
    if (!m_db.commit()) {
        error = m_db.lastError().text();
        fail();
        return;
    }
    m_batch.setInterval(TaskStore::BatchIntervalMs); // back to a second after a failed batch's longer wait
    const int written = int(m_pending.size());
    m_pending.clear();
    m_order.clear();
    m_removed.clear();
    m_transitions.clear();
    m_requests.clear();
    m_notifications.clear();
    m_clearNotifications = false;
    m_announced.clear();
    Q_EMIT committed(written);
}

bool TaskStoreWorker::writeAnnounced(QString *error)
{
    QSqlQuery announce(m_db);
    announce.prepare(u"UPDATE tasks SET announced_ms = ? WHERE id = ? AND announced_ms = 0"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : std::as_const(m_announced)) {
        announce.addBindValue(now);
        announce.addBindValue(id);
        if (!announce.exec()) {
            *error = announce.lastError().text();
            return false;
        }
    }
    return true;
}

void TaskStoreWorker::loadResult(const QString &taskId)
{
    JsonText result;
    // A result still waiting for its batch is the newest one.
    if (const auto it = m_pending.constFind(taskId); it != m_pending.cend() && it->withAnswer && it->task.task) {
        result = it->task.task->result;
    } else if (m_db.isOpen()) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT result FROM tasks WHERE id = ?"_s);
        query.addBindValue(taskId);
        if (query.exec() && query.next())
            result = JsonText::fromText(query.value(0).toByteArray());
    }
    Q_EMIT resultLoaded(taskId, result);
}

void TaskStoreWorker::loadTransitions(const QString &taskId)
{
    commit(); // the newest ones may still wait for their batch
    QList<StateTransition> transitions;
    if (m_db.isOpen()) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT time_ms, state, status FROM transitions WHERE task_id = ? ORDER BY time_ms, rowid"_s);
        query.addBindValue(taskId);
        if (query.exec()) {
            while (query.next())
                transitions.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
        }
    }
    Q_EMIT transitionsLoaded(taskId, transitions);
}

void TaskStoreWorker::loadRequests(const QString &taskId)
{
    commit(); // the newest ones may still wait for their batch
    QList<RequestRecord> requests;
    if (m_db.isOpen()) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT time_ms, http_status, latency_ms, body_bytes, error_kind, request_id FROM requests "
                      "WHERE task_id = ? ORDER BY time_ms, rowid"_s);
        query.addBindValue(taskId);
        if (query.exec()) {
            while (query.next()) {
                requests.append({query.value(0).toLongLong(), query.value(5).toString(), query.value(1).toInt(),
                    query.value(2).toInt(), query.value(3).toInt(), errorKindFromName(query.value(4).toString())});
            }
        }
    }
    Q_EMIT requestsLoaded(taskId, requests);
}

void TaskStoreWorker::close()
{
    commit();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_writable = false;
}

TaskStore::TaskStore(QObject *parent)
    : QObject(parent)
    , m_worker(new TaskStoreWorker)
{
    qRegisterMetaType<StoreStatus>();
    qRegisterMetaType<StoreContents>();
    qRegisterMetaType<QList<StateTransition>>();
    qRegisterMetaType<QList<RequestRecord>>();
    m_thread.setObjectName(u"veza-task-store"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TaskStoreWorker::opened, this, [this](const StoreStatus &status, const StoreContents &contents) {
        m_status = status;
        Q_EMIT opened(status, contents);
    });
    connect(m_worker, &TaskStoreWorker::resultLoaded, this, &TaskStore::resultLoaded);
    connect(m_worker, &TaskStoreWorker::transitionsLoaded, this, &TaskStore::transitionsLoaded);
    connect(m_worker, &TaskStoreWorker::requestsLoaded, this, &TaskStore::requestsLoaded);
    connect(m_worker, &TaskStoreWorker::committed, this, &TaskStore::committed);
    connect(m_worker, &TaskStoreWorker::writeFailed, this, &TaskStore::writeFailed);
    m_thread.start();
}

TaskStore::~TaskStore()
{
    // Quitting commits what is pending: the last second of answers is not lost.
    QMetaObject::invokeMethod(m_worker, &TaskStoreWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString TaskStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/tasks.sqlite"_s;
}

void TaskStore::open(const QString &path)
{
    m_status = {};
    m_status.path = path;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->open(path); }, Qt::QueuedConnection);
}

void TaskStore::saveTask(const TrackedTask &task, bool withAnswer)
{
    if (m_status.mode != StoreStatus::Mode::ReadWrite)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, task, withAnswer] { worker->saveTask(task, withAnswer); }, Qt::QueuedConnection);
}

void TaskStore::removeTasks(const QStringList &ids)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ids] { worker->removeTasks(ids); }, Qt::QueuedConnection);
}

void TaskStore::addTransition(const QString &taskId, qint64 timeMs, const QString &state, const QString &status)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, taskId, timeMs, state, status] { worker->addTransition(taskId, timeMs, state, status); },
        Qt::QueuedConnection);
}

void TaskStore::addRequest(const QString &taskId, const RequestRecord &request)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, taskId, request] { worker->addRequest(taskId, request); }, Qt::QueuedConnection);
}

void TaskStore::addNotification(const NotificationLog::Entry &entry)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, entry] { worker->addNotification(entry); }, Qt::QueuedConnection);
}

void TaskStore::clearNotifications()
{
    QMetaObject::invokeMethod(m_worker, &TaskStoreWorker::clearNotifications, Qt::QueuedConnection);
}

void TaskStore::markAnnounced(const QStringList &taskIds)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, taskIds] { worker->markAnnounced(taskIds); }, Qt::QueuedConnection);
}

void TaskStore::loadResult(const QString &taskId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, taskId] { worker->loadResult(taskId); }, Qt::QueuedConnection);
}

void TaskStore::loadTransitions(const QString &taskId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, taskId] { worker->loadTransitions(taskId); }, Qt::QueuedConnection);
}

void TaskStore::loadRequests(const QString &taskId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, taskId] { worker->loadRequests(taskId); }, Qt::QueuedConnection);
}

void TaskStore::flush()
{
    QMetaObject::invokeMethod(m_worker, &TaskStoreWorker::commit, Qt::QueuedConnection);
}

void TaskStore::flushAndWait()
{
    QMetaObject::invokeMethod(m_worker, &TaskStoreWorker::commit, Qt::BlockingQueuedConnection);
}

TaskStoreReader::TaskStoreReader(const QString &path)
    : m_connectionName(uniqueConnectionName("veza-store-read-"))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!db.open())
        qCWarning(lcStore) << "cannot read results from" << path << db.lastError().text();
}

TaskStoreReader::~TaskStoreReader()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

JsonText TaskStoreReader::result(const QString &taskId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return {};
    QSqlQuery query(db);
    query.prepare(u"SELECT result FROM tasks WHERE id = ?"_s);
    query.addBindValue(taskId);
    if (query.exec() && query.next())
        return JsonText::fromText(query.value(0).toByteArray());
    return {};
}

#include "taskstore.moc"
