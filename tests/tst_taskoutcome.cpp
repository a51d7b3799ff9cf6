// SPDX-License-Identifier: MIT
#include "clock.h"
#include "notificationcenter.h"
#include "taskoutcome.h"
#include "tasktablemodel.h"
#include "testprograms.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

using Watch = TrackedTask::Watch;
using Notified = NotificationCenter::Outcome;
constexpr int None = -1; // no notification

TrackedTask tracked(std::optional<TaskState> state, TaskStatus status = TaskStatus::Unknown,
    Watch watch = Watch::Watching, bool failedSince = false)
{
    TrackedTask task;
    task.id = QStringLiteral("t");
    if (state) {
        AsyncTask answer;
        answer.id = task.id;
        answer.state = *state;
        answer.status = status;
        task.task = answer;
    }
    task.watch = watch;
    if (failedSince) {
        task.lastError.kind = VezaError::Kind::Network;
        task.staleSinceMs = 1;
    }
    return task;
}

} // namespace

class tst_TaskOutcome final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data();
    void mapping();
    void everyOutcomeHasLabelKeyAndSeverity();
    void filterGroups();
    void filterKeysRoundTrip();
    void ageClasses();
    void modelRoleFollowsSchedule();
};

void tst_TaskOutcome::mapping_data()
{
    QTest::addColumn<TrackedTask>("task");
    QTest::addColumn<TaskOutcome>("outcome");
    QTest::addColumn<int>("notified"); // what a notification names it: NotificationCenter::outcomeOf
    QTest::newRow("no answer yet") << tracked(std::nullopt) << TaskOutcome::Queued << None;
    QTest::newRow("pending") << tracked(TaskState::Pending) << TaskOutcome::Queued << None;
    QTest::newRow("in progress") << tracked(TaskState::InProgress) << TaskOutcome::Running << None;
    QTest::newRow("succeeded") << tracked(TaskState::Complete, TaskStatus::Succeeded, Watch::Done)
                               << TaskOutcome::Succeeded << int(Notified::Succeeded);
    QTest::newRow("failed") << tracked(TaskState::Complete, TaskStatus::Failed, Watch::Done) << TaskOutcome::Failed
                            << int(Notified::Failed);
    QTest::newRow("canceled") << tracked(TaskState::Complete, TaskStatus::Canceled, Watch::Done)
                              << TaskOutcome::Canceled << int(Notified::Canceled);
    QTest::newRow("complete, status unknown") << tracked(TaskState::Complete, TaskStatus::Unknown, Watch::Done)
                                              << TaskOutcome::Unknown << int(Notified::Canceled);
    QTest::newRow("complete, status unrecognised") << tracked(TaskState::Complete, TaskStatus::Unrecognised,
        Watch::Done) << TaskOutcome::Unknown << int(Notified::Canceled);
    QTest::newRow("not found") << tracked(std::nullopt, TaskStatus::Unknown, Watch::NotFound) << TaskOutcome::NotFound
                               << int(Notified::NotFound);
    QTest::newRow("state unknown") << tracked(TaskState::Unknown) << TaskOutcome::Unknown << None;
    QTest::newRow("state unrecognised") << tracked(TaskState::Unrecognised) << TaskOutcome::Unknown << None;
    QTest::newRow("stale") << tracked(TaskState::InProgress, TaskStatus::Unknown, Watch::Watching, true)
                           << TaskOutcome::Stale << None;
    QTest::newRow("stale pending") << tracked(TaskState::Pending, TaskStatus::Unknown, Watch::Watching, true)
                                   << TaskOutcome::Stale << None;
    QTest::newRow("failure before any answer")
        << tracked(std::nullopt, TaskStatus::Unknown, Watch::Watching, true) << TaskOutcome::Queued << None;
    QTest::newRow("paused") << tracked(TaskState::InProgress, TaskStatus::Unknown, Watch::Paused) << TaskOutcome::Paused
                            << None;
    QTest::newRow("paused while stale") << tracked(TaskState::InProgress, TaskStatus::Unknown, Watch::Paused, true)
                                        << TaskOutcome::Paused << None;
    QTest::newRow("complete, then a failed refresh") << tracked(TaskState::Complete, TaskStatus::Succeeded, Watch::Done,
        true) << TaskOutcome::Succeeded << int(Notified::Succeeded);
    QTest::newRow("stopped watching") << tracked(TaskState::InProgress, TaskStatus::Unknown, Watch::StoppedWatching)
                                      << TaskOutcome::Unknown << int(Notified::StoppedWatching);
    QTest::newRow("done before completing")
        << tracked(TaskState::InProgress, TaskStatus::Unknown, Watch::Done) << TaskOutcome::Unknown << None;
    QTest::newRow("refused") << tracked(std::nullopt, TaskStatus::Unknown, Watch::Refused) << TaskOutcome::Unknown
                             << int(Notified::StoppedWatching);
}

void tst_TaskOutcome::mapping()
{
    QFETCH(TrackedTask, task);
    QFETCH(TaskOutcome, outcome);
    QFETCH(int, notified);
    QCOMPARE(taskOutcome(task), outcome);
    const std::optional<Notified> named = NotificationCenter::outcomeOf(task);
    QCOMPARE(named ? int(*named) : None, notified);
}

void tst_TaskOutcome::everyOutcomeHasLabelKeyAndSeverity()
{
    QSet<QString> labels;
    QSet<QString> keys;
    for (int i = 0; i < TaskOutcomeCount; ++i) {
        labels.insert(outcomeLabel(TaskOutcome(i)));
        keys.insert(QString(outcomeKey(TaskOutcome(i))));
    }
    QCOMPARE(labels.size(), TaskOutcomeCount);
    QCOMPARE(keys.size(), TaskOutcomeCount);
    QVERIFY(!labels.contains(QString()));
    // The tray's worst state: the old rules, plus an unknown outcome needing a look instead of counting as done.
    QCOMPARE(outcomeSeverity(TaskOutcome::Succeeded), OutcomeSeverity::Done);
    QCOMPARE(outcomeSeverity(TaskOutcome::Canceled), OutcomeSeverity::Done);
    for (const TaskOutcome going : {TaskOutcome::Queued, TaskOutcome::Running, TaskOutcome::Stale, TaskOutcome::Paused})
        QCOMPARE(outcomeSeverity(going), OutcomeSeverity::Going);
    for (const TaskOutcome look : {TaskOutcome::Failed, TaskOutcome::NotFound, TaskOutcome::Unknown})
        QCOMPARE(outcomeSeverity(look), OutcomeSeverity::NeedsLook);
}

void tst_TaskOutcome::filterGroups()
{
    for (int i = 0; i < TaskOutcomeCount; ++i)
        QVERIFY(outcomeFilterAccepts(OutcomeFilter::All, TaskOutcome(i)));
    const auto accepted = [](OutcomeFilter filter) {
        QList<TaskOutcome> outcomes;
        for (int i = 0; i < TaskOutcomeCount; ++i) {
            if (outcomeFilterAccepts(filter, TaskOutcome(i)))
                outcomes << TaskOutcome(i);
        }
        return outcomes;
    };
    QCOMPARE(accepted(OutcomeFilter::Running),
        (QList<TaskOutcome>{TaskOutcome::Queued, TaskOutcome::Running, TaskOutcome::Stale, TaskOutcome::Paused}));
    QCOMPARE(accepted(OutcomeFilter::Failed), QList<TaskOutcome>{TaskOutcome::Failed});
    QCOMPARE(accepted(OutcomeFilter::Succeeded), QList<TaskOutcome>{TaskOutcome::Succeeded});
    QCOMPARE(accepted(OutcomeFilter::Canceled), QList<TaskOutcome>{TaskOutcome::Canceled});
    QCOMPARE(accepted(OutcomeFilter::NotFound), QList<TaskOutcome>{TaskOutcome::NotFound});
}

void tst_TaskOutcome::filterKeysRoundTrip()
{
    for (int i = 0; i < OutcomeFilterCount; ++i) {
        QCOMPARE(outcomeFilterFromKey(QString(outcomeFilterKey(OutcomeFilter(i)))), OutcomeFilter(i));
        QVERIFY(!outcomeFilterLabel(OutcomeFilter(i)).isEmpty());
    }
    QCOMPARE(outcomeFilterFromKey(u"no such filter"), OutcomeFilter::All);
    QCOMPARE(outcomeFilterFromKey(u""), OutcomeFilter::All);
}

void tst_TaskOutcome::ageClasses()
{
    QCOMPARE(AgeClass::of(0), 0);
    QCOMPARE(AgeClass::of(59'999), 0);
    QCOMPARE(AgeClass::of(60'000), 1);
    QCOMPARE(AgeClass::of(3'599'999), 2);
    QCOMPARE(AgeClass::of(86'400'000), 5);
    QCOMPARE(AgeClass::of(std::numeric_limits<qint64>::max()), 5);
    QCOMPARE(AgeClass::position(-5), 0.0);
    QCOMPARE(AgeClass::position(0), 0.0);
    QCOMPARE(AgeClass::position(30'000), 0.1); // half of the first fifth
    QCOMPARE(AgeClass::position(60'000), 0.2);
    QCOMPARE(AgeClass::position(3'600'000), 0.6);
    QCOMPARE(AgeClass::position(86'400'000), 1.0);
    QCOMPARE(AgeClass::position(std::numeric_limits<qint64>::max()), 1.0);
    double before = -1;
    for (qint64 ms = 0; ms <= 90'000'000; ms += 250'000) {
        const double now = AgeClass::position(ms);
        QVERIFY2(now >= before, qPrintable(QString::number(ms)));
        before = now;
    }
    QSet<QString> labels;
    for (int i = 0; i <= int(AgeClass::UpperBoundsMs.size()); ++i)
        labels.insert(AgeClass::label(i));
    QCOMPARE(labels.size(), int(AgeClass::UpperBoundsMs.size()) + 1);
}

void tst_TaskOutcome::modelRoleFollowsSchedule()
{
    ManualClock clock;
    TaskTableModel model(&clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = QStringLiteral("a");
    model.addTasks({id});
    const auto outcome = [&] {
        return TaskOutcome(model.index(0, TaskTableModel::IdColumn).data(TaskTableModel::OutcomeRole).toInt());
    };
    QCOMPARE(outcome(), TaskOutcome::Queued);
    model.applyResult(taskAnswer(id, TaskState::InProgress));
    QCOMPARE(outcome(), TaskOutcome::Running);

    // A pause only changes the next-check text, yet the state column's icon must be repainted.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSchedule(id, Watch::Paused, -1, 0);
    QCOMPARE(outcome(), TaskOutcome::Paused);
    QVERIFY(!changed.isEmpty());
    const QModelIndex from = changed.constLast().at(0).toModelIndex();
    const QModelIndex to = changed.constLast().at(1).toModelIndex();
    QVERIFY(from.column() <= TaskTableModel::StateColumn && to.column() >= TaskTableModel::StateColumn);
    QVERIFY(changed.constLast().at(2).value<QList<int>>().contains(TaskTableModel::OutcomeRole));

    model.setSchedule(id, Watch::Watching, 0, 0);
    model.applyResult(failedAnswer(id, VezaError::Kind::Network));
    QCOMPARE(outcome(), TaskOutcome::Stale);
    model.setSchedule(id, Watch::NotFound, -1, 0);
    QCOMPARE(outcome(), TaskOutcome::NotFound);
    model.setSchedule(id, Watch::Watching, 0, 0);
    model.applyResult(taskAnswer(id, TaskState::Complete, TaskStatus::Failed));
    QCOMPARE(outcome(), TaskOutcome::Failed);
}

QTEST_GUILESS_MAIN(tst_TaskOutcome)
#include "tst_taskoutcome.moc"
