// SPDX-License-Identifier: MIT
#pragma once

#include "taskfetcher.h"

#include <QString>

// Path of a program built in this tree (ctest sets VEZA_BIN_DIR); empty, with the reason in error, when missing.
QString builtProgram(const QString &name, QString *error);

// Answers as a fetcher would give them, for tests that feed a scheduler or a model.
FetchResult taskAnswer(const QString &id, TaskState state, TaskStatus status = TaskStatus::Unknown,
    std::optional<qint64> retryAfterMs = {});
FetchResult failedAnswer(
    const QString &id, VezaError::Kind kind, int httpStatus = 0, std::optional<qint64> retryAfterMs = {});
