// SPDX-License-Identifier: MIT
#include "detailspane.h"

#include "clock.h"
#include "jsonindex.h"
#include "jsontext.h"
#include "resultview.h"
#include "saturating.h"
#include "selectabletext.h"
#include "supporttext.h"
#include "taskproxymodel.h"
#include "tasktablemodel.h"
#include "timeformat.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

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

QIcon copyIcon()
{
    return QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/copy.svg")));
}

QTreeWidget *makeHistoryView(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *view = new QTreeWidget(parent);
    view->setObjectName(objectName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setHeaderLabels(headers);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

// A transition's state and status read back from the text kept of them (empty: absent), labelled as the table does.
struct TransitionLabels
{
    QString state;
    QString status;
    bool complete = false;
    bool unknown = false; // a value this client does not know
};

TransitionLabels labelsOf(const StateTransition &transition)
{
    const auto value = [](const QString &raw) { return raw.isEmpty() ? QJsonValue() : QJsonValue(raw); };
    QString stateRaw;
    QString statusRaw;
    const TaskState state = TaskReader::parseState(value(transition.state), &stateRaw);
    const TaskStatus status = TaskReader::parseStatus(value(transition.status), &statusRaw);
    TransitionLabels labels;
    labels.complete = state == TaskState::Complete;
    labels.state = stateLabel(state, stateRaw);
    labels.status = !labels.complete && status == TaskStatus::Unknown ? DetailsPane::tr("—", "no status yet")
                                                                      : statusLabel(status, statusRaw);
    labels.unknown = state == TaskState::Unrecognised || status == TaskStatus::Unrecognised;
    return labels;
}

// error_reason or error_status for its box: a whole number with its gRPC code name, anything else as prettyJson.
DetailsPane::PrettyJson errorJson(const QJsonValue &value, qsizetype maxBytes)
{
    if (value.isDouble() && grpcCodeOf(value)) {
        const QString text = errorFieldText(value);
        return {text, text.toUtf8().size(), 0};
    }
    return DetailsPane::prettyJson(value, maxBytes);
}

// Indented as the result view indents (JsonIndex::indented): one style of pretty JSON in the whole pane.
QByteArray indentedJson(const QJsonValue &container)
{
    QByteArray out;
    JsonIndex::indented(JsonText::fromValue(container).text(), [&out](QByteArrayView piece) {
        out.append(piece);
        return true;
    });
    return out;
}

QString objectCode(const QJsonValue &value)
{
    if (!value.isObject())
        return {};
    const std::optional<qint64> code = grpcCodeOf(value);
    return code ? grpcCodeText(*code) : QString();
}

} // namespace

DetailsPane::PrettyJson DetailsPane::prettyJson(const QJsonValue &value, qsizetype maxBytes)
{
    QByteArray bytes;
    if (value.isObject() || value.isArray())
        bytes = indentedJson(value);
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
    formatted.hasResult = task.result.isPresent();
    formatted.errorReason = errorJson(task.errorReason, MaxErrorBytes);
    formatted.errorStatus = errorJson(task.errorStatus, MaxErrorBytes);
    formatted.errorReasonCode = objectCode(task.errorReason);
    formatted.errorStatusCode = objectCode(task.errorStatus);
    QJsonObject others = task.raw;
    for (const QLatin1StringView key : KnownFields)
        others.remove(key);
    if (!others.isEmpty()) {
        formatted.otherFields = QString::fromUtf8(indentedJson(others)).trimmed();
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
    setAccessibleName(tr("Task details"));
    setAccessibleDescription(tr("The selected task: its fields, errors, result, timeline and requests"));

    auto *emptyLabel = new QLabel(tr("Select a task to see its details"), this);
    emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    emptyLabel->setEnabled(false); // greyed like a placeholder

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("detailsPage"));

    // The fields scroll rather than clip: the pane may be short, and an error can run to many lines.
    auto *fields = new QWidget;
    fields->setObjectName(QStringLiteral("fieldsPage"));
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setVerticalSpacing(6);
    m_idValue = addTextField(tr("Id:"), QStringLiteral("idValue"));
    m_idValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_labelValue = addField(tr("Label:"), QStringLiteral("labelValue"));
    m_stateValue = addMarkedField(tr("State:"), QStringLiteral("stateValue"), &m_stateIcon);
    m_statusValue = addMarkedField(tr("Status:"), QStringLiteral("statusValue"), &m_statusIcon);
    m_elapsedValue = addField(tr("Elapsed:"), QStringLiteral("elapsedValue"));
    m_lastCheckedValue = addField(tr("Last checked:"), QStringLiteral("lastCheckedValue"));
    m_lastAnswerValue = addField(tr("Last answer:"), QStringLiteral("lastAnswerValue"));
    m_requestsValue = addField(tr("Requests:"), QStringLiteral("requestsValue"));
    m_pollingValue = addField(tr("Polling:"), QStringLiteral("pollingValue"));
    m_lastErrorValue = addField(tr("Last request:"), QStringLiteral("lastErrorValue"));
    // What Veza's error body said, each part on its own so that support can select and quote it.
    m_httpStatusValue = addField(tr("HTTP status:"), QStringLiteral("httpStatusValue"));
    m_vezaCodeValue = addTextField(tr("Error code:", "Veza's code field"), QStringLiteral("vezaCodeValue"));
    m_vezaMessageValue = addField(tr("Message:", "Veza's message field"), QStringLiteral("vezaMessageValue"));
    m_vezaDetailsValue = addField(tr("Details:", "Veza's detail messages"), QStringLiteral("vezaDetailsValue"));
    m_requestIdValue = addTextField(tr("Request id:"), QStringLiteral("requestIdValue"));
    m_requestIdValue->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_staleValue = addField(QString(), QStringLiteral("staleValue"));

    m_copyErrorAction = new QAction(copyIcon(), tr("Copy Error"), this);
    m_copyErrorAction->setObjectName(QStringLiteral("copyErrorAction"));
    m_copyErrorAction->setToolTip(
        tr("Copy a summary for a support ticket: the task, its connection, state, errors and request ids"));
    connect(m_copyErrorAction, &QAction::triggered, this, &DetailsPane::copyErrorReport);
    m_copyCurlAction = new QAction(copyIcon(), tr("Copy as curl"), this);
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setToolTip(tr("Copy the task's request as a curl command; the API key is left to $VEZA_TOKEN"));
    connect(m_copyCurlAction, &QAction::triggered, this, &DetailsPane::copyCurlCommand);
    // Above both columns, where they stay in sight whatever the fields scroll to.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QAction *action : {m_copyErrorAction, m_copyCurlAction}) {
        auto *button = new QToolButton(page);
        button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        buttons->addWidget(button);
    }
    fields->addActions({m_copyErrorAction, m_copyCurlAction});
    fields->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_otherFieldsTitle = new QLabel(tr("Other fields:"), fields);
    m_otherFieldsEdit = makeJsonView(QStringLiteral("otherFieldsEdit"), fields);
    const int lines = QFontMetrics(m_otherFieldsEdit->font()).lineSpacing();
    const auto heightOf = [lines](int count) { return lines * count + 12; };
    m_otherFieldsEdit->setMinimumHeight(heightOf(4));
    m_otherFieldsEdit->setAccessibleName(tr("Other fields"));
    m_otherFieldsEdit->setAccessibleDescription(tr("Fields of the task this version does not show on their own"));

    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addLayout(m_form);
    fieldsLayout->addWidget(m_otherFieldsTitle);
    fieldsLayout->addWidget(m_otherFieldsEdit);
    fieldsLayout->addStretch(1); // keeps the form at the top while "other fields" is hidden
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("fieldsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    m_timelineView = makeHistoryView(QStringLiteral("timelineView"),
        {tr("Time", "timeline"), tr("State", "timeline"), tr("Status", "timeline"), tr("Time in state", "timeline")},
        page);
    m_requestsView = makeHistoryView(QStringLiteral("requestsView"),
        {tr("Time", "requests"), tr("HTTP", "requests"), tr("Latency", "requests"), tr("Received", "requests"),
            tr("Outcome", "requests"), tr("Request id", "requests")},
        page);

    m_sections = new QTabWidget(page);
    m_sections->setObjectName(QStringLiteral("detailsSections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(scroll, tr("Task", "details section"));
    m_sections->addTab(m_timelineView, tr("Timeline", "details section"));
    m_sections->addTab(m_requestsView, tr("Requests", "details section"));
    m_sections->setAccessibleName(tr("Task sections"));
    m_sections->setAccessibleDescription(tr("The task's fields, its timeline and its last requests"));
    scroll->setAccessibleName(tr("Task fields"));
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setAccessibleDescription(tr("Each state and status the task went through, with its time"));
    m_requestsView->setAccessibleName(tr("Requests"));
    m_requestsView->setAccessibleDescription(tr("The last requests for this task: HTTP status, latency, outcome"));

    // Plain titles rather than group boxes: the pane shares the window's height with the table.
    m_errorBox = new QWidget(page);
    m_errorBox->setObjectName(QStringLiteral("errorBox"));
    m_errorReasonTitle = new QLabel(tr("Error reason (error_reason):"), m_errorBox);
    m_errorReasonTitle->setObjectName(QStringLiteral("errorReasonTitle"));
    m_errorReasonEdit = makeJsonView(QStringLiteral("errorReasonEdit"), m_errorBox);
    m_errorStatusTitle = new QLabel(tr("Error detail (error_status):"), m_errorBox);
    m_errorStatusTitle->setObjectName(QStringLiteral("errorStatusTitle"));
    m_errorStatusEdit = makeJsonView(QStringLiteral("errorStatusEdit"), m_errorBox);
    // Errors are read whole: wrapped, where a result keeps its lines.
    for (QPlainTextEdit *edit : {m_errorReasonEdit, m_errorStatusEdit})
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_errorReasonEdit->setMinimumHeight(heightOf(2));
    m_errorStatusEdit->setMinimumHeight(heightOf(3));
    m_errorReasonEdit->setAccessibleName(tr("Error reason"));
    m_errorStatusEdit->setAccessibleName(tr("Error detail"));
    auto *errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errorReasonTitle);
    errorLayout->addWidget(m_errorReasonEdit, 1);
    errorLayout->addWidget(m_errorStatusTitle);
    errorLayout->addWidget(m_errorStatusEdit, 2);

    m_resultTitle = new QLabel(page);
    m_resultTitle->setObjectName(QStringLiteral("resultTitle"));
    m_resultView = new ResultView(page);
    m_resultView->setObjectName(QStringLiteral("resultView"));
    m_resultView->setMinimumHeight(heightOf(6));
    m_resultView->setAccessibleName(tr("Result"));
    connect(m_resultView, &ResultView::ready, this, [this] {
        if (const auto index = m_resultView->jsonIndex())
            m_resultTitle->setText(tr("Result (%1)").arg(dataSize(index->sizeBytes(JsonIndex::root()))));
    });

    // Fields on the left, the task's JSON on the right: the pane sits below the table and is wider than tall.
    auto *jsonColumn = new QVBoxLayout;
    jsonColumn->addWidget(m_errorBox, 1);
    jsonColumn->addWidget(m_resultTitle);
    jsonColumn->addWidget(m_resultView, 3);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(m_sections, 2);
    columns->addLayout(jsonColumn, 3);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(4);
    pageLayout->addLayout(buttons);
    pageLayout->addLayout(columns, 1);

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
        if (const TrackedTask *task = m_model->task(m_taskId)) {
            updateTimes(*task);
            updateTimelineDurations(*task);
        }
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

SelectableText *DetailsPane::addTextField(const QString &name, const QString &objectName)
{
    auto *value = new SelectableText(this);
    value->setObjectName(objectName);
    m_form->addRow(name, value);
    return value;
}

QLabel *DetailsPane::addMarkedField(const QString &name, const QString &objectName, QLabel **icon)
{
    auto *row = new QWidget(this);
    *icon = new QLabel(row);
    (*icon)->setObjectName(objectName + QLatin1String("Icon"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    (*icon)->setPixmap(TaskProxyModel::unknownValueIcon().pixmap(size, size));
    (*icon)->setVisible(false);
    auto *value = new QLabel(row);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(*icon, 0, Qt::AlignTop);
    layout->addWidget(value, 1);
    m_form->addRow(name, row);
    return value;
}

void DetailsPane::setFieldVisible(QWidget *field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

void DetailsPane::setConnectionLookup(ConnectionLookup lookup)
{
    m_connectionLookup = std::move(lookup);
    refresh();
}

DetailsPane::ConnectionInfo DetailsPane::connectionOf(const TrackedTask &task) const
{
    return m_connectionLookup ? m_connectionLookup(task.connection) : ConnectionInfo{};
}

void DetailsPane::setTaskId(const QString &taskId)
{
    if (taskId == m_taskId)
        return;
    m_taskId = taskId;
    m_latestSerial->store(++m_serial); // whatever is still being formatted belongs to the previous task
    m_formattedAnswerMs = -1;
    m_storedResult = {}; // a result read from the store is released with its task
    m_storedResultAsked = false;
    m_storedResultArrived = false;
    m_storedTransitions.clear();
    m_storedRequests.clear();
    clearJson();
    refresh();
    if (m_model->task(m_taskId))
        Q_EMIT historyWanted(m_taskId);
}

void DetailsPane::showMarked(QLabel *value, QLabel *icon, const QString &text, bool unknown)
{
    value->setText(text);
    icon->setVisible(unknown);
    icon->setToolTip(
        unknown ? tr("This client does not know this value: a newer server may have sent it.") : QString());
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
        showMarked(m_stateValue, m_stateIcon, stateLabel(task->task->state, task->task->stateRaw),
            task->task->state == TaskState::Unrecognised);
        const bool showStatus = task->isComplete() || task->task->status != TaskStatus::Unknown;
        showMarked(m_statusValue, m_statusIcon,
            showStatus ? statusLabel(task->task->status, task->task->statusRaw) : tr("—", "no status yet"),
            task->task->status == TaskStatus::Unrecognised);
    } else {
        showMarked(m_stateValue, m_stateIcon,
            task->requestCount == 0 ? tr("Waiting for the first answer…") : tr("No answer yet"), false);
        showMarked(m_statusValue, m_statusIcon, tr("—", "no status yet"), false);
    }
    updateTimes(*task);

    if (task->requestCount == 0)
        m_lastAnswerValue->setText(tr("None yet"));
    else if (task->lastHttpStatus > 0)
        m_lastAnswerValue->setText(tr("HTTP %1 in %L2 ms").arg(task->lastHttpStatus).arg(task->lastLatencyMs));
    else
        m_lastAnswerValue->setText(tr("No HTTP answer (after %L1 ms)").arg(task->lastLatencyMs));
    m_requestsValue->setText(QLocale().toString(task->requestCount));

    m_lastErrorValue->setText(describeError(task->lastError));
    setFieldVisible(m_lastErrorValue, task->lastError.isError());
    showHttpError(task->lastError);
    setFieldVisible(m_staleValue, task->isStale());
    if (task->isStale()) {
        const qint64 since = task->staleSinceMs > 0 ? task->staleSinceMs : task->lastCheckedMs;
        m_staleValue->setText(tr("⚠ Showing the last known state: requests have failed since %1.")
                                  .arg(formatTimeForUser(since, m_clock->nowMs())));
    }
    m_copyCurlAction->setEnabled(!connectionOf(*task).baseUrl.isEmpty());
    updateHistory(*task);

    if (!task->task) {
        m_otherFieldsTitle->setVisible(false);
        m_otherFieldsEdit->setVisible(false);
        m_errorBox->setVisible(false);
        m_resultTitle->setText(tr("Result"));
        m_resultTitle->setVisible(true);
        m_resultView->setVisible(true);
        m_resultView->setResult({}, task->id, 0);
        m_resultView->setPlaceholder(tr("The result appears here when the task has completed."));
        return;
    }
    // A failed request keeps the last good answer, whose JSON is already shown.
    const bool newAnswer = !task->lastError.isError() && task->lastCheckedMs != m_formattedAnswerMs;
    if (m_formattedAnswerMs < 0 || newAnswer)
        startFormatting(*task);
}

void DetailsPane::showHttpError(const VezaError &error)
{
    // Only an answer with a status line has Veza's fields; a timeout or a refused certificate has none.
    const bool http = error.isError() && error.httpStatus > 0;
    m_httpStatusValue->setText(http ? QString::number(error.httpStatus) : QString());
    m_vezaCodeValue->setText(http ? error.code : QString());
    m_vezaMessageValue->setText(http ? error.message : QString());
    m_vezaDetailsValue->setText(http ? error.details.join(QLatin1Char('\n')) : QString());
    m_requestIdValue->setText(http ? error.requestId : QString());
    setFieldVisible(m_httpStatusValue, http);
    setFieldVisible(m_vezaCodeValue, http && !error.code.isEmpty());
    setFieldVisible(m_vezaMessageValue, http && !error.message.isEmpty());
    setFieldVisible(m_vezaDetailsValue, http && !error.details.isEmpty());
    setFieldVisible(m_requestIdValue, http && !error.requestId.isEmpty());
}

void DetailsPane::updateHistory(const TrackedTask &task)
{
    const QList<StateTransition> transitions
        = mergeTransitions(m_storedTransitions, task.transitions, std::numeric_limits<qsizetype>::max());
    if (transitions != m_shownTransitions) {
        m_shownTransitions = transitions;
        m_timelineView->clear();
        QList<QTreeWidgetItem *> items;
        items.reserve(transitions.size());
        const qint64 now = m_clock->nowMs();
        for (const StateTransition &transition : transitions) {
            const TransitionLabels labels = labelsOf(transition);
            auto *item = new QTreeWidgetItem(
                QStringList{formatTimeForUser(transition.timeMs, now), labels.state, labels.status, QString()});
            item->setToolTip(0, SupportText::isoTimeUtc(transition.timeMs));
            if (labels.unknown)
                item->setIcon(1, TaskProxyModel::unknownValueIcon());
            items.append(item);
        }
        m_timelineView->addTopLevelItems(items);
    }
    updateTimelineDurations(task);

    const QList<RequestRecord> requests = mergeRequests(m_storedRequests, task.requests, TrackedTask::MaxRequests);
    if (requests == m_shownRequests)
        return;
    m_shownRequests = requests;
    m_requestsView->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(requests.size());
    const qint64 now = m_clock->nowMs();
    const QLocale locale;
    // Newest first: the request that just failed is the one looked for.
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        const RequestRecord &request = *it;
        VezaError error;
        error.kind = request.errorKind;
        error.httpStatus = request.httpStatus;
        auto *item = new QTreeWidgetItem(QStringList{
            formatTimeForUser(request.timeMs, now),
            request.httpStatus > 0 ? QString::number(request.httpStatus) : tr("—", "no HTTP status"),
            tr("%1 ms").arg(locale.toString(request.latencyMs)),
            request.bodyBytes >= 0 ? dataSize(request.bodyBytes) : QString(),
            error.isError() ? summariseError(error) : tr("OK", "request outcome"),
            request.requestId,
        });
        item->setToolTip(0, SupportText::isoTimeUtc(request.timeMs));
        items.append(item);
    }
    m_requestsView->addTopLevelItems(items);
}

void DetailsPane::updateTimelineDurations(const TrackedTask &task)
{
    // Each state lasted until the next transition; the last one lasts still, unless the task is finished.
    const qsizetype count = m_shownTransitions.size();
    for (qsizetype i = 0; i < count && i < m_timelineView->topLevelItemCount(); ++i) {
        QString text;
        if (i + 1 < count) {
            text = TaskTableModel::formatDuration(
                std::max<qint64>(0, m_shownTransitions.at(i + 1).timeMs - m_shownTransitions.at(i).timeMs));
        } else if (!task.isComplete()) {
            text = tr("%1 so far", "time in the current state")
                       .arg(TaskTableModel::formatDuration(
                           std::max<qint64>(0, m_clock->nowMs() - m_shownTransitions.at(i).timeMs)));
        }
        QTreeWidgetItem *item = m_timelineView->topLevelItem(int(i));
        if (item->text(3) != text)
            item->setText(3, text);
    }
}

void DetailsPane::showStoredTransitions(const QString &taskId, const QList<StateTransition> &transitions)
{
    if (taskId != m_taskId)
        return;
    m_storedTransitions = transitions;
    refresh();
}

void DetailsPane::showStoredRequests(const QString &taskId, const QList<RequestRecord> &requests)
{
    if (taskId != m_taskId)
        return;
    m_storedRequests = requests;
    refresh();
}

void DetailsPane::copyErrorReport()
{
    const TrackedTask *task = m_model->task(m_taskId);
    if (!task)
        return;
    const ConnectionInfo connection = connectionOf(*task);
    QGuiApplication::clipboard()->setText(
        SupportText::errorReport(*task, mergeRequests(m_storedRequests, task->requests, TrackedTask::MaxRequests),
            connection.name, connection.baseUrl, m_clock->nowMs()));
}

void DetailsPane::copyCurlCommand()
{
    const TrackedTask *task = m_model->task(m_taskId);
    if (!task)
        return;
    const ConnectionInfo connection = connectionOf(*task);
    if (!connection.baseUrl.isEmpty())
        QGuiApplication::clipboard()->setText(SupportText::curlCommand(connection.baseUrl, task->id));
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
            polling += QStringLiteral(" · ") % tr("retry %L1").arg(task.retryCount);
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
            m_resultView->setPlaceholder(tr("The saved result could not be read from the task list."));
        } else if (m_storedResult.isUndefined()) {
            m_resultView->setPlaceholder(tr("Reading the result…"));
            if (!m_storedResultAsked) {
                m_storedResultAsked = true;
                Q_EMIT resultWanted(task.id);
            }
        }
        answer.result = m_storedResult;
    }
    // The tree and text of the result are made by the view, on its own workers; the rest is formatted here.
    m_resultView->setResult(answer.result, task.id, task.answerRevision);
    // Pretty-printing the error fields of a hostile answer can take long enough to freeze the window: on the pool.
    m_watcher.setFuture(QtConcurrent::run(formatPool(), &DetailsPane::format, serial,
        std::shared_ptr<const std::atomic<quint64>>(m_latestSerial), answer));
}

void DetailsPane::showStoredResult(const QString &taskId, const JsonText &result)
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
    // An object's numeric code is named in the title, so that the JSON below stays as it was sent.
    m_errorReasonTitle->setText(formatted.errorReasonCode.isEmpty()
            ? tr("Error reason (error_reason):")
            : tr("Error reason (error_reason), code %1:").arg(formatted.errorReasonCode));
    m_errorStatusTitle->setText(formatted.errorStatusCode.isEmpty()
            ? tr("Error detail (error_status):")
            : tr("Error detail (error_status), code %1:").arg(formatted.errorStatusCode));

    m_otherFieldsTitle->setVisible(!formatted.otherFields.isEmpty());
    m_otherFieldsEdit->setVisible(!formatted.otherFields.isEmpty());
    if (m_otherFieldsEdit->toPlainText() != formatted.otherFields)
        m_otherFieldsEdit->setPlainText(formatted.otherFields);

    // A task that ended without success and sent nothing has no result worth a box.
    const bool showResult = formatted.hasResult || !task->isComplete() || task->status() == TaskStatus::Succeeded;
    m_resultTitle->setVisible(showResult);
    m_resultView->setVisible(showResult);
    if (!formatted.hasResult) {
        m_resultTitle->setText(tr("Result"));
        m_resultView->setPlaceholder(task->isComplete() ? tr("The task sent no result.")
                                                        : tr("The result appears here when the task has completed."));
    }
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
    m_resultView->setResult({}, {}, 0);
    m_errorReasonEdit->clear();
    m_errorStatusEdit->clear();
    m_otherFieldsEdit->clear();
    m_otherFieldsTitle->setVisible(false);
    m_otherFieldsEdit->setVisible(false);
    m_errorBox->setVisible(false);
    m_resultTitle->setText(tr("Result"));
}
