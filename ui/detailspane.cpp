// SPDX-License-Identifier: MIT
#include "detailspane.h"

#include "clock.h"
#include "saturating.h"
#include "tasktablemodel.h"
#include "timeformat.h"
#include "trackedtask.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The task fields the pane shows on their own; the rest is listed as "other fields".
const QLatin1StringView KnownFields[] = {
    QLatin1StringView("id"),
    QLatin1StringView("state"),
    QLatin1StringView("status"),
    QLatin1StringView("result"),
    QLatin1StringView("error_reason"),
    QLatin1StringView("error_status"),
};

constexpr qsizetype MaxErrorBytes = qsizetype(256) * 1024;
constexpr qsizetype MaxOtherFieldsChars = 4'000;

QPlainTextEdit *makeJsonView(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Unwrapped lines lay out much faster, and JSON reads better with its indentation intact.
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}

QString dataSize(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

DetailsPane::PrettyJson DetailsPane::prettyJson(const QJsonValue &value, qsizetype maxBytes)
{
    QByteArray bytes;
    if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else if (value.isString())
        bytes = value.toString().toUtf8(); // a plain string reads better without JSON quoting
    else if (value.isNull())
        bytes = QByteArrayLiteral("null");
    else if (!value.isUndefined())
        bytes = jsonValueToText(value).toUtf8();
    while (bytes.endsWith('\n'))
        bytes.chop(1);

    PrettyJson json;
    json.totalBytes = bytes.size();
    qsizetype shown = bytes.size();
    if (shown > maxBytes) {
        shown = maxBytes;
        // End on a whole line when one is near, and never inside a UTF-8 sequence.
        const qsizetype lineEnd = bytes.lastIndexOf('\n', shown);
        if (lineEnd > maxBytes - 4096 && lineEnd > 0)
            shown = lineEnd;
        while (shown > 0 && (static_cast<unsigned char>(bytes.at(shown)) & 0xC0) == 0x80)
            --shown;
        json.hiddenBytes = bytes.size() - shown;
    }
    json.text = QString::fromUtf8(bytes.constData(), shown);
    return json;
}

DetailsPane::Formatted DetailsPane::format(
    quint64 serial, const std::shared_ptr<const std::atomic<quint64>> &latest, const AsyncTask &task)
{
    Formatted formatted;
    formatted.serial = serial;
    if (latest->load() != serial)
        return formatted; // replaced while it waited for the thread
    formatted.result = prettyJson(task.result, MaxShownBytes);
    formatted.errorReason = prettyJson(task.errorReason, MaxErrorBytes);
    formatted.errorStatus = prettyJson(task.errorStatus, MaxErrorBytes);
    QJsonObject others = task.raw;
    for (const QLatin1StringView key : KnownFields)
        others.remove(key);
    if (!others.isEmpty()) {
        formatted.otherFields = QString::fromUtf8(QJsonDocument(others).toJson(QJsonDocument::Indented)).trimmed();
        if (formatted.otherFields.size() > MaxOtherFieldsChars)
            formatted.otherFields = formatted.otherFields.left(MaxOtherFieldsChars) % QStringLiteral("\n…");
    }
    return formatted;
}

DetailsPane::DetailsPane(const TaskTableModel *model, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("detailsPane"));

    auto *emptyLabel = new QLabel(tr("Select a task to see its details"), this);
    emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    emptyLabel->setEnabled(false); // greyed like a placeholder

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("detailsPage"));
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setVerticalSpacing(6);
    m_idValue = addField(tr("Id:"), QStringLiteral("idValue"));
    m_idValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_labelValue = addField(tr("Label:"), QStringLiteral("labelValue"));
    m_stateValue = addField(tr("State:"), QStringLiteral("stateValue"));
    m_statusValue = addField(tr("Status:"), QStringLiteral("statusValue"));
    m_elapsedValue = addField(tr("Elapsed:"), QStringLiteral("elapsedValue"));
    m_lastCheckedValue = addField(tr("Last checked:"), QStringLiteral("lastCheckedValue"));
    m_lastAnswerValue = addField(tr("Last answer:"), QStringLiteral("lastAnswerValue"));
    m_requestsValue = addField(tr("Requests:"), QStringLiteral("requestsValue"));
    m_pollingValue = addField(tr("Polling:"), QStringLiteral("pollingValue"));
    m_lastErrorValue = addField(tr("Last request:"), QStringLiteral("lastErrorValue"));
    m_staleValue = addField(QString(), QStringLiteral("staleValue"));

    // Plain titles rather than group boxes: the pane shares the window's height with the table.
    m_errorBox = new QWidget(page);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    m_errorReasonTitle = new QLabel(tr("Error reason (error_reason):"), m_errorBox);
    m_errorReasonEdit = makeJsonView(QStringLiteral("errorReasonEdit"), m_errorBox);
    m_errorStatusTitle = new QLabel(tr("Error detail (error_status):"), m_errorBox);
    m_errorStatusEdit = makeJsonView(QStringLiteral("errorStatusEdit"), m_errorBox);
    const int lines = QFontMetrics(m_errorReasonEdit->font()).lineSpacing();
    const auto heightOf = [lines](int count) { return lines * count + 12; };
    m_errorReasonEdit->setMinimumHeight(heightOf(2));
    m_errorReasonEdit->setMaximumHeight(heightOf(4));
    m_errorStatusEdit->setMinimumHeight(heightOf(3));
    auto *errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errorReasonTitle);
    errorLayout->addWidget(m_errorReasonEdit);
    errorLayout->addWidget(m_errorStatusTitle);
    errorLayout->addWidget(m_errorStatusEdit, 1);

    m_otherFieldsTitle = new QLabel(tr("Other fields:"), page);
    m_otherFieldsEdit = makeJsonView(QStringLiteral("otherFieldsEdit"), page);
    m_otherFieldsEdit->setMinimumHeight(heightOf(2));

    m_resultTitle = new QLabel(page);
    m_resultTitle->setObjectName(QStringLiteral("resultTitle"));
    m_resultEdit = makeJsonView(QStringLiteral("resultEdit"), page);
    m_resultEdit->setMinimumHeight(heightOf(3));

    // Fields on the left, the task's JSON on the right: the pane sits below the table and is wider than tall.
    auto *fieldsColumn = new QVBoxLayout;
    fieldsColumn->addLayout(m_form);
    fieldsColumn->addWidget(m_otherFieldsTitle);
    fieldsColumn->addWidget(m_otherFieldsEdit, 1);
    fieldsColumn->addStretch(0); // keeps the form at the top while "other fields" is hidden
    auto *jsonColumn = new QVBoxLayout;
    jsonColumn->addWidget(m_errorBox, 1);
    jsonColumn->addWidget(m_resultTitle);
    jsonColumn->addWidget(m_resultEdit, 2);
    auto *pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(16);
    pageLayout->addLayout(fieldsColumn, 2);
    pageLayout->addLayout(jsonColumn, 3);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(emptyLabel);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_model, &TaskTableModel::taskChanged, this, [this](const QString &id) {
        if (id == m_taskId)
            refresh();
    });
    // A removed task leaves the pane empty even before the selection moves on.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DetailsPane::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DetailsPane::refresh);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DetailsPane::onFormatted);

    m_tickTimer.setInterval(1'000);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] {
        if (const TrackedTask *task = m_model->task(m_taskId))
            updateTimes(*task);
    });

    refresh();
}

// Nothing to wait for: queued jobs are dropped, a running one only holds its own copies and finishes on the
// application's pool after the pane is gone.
DetailsPane::~DetailsPane()
{
    m_latestSerial->store(0);
    formatPool()->clear();
}

QThreadPool *DetailsPane::formatPool()
{
    // One thread of its own, so that formatting big results never delays the parsing of poll answers; owned by the
    // application so that closing a pane never waits for it.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(1);
    }
    return pool;
}

QLabel *DetailsPane::addField(const QString &name, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_form->addRow(name, value);
    return value;
}

void DetailsPane::setFieldVisible(QLabel *field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

void DetailsPane::setTaskId(const QString &taskId)
{
    if (taskId == m_taskId)
        return;
    m_taskId = taskId;
    m_latestSerial->store(++m_serial); // whatever is still being formatted belongs to the previous task
    m_formattedAnswerMs = -1;
    m_storedResult = QJsonValue::Undefined; // a result read from the store is released with its task
    m_storedResultAsked = false;
    m_storedResultArrived = false;
    clearJson();
    refresh();
}

void DetailsPane::refresh()
{
    const TrackedTask *task = m_taskId.isEmpty() ? nullptr : m_model->task(m_taskId);
    if (!task) {
        m_stack->setCurrentIndex(0);
        m_tickTimer.stop();
        return;
    }
    m_stack->setCurrentIndex(1);
    if (!m_tickTimer.isActive())
        m_tickTimer.start();

    m_idValue->setText(task->id);
    m_labelValue->setText(task->label.isEmpty() ? tr("—", "no label") : task->label);
    if (task->task) {
        m_stateValue->setText(stateLabel(task->task->state, task->task->stateRaw));
        const bool showStatus = task->isComplete() || task->task->status != TaskStatus::Unknown;
        m_statusValue->setText(
            showStatus ? statusLabel(task->task->status, task->task->statusRaw) : tr("—", "no status yet"));
    } else {
        m_stateValue->setText(task->requestCount == 0 ? tr("Waiting for the first answer…") : tr("No answer yet"));
        m_statusValue->setText(tr("—", "no status yet"));
    }
    updateTimes(*task);

    if (task->requestCount == 0)
        m_lastAnswerValue->setText(tr("None yet"));
    else if (task->lastHttpStatus > 0)
        m_lastAnswerValue->setText(tr("HTTP %1 in %2 ms").arg(task->lastHttpStatus).arg(task->lastLatencyMs));
    else
        m_lastAnswerValue->setText(tr("No HTTP answer (after %1 ms)").arg(task->lastLatencyMs));
    m_requestsValue->setText(QLocale().toString(task->requestCount));

    m_lastErrorValue->setText(describeError(task->lastError));
    setFieldVisible(m_lastErrorValue, task->lastError.isError());
    setFieldVisible(m_staleValue, task->isStale());
    if (task->isStale()) {
        const qint64 since = task->staleSinceMs > 0 ? task->staleSinceMs : task->lastCheckedMs;
        m_staleValue->setText(tr("⚠ Showing the last known state: requests have failed since %1.")
                                  .arg(formatTimeForUser(since, m_clock->nowMs())));
    }

    if (!task->task) {
        m_otherFieldsTitle->setVisible(false);
        m_otherFieldsEdit->setVisible(false);
        m_errorBox->setVisible(false);
        m_resultTitle->setText(tr("Result"));
        m_resultTitle->setVisible(true);
        m_resultEdit->setVisible(true);
        m_resultEdit->setPlaceholderText(tr("The result appears here when the task has completed."));
        return;
    }
    // A failed request keeps the last good answer, whose JSON is already shown.
    const bool newAnswer = !task->lastError.isError() && task->lastCheckedMs != m_formattedAnswerMs;
    if (m_formattedAnswerMs < 0 || newAnswer)
        startFormatting(*task);
}

void DetailsPane::updateTimes(const TrackedTask &task)
{
    const qint64 now = m_clock->nowMs();
    m_elapsedValue->setText(TaskTableModel::formatDuration(task.elapsedMs(now)));

    QString polling;
    switch (task.watch) {
    case TrackedTask::Watch::Watching:
        if (task.nextCheckMs < 0)
            polling = tr("Checking now…");
        else if (task.nextCheckMs <= now)
            polling = tr("Next check due");
        else // rounded up, like the table: "in 1 s" until the request goes out
            polling = tr("Next check in %1")
                          .arg(TaskTableModel::formatDuration(addSaturated(subSaturated(task.nextCheckMs, now), 999)));
        if (task.retryCount > 0)
            polling += QStringLiteral(" · ") % tr("retry %1").arg(task.retryCount);
        break;
    case TrackedTask::Watch::Done:
        polling = tr("Finished", "polling");
        break;
    case TrackedTask::Watch::Paused:
    case TrackedTask::Watch::NotFound:
    case TrackedTask::Watch::StoppedWatching:
    case TrackedTask::Watch::Refused:
        polling = task.watchLabel();
        break;
    }
    m_pollingValue->setText(polling);
    if (task.lastCheckedMs <= 0) {
        m_lastCheckedValue->setText(tr("Never"));
        return;
    }
    const QString time = formatTimeForUser(task.lastCheckedMs, now);
    m_lastCheckedValue->setText(
        tr("%1 (%2 ago)").arg(time, TaskTableModel::formatDuration(std::max<qint64>(0, now - task.lastCheckedMs))));
}

void DetailsPane::startFormatting(const TrackedTask &task)
{
    m_formattedAnswerMs = task.lastCheckedMs;
    const quint64 serial = ++m_serial;
    m_latestSerial->store(serial);
    AsyncTask answer = *task.task;
    if (task.resultInStore && answer.result.isUndefined()) {
        // Restored without its result: read from the store only now that someone looks at it.
        if (m_storedResultArrived && m_storedResult.isUndefined()) {
            m_resultEdit->setPlaceholderText(tr("The saved result could not be read from the task list."));
        } else if (m_storedResult.isUndefined()) {
            m_resultEdit->setPlaceholderText(tr("Reading the result…"));
            if (!m_storedResultAsked) {
                m_storedResultAsked = true;
                Q_EMIT resultWanted(task.id);
            }
        }
        answer.result = m_storedResult;
    }
    if (m_resultEdit->document()->isEmpty() && !answer.result.isUndefined())
        m_resultEdit->setPlaceholderText(tr("Formatting…"));
    // toJson of a result of tens of MB takes long enough to freeze the window: it runs on the pool.
    m_watcher.setFuture(QtConcurrent::run(formatPool(), &DetailsPane::format, serial,
        std::shared_ptr<const std::atomic<quint64>>(m_latestSerial), answer));
}

void DetailsPane::showStoredResult(const QString &taskId, const QJsonValue &result)
{
    if (taskId != m_taskId || !m_storedResultAsked)
        return;
    m_storedResult = result;
    m_storedResultArrived = true;
    const TrackedTask *task = m_model->task(m_taskId);
    if (task && task->task)
        startFormatting(*task);
}

void DetailsPane::onFormatted()
{
    if (m_watcher.future().isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const Formatted formatted = m_watcher.result();
    if (formatted.serial != m_serial)
        return; // the selection or the answer changed meanwhile
    const TrackedTask *task = m_model->task(m_taskId);
    if (!task || !task->task)
        return;

    const bool hasReason = formatted.errorReason.totalBytes > 0;
    const bool hasStatus = formatted.errorStatus.totalBytes > 0;
    m_errorBox->setVisible(hasReason || hasStatus);
    m_errorReasonTitle->setVisible(hasReason);
    m_errorReasonEdit->setVisible(hasReason);
    m_errorStatusTitle->setVisible(hasStatus);
    m_errorStatusEdit->setVisible(hasStatus);
    showJson(m_errorReasonEdit, formatted.errorReason);
    showJson(m_errorStatusEdit, formatted.errorStatus);

    m_otherFieldsTitle->setVisible(!formatted.otherFields.isEmpty());
    m_otherFieldsEdit->setVisible(!formatted.otherFields.isEmpty());
    if (m_otherFieldsEdit->toPlainText() != formatted.otherFields)
        m_otherFieldsEdit->setPlainText(formatted.otherFields);

    // A task that ended without success and sent nothing has no result worth a box.
    const bool showResult
        = formatted.result.totalBytes > 0 || !task->isComplete() || task->status() == TaskStatus::Succeeded;
    m_resultTitle->setVisible(showResult);
    m_resultEdit->setVisible(showResult);
    if (formatted.result.totalBytes > 0) {
        m_resultTitle->setText(tr("Result (%1)").arg(dataSize(formatted.result.totalBytes)));
    } else {
        m_resultTitle->setText(tr("Result"));
        m_resultEdit->setPlaceholderText(task->isComplete()
                ? tr("The task sent no result.")
                : tr("The result appears here when the task has completed."));
    }
    showJson(m_resultEdit, formatted.result);
}

void DetailsPane::showJson(QPlainTextEdit *edit, const PrettyJson &json)
{
    QString text = json.text;
    if (json.hiddenBytes > 0)
        text += QLatin1Char('\n') % tr("… %1 more not shown").arg(dataSize(json.hiddenBytes));
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void DetailsPane::clearJson()
{
    m_resultEdit->clear();
    m_errorReasonEdit->clear();
    m_errorStatusEdit->clear();
    m_otherFieldsEdit->clear();
    m_otherFieldsTitle->setVisible(false);
    m_otherFieldsEdit->setVisible(false);
    m_errorBox->setVisible(false);
    m_resultTitle->setText(tr("Result"));
}
