// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcClient, "veza.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScheduler, "veza.scheduler", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMonitor, "veza.monitor", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "veza.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "veza.store", QtInfoMsg)
