// SPDX-License-Identifier: MIT
#pragma once

#include "taskfetcher.h"

class VezaClient;

// One request through the client and its one answer; an empty result when none came within the time.
FetchResult fetchOne(VezaClient &client, const QString &id, int timeoutMs = 10'000);
