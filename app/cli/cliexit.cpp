// SPDX-License-Identifier: MIT
#include "cliexit.h"

namespace {

// "Could not find out" beats any answer, and a definite failure beats a cancellation.
int rank(CliExit code)
{
    switch (code) {
    case CliExit::Success:
        return 0;
    case CliExit::Canceled:
        return 1;
    case CliExit::Failed:
        return 2;
    case CliExit::NotFound:
        return 3;
    case CliExit::TimedOut:
        return 4;
    case CliExit::OtherError:
        return 5;
    case CliExit::KeyRejected:
        return 6;
    case CliExit::Usage:
        return 7;
    }
    return 0;
}

} // namespace

CliExit moreSevere(CliExit a, CliExit b)
{
    return rank(b) > rank(a) ? b : a;
}
