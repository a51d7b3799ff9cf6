// SPDX-License-Identifier: MIT
// The task reader on any body: never crashes, and what it reads it reads the same again from its own raw JSON.
#include "asynctask.h"
#include "fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const TaskReader::Result parsed = TaskReader::parse(body);
    FUZZ_CHECK(parsed.task.has_value() != !parsed.error.isEmpty());
    if (!parsed.task)
        return 0;
    const AsyncTask &task = *parsed.task;
    FUZZ_CHECK(task.isComplete() == (task.state == TaskState::Complete));
    // The result is cut out as received: always one valid JSON value, never part of the raw object.
    FUZZ_CHECK(task.result.isUndefined() || task.result.isValid());
    FUZZ_CHECK(!task.raw.contains(QStringLiteral("result")));
    // Wrapped in the "task" envelope: a raw object that itself holds "value" would otherwise be unwrapped again.
    const QJsonObject wrapped{{QStringLiteral("task"), task.raw}};
    const TaskReader::Result again = TaskReader::parse(QJsonDocument(wrapped).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(again.task.has_value());
    FUZZ_CHECK(again.task->state == task.state);
    FUZZ_CHECK(again.task->status == task.status);
    FUZZ_CHECK(again.task->id == task.id);
    return 0;
}
