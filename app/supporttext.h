// SPDX-License-Identifier: MIT
#pragma once

#include "trackedtask.h"

#include <QList>
#include <QString>
#include <QUrl>

// What a support engineer pastes into a ticket about one task. Neither function is given the API key, so neither can
// put it in the text.
namespace SupportText {

// A plain-text summary: the task, its connection (name and address), state, status, error fields, the last answer,
// the request ids seen in requests (oldest first), and its times in ISO 8601 UTC. nowMs dates the summary.
QString errorReport(const TrackedTask &task, const QList<RequestRecord> &requests, const QString &connectionName,
    const QUrl &baseUrl, qint64 nowMs);

// The task's GET as a shell command, the key left to the shell as $VEZA_TOKEN:
// curl -sS -H "Authorization: Bearer $VEZA_TOKEN" -H 'Accept: application/json' 'https://…/async_tasks/<id>'
QString curlCommand(const QUrl &baseUrl, const QString &taskId);

// One POSIX shell word that stands for text exactly: single-quoted, each ' written as '\''.
QString shellQuote(const QString &text);

// 2025-11-29T07:06:40Z; empty for 0 (never happened).
QString isoTimeUtc(qint64 msSinceEpoch);

} // namespace SupportText
