// SPDX-License-Identifier: MIT
#pragma once

#include "asynctask.h"
#include "trackedtask.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class Clock;
class QAction;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class ResultView;
class QThreadPool;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class SelectableText;
class TaskTableModel;

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

    // What the pane may know of a task's connection: never its key.
    struct ConnectionInfo
    {
        QString name;
        QUrl baseUrl; // empty when the connection is gone
    };
    using ConnectionLookup = std::function<ConnectionInfo(const QString &connectionId)>;

    DetailsPane(const TaskTableModel *model, const Clock *clock, QWidget *parent = nullptr);
    ~DetailsPane() override;

    // Where Copy error and Copy as curl find the task's connection; without one they name none.
    void setConnectionLookup(ConnectionLookup lookup);

    // Empty shows the "nothing selected" state.
    void setTaskId(const QString &taskId);
    [[nodiscard]] QString taskId() const { return m_taskId; }
    // True while JSON for the shown task is being formatted on a worker thread.
    [[nodiscard]] bool isFormatting() const { return m_watcher.isRunning(); }
    // The result of a task restored without it, as the store read it (answer to resultWanted).
    void showStoredResult(const QString &taskId, const JsonText &result);
    // What the task store keeps of the shown task (answers to historyWanted), merged with what this session saw.
    void showStoredTransitions(const QString &taskId, const QList<StateTransition> &transitions);
    void showStoredRequests(const QString &taskId, const QList<RequestRecord> &requests);

    // Put the support summary, or the task's request as a curl command, on the clipboard.
    void copyErrorReport();
    void copyCurlCommand();

Q_SIGNALS:
    // The shown task's result is in the task store only: whoever owns the store reads it.
    void resultWanted(const QString &taskId);
    // A task is shown: whoever owns the store reads its transitions and requests of earlier sessions.
    void historyWanted(const QString &taskId);

private:
    struct Formatted
    {
        quint64 serial = 0;
        bool hasResult = false; // the result itself is prepared by the ResultView
        PrettyJson errorReason;
        PrettyJson errorStatus;
        QString errorReasonCode; // "4 (DEADLINE_EXCEEDED)" for an object with a numeric code, else empty
        QString errorStatusCode;
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
    SelectableText *addTextField(const QString &name, const QString &objectName);
    // A value with the icon that marks it as unknown to this client.
    QLabel *addMarkedField(const QString &name, const QString &objectName, QLabel **icon);
    void setFieldVisible(QWidget *field, bool visible);
    void showHttpError(const VezaError &error);
    void showMarked(QLabel *value, QLabel *icon, const QString &text, bool unknown);
    void updateHistory(const TrackedTask &task);
    void updateTimelineDurations(const TrackedTask &task);
    [[nodiscard]] ConnectionInfo connectionOf(const TrackedTask &task) const;

    const TaskTableModel *m_model;
    const Clock *m_clock;
    QString m_taskId;
    quint64 m_serial = 0;
    // The newest serial, read by queued jobs so that replaced ones skip their work.
    std::shared_ptr<std::atomic<quint64>> m_latestSerial = std::make_shared<std::atomic<quint64>>(0);
    qint64 m_formattedAnswerMs = -1; // lastCheckedMs of the answer whose JSON is shown or being formatted
    JsonText m_storedResult; // of the shown task, read from the store; dropped with it
    bool m_storedResultAsked = false;
    bool m_storedResultArrived = false;
    QFutureWatcher<Formatted> m_watcher;
    QTimer m_tickTimer;
    ConnectionLookup m_connectionLookup;
    // Of the shown task, as the store read them; dropped with it.
    QList<StateTransition> m_storedTransitions;
    QList<RequestRecord> m_storedRequests;
    // As the two lists show them now, so that a poll that changed neither rebuilds neither.
    QList<StateTransition> m_shownTransitions;
    QList<RequestRecord> m_shownRequests;

    QStackedWidget *m_stack = nullptr;
    QFormLayout *m_form = nullptr;
    QTabWidget *m_sections = nullptr;
    SelectableText *m_idValue = nullptr;
    QLabel *m_labelValue = nullptr;
    QLabel *m_stateValue = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_statusValue = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_elapsedValue = nullptr;
    QLabel *m_lastCheckedValue = nullptr;
    QLabel *m_lastAnswerValue = nullptr;
    QLabel *m_requestsValue = nullptr;
    QLabel *m_pollingValue = nullptr;
    QLabel *m_lastErrorValue = nullptr;
    QLabel *m_httpStatusValue = nullptr;
    SelectableText *m_vezaCodeValue = nullptr;
    QLabel *m_vezaMessageValue = nullptr;
    QLabel *m_vezaDetailsValue = nullptr;
    SelectableText *m_requestIdValue = nullptr;
    QLabel *m_staleValue = nullptr;
    QAction *m_copyErrorAction = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QTreeWidget *m_timelineView = nullptr;
    QTreeWidget *m_requestsView = nullptr;
    QWidget *m_errorBox = nullptr;
    QLabel *m_errorReasonTitle = nullptr;
    QPlainTextEdit *m_errorReasonEdit = nullptr;
    QLabel *m_errorStatusTitle = nullptr;
    QPlainTextEdit *m_errorStatusEdit = nullptr;
    QLabel *m_otherFieldsTitle = nullptr;
    QPlainTextEdit *m_otherFieldsEdit = nullptr;
    QLabel *m_resultTitle = nullptr;
    ResultView *m_resultView = nullptr;
};
