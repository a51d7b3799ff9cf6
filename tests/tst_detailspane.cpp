// SPDX-License-Identifier: MIT
// The details pane as support uses it, offscreen: error fields with their gRPC code names, Veza's error body, unknown
// states marked, the timeline and the request history, and the two copy actions (never with the API key).
#include "clock.h"
#include "connection.h"
#include "detailspane.h"
#include "selectabletext.h"
#include "supporttext.h"
#include "taskproxymodel.h"
#include "tasktablemodel.h"
#include "testprograms.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"vz-SECRET-key-0123456789"_s;
const QString kConnectionId = u"prod"_s;

template <typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

FetchResult httpFailure(const QString &id, qint64 atMs, int status, const QByteArray &body)
{
    FetchResult result;
    result.id = id;
    result.error = errorFromHttp(status, body);
    result.httpStatus = status;
    result.latencyMs = 30;
    result.bodyBytes = body.size();
    result.finishedAtMs = atMs;
    return result;
}

const QByteArray kVezaError = R"({"code":"Internal","message":"Internal Server Error","request_id":"1de5c0ffee",
    "details":[{"@type":"type.googleapis.com/errorstatus.v1.UserFacingErrorInfo","reason":"INTERNAL",
    "message":"Something went wrong on our side.","resolution":""}]})";

} // namespace

class TestDetailsPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void failedTaskShowsGrpcCodeAndErrorFields();
    void httpErrorFieldsAreSelectable();
    void unknownStateIsMarkedInPaneAndTable();
    void recoveredTaskKeepsFailedRequests();
    void timelineShowsTimeInEachState();
    void copyAsCurlUsesTheTokenVariable();
    void copyErrorPutsTheSummary();
    void longValuesWrapInsteadOfClipping();
    void screenshotOfAFailedTask();

private:
    void showFailedTask();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TaskTableModel> m_model;
    std::unique_ptr<DetailsPane> m_pane;
    Connection m_connection;
};

void TestDetailsPane::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_model = std::make_unique<TaskTableModel>(m_clock.get());
    m_pane = std::make_unique<DetailsPane>(m_model.get(), m_clock.get());
    m_connection.baseUrl = normaliseBaseUrl(u"https://acme.vezacloud.com"_s).url;
    m_connection.apiKey = kKey;
    m_pane->setConnectionLookup([this](const QString &id) {
        // What MainWindow gives: the name and the address, never the key.
        return id == kConnectionId ? DetailsPane::ConnectionInfo{u"Production"_s, m_connection.baseUrl}
                                   : DetailsPane::ConnectionInfo{};
    });
    m_pane->resize(900, 360);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestDetailsPane::cleanup()
{
    m_pane.reset();
    m_model.reset();
    m_clock.reset();
}

void TestDetailsPane::showFailedTask()
{
    m_model->addTasks({u"f-1"_s}, u"Quarterly review"_s, kConnectionId);
    m_pane->setTaskId(u"f-1"_s);
    m_clock->advance(2'000);
    m_model->applyResult(objectAnswer(u"f-1"_s, m_clock->nowMs(), {{u"id"_s, u"f-1"_s}, {u"state"_s, u"PENDING"_s}}));
    m_clock->advance(3'000);
    m_model->applyResult(httpFailure(u"f-1"_s, m_clock->nowMs(), 500, kVezaError));
    m_clock->advance(5'000);
    m_model->applyResult(objectAnswer(u"f-1"_s, m_clock->nowMs(),
        {{u"id"_s, u"f-1"_s}, {u"state"_s, 3}, {u"status"_s, 2}, {u"error_reason"_s, u"query failed"_s},
            {u"error_status"_s, 13}}));
}

void TestDetailsPane::failedTaskShowsGrpcCodeAndErrorFields()
{
    showFailedTask();
    auto *status = child<QPlainTextEdit>(m_pane.get(), u"errorStatusEdit"_s);
    auto *reason = child<QPlainTextEdit>(m_pane.get(), u"errorReasonEdit"_s);
    QTRY_COMPARE(status->toPlainText(), u"13 (INTERNAL)"_s);
    QVERIFY(status->isVisible());
    QCOMPARE(reason->toPlainText(), u"query failed"_s);
    QCOMPARE(child<QLabel>(m_pane.get(), u"statusValue"_s)->text(), statusLabel(TaskStatus::Failed));

    // An object is shown whole, pretty-printed, and its numeric code named in the title.
    m_clock->advance(1'000);
    m_model->applyResult(objectAnswer(u"f-1"_s, m_clock->nowMs(),
        {{u"id"_s, u"f-1"_s}, {u"state"_s, 3}, {u"status"_s, 2},
            {u"error_status"_s,
                QJsonObject{{u"code"_s, 4}, {u"message"_s, u"deadline exceeded"_s},
                    {u"details"_s, QJsonArray{QJsonObject{{u"reason"_s, u"QUERY_TIMEOUT"_s}}}}}}}));
    QTRY_VERIFY(status->toPlainText().contains(u"\"message\": \"deadline exceeded\""_s));
    QVERIFY(status->toPlainText().contains(u"\"reason\": \"QUERY_TIMEOUT\""_s));
    QVERIFY(child<QLabel>(m_pane.get(), u"errorStatusTitle"_s)->text().contains(u"4 (DEADLINE_EXCEEDED)"_s));
    QVERIFY(!reason->isVisible());

    // A name is shown as sent.
    m_clock->advance(1'000);
    m_model->applyResult(objectAnswer(u"f-1"_s, m_clock->nowMs(),
        {{u"id"_s, u"f-1"_s}, {u"state"_s, 3}, {u"status"_s, 2}, {u"error_status"_s, u"RESOURCE_EXHAUSTED"_s}}));
    QTRY_COMPARE(status->toPlainText(), u"RESOURCE_EXHAUSTED"_s);
    QCOMPARE(child<QLabel>(m_pane.get(), u"errorStatusTitle"_s)->text(), u"Error detail (error_status):"_s);
}

void TestDetailsPane::httpErrorFieldsAreSelectable()
{
    m_model->addTasks({u"h-1"_s}, {}, kConnectionId);
    m_pane->setTaskId(u"h-1"_s);
    auto *httpStatus = child<QLabel>(m_pane.get(), u"httpStatusValue"_s);
    QVERIFY(!httpStatus->isVisible());
    m_model->applyResult(httpFailure(u"h-1"_s, m_clock->nowMs(), 500, kVezaError));

    QVERIFY(httpStatus->isVisible());
    QCOMPARE(httpStatus->text(), u"500"_s);
    auto *code = child<SelectableText>(m_pane.get(), u"vezaCodeValue"_s);
    auto *message = child<QLabel>(m_pane.get(), u"vezaMessageValue"_s);
    auto *details = child<QLabel>(m_pane.get(), u"vezaDetailsValue"_s);
    auto *requestId = child<SelectableText>(m_pane.get(), u"requestIdValue"_s);
    QCOMPARE(code->text(), u"Internal"_s);
    QCOMPARE(message->text(), u"Internal Server Error"_s);
    QCOMPARE(details->text(), u"Something went wrong on our side."_s);
    QCOMPARE(requestId->text(), u"1de5c0ffee"_s);
    for (QWidget *field : std::initializer_list<QWidget *>{httpStatus, code, message, details, requestId})
        QVERIFY2(field->isVisible(), qPrintable(field->objectName()));
    for (QLabel *label : {httpStatus, message, details})
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
    for (SelectableText *text : {code, requestId}) {
        QVERIFY(text->isReadOnly());
        QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);
    }

    // An answer again: the request's error fields go, its request id stays in the history.
    m_model->applyResult(objectAnswer(u"h-1"_s, m_clock->nowMs() + 1'000, {{u"state"_s, u"PENDING"_s}}));
    QVERIFY(!httpStatus->isVisible());
    QVERIFY(!requestId->isVisible());
    auto *requests = child<QTreeWidget>(m_pane.get(), u"requestsView"_s);
    QCOMPARE(requests->topLevelItemCount(), 2);
    QCOMPARE(requests->topLevelItem(1)->text(5), u"1de5c0ffee"_s);
}

void TestDetailsPane::unknownStateIsMarkedInPaneAndTable()
{
    m_model->addTasks({u"p-1"_s}, {}, kConnectionId);
    m_pane->setTaskId(u"p-1"_s);
    m_model->applyResult(objectAnswer(u"p-1"_s, m_clock->nowMs(), {{u"id"_s, u"p-1"_s}, {u"state"_s, u"PAUSED"_s}}));

    const QString expected = u"Unknown state “PAUSED”"_s;
    QCOMPARE(child<QLabel>(m_pane.get(), u"stateValue"_s)->text(), expected);
    QVERIFY(child<QLabel>(m_pane.get(), u"stateValueIcon"_s)->isVisible());
    QVERIFY(!child<QLabel>(m_pane.get(), u"statusValueIcon"_s)->isVisible());

    TaskProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    const QModelIndex state = proxy.index(0, TaskTableModel::StateColumn);
    QCOMPARE(state.data().toString(), expected);
    QVERIFY(state.data(TaskTableModel::UnknownValueRole).toBool());
    QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(proxy.index(0, TaskTableModel::StatusColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(proxy.index(0, TaskTableModel::IdColumn).data(Qt::DecorationRole).isNull());

    // The timeline marks it too.
    auto *timeline = child<QTreeWidget>(m_pane.get(), u"timelineView"_s);
    QCOMPARE(timeline->topLevelItemCount(), 1);
    QCOMPARE(timeline->topLevelItem(0)->text(1), expected);
    QVERIFY(!timeline->topLevelItem(0)->icon(1).isNull());

    // A status this client does not know, likewise.
    m_model->applyResult(
        objectAnswer(u"p-1"_s, m_clock->nowMs() + 1, {{u"id"_s, u"p-1"_s}, {u"state"_s, 3}, {u"status"_s, 9}}));
    QCOMPARE(child<QLabel>(m_pane.get(), u"statusValue"_s)->text(), u"Unknown status “9”"_s);
    QVERIFY(child<QLabel>(m_pane.get(), u"statusValueIcon"_s)->isVisible());
    QVERIFY(!child<QLabel>(m_pane.get(), u"stateValueIcon"_s)->isVisible());
    QCOMPARE(proxy.index(0, TaskTableModel::StatusColumn).data().toString(), u"Unknown status “9”"_s);
    QVERIFY(!proxy.index(0, TaskTableModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestDetailsPane::recoveredTaskKeepsFailedRequests()
{
    m_model->addTasks({u"r-1"_s}, {}, kConnectionId);
    m_pane->setTaskId(u"r-1"_s);
    m_clock->advance(1'000);
    m_model->applyResult(httpFailure(u"r-1"_s, m_clock->nowMs(), 500, R"({"code":13,"request_id":"req-1"})"));
    m_clock->advance(2'000);
    m_model->applyResult(httpFailure(u"r-1"_s, m_clock->nowMs(), 500, R"({"code":13,"request_id":"req-2"})"));
    m_clock->advance(4'000);
    m_model->applyResult(objectAnswer(u"r-1"_s, m_clock->nowMs(), {{u"state"_s, u"IN_PROGRESS"_s}}));
    QVERIFY(!m_model->task(u"r-1"_s)->lastError.isError());

    auto *requests = child<QTreeWidget>(m_pane.get(), u"requestsView"_s);
    QCOMPARE(requests->topLevelItemCount(), 3);
    // Newest first: the good answer, then the two failures with their request ids.
    QCOMPARE(requests->topLevelItem(0)->text(1), u"200"_s);
    QCOMPARE(requests->topLevelItem(0)->text(4), u"OK"_s);
    QCOMPARE(
        requests->topLevelItem(0)->text(3), QLocale().formattedDataSize(96, 1, QLocale::DataSizeTraditionalFormat));
    for (int row : {1, 2}) {
        QCOMPARE(requests->topLevelItem(row)->text(1), u"500"_s);
        QCOMPARE(requests->topLevelItem(row)->text(4), u"Server error (HTTP 500)"_s);
        QCOMPARE(requests->topLevelItem(row)->text(2), u"30 ms"_s);
    }
    QCOMPARE(requests->topLevelItem(1)->text(5), u"req-2"_s);
    QCOMPARE(requests->topLevelItem(2)->text(5), u"req-1"_s);

    // Requests of an earlier session, as the store gives them, come before; the ones it also has are listed once.
    QList<RequestRecord> stored{{m_clock->nowMs() - 60'000, u"req-0"_s, 503, 9, 10, VezaError::Kind::Unavailable}};
    stored.append(m_model->task(u"r-1"_s)->requests.first());
    m_pane->showStoredRequests(u"r-1"_s, stored);
    QCOMPARE(requests->topLevelItemCount(), 4);
    QCOMPARE(requests->topLevelItem(3)->text(5), u"req-0"_s);
    // For another task it is ignored.
    m_pane->showStoredRequests(u"other"_s, {{1, u"req-x"_s, 500, 1, 1, VezaError::Kind::Server}});
    QCOMPARE(requests->topLevelItemCount(), 4);
}

void TestDetailsPane::timelineShowsTimeInEachState()
{
    m_model->addTasks({u"t-1"_s}, {}, kConnectionId);
    m_pane->setTaskId(u"t-1"_s);
    m_model->applyResult(objectAnswer(u"t-1"_s, m_clock->nowMs(), {{u"state"_s, u"PENDING"_s}}));
    m_clock->advance(5'000);
    m_model->applyResult(objectAnswer(u"t-1"_s, m_clock->nowMs(), {{u"state"_s, u"PENDING"_s}})); // no change
    m_clock->advance(25'000);
    m_model->applyResult(objectAnswer(u"t-1"_s, m_clock->nowMs(), {{u"state"_s, u"IN_PROGRESS"_s}}));
    m_clock->advance(90'000);

    auto *timeline = child<QTreeWidget>(m_pane.get(), u"timelineView"_s);
    QCOMPARE(timeline->topLevelItemCount(), 2);
    QCOMPARE(timeline->topLevelItem(0)->text(1), stateLabel(TaskState::Pending));
    QCOMPARE(timeline->topLevelItem(0)->text(3), TaskTableModel::formatDuration(30'000));
    QCOMPARE(timeline->topLevelItem(1)->text(1), stateLabel(TaskState::InProgress));
    // The current state lasts still: the pane's clock tick brings it up to date.
    QTRY_COMPARE(timeline->topLevelItem(1)->text(3), u"%1 so far"_s.arg(TaskTableModel::formatDuration(90'000)));

    m_model->applyResult(
        objectAnswer(u"t-1"_s, m_clock->nowMs(), {{u"state"_s, u"COMPLETE"_s}, {u"status"_s, u"SUCCEEDED"_s}}));
    QCOMPARE(timeline->topLevelItemCount(), 3);
    QCOMPARE(timeline->topLevelItem(1)->text(3), TaskTableModel::formatDuration(90'000));
    QCOMPARE(timeline->topLevelItem(2)->text(2), statusLabel(TaskStatus::Succeeded));
    QVERIFY(timeline->topLevelItem(2)->text(3).isEmpty()); // finished: no time "so far"

    // Transitions of an earlier session (the store's) come first.
    m_pane->showStoredTransitions(u"t-1"_s,
        {{m_clock->nowMs() - 3'600'000, u"PENDING"_s, u"UNKNOWN_STATUS"_s},
            m_model->task(u"t-1"_s)->transitions.first()});
    QCOMPARE(timeline->topLevelItemCount(), 4);
    QCOMPARE(timeline->topLevelItem(0)->text(3),
        TaskTableModel::formatDuration(3'600'000 - 120'000)); // until the first transition of this session
}

void TestDetailsPane::copyAsCurlUsesTheTokenVariable()
{
    showFailedTask();
    QApplication::clipboard()->clear();
    auto *button = child<QToolButton>(m_pane.get(), u"copyCurlButton"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"$VEZA_TOKEN"_s), qPrintable(copied));
    QVERIFY(!copied.contains(kKey));
    QCOMPARE(copied, SupportText::curlCommand(m_connection.baseUrl, u"f-1"_s));
    QVERIFY(copied.endsWith(u"'https://acme.vezacloud.com/api/v1/assessments/async_tasks/f-1'"_s));

    // A task whose connection is gone has no address to ask.
    m_model->addTasks({u"orphan"_s}, {}, u"removed"_s);
    m_pane->setTaskId(u"orphan"_s);
    QVERIFY(!button->isEnabled());
}

void TestDetailsPane::copyErrorPutsTheSummary()
{
    showFailedTask();
    QApplication::clipboard()->clear();
    QTest::mouseClick(child<QToolButton>(m_pane.get(), u"copyErrorButton"_s), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"Veza async task f-1\n"_s), qPrintable(copied));
    QVERIFY(!copied.contains(kKey));
    QVERIFY(copied.contains(u"\nConnection: Production (https://acme.vezacloud.com)\n"_s));
    QVERIFY(copied.contains(u"\nerror_status: 13 (INTERNAL)\n"_s));
    QVERIFY(copied.contains(u"\nerror_reason: query failed\n"_s));
    QVERIFY(copied.contains(u"  1de5c0ffee ("_s)); // the failed request's id, from the history
    QVERIFY(copied.contains(SupportText::isoTimeUtc(m_model->task(u"f-1"_s)->lastCheckedMs)));
}

void TestDetailsPane::longValuesWrapInsteadOfClipping()
{
    const QString longId = u"x"_s.repeated(300);
    m_model->addTasks(
        {longId}, u"a label long enough to need more than one line in a narrow pane, surely"_s, kConnectionId);
    m_pane->resize(520, 300);
    m_pane->setTaskId(longId);
    m_model->applyResult(httpFailure(longId, m_clock->nowMs(), 500, kVezaError));
    QApplication::processEvents();

    auto *scroll = child<QScrollArea>(m_pane.get(), u"fieldsScroll"_s);
    auto *id = child<SelectableText>(m_pane.get(), u"idValue"_s);
    QCOMPARE(id->text(), longId); // whole, nothing inserted to make it wrap
    // Wrapped within the pane: taller than a line, no wider than what the scroll area shows.
    QTRY_VERIFY(id->height() > 2 * id->fontMetrics().lineSpacing());
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(id->mapTo(scroll->widget(), QPoint(id->width(), 0)).x() <= scroll->viewport()->width());
    // What does not fit in the height scrolls.
    QVERIFY(scroll->widget()->height() >= scroll->widget()->minimumSizeHint().height());
}

void TestDetailsPane::screenshotOfAFailedTask()
{
    showFailedTask();
    m_clock->advance(1'000);
    m_model->applyResult(httpFailure(u"f-1"_s, m_clock->nowMs(), 500, kVezaError));
    QTRY_VERIFY(!m_pane->isFormatting());
    QTRY_COMPARE(child<QPlainTextEdit>(m_pane.get(), u"errorStatusEdit"_s)->toPlainText(), u"13 (INTERNAL)"_s);
    QApplication::processEvents();
    const QString path = qEnvironmentVariable("VEZA_SCREENSHOT_DIR", QDir::tempPath()) + u"/details-failed.png"_s;
    QVERIFY(m_pane->grab().save(path));
    // Tall enough to see every field at once.
    m_pane->resize(900, 640);
    QApplication::processEvents();
    QVERIFY(m_pane->grab().save(
        qEnvironmentVariable("VEZA_SCREENSHOT_DIR", QDir::tempPath()) + u"/details-failed-tall.png"_s));
    m_pane->resize(900, 360);
    auto *sections = child<QTabWidget>(m_pane.get(), u"detailsSections"_s);
    for (const auto &[index, name] : {std::pair{1, u"timeline"_s}, std::pair{2, u"requests"_s}}) {
        sections->setCurrentIndex(index);
        QApplication::processEvents();
        QVERIFY(m_pane->grab().save(
            qEnvironmentVariable("VEZA_SCREENSHOT_DIR", QDir::tempPath()) + u"/details-failed-"_s % name % u".png"_s));
    }
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
