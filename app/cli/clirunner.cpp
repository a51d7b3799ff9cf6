// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include "clioutput.h"
#include "pollscheduler.h"
#include "taskgetter.h"
#include "taskwaiter.h"

#include <algorithm>
#include <limits>

CliRunner::CliRunner(const CliOptions &options, const CliOutput *output, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_output(output)
    , m_client(clock)
{
    m_client.setConnection(m_options.connection);
    // The same scheduler as the GUI, so scripts poll Veza exactly as politely.
    m_scheduler = std::make_unique<PollScheduler>(&m_client, clock);
    if (m_options.intervalMs > 0)
        m_scheduler->setIntervalMs(m_options.intervalMs);
    m_scheduler->setLoadLimits(m_options.limits);
    PollPolicy policy = m_scheduler->policy();
    if (m_options.command == CliOptions::Command::Get) {
        m_getter = std::make_unique<TaskGetter>(m_scheduler.get(), m_output, clock);
        m_getter->setTimeoutMs(m_options.timeoutMs);
        connect(m_getter.get(), &TaskGetter::finished, this, [this](int exitCode) {
            m_client.cancelAll(); // answers still on their way after a timeout are dropped
            Q_EMIT finished(exitCode);
        });
        return;
    }
    // The scheduler keeps asking a 404 for as long as the CLI waits for it, and never stops before --timeout.
    policy.notFoundGraceMs = m_options.notFoundGraceMs;
    // Without --timeout a script waits as long as the tasks run, like `gh run watch`.
    policy.maxWatchMs = m_options.timeoutMs < 0 ? std::numeric_limits<qint64>::max() / 2
                                                : std::max(policy.maxWatchMs, m_options.timeoutMs);
    m_scheduler->setPolicy(policy);
    m_waiter = std::make_unique<TaskWaiter>(m_scheduler.get(), m_output);
    m_waiter->setTimeoutMs(m_options.timeoutMs);
    m_waiter->setNotFoundGraceMs(m_options.notFoundGraceMs);
    connect(m_waiter.get(), &TaskWaiter::finished, this, [this](int exitCode) {
        // Answers still on their way are dropped: unwatched ids, aborted replies.
        m_client.cancelAll();
        Q_EMIT finished(exitCode);
    });
}

// Declared after the client, the waiter and scheduler that listen to it are destroyed before it.
CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (m_getter) {
        m_getter->start(m_options.ids);
        return;
    }
    m_output->progress(tr("polling %1").arg(m_options.connection.baseUrl.toDisplayString()));
    m_waiter->start(m_options.ids);
}
