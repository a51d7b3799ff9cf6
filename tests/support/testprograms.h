// SPDX-License-Identifier: MIT
#pragma once

#include "taskfetcher.h"
#include "taskstore.h"

#include <QJsonObject>
#include <QString>

// Path of a program built in this tree (ctest sets VEZA_BIN_DIR); empty, with the reason in error, when missing.
QString builtProgram(const QString &name, QString *error);

// A size field of /proc/PID/status (VmRSS, VmHWM…) in bytes; pid 0 is this process. -1 when unreadable.
qint64 procStatusBytes(qint64 pid, const QByteArray &field);

// AddressSanitizer keeps freed memory in quarantine: memory bounds cannot be checked in such a build.
bool builtWithAddressSanitizer();

// Answers as a fetcher would give them, for tests that feed a scheduler or a model.
FetchResult taskAnswer(const QString &id, TaskState state, TaskStatus status = TaskStatus::Unknown,
    std::optional<qint64> retryAfterMs = {});
FetchResult failedAnswer(
    const QString &id, VezaError::Kind kind, int httpStatus = 0, std::optional<qint64> retryAfterMs = {});
// A 200 whose task object is taskObject, finished at atMs.
FetchResult objectAnswer(const QString &id, qint64 atMs, const QJsonObject &taskObject);

// What a store said when it opened; answered is false when it said nothing within 20 s.
struct OpenedStore
{
    bool answered = false;
    StoreStatus status;
    StoreContents contents;
};
// Opens the store at path and waits for its answer.
OpenedStore openStore(TaskStore &store, const QString &path);
