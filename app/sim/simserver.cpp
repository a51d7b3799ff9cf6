// SPDX-License-Identifier: MIT
#include "simserver.h"

#include "hostileanswer.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Method = QHttpServerRequest::Method;

const QLatin1String kTaskPrefix("/api/v1/assessments/async_tasks/");
const QLatin1String kControlPrefix("/sim/");

constexpr qint64 kMaxDurationMs = 7LL * 24 * 3600 * 1000;
constexpr qint64 kMaxResultBytes = 512LL * 1024 * 1024;
constexpr int kMaxDelayMs = 10 * 60 * 1000;
constexpr int kMaxRetryAfterSeconds = 24 * 3600;
constexpr qsizetype kMaxHeaderText = 200;
const QByteArray kRedirectHop("redirect_hop");

// gRPC-style code names that Veza puts in error bodies, by HTTP status.
struct ErrorCode
{
    int http;
    const char *code;
    const char *reason;
    const char *message;
};

constexpr std::array kErrorCodes{
    ErrorCode{400, "InvalidArgument", "INVALID_ARGUMENT", "Bad Request"},
    ErrorCode{401, "Unauthenticated", "UNAUTHENTICATED", "Unauthenticated"},
    ErrorCode{403, "PermissionDenied", "PERMISSION_DENIED", "Permission Denied"},
    ErrorCode{404, "NotFound", "NOT_FOUND", "Not Found"},
    ErrorCode{405, "Unimplemented", "UNIMPLEMENTED", "Method Not Allowed"},
    ErrorCode{409, "AlreadyExists", "ALREADY_EXISTS", "Conflict"},
    ErrorCode{429, "ResourceExhausted", "RESOURCE_EXHAUSTED", "Too Many Requests"},
    ErrorCode{500, "Internal", "INTERNAL", "Internal Server Error"},
    ErrorCode{501, "Unimplemented", "UNIMPLEMENTED", "Not Implemented"},
    ErrorCode{503, "Unavailable", "UNAVAILABLE", "Service Unavailable"},
    ErrorCode{504, "DeadlineExceeded", "DEADLINE_EXCEEDED", "Gateway Timeout"},
};

ErrorCode errorCodeFor(int httpStatus)
{
    for (const ErrorCode &code : kErrorCodes) {
        if (code.http == httpStatus)
            return code;
    }
    return {httpStatus, "Unknown", "UNKNOWN", "Error"};
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The google.rpc.Status-like body Veza sends with every error.
QByteArray vezaErrorBody(int httpStatus, const QString &userMessage, const QString &resolution = {})
{
    const ErrorCode code = errorCodeFor(httpStatus);
    const QJsonObject detail{
        {u"@type"_s, u"type.googleapis.com/errorstatus.v1.UserFacingErrorInfo"_s},
        {u"reason"_s, QLatin1String(code.reason)},
        {u"message"_s, userMessage},
        {u"resolution"_s, resolution},
    };
    const QJsonObject body{
        {u"code"_s, QLatin1String(code.code)},
        {u"message"_s, QLatin1String(code.message)},
        {u"request_id"_s, randomHex(16)},
        {u"timestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"details"_s, QJsonArray{detail}},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Delayed answers waiting at once since the last reset; a token per answer counts it while it waits, whatever
// outlives whom.
struct HeldCount
{
    int now = 0;
    int peak = 0;
    quint64 generation = 0; // tokens of an earlier one no longer count
};

struct HeldToken
{
    Q_DISABLE_COPY_MOVE(HeldToken)
    explicit HeldToken(std::shared_ptr<HeldCount> shared)
        : count(std::move(shared))
        , generation(count->generation)
    {
        count->peak = std::max(count->peak, ++count->now);
    }
    ~HeldToken()
    {
        if (generation == count->generation)
            --count->now;
    }
    std::shared_ptr<HeldCount> count;
    quint64 generation;
};

// What a task GET answers, decided at once and possibly written later (delay fault).
struct Answer
{
    int status = 200;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray allow;
    bool abort = false;
    QByteArray location;
    std::optional<HostileAnswer> hostile;
};

void writeAnswer(QHttpServerResponder &responder, const Answer &answer)
{
    SimTransport::writeResponse(responder, answer.status, "application/json", answer.body,
        {{"Retry-After", answer.retryAfter}, {"Allow", answer.allow}, {"Location", answer.location}});
}

Answer errorAnswer(int status, const QString &message, const QString &resolution = {})
{
    Answer answer;
    answer.status = status;
    answer.body = vezaErrorBody(status, message, resolution);
    return answer;
}

Answer jsonAnswer(int status, const QJsonObject &object)
{
    Answer answer;
    answer.status = status;
    answer.body = compact(object);
    return answer;
}

constexpr std::array kHostileKinds{HostileKind::EndlessChunked, HostileKind::EndlessUntilClose, HostileKind::HugeLength,
    HostileKind::Drip, HostileKind::ResetMidBody, HostileKind::Bomb};

QString hostileName(HostileKind kind)
{
    switch (kind) {
    case HostileKind::EndlessChunked:
        return u"endless_chunked"_s;
    case HostileKind::EndlessUntilClose:
        return u"endless_close"_s;
    case HostileKind::HugeLength:
        return u"huge_length"_s;
    case HostileKind::Drip:
        return u"drip"_s;
    case HostileKind::ResetMidBody:
        return u"reset_mid_body"_s;
    case HostileKind::Bomb:
        return u"bomb"_s;
    }
    return {};
}

// A same-origin redirect to the next hop of a loop that never ends.
Answer redirectAnswer(const QUrl &url, int hop)
{
    QUrl next = url;
    QUrlQuery query;
    query.addQueryItem(QString::fromLatin1(kRedirectHop), QString::number(hop));
    next.setQuery(query);
    Answer answer;
    answer.status = 302;
    answer.location = next.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    return answer;
}

// Whole numbers only: JSON has one number type, and 1.5 ms is a typo worth reporting.
bool readInteger(const QJsonValue &value, qint64 min, qint64 max, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (std::floor(number) != number || number < double(min) || number > double(max))
        return false;
    *out = qint64(number);
    return true;
}

bool readStatus(const QJsonValue &value, TaskStatus *out)
{
    if (value.isString()) {
        const QString name = value.toString().trimmed();
        for (const TaskStatus status :
            {TaskStatus::Unknown, TaskStatus::Succeeded, TaskStatus::Failed, TaskStatus::Canceled}) {
            if (name.compare(statusWireName(status), Qt::CaseInsensitive) == 0) {
                *out = status;
                return true;
            }
        }
        return false;
    }
    qint64 number = 0;
    if (!readInteger(value, 0, 3, &number))
        return false;
    *out = TaskStatus(number);
    return true;
}

// Deterministic rows of about `bytes` bytes, written as text because a QJsonArray of tens of MB is slow.
QByteArray generateRows(qint64 bytes)
{
    static constexpr std::array kTypes{"User", "Role", "Group", "ServiceAccount"};
    static constexpr std::array kRisks{"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    QByteArray out;
    out.reserve(qsizetype(bytes) + 512);
    out += "{\"columns\":[\"id\",\"name\",\"type\",\"risk_level\",\"risk_score\",\"owner\"],\"rows\":[";
    // Room for the closing `],"row_count":N}` so the total stays close to the request.
    constexpr qsizetype kTail = 32;
    qint64 row = 0;
    while (out.size() + kTail < bytes) {
        if (row > 0)
            out += ',';
        const QByteArray number = QByteArray::number(row).rightJustified(8, '0');
        out += "{\"id\":\"row-" + number + "\",\"name\":\"identity-" + number + "@example.com\",\"type\":\""
            + kTypes[std::size_t(row % 4)] + "\",\"risk_level\":\"" + kRisks[std::size_t((row / 4) % 4)]
            + "\",\"risk_score\":" + QByteArray::number((row * 37) % 100) + ",\"owner\":\"owner-"
            + QByteArray::number(row % 97) + "\"}";
        ++row;
    }
    out += "],\"row_count\":" + QByteArray::number(row) + '}';
    return out;
}

QByteArray hashOf(const QString &taskId)
{
    return QCryptographicHash::hash(taskId.toUtf8(), QCryptographicHash::Sha1);
}

quint32 hashWord(const QByteArray &hash, int offset, int bytes)
{
    quint32 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(hash.at(offset + i));
    return value;
}

QJsonValue syntheticResult(const QByteArray &hash)
{
    if (hash.at(8) & 1)
        return QJsonObject{{u"number_value"_s, QString::number(hashWord(hash, 10, 2))}};
    const int rows = 1 + int(quint8(hash.at(12)) % 4);
    QJsonArray values;
    for (int i = 0; i < rows; ++i) {
        values.append(QJsonArray{u"identity-%1@example.com"_s.arg(hashWord(hash, 13 + i, 1)),
            i % 2 ? u"HIGH"_s : u"LOW"_s, int(hashWord(hash, 14 + i, 1) % 100)});
    }
    return QJsonObject{
        {u"columns"_s, QJsonArray{u"identity"_s, u"risk_level"_s, u"risk_score"_s}},
        {u"rows"_s, values},
        {u"row_count"_s, rows},
    };
}

struct SyntheticError
{
    const char *reason;
    int code;
    const char *message;
};

constexpr std::array kErrors{
    SyntheticError{"query timed out", 4, "deadline exceeded"},
    SyntheticError{"data source unavailable", 14, "connection refused by data source"},
    SyntheticError{"invalid query: unknown node type", 3, "invalid argument"},
    SyntheticError{"internal error", 13, "internal"},
};

const SyntheticError &syntheticError(const QByteArray &hash)
{
    return kErrors[std::size_t(quint8(hash.at(9)) % kErrors.size())];
}

const QSet<QString> &specKeys()
{
    static const QSet<QString> keys{
        u"id"_s,
        u"pending_ms"_s,
        u"running_ms"_s,
        u"status"_s,
        u"result"_s,
        u"result_bytes"_s,
        u"error_reason"_s,
        u"error_status"_s,
        u"http_status"_s,
        u"state_override"_s,
        u"status_override"_s,
        u"extra"_s,
        u"hostile"_s,
    };
    return keys;
}

// A scripted task, as validated from its JSON spec.
struct TaskSpec
{
    QString id;
    qint64 pendingMs = 0;
    qint64 runningMs = 0;
    TaskStatus status = TaskStatus::Succeeded;
    QJsonValue result = QJsonValue::Undefined;
    qint64 resultBytes = -1;
    QJsonValue errorReason = QJsonValue::Undefined;
    QJsonValue errorStatus = QJsonValue::Undefined;
    int httpStatus = 0;
    QJsonValue stateOverride = QJsonValue::Undefined;
    QJsonValue statusOverride = QJsonValue::Undefined;
    QJsonObject extra;
    std::optional<HostileKind> hostile; // every answer is this hostile one
    QJsonObject source;
    QByteArray generatedResult; // result_bytes text, built on first use and kept
};

bool parseSpec(const QJsonObject &object, TaskSpec *spec, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // Keys starting with '_' are comments in scenario files.
        if (!specKeys().contains(it.key()) && !it.key().startsWith(u'_'))
            return fail(u"unknown key \"%1\""_s.arg(it.key()));
    }
    const QJsonValue id = object.value(u"id"_s);
    if (!id.isString() || id.toString().isEmpty())
        return fail(u"\"id\" is required and must be a non-empty string"_s);
    spec->id = id.toString();

    const SimOutcome outcome = SimServer::outcomeFor(spec->id);
    spec->pendingMs = outcome.pendingMs;
    spec->runningMs = outcome.runningMs;
    for (const auto &[key, target] :
        {std::pair{u"pending_ms"_s, &spec->pendingMs}, std::pair{u"running_ms"_s, &spec->runningMs}}) {
        if (object.contains(key) && !readInteger(object.value(key), 0, kMaxDurationMs, target))
            return fail(u"\"%1\" must be a whole number of milliseconds, 0..%2"_s.arg(key).arg(kMaxDurationMs));
    }
    spec->status = outcome.status;
    if (object.contains(u"status"_s) && !readStatus(object.value(u"status"_s), &spec->status))
        return fail(u"\"status\" must be UNKNOWN_STATUS, SUCCEEDED, FAILED, CANCELED or 0..3"_s);

    spec->result = object.value(u"result"_s);
    if (object.contains(u"result_bytes"_s)) {
        if (object.contains(u"result"_s))
            return fail(u"give either \"result\" or \"result_bytes\", not both"_s);
        if (!readInteger(object.value(u"result_bytes"_s), 0, kMaxResultBytes, &spec->resultBytes))
            return fail(u"\"result_bytes\" must be a whole number, 0..%1"_s.arg(kMaxResultBytes));
    }
    spec->errorReason = object.value(u"error_reason"_s);
    spec->errorStatus = object.value(u"error_status"_s);
    if (object.contains(u"http_status"_s)) {
        qint64 status = 0;
        if (!readInteger(object.value(u"http_status"_s), 400, 599, &status))
            return fail(u"\"http_status\" must be an HTTP error status, 400..599"_s);
        spec->httpStatus = int(status);
    }
    spec->stateOverride = object.value(u"state_override"_s);
    spec->statusOverride = object.value(u"status_override"_s);
    if (object.contains(u"extra"_s)) {
        if (!object.value(u"extra"_s).isObject())
            return fail(u"\"extra\" must be a JSON object"_s);
        spec->extra = object.value(u"extra"_s).toObject();
    }
    if (object.contains(u"hostile"_s)) {
        const QString name = object.value(u"hostile"_s).toString();
        for (const HostileKind kind : kHostileKinds) {
            if (hostileName(kind) == name)
                spec->hostile = kind;
        }
        if (!spec->hostile)
            return fail(
                u"\"hostile\" must be one of endless_chunked, endless_close, huge_length, drip, reset_mid_body, bomb"_s);
    }
    spec->source = object;
    return true;
}

} // namespace

struct SimServer::Private
{
    struct TaskStats
    {
        int requests = 0;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
    };
    struct TaskClock
    {
        qint64 startMs = 0;
        QDateTime startWall;
    };

    QElapsedTimer monotonic;
    QHash<QString, TaskSpec> scripted;
    QStringList scriptedOrder;
    QHash<QString, TaskClock> clocks;
    QHash<QString, TaskStats> stats;
    QHash<QString, int> faultCounts;
    int total = 0;
    int unauthorized = 0;
    std::shared_ptr<HeldCount> held = std::make_shared<HeldCount>(); // shared with the timers that hold answers
    QRandomGenerator rng;

    SimServer *q = nullptr;

    explicit Private(SimServer *server)
        : q(server)
    {
    }
    qint64 nowMs() const { return monotonic.elapsed(); }

    // Validates every spec before storing any, so a bad request changes nothing.
    bool addTasks(const QJsonValue &value, QStringList *ids, QString *error);
    void store(TaskSpec spec);

    // The answer to a task GET, faults included; *delayMs > 0 asks for it to be written later.
    Answer taskRequest(const QHttpServerRequest &request, const QString &segment, int *delayMs);
    Answer taskAnswer(const QString &taskId);
    // Only a reset in the middle of the body needs the real answer.
    HostileAnswer hostileAnswer(HostileKind kind, const SimFaults &faults, const QString &taskId)
    {
        return {kind, faults.hostileStatus, faults.dripMs,
            kind == HostileKind::ResetMidBody ? taskAnswer(taskId).body : QByteArray()};
    }
    bool isAuthorized(const QByteArray &authorization) const;
    Answer controlRequest(const QHttpServerRequest &request, const QString &route);
};

bool SimServer::Private::addTasks(const QJsonValue &value, QStringList *ids, QString *error)
{
    QJsonArray list;
    bool isList = true;
    if (value.isArray()) {
        list = value.toArray();
    } else if (value.isObject() && value.toObject().value(u"tasks"_s).isArray()) {
        list = value.toObject().value(u"tasks"_s).toArray();
    } else if (value.isObject()) {
        list.append(value);
        isList = false;
    } else {
        if (error)
            *error = u"expected a task object, an array of them, or {\"tasks\": [...]}"_s;
        return false;
    }
    std::vector<TaskSpec> specs;
    specs.reserve(std::size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = isList ? u"tasks[%1]: "_s.arg(i) : QString();
        if (!list.at(i).isObject()) {
            if (error)
                *error = where % u"a task must be a JSON object"_s;
            return false;
        }
        TaskSpec spec;
        QString specError;
        if (!parseSpec(list.at(i).toObject(), &spec, &specError)) {
            if (error)
                *error = where % specError;
            return false;
        }
        specs.push_back(std::move(spec));
    }
    for (TaskSpec &spec : specs) {
        if (ids)
            ids->append(spec.id);
        store(std::move(spec));
    }
    return true;
}

void SimServer::Private::store(TaskSpec spec)
{
    const QString id = spec.id;
    // Re-adding an id starts its timeline over, as a new task would.
    clocks.remove(id);
    if (!scripted.contains(id))
        scriptedOrder.append(id);
    scripted.emplace(id, std::move(spec));
    qCDebug(lcSim) << "scripted task" << id;
}

SimFaults SimFaults::fromJson(const QJsonObject &object, QString *error)
{
    SimFaults faults;
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return SimFaults{};
    };
    const std::array probabilities{
        std::pair{u"error500"_s, &faults.error500},
        std::pair{u"error503"_s, &faults.error503},
        std::pair{u"error429"_s, &faults.error429},
        std::pair{u"delay"_s, &faults.delay},
        std::pair{u"reset"_s, &faults.reset},
        std::pair{u"invalid_json"_s, &faults.invalidJson},
        std::pair{u"endless_chunked"_s, &faults.endlessChunked},
        std::pair{u"endless_close"_s, &faults.endlessClose},
        std::pair{u"huge_length"_s, &faults.hugeLength},
        std::pair{u"drip"_s, &faults.drip},
        std::pair{u"reset_mid_body"_s, &faults.resetMidBody},
        std::pair{u"redirect_loop"_s, &faults.redirectLoop},
        std::pair{u"bomb"_s, &faults.bomb},
        std::pair{u"retry_after_on_200"_s, &faults.retryAfterOn200},
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        bool known = false;
        for (const auto &[name, target] : probabilities) {
            if (key != name)
                continue;
            known = true;
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
                return fail(u"\"%1\" must be a probability between 0 and 1"_s.arg(key));
            *target = value.toDouble();
        }
        if (known)
            continue;
        qint64 number = 0;
        if (key == u"retry_after_s") {
            if (!readInteger(value, 0, kMaxRetryAfterSeconds, &number))
                return fail(u"\"retry_after_s\" must be a whole number of seconds, 0..%1"_s.arg(kMaxRetryAfterSeconds));
            faults.retryAfterSeconds = int(number);
        } else if (key == u"delay_ms") {
            if (!readInteger(value, 0, kMaxDelayMs, &number))
                return fail(u"\"delay_ms\" must be a whole number of milliseconds, 0..%1"_s.arg(kMaxDelayMs));
            faults.delayMs = int(number);
        } else if (key == u"hostile_status") {
            if (!readInteger(value, 200, 599, &number))
                return fail(u"\"hostile_status\" must be an HTTP status, 200..599"_s);
            faults.hostileStatus = int(number);
        } else if (key == u"drip_ms") {
            if (!readInteger(value, 1, kMaxDelayMs, &number))
                return fail(u"\"drip_ms\" must be a whole number of milliseconds, 1..%1"_s.arg(kMaxDelayMs));
            faults.dripMs = int(number);
        } else if (key == u"retry_after_header") {
            const QString header = value.toString();
            const bool printable
                = std::all_of(header.cbegin(), header.cend(), [](QChar c) { return c >= u' ' && c <= u'~'; });
            if (!value.isString() || header.size() > kMaxHeaderText || !printable)
                return fail(u"\"retry_after_header\" must be printable ASCII text of at most %1 characters"_s.arg(
                    kMaxHeaderText));
            faults.retryAfterHeader = header.toLatin1();
        } else if (key == u"seed") {
            if (!readInteger(value, 0, std::numeric_limits<quint32>::max(), &number))
                return fail(u"\"seed\" must be a whole number, 0..4294967295"_s);
            faults.seed = quint32(number);
        } else {
            return fail(u"unknown fault \"%1\""_s.arg(key));
        }
    }
    if (error)
        error->clear();
    return faults;
}

bool SimFaults::anyHostile() const
{
    return endlessChunked > 0 || endlessClose > 0 || hugeLength > 0 || drip > 0 || resetMidBody > 0 || redirectLoop > 0
        || bomb > 0 || retryAfterOn200 > 0;
}

QJsonObject SimFaults::toJson() const
{
    return {
        {u"error500"_s, error500},
        {u"error503"_s, error503},
        {u"error429"_s, error429},
        {u"retry_after_s"_s, retryAfterSeconds},
        {u"delay"_s, delay},
        {u"delay_ms"_s, delayMs},
        {u"reset"_s, reset},
        {u"invalid_json"_s, invalidJson},
        {u"endless_chunked"_s, endlessChunked},
        {u"endless_close"_s, endlessClose},
        {u"huge_length"_s, hugeLength},
        {u"drip"_s, drip},
        {u"reset_mid_body"_s, resetMidBody},
        {u"redirect_loop"_s, redirectLoop},
        {u"bomb"_s, bomb},
        {u"hostile_status"_s, hostileStatus},
        {u"drip_ms"_s, dripMs},
        {u"retry_after_header"_s, QString::fromLatin1(retryAfterHeader)},
        {u"retry_after_on_200"_s, retryAfterOn200},
        {u"seed"_s, qint64(seed)},
    };
}

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : SimTransport(parent)
    , d(std::make_unique<Private>(this))
    , m_options(options)
{
    d->monotonic.start();
    setFaults({});
}

SimServer::~SimServer() = default;

quint16 SimServer::listenLoopback(quint16 port)
{
    m_port = listenOn(QHostAddress::LocalHost, port);
    if (m_port == 0)
        qCWarning(lcSim) << "cannot listen on 127.0.0.1 port" << port;
    else
        qCDebug(lcSim) << "listening on" << baseUrl().toString();
    return m_port;
}

QUrl SimServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

bool SimServer::addTask(const QJsonObject &spec, QString *error)
{
    TaskSpec parsed;
    if (!parseSpec(spec, &parsed, error))
        return false;
    d->store(std::move(parsed));
    return true;
}

bool SimServer::loadScenario(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"scenario is not JSON: %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return d->addTasks(value, nullptr, error);
}

void SimServer::setFaults(const SimFaults &faults)
{
    m_faults = faults;
    // A fixed seed makes a fault sequence repeatable across runs.
    d->rng.seed(faults.seed != 0 ? faults.seed : QRandomGenerator::global()->generate());
}

QJsonObject SimServer::stats() const
{
    const qint64 now = d->nowMs();
    QJsonObject tasks;
    for (auto it = d->stats.constBegin(); it != d->stats.constEnd(); ++it) {
        tasks.insert(it.key(),
            QJsonObject{
                {u"requests"_s, it->requests},
                {u"first_ms_ago"_s, now - it->firstMs},
                {u"last_ms_ago"_s, now - it->lastMs},
            });
    }
    QJsonObject faults;
    for (auto it = d->faultCounts.constBegin(); it != d->faultCounts.constEnd(); ++it)
        faults.insert(it.key(), it.value());
    return {
        {u"total"_s, d->total},
        {u"unauthorized"_s, d->unauthorized},
        {u"held_answers_peak"_s, d->held->peak},
        {u"tasks"_s, tasks},
        {u"faults_injected"_s, faults},
    };
}

int SimServer::requestCount(const QString &taskId) const
{
    return d->stats.value(taskId).requests;
}

int SimServer::heldAnswersPeak() const
{
    return d->held->peak;
}

void SimServer::resetClocksAndStats()
{
    d->clocks.clear();
    d->stats.clear();
    d->faultCounts.clear();
    d->total = 0;
    d->unauthorized = 0;
    ++d->held->generation;
    d->held->now = 0;
    d->held->peak = 0;
}

SimOutcome SimServer::outcomeFor(const QString &taskId)
{
    const QByteArray hash = hashOf(taskId);
    SimOutcome outcome;
    outcome.pendingMs = 2000 + qint64(hashWord(hash, 0, 2)) * 3000 / 0xFFFF;
    outcome.runningMs = 5000 + qint64(hashWord(hash, 2, 2)) * 35000 / 0xFFFF;
    const quint32 bucket = hashWord(hash, 4, 4) % 100;
    outcome.status = bucket < 70 ? TaskStatus::Succeeded : bucket < 90 ? TaskStatus::Failed : TaskStatus::Canceled;
    return outcome;
}

bool SimServer::handleExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket)
{
    const QString path = request.url().path(QUrl::FullyEncoded);
    if (path.startsWith(kControlPrefix)) {
        writeAnswer(responder, d->controlRequest(request, path.mid(kControlPrefix.size())));
        return true;
    }
    if (!path.startsWith(kTaskPrefix))
        return false;

    int delayMs = 0;
    Answer answer = d->taskRequest(request, path.mid(kTaskPrefix.size()), &delayMs);
    // Resets and hostile bytes need the socket, which Qt 6.5+ does not hand out (see simtransport.h).
    if (!socket && (answer.abort || answer.hostile))
        answer = errorAnswer(500, u"The simulator cannot reach this connection's socket."_s);
    if (delayMs > 0) {
        // The responder is move-only and the timer callback must be copyable; the socket bounds its life.
        auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
        // Precise: a coarse timer may fire early, and clients test that the delay is at least delay_ms.
        auto held = std::make_shared<HeldToken>(d->held);
        QTimer::singleShot(delayMs, Qt::PreciseTimer, socket ? static_cast<QObject *>(socket) : this,
            [shared, socket, answer, held]() mutable {
                held.reset(); // answered: no longer held, before the client can send its next request
                if (answer.abort)
                    socket->abort();
                else if (answer.hostile)
                    writeHostileAnswer(socket, *answer.hostile);
                else
                    writeAnswer(*shared, answer);
            });
        return true;
    }
    if (answer.abort) {
        socket->abort();
        return true;
    }
    if (answer.hostile) {
        writeHostileAnswer(socket, *answer.hostile);
        return true;
    }
    writeAnswer(responder, answer);
    return true;
}

void SimServer::handleMissing(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    qCDebug(lcSim) << "no route for" << request.method() << request.url().path(QUrl::FullyEncoded);
    writeAnswer(responder, errorAnswer(404, u"Requested resource was not found."_s));
}

Answer SimServer::Private::taskRequest(const QHttpServerRequest &request, const QString &segment, int *delayMs)
{
    *delayMs = 0;
    // The id is exactly one encoded segment; more segments are another (unknown) resource.
    if (segment.isEmpty() || segment.contains(u'/'))
        return errorAnswer(404, u"Requested resource was not found."_s);
    if (request.method() != Method::Get) {
        Answer answer = errorAnswer(405, u"Only GET is supported on async tasks."_s);
        answer.allow = "GET";
        return answer;
    }
    const QUrlQuery query(request.url());
    if (query.hasQueryItem(QString::fromLatin1(kRedirectHop))) {
        // A redirect_loop fault's later hops: each points at the next, forever.
        const int hop = query.queryItemValue(QString::fromLatin1(kRedirectHop)).toInt();
        return redirectAnswer(request.url(), hop + 1);
    }
    const QString taskId = QUrl::fromPercentEncoding(segment.toLatin1());
    const qint64 now = nowMs();
    ++total;
    TaskStats &taskStats = stats[taskId];
    if (taskStats.requests++ == 0)
        taskStats.firstMs = now;
    taskStats.lastMs = now;
    // The timeline starts at the first request for the id, as if the task had just been created.
    if (!clocks.contains(taskId))
        clocks.insert(taskId, {now, QDateTime::currentDateTimeUtc()});
    Q_EMIT q->taskRequested(taskId);

    const QByteArray authorization = headerValue(request, "Authorization").trimmed();
    if (!isAuthorized(authorization)) {
        ++unauthorized;
        qCDebug(lcSim) << "GET" << taskId << 401;
        return errorAnswer(401,
            authorization.isEmpty() ? u"The request has no API key."_s : u"The API key is not valid or has expired."_s,
            u"Send the header Authorization: Bearer <API key>."_s);
    }

    const SimFaults &faults = q->m_faults;
    // One draw per fault kind on every request, so a seed gives the same sequence whatever the odds.
    const auto draw = [this](double probability) { return rng.generateDouble() < probability; };
    const bool delayed = draw(faults.delay) && faults.delayMs > 0;
    const bool reset = draw(faults.reset);
    const bool error500 = draw(faults.error500);
    const bool error503 = draw(faults.error503);
    const bool error429 = draw(faults.error429);
    const bool invalidJson = draw(faults.invalidJson);

    std::optional<HostileKind> hostile;
    bool redirectLoop = false;
    bool hintOn200 = false;
    if (faults.anyHostile()) {
        // Drawn only when asked for, so the sequences of the older fault kinds stay the same for a seed.
        const std::array kinds{
            std::pair{faults.endlessChunked, HostileKind::EndlessChunked},
            std::pair{faults.endlessClose, HostileKind::EndlessUntilClose},
            std::pair{faults.hugeLength, HostileKind::HugeLength},
            std::pair{faults.drip, HostileKind::Drip},
            std::pair{faults.resetMidBody, HostileKind::ResetMidBody},
            std::pair{faults.bomb, HostileKind::Bomb},
        };
        for (const auto &[probability, kind] : kinds) {
            if (draw(probability) && !hostile)
                hostile = kind;
        }
        redirectLoop = draw(faults.redirectLoop);
        hintOn200 = draw(faults.retryAfterOn200);
    }

    const QByteArray retryAfter
        = faults.retryAfterHeader.isEmpty() ? QByteArray::number(faults.retryAfterSeconds) : faults.retryAfterHeader;
    Answer answer;
    if (reset) {
        ++faultCounts[u"reset"_s];
        answer.abort = true;
    } else if (error500) {
        ++faultCounts[u"error500"_s];
        answer = errorAnswer(500, u"An internal error occurred."_s, u"Try again later."_s);
    } else if (error503) {
        ++faultCounts[u"error503"_s];
        answer = errorAnswer(503, u"The service is temporarily unavailable."_s, u"Try again later."_s);
        answer.retryAfter = retryAfter;
    } else if (error429) {
        ++faultCounts[u"error429"_s];
        answer = errorAnswer(429, u"Rate limit exceeded."_s, u"Slow down and retry after the given delay."_s);
        answer.retryAfter = retryAfter;
    } else if (redirectLoop) {
        ++faultCounts[u"redirect_loop"_s];
        answer = redirectAnswer(request.url(), 1);
    } else if (const auto it = scripted.constFind(taskId); !hostile && it != scripted.cend() && it->hostile) {
        ++faultCounts[hostileName(*it->hostile)];
        answer.hostile = hostileAnswer(*it->hostile, faults, taskId);
    } else if (hostile) {
        ++faultCounts[hostileName(*hostile)];
        answer.hostile = hostileAnswer(*hostile, faults, taskId);
    } else {
        answer = taskAnswer(taskId);
        if (hintOn200) {
            ++faultCounts[u"retry_after_on_200"_s];
            answer.retryAfter = retryAfter;
        }
        if (invalidJson) {
            ++faultCounts[u"invalid_json"_s];
            // A proper prefix of a JSON object never parses: its closing brace is missing.
            answer.body = answer.body.left(std::max<qsizetype>(1, answer.body.size() / 2)) + "\"\x01";
        }
    }
    if (delayed) {
        ++faultCounts[u"delay"_s];
        *delayMs = faults.delayMs;
    }
    qCDebug(lcSim).noquote() << "GET" << taskId << (answer.abort ? u"reset"_s : QString::number(answer.status))
                             << (delayed ? u"after %1 ms"_s.arg(faults.delayMs) : QString());
    return answer;
}

bool SimServer::Private::isAuthorized(const QByteArray &authorization) const
{
    const QByteArray scheme("bearer ");
    if (authorization.size() <= scheme.size() || authorization.left(scheme.size()).toLower() != scheme)
        return false;
    const QByteArray token = authorization.mid(scheme.size()).trimmed();
    if (token.isEmpty())
        return false;
    // An empty configured token accepts any bearer token.
    return q->m_options.token.isEmpty() || token == q->m_options.token.toUtf8();
}

Answer SimServer::Private::taskAnswer(const QString &taskId)
{
    TaskSpec synthetic;
    TaskSpec *spec = &synthetic;
    if (auto it = scripted.find(taskId); it != scripted.end()) {
        spec = &it.value();
    } else {
        const SimOutcome outcome = outcomeFor(taskId);
        synthetic.id = taskId;
        synthetic.pendingMs = outcome.pendingMs;
        synthetic.runningMs = outcome.runningMs;
        synthetic.status = outcome.status;
    }
    if (spec->httpStatus != 0) {
        Answer answer = errorAnswer(spec->httpStatus,
            spec->httpStatus == 404 ? u"Requested resource was not found."_s : u"The request was refused."_s);
        if (spec->httpStatus == 429 || spec->httpStatus == 503) {
            answer.retryAfter = q->m_faults.retryAfterHeader.isEmpty()
                ? QByteArray::number(q->m_faults.retryAfterSeconds)
                : q->m_faults.retryAfterHeader;
        }
        return answer;
    }

    auto clock = clocks.find(taskId);
    if (clock == clocks.end())
        clock = clocks.insert(taskId, {nowMs(), QDateTime::currentDateTimeUtc()});
    const qint64 elapsed = nowMs() - clock->startMs;
    const QDateTime created = clock->startWall;

    TaskState state = TaskState::Complete;
    qint64 changedAfterMs = spec->pendingMs + spec->runningMs;
    if (elapsed < spec->pendingMs) {
        state = TaskState::Pending;
        changedAfterMs = 0;
    } else if (elapsed < spec->pendingMs + spec->runningMs) {
        state = TaskState::InProgress;
        changedAfterMs = spec->pendingMs;
    }
    const bool complete = state == TaskState::Complete;
    const TaskStatus status = complete ? spec->status : TaskStatus::Unknown;
    const bool names = q->m_options.enums == SimOptions::Enums::Names;

    QJsonObject task;
    task.insert(u"id"_s, taskId);
    task.insert(u"state"_s, names ? QJsonValue(stateWireName(state)) : QJsonValue(int(state)));
    task.insert(u"status"_s, names ? QJsonValue(statusWireName(status)) : QJsonValue(int(status)));
    task.insert(u"created_at"_s, isoTime(created));
    task.insert(u"updated_at"_s, isoTime(created.addMSecs(changedAfterMs)));

    QByteArray rawResult;
    if (complete) {
        const QByteArray hash = hashOf(taskId);
        if (spec->resultBytes >= 0) {
            if (spec->generatedResult.isNull())
                spec->generatedResult = generateRows(spec->resultBytes);
            rawResult = spec->generatedResult;
        } else if (!spec->result.isUndefined()) {
            task.insert(u"result"_s, spec->result);
        } else if (status == TaskStatus::Succeeded) {
            task.insert(u"result"_s, syntheticResult(hash));
        }
        const bool failed = status == TaskStatus::Failed;
        const SyntheticError &error = syntheticError(hash);
        if (!spec->errorReason.isUndefined())
            task.insert(u"error_reason"_s, spec->errorReason);
        else if (failed)
            task.insert(u"error_reason"_s, QLatin1String(error.reason));
        if (!spec->errorStatus.isUndefined()) {
            task.insert(u"error_status"_s, spec->errorStatus);
        } else if (failed) {
            task.insert(u"error_status"_s,
                QJsonObject{{u"code"_s, error.code}, {u"message"_s, QLatin1String(error.message)},
                    {u"details"_s, QJsonArray()}});
        }
    }
    if (!spec->stateOverride.isUndefined())
        task.insert(u"state"_s, spec->stateOverride);
    if (!spec->statusOverride.isUndefined())
        task.insert(u"status"_s, spec->statusOverride);
    for (auto it = spec->extra.constBegin(); it != spec->extra.constEnd(); ++it)
        task.insert(it.key(), it.value());

    QByteArray body;
    if (rawResult.isNull()) {
        body = compact(task);
    } else {
        // Spliced in as text: result_bytes can be tens of MB.
        task.remove(u"result"_s);
        body = compact(task);
        body.chop(1);
        body += (task.isEmpty() ? "\"result\":" : ",\"result\":") + rawResult + '}';
    }
    switch (q->m_options.envelope) {
    case SimOptions::Envelope::Task:
        body = "{\"task\":" + body + '}';
        break;
    case SimOptions::Envelope::Value:
        body = "{\"value\":" + body + '}';
        break;
    case SimOptions::Envelope::Bare:
        break;
    }
    Answer answer;
    answer.body = body;
    return answer;
}

Answer SimServer::Private::controlRequest(const QHttpServerRequest &request, const QString &route)
{
    const Method method = request.method();
    const auto notAllowed = [](const QByteArray &allow) {
        Answer answer = errorAnswer(405, u"Use %1 on this route."_s.arg(QString::fromLatin1(allow)));
        answer.allow = allow;
        return answer;
    };
    // A POST's JSON body in value, or the answer that refuses the request.
    const auto postedJson = [&](QJsonValue *value) -> std::optional<Answer> {
        if (method != Method::Post)
            return notAllowed("GET, POST");
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return errorAnswer(
                400, u"The body is not JSON: %1 at offset %2."_s.arg(parseError.errorString()).arg(parseError.offset));
        }
        *value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        return std::nullopt;
    };
    qCDebug(lcSim) << "control" << method << route;

    if (route == u"tasks") {
        if (method == Method::Get) {
            QJsonArray list;
            for (const QString &id : std::as_const(scriptedOrder))
                list.append(scripted.value(id).source);
            return jsonAnswer(200, {{u"tasks"_s, list}});
        }
        QJsonValue value;
        if (const auto refusal = postedJson(&value))
            return *refusal;
        QStringList ids;
        QString error;
        if (!addTasks(value, &ids, &error))
            return errorAnswer(400, error);
        return jsonAnswer(201, {{u"ids"_s, QJsonArray::fromStringList(ids)}});
    }
    if (route == u"faults") {
        if (method == Method::Get)
            return jsonAnswer(200, q->m_faults.toJson());
        QJsonValue value;
        if (const auto refusal = postedJson(&value))
            return *refusal;
        if (!value.isObject())
            return errorAnswer(400, u"Faults must be a JSON object."_s);
        QString error;
        const SimFaults faults = SimFaults::fromJson(value.toObject(), &error);
        if (!error.isEmpty())
            return errorAnswer(400, error);
        q->setFaults(faults);
        return jsonAnswer(200, faults.toJson());
    }
    if (route == u"stats") {
        if (method != Method::Get)
            return notAllowed("GET");
        return jsonAnswer(200, q->stats());
    }
    if (route == u"reset") {
        if (method != Method::Post)
            return notAllowed("POST");
        q->resetClocksAndStats();
        return jsonAnswer(200, {{u"reset"_s, true}});
    }
    return errorAnswer(404, u"Unknown control route /sim/%1."_s.arg(route));
}
