// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"
#include "vezaclient.h"

#include <QObject>

#include <memory>

class CliOutput;
class Clock;
class PollScheduler;
class TaskGetter;
class TaskWaiter;

// The CLI's composition root: the GUI's client (and, for wait, its scheduler) driven by one command.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)
public:
    CliRunner(const CliOptions &options, const CliOutput *output, const Clock *clock, QObject *parent = nullptr);
    ~CliRunner() override;

    // Sends the first requests; finished() follows, never from inside start().
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    CliOptions m_options;
    const CliOutput *m_output;
    VezaClient m_client;
    std::unique_ptr<PollScheduler> m_scheduler;
    std::unique_ptr<TaskGetter> m_getter;
    std::unique_ptr<TaskWaiter> m_waiter;
};
