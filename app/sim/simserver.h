// SPDX-License-Identifier: MIT
#pragma once

#include "asynctask.h"
#include "simtransport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <memory>

class QTcpSocket;

// How the simulator shapes its answers.
struct SimOptions
{
    enum class Envelope { Task, Value, Bare };
    enum class Enums { Names, Numbers };

    QString token = QStringLiteral("sim-token");
    Envelope envelope = Envelope::Task;
    Enums enums = Enums::Names;
};

// Fault probabilities (0..1) applied to task GETs; /sim/* control routes never fail.
struct SimFaults
{
    double error500 = 0;
    double error503 = 0;
    double error429 = 0;
    int retryAfterSeconds = 1; // sent with 503 and 429
    double delay = 0;
    int delayMs = 0;
    double reset = 0; // connection closed without an answer
    double invalidJson = 0;
    // Hostile answers (hostileanswer.h): probabilities, drawn only when one of them is non-zero.
    double endlessChunked = 0;
    double endlessClose = 0;
    double hugeLength = 0;
    double drip = 0;
    double resetMidBody = 0;
    double redirectLoop = 0;
    double bomb = 0;
    int hostileStatus = 200; // status line of the endless, huge, drip and reset answers
    int dripMs = 1000;
    QByteArray retryAfterHeader; // sent verbatim instead of retry_after_s, e.g. an absurd figure
    double retryAfterOn200 = 0; // a task answer carries Retry-After too
    quint32 seed = 0; // 0 = random

    [[nodiscard]] bool anyHostile() const;

    static SimFaults fromJson(const QJsonObject &object, QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

// The timeline an unscripted id gets, derived from a SHA-1 of the id so it is the same on every run.
struct SimOutcome
{
    qint64 pendingMs = 0;
    qint64 runningMs = 0;
    TaskStatus status = TaskStatus::Succeeded;
};

// A real HTTP server (Qt HttpServer) on loopback that simulates GET /api/v1/assessments/async_tasks/{id}.
class SimServer final : public SimTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)
public:
    explicit SimServer(const SimOptions &options = {}, QObject *parent = nullptr);
    ~SimServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port, 0 on failure.
    quint16 listenLoopback(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl baseUrl() const;

    // Scripted tasks, as in a scenario file or POST /sim/tasks (format in docs/simulator.md).
    bool addTask(const QJsonObject &spec, QString *error);
    bool loadScenario(const QByteArray &json, QString *error);
    void setFaults(const SimFaults &faults);
    [[nodiscard]] SimFaults faults() const { return m_faults; }

    // Requests seen per id (as decoded from the one path segment), and totals.
    [[nodiscard]] QJsonObject stats() const;
    [[nodiscard]] int requestCount(const QString &taskId) const;
    // Most delayed answers held at once since the last reset: with a delay fault on every request, the client's
    // concurrency.
    [[nodiscard]] int heldAnswersPeak() const;
    // Forgets task clocks and stats (scripted tasks and faults stay), as POST /sim/reset does.
    void resetClocksAndStats();

    void setOptions(const SimOptions &options) { m_options = options; }
    [[nodiscard]] const SimOptions &options() const { return m_options; }

    // Public so that the outcome split can be tested without HTTP.
    [[nodiscard]] static SimOutcome outcomeFor(const QString &taskId);

Q_SIGNALS:
    void taskRequested(const QString &taskId);

    // Implementation details (the rest of the class) are the simulator's own.
protected:
    bool handleExchange(
        const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket) override;
    void handleMissing(const QHttpServerRequest &request, QHttpServerResponder &responder) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    SimOptions m_options;
    SimFaults m_faults;
    quint16 m_port = 0;
};
