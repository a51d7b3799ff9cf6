// SPDX-License-Identifier: MIT
#include "clock.h"
#include "tasktablemodel.h"
#include "testprograms.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

FetchResult answer(const QString &id, TaskState state, TaskStatus status = TaskStatus::Unknown)
{
    return taskAnswer(id, state, status);
}

FetchResult failure(const QString &id, VezaError::Kind kind, int httpStatus)
{
    return failedAnswer(id, kind, httpStatus);
}

} // namespace

class TestTaskTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addAndRemove();
    void applyChangesOnlyTheRowAndColumns();
    void unchangedAnswerChangesOnlyLastChecked();
    void staleKeepsLastKnownState();
    void unrecognisedValuesMarkedUnknown();
    void taskErrorReasonInErrorColumn();
    void elapsedStopsAtCompletion();
    void sortRoleOrdersStatesAndTimes();
    void counts();
    void labelIsEditable();
    void resultForUnknownIdIgnored();
    void scheduleColumns();
    void staleSinceAndRetriesInTooltip();
    void keepsBoundedRequestsAndTransitions();

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TaskTableModel> m_model;
    // Kept alive for the whole test so it checks every signal, not just construction.
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTaskTableModel::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_model = std::make_unique<TaskTableModel>(m_clock.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTaskTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_clock.reset();
}

void TestTaskTableModel::addAndRemove()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QCOMPARE(
        m_model->addTasks({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}, QStringLiteral("batch")),
        (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(m_model->addTasks({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}),
        (QStringList{QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m_model->data(m_model->index(0, TaskTableModel::LabelColumn)).toString(), QStringLiteral("batch"));
    QCOMPARE(m_model->data(m_model->index(0, TaskTableModel::StateColumn)).toString(), QStringLiteral("Waiting…"));

    // Listeners of rowsRemoved (the details pane) look tasks up by id: the index must already be right.
    int checked = 0;
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, [&] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString id = m_model->idAt(row);
            QCOMPARE(m_model->rowOf(id), row);
            QCOMPARE(m_model->task(id)->id, id);
        }
        QVERIFY(!m_model->task(QStringLiteral("e")) || m_model->rowOf(QStringLiteral("e")) < m_model->rowCount());
        ++checked;
    });
    m_model->removeTasks({QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("nope")});
    QCOMPARE(checked, 2); // two runs: d..e, then b
    QCOMPARE(m_model->ids(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(m_model->rowOf(QStringLiteral("c")), 1);
    QVERIFY(!m_model->task(QStringLiteral("d")));
    QCOMPARE(reset.size(), 0);
}

void TestTaskTableModel::applyChangesOnlyTheRowAndColumns()
{
    m_model->addTasks({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy taskChanged(m_model.get(), &TaskTableModel::taskChanged);
    m_clock->advance(1'000);
    m_model->applyResult(answer(QStringLiteral("b"), TaskState::InProgress));
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), int(TaskTableModel::StateColumn));
    QCOMPARE(bottomRight.column(), int(TaskTableModel::LastAnswerColumn));
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(!roles.isEmpty());
    QCOMPARE(taskChanged.size(), 1);
    QCOMPARE(m_model->data(m_model->index(1, TaskTableModel::StateColumn)).toString(), QStringLiteral("In progress"));
    QCOMPARE(m_model->task(QStringLiteral("b"))->requestCount, 1);
}

void TestTaskTableModel::unchangedAnswerChangesOnlyLastChecked()
{
    m_model->addTasks({QStringLiteral("a")});
    m_model->applyResult(answer(QStringLiteral("a"), TaskState::Pending));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(5'000);
    m_model->applyResult(answer(QStringLiteral("a"), TaskState::Pending));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(TaskTableModel::LastCheckedColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(TaskTableModel::LastCheckedColumn));
}

void TestTaskTableModel::staleKeepsLastKnownState()
{
    m_model->addTasks({QStringLiteral("a")});
    m_model->applyResult(answer(QStringLiteral("a"), TaskState::InProgress));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(5'000);
    m_model->applyResult(failure(QStringLiteral("a"), VezaError::Kind::Server, 502));
    const TrackedTask *task = m_model->task(QStringLiteral("a"));
    QVERIFY(task->isStale());
    QCOMPARE(task->state(), TaskState::InProgress);
    QCOMPARE(m_model->data(m_model->index(0, TaskTableModel::StateColumn)).toString(), QStringLiteral("In progress"));
    QCOMPARE(m_model->data(m_model->index(0, TaskTableModel::ErrorColumn)).toString(),
        QStringLiteral("Server error (HTTP 502)"));
    QVERIFY(m_model->data(m_model->index(0, 0), TaskTableModel::StaleRole).toBool());
    // Staleness restyles the whole row.
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), TaskTableModel::ColumnCount - 1);
    QVERIFY(m_model->data(m_model->index(0, TaskTableModel::ErrorColumn), Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("502")));

    m_model->applyResult(answer(QStringLiteral("a"), TaskState::InProgress));
    QVERIFY(!m_model->task(QStringLiteral("a"))->isStale());
    QVERIFY(m_model->data(m_model->index(0, TaskTableModel::ErrorColumn)).toString().isEmpty());
}

void TestTaskTableModel::unrecognisedValuesMarkedUnknown()
{
    m_model->addTasks({QStringLiteral("a")});
    FetchResult result = answer(QStringLiteral("a"), TaskState::Complete);
    result.task->status = TaskStatus::Unrecognised;
    result.task->statusRaw = QStringLiteral("PARTIAL");
    m_model->applyResult(result);
    QCOMPARE(m_model->data(m_model->index(0, TaskTableModel::StatusColumn)).toString(),
        QStringLiteral("Unknown status “PARTIAL”"));
    QVERIFY(m_model->data(m_model->index(0, TaskTableModel::StatusColumn), TaskTableModel::UnknownValueRole).toBool());
    QVERIFY(!m_model->data(m_model->index(0, TaskTableModel::StateColumn), TaskTableModel::UnknownValueRole).toBool());
    QVERIFY(!m_model->data(m_model->index(0, TaskTableModel::IdColumn), TaskTableModel::UnknownValueRole).toBool());
    QCOMPARE(m_model->counts().failed, 1); // completed without success counts as not succeeded
}

void TestTaskTableModel::taskErrorReasonInErrorColumn()
{
    m_model->addTasks({QStringLiteral("a")});
    FetchResult result = answer(QStringLiteral("a"), TaskState::Complete, TaskStatus::Failed);
    result.task->errorReason = QStringLiteral("query timed out");
    m_model->applyResult(result);
    QCOMPARE(
        m_model->data(m_model->index(0, TaskTableModel::ErrorColumn)).toString(), QStringLiteral("query timed out"));
    QCOMPARE(m_model->data(m_model->index(0, TaskTableModel::StatusColumn)).toString(), QStringLiteral("Failed"));
}

void TestTaskTableModel::elapsedStopsAtCompletion()
{
    m_model->addTasks({QStringLiteral("a"), QStringLiteral("b")});
    m_clock->advance(65'000);
    m_model->applyResult(answer(QStringLiteral("a"), TaskState::Complete, TaskStatus::Succeeded));
    QCOMPARE(m_model->data(m_model->index(0, TaskTableModel::ElapsedColumn)).toString(), QStringLiteral("1 min 05 s"));
    m_clock->advance(3'600'000);
    QCOMPARE(m_model->data(m_model->index(0, TaskTableModel::ElapsedColumn)).toString(), QStringLiteral("1 min 05 s"));
    QCOMPARE(m_model->data(m_model->index(1, TaskTableModel::ElapsedColumn)).toString(), QStringLiteral("1 h 01 min"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refreshElapsed();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(1, TaskTableModel::ElapsedColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(1, TaskTableModel::NextCheckColumn));
}

void TestTaskTableModel::sortRoleOrdersStatesAndTimes()
{
    m_model->addTasks({QStringLiteral("done"), QStringLiteral("pending"), QStringLiteral("running")});
    m_model->applyResult(answer(QStringLiteral("done"), TaskState::Complete, TaskStatus::Succeeded));
    m_model->applyResult(answer(QStringLiteral("pending"), TaskState::Pending));
    m_model->applyResult(answer(QStringLiteral("running"), TaskState::InProgress));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(TaskTableModel::SortRole);
    proxy.sort(TaskTableModel::StateColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, 0).data(TaskTableModel::TaskIdRole).toString();
    QCOMPARE(order, (QStringList{QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("done")}));
}

void TestTaskTableModel::counts()
{
    const QStringList all{QStringLiteral("ok"), QStringLiteral("bad"), QStringLiteral("stop"), QStringLiteral("new"),
        QStringLiteral("run"), QStringLiteral("gone"), QStringLiteral("old"), QStringLiteral("odd")};
    m_model->addTasks(all);
    m_model->applyResult(answer(QStringLiteral("ok"), TaskState::Complete, TaskStatus::Succeeded));
    m_model->applyResult(answer(QStringLiteral("bad"), TaskState::Complete, TaskStatus::Failed));
    m_model->applyResult(answer(QStringLiteral("stop"), TaskState::Complete, TaskStatus::Canceled));
    m_model->applyResult(answer(QStringLiteral("new"), TaskState::Pending));
    m_model->applyResult(answer(QStringLiteral("run"), TaskState::InProgress));
    m_model->applyResult(failure(QStringLiteral("gone"), VezaError::Kind::NotFound, 404));
    m_model->setSchedule(QStringLiteral("gone"), TrackedTask::Watch::NotFound, -1, 10);
    m_model->applyResult(answer(QStringLiteral("old"), TaskState::InProgress));
    m_model->setSchedule(QStringLiteral("old"), TrackedTask::Watch::StoppedWatching, -1, 0);
    FetchResult odd = answer(QStringLiteral("odd"), TaskState::Unrecognised);
    odd.task->stateRaw = QStringLiteral("PAUSED");
    m_model->applyResult(odd);
    m_model->addTasks({QStringLiteral("fresh")});

    const TaskTableModel::Counts counts = m_model->counts();
    QCOMPARE(counts.complete, 3);
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.canceled, 1);
    QCOMPARE(counts.pending, 1);
    QCOMPARE(counts.inProgress, 1);
    QCOMPARE(counts.notFound, 1);
    QCOMPARE(counts.stopped, 1);
    QCOMPARE(counts.other, 1);
    QCOMPARE(counts.waiting, 1);
}

void TestTaskTableModel::labelIsEditable()
{
    m_model->addTasks({QStringLiteral("a")});
    const QModelIndex label = m_model->index(0, TaskTableModel::LabelColumn);
    QVERIFY(m_model->flags(label).testFlag(Qt::ItemIsEditable));
    QVERIFY(!m_model->flags(m_model->index(0, TaskTableModel::IdColumn)).testFlag(Qt::ItemIsEditable));
    QVERIFY(m_model->setData(label, QStringLiteral("  Q3 review ")));
    QCOMPARE(m_model->task(QStringLiteral("a"))->label, QStringLiteral("Q3 review"));
}

void TestTaskTableModel::resultForUnknownIdIgnored()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->applyResult(answer(QStringLiteral("ghost"), TaskState::Complete));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestTaskTableModel::scheduleColumns()
{
    m_model->addTasks({QStringLiteral("a")});
    const QModelIndex next = m_model->index(0, TaskTableModel::NextCheckColumn);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setSchedule(QStringLiteral("a"), TrackedTask::Watch::Watching, -1, 0);
    QCOMPARE(next.data().toString(), QStringLiteral("checking…"));
    m_model->setSchedule(QStringLiteral("a"), TrackedTask::Watch::Watching, m_clock->nowMs() + 12'000, 0);
    QCOMPARE(next.data().toString(), QStringLiteral("in 12 s"));
    QCOMPARE(changed.size(), 1); // the first call set what a new row already had
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(TaskTableModel::NextCheckColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(TaskTableModel::NextCheckColumn));
    m_model->setSchedule(QStringLiteral("a"), TrackedTask::Watch::Watching, m_clock->nowMs() + 12'000, 0);
    QCOMPARE(changed.size(), 1); // no change, no signal
    m_clock->advance(11'500);
    QCOMPARE(next.data().toString(), QStringLiteral("in 1 s"));
    m_clock->advance(1'000);
    QCOMPARE(next.data().toString(), QStringLiteral("due"));
    m_model->setSchedule(QStringLiteral("a"), TrackedTask::Watch::Paused, -1, 0);
    QCOMPARE(next.data().toString(), QStringLiteral("Paused"));
    m_model->setSchedule(QStringLiteral("a"), TrackedTask::Watch::NotFound, -1, 11);
    QVERIFY(next.data().toString().isEmpty());
    QCOMPARE(m_model->index(0, TaskTableModel::ErrorColumn).data().toString(), QStringLiteral("Not found"));
    m_model->setSchedule(QStringLiteral("a"), TrackedTask::Watch::StoppedWatching, -1, 0);
    QCOMPARE(m_model->index(0, TaskTableModel::ErrorColumn).data().toString(), QStringLiteral("Stopped watching"));

    FetchResult result = answer(QStringLiteral("a"), TaskState::InProgress);
    result.latencyMs = 42;
    m_model->applyResult(result);
    QCOMPARE(m_model->index(0, TaskTableModel::LastAnswerColumn).data().toString(), QStringLiteral("HTTP 200 · 42 ms"));
    m_model->applyResult(failure(QStringLiteral("a"), VezaError::Kind::Network, 0));
    QCOMPARE(m_model->index(0, TaskTableModel::LastAnswerColumn).data().toString(), QStringLiteral("Network error"));
}

void TestTaskTableModel::staleSinceAndRetriesInTooltip()
{
    m_model->addTasks({QStringLiteral("a")});
    m_model->applyResult(answer(QStringLiteral("a"), TaskState::InProgress));
    m_clock->advance(1'000);
    m_model->applyResult(failure(QStringLiteral("a"), VezaError::Kind::Timeout, 0));
    const qint64 staleSince = m_clock->nowMs();
    m_clock->advance(5'000);
    m_model->applyResult(failure(QStringLiteral("a"), VezaError::Kind::Server, 500));
    m_model->setSchedule(QStringLiteral("a"), TrackedTask::Watch::Watching, m_clock->nowMs() + 4'000, 2);
    const TrackedTask *task = m_model->task(QStringLiteral("a"));
    QCOMPARE(task->staleSinceMs, staleSince); // the first failure, not the latest
    QCOMPARE(task->retryCount, 2);
    const QString tip = m_model->index(0, TaskTableModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("since")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("in a row: 2")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("HTTP 500")), qPrintable(tip));
    m_model->applyResult(answer(QStringLiteral("a"), TaskState::InProgress));
    QCOMPARE(m_model->task(QStringLiteral("a"))->staleSinceMs, 0);
}

void TestTaskTableModel::keepsBoundedRequestsAndTransitions()
{
    const QString id = QStringLiteral("a");
    m_model->addTasks({id});
    FetchResult failed = failure(id, VezaError::Kind::Server, 500);
    failed.error.requestId = QStringLiteral("req-1");
    failed.latencyMs = 40;
    failed.bodyBytes = 120;
    failed.finishedAtMs = 1'000;
    m_model->applyResult(failed);
    FetchResult pending = answer(id, TaskState::Pending);
    pending.finishedAtMs = 2'000;
    m_model->applyResult(pending);
    pending.finishedAtMs = 3'000;
    m_model->applyResult(pending); // the same state again: a request, no transition
    const TrackedTask *task = m_model->task(id);
    QCOMPARE(task->requests.size(), 3);
    QCOMPARE(
        task->requests.first(), (RequestRecord{1'000, QStringLiteral("req-1"), 500, 40, 120, VezaError::Kind::Server}));
    QCOMPARE(task->requests.last().errorKind, VezaError::Kind::None);
    QCOMPARE(task->transitions,
        (QList<StateTransition>{{2'000, QStringLiteral("PENDING"), QStringLiteral("UNKNOWN_STATUS")}}));

    // Our own abort is no request.
    m_model->applyResult(failure(id, VezaError::Kind::Canceled, 0));
    QCOMPARE(task->requests.size(), 3);

    for (int i = 0; i < 2 * TrackedTask::MaxTransitions; ++i) {
        FetchResult result = answer(id, i % 2 ? TaskState::Pending : TaskState::InProgress);
        result.finishedAtMs = 10'000 + i;
        m_model->applyResult(result);
    }
    QCOMPARE(task->requests.size(), TrackedTask::MaxRequests);
    QCOMPARE(task->requests.last().timeMs, 10'000 + 2 * TrackedTask::MaxTransitions - 1);
    QCOMPARE(task->requests.first().timeMs, 10'000 + 2 * TrackedTask::MaxTransitions - TrackedTask::MaxRequests);
    QCOMPARE(task->transitions.size(), TrackedTask::MaxTransitions);
    QCOMPARE(task->transitions.last().timeMs, 10'000 + 2 * TrackedTask::MaxTransitions - 1);

    // What the store read and what this session saw, each entry once.
    const QList<RequestRecord> stored{{5, {}, 500, 1, 1, VezaError::Kind::Server}, task->requests.at(0)};
    const QList<RequestRecord> merged = mergeRequests(stored, task->requests, TrackedTask::MaxRequests);
    QCOMPARE(merged.size(), TrackedTask::MaxRequests);
    QCOMPARE(merged.last(), task->requests.last());
    const QList<RequestRecord> all = mergeRequests(stored, task->requests, 1'000);
    QCOMPARE(all.size(), TrackedTask::MaxRequests + 1);
    QCOMPARE(all.first().timeMs, 5);
}

QTEST_GUILESS_MAIN(TestTaskTableModel)
#include "tst_tasktablemodel.moc"
