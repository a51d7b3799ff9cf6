// SPDX-License-Identifier: MIT
#pragma once

#include "asynctask.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class Clock;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QThreadPool;
class QStackedWidget;
class TaskTableModel;
struct TrackedTask;

// Everything known about one task. It is told the task id (never a QModelIndex) and reads the model by id.
class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)
public:
    // Indented JSON, cut after maxBytes of UTF-8 so that a huge result never reaches a text widget whole.
    struct PrettyJson
    {
        QString text;
        qsizetype totalBytes = 0;
        qsizetype hiddenBytes = 0;
    };
    static PrettyJson prettyJson(const QJsonValue &value, qsizetype maxBytes);
    // setPlainText of 1 MiB already takes ~150 ms on the GUI thread; more would make selecting a row feel stuck.
    static constexpr qsizetype MaxShownBytes = qsizetype(1024) * 1024;

    DetailsPane(const TaskTableModel *model, const Clock *clock, QWidget *parent = nullptr);
    ~DetailsPane() override;

    // Empty shows the "nothing selected" state.
    void setTaskId(const QString &taskId);
    [[nodiscard]] QString taskId() const { return m_taskId; }
    // True while JSON for the shown task is being formatted on a worker thread.
    [[nodiscard]] bool isFormatting() const { return m_watcher.isRunning(); }
    // The result of a task restored without it, as the store read it (answer to resultWanted).
    void showStoredResult(const QString &taskId, const QJsonValue &result);

Q_SIGNALS:
    // The shown task's result is in the task store only: whoever owns the store reads it.
    void resultWanted(const QString &taskId);

private:
    struct Formatted
    {
        quint64 serial = 0;
        PrettyJson result;
        PrettyJson errorReason;
        PrettyJson errorStatus;
        QString otherFields;
    };
    // Returns at once (an empty result) when latest no longer equals serial: a newer job replaced it.
    static Formatted format(
        quint64 serial, const std::shared_ptr<const std::atomic<quint64>> &latest, const AsyncTask &task);

    static QThreadPool *formatPool();
    void refresh();
    void updateTimes(const TrackedTask &task);
    void startFormatting(const TrackedTask &task);
    void onFormatted();
    void clearJson();
    void showJson(QPlainTextEdit *edit, const PrettyJson &json);
    QLabel *addField(const QString &name, const QString &objectName);
    void setFieldVisible(QLabel *field, bool visible);

    const TaskTableModel *m_model;
    const Clock *m_clock;
    QString m_taskId;
    quint64 m_serial = 0;
    // The newest serial, read by queued jobs so that replaced ones skip their work.
    std::shared_ptr<std::atomic<quint64>> m_latestSerial = std::make_shared<std::atomic<quint64>>(0);
    qint64 m_formattedAnswerMs = -1; // lastCheckedMs of the answer whose JSON is shown or being formatted
    QJsonValue m_storedResult = QJsonValue::Undefined; // of the shown task, read from the store; dropped with it
    bool m_storedResultAsked = false;
    bool m_storedResultArrived = false;
    QFutureWatcher<Formatted> m_watcher;
    QTimer m_tickTimer;

    QStackedWidget *m_stack = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_idValue = nullptr;
    QLabel *m_labelValue = nullptr;
    QLabel *m_stateValue = nullptr;
    QLabel *m_statusValue = nullptr;
    QLabel *m_elapsedValue = nullptr;
    QLabel *m_lastCheckedValue = nullptr;
    QLabel *m_lastAnswerValue = nullptr;
    QLabel *m_requestsValue = nullptr;
    QLabel *m_pollingValue = nullptr;
    QLabel *m_lastErrorValue = nullptr;
    QLabel *m_staleValue = nullptr;
    QWidget *m_errorBox = nullptr;
    QLabel *m_errorReasonTitle = nullptr;
    QPlainTextEdit *m_errorReasonEdit = nullptr;
    QLabel *m_errorStatusTitle = nullptr;
    QPlainTextEdit *m_errorStatusEdit = nullptr;
    QLabel *m_otherFieldsTitle = nullptr;
    QPlainTextEdit *m_otherFieldsEdit = nullptr;
    QLabel *m_resultTitle = nullptr;
    QPlainTextEdit *m_resultEdit = nullptr;
};
