// SPDX-License-Identifier: MIT
#pragma once

// Exit codes of veza-task-cli; scripts branch on them, so they are documented in --help, the README and
// docs/veza-task-cli.1 and never renumbered.
enum class CliExit : int {
    Success = 0, // every task succeeded
    Failed = 1, // a task failed, or completed with an unknown status
    Usage = 2, // bad usage or configuration
    Canceled = 3, // a task was canceled and none failed
    KeyRejected = 4, // 401 / 403
    TimedOut = 5, // wait: --timeout ended it with tasks unfinished; get: a task is not complete yet
    NotFound = 6, // a task id is unknown (after the grace period in wait)
    OtherError = 7, // get: a task could not be read (network, 5xx, unreadable answer)
};

// Of two codes, the one reported when both apply: 2 > 4 > 7 > 5 > 6 > 1 > 3 > 0.
CliExit moreSevere(CliExit a, CliExit b);
