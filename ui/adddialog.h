// SPDX-License-Identifier: MIT
#pragma once

#include "idextractor.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class IdPreviewModel;
class QDialogButtonBox;
class QLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class TaskTableModel;

// A paste box for anything that holds task ids, with a preview of exactly what will be added (and where each id
// was found), what is already watched and what was left out and why. Ids can be unticked; the label applies to all.
// Extraction runs on a worker thread, after typing pauses.
class AddTasksDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddTasksDialog)
public:
    explicit AddTasksDialog(const TaskTableModel *model, QWidget *parent = nullptr);
    ~AddTasksDialog() override;

    // Text to extract from, as if pasted into the box; `known` is its extraction when already made.
    void setText(const QString &text, const std::optional<IdExtraction> &known = std::nullopt);
    // Text already extracted elsewhere (a paste, dropped or imported files): shown read-only, not read again.
    void setPreview(const QString &shownText, const IdExtraction &extraction);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString label() const;
    // The connections the tasks may go to (id, name) and the one preselected; the choice shows with two or more.
    void setConnections(const QList<std::pair<QString, QString>> &connections, const QString &current);
    // The chosen connection's id; empty when none was offered.
    [[nodiscard]] QString connectionId() const;
    // The ticked ids that are not watched yet, in the order found; empty while the preview is being made.
    [[nodiscard]] QStringList newIds() const;
    [[nodiscard]] bool isPreviewReady() const { return m_previewReady; }
    // The user typed into the box or changed a tick: text arriving later must not replace that work.
    [[nodiscard]] bool hasUserEdits() const { return m_userEdits; }

    // Above this size the box shows only the start of a text (the preview still covers all of it).
    static constexpr qsizetype MaxShownChars = qsizetype(256) * 1024;
    // Typing pauses this long before the text is read again.
    static constexpr int DebounceMs = 200;

Q_SIGNALS:
    void previewUpdated();

private:
    void scheduleExtraction();
    void startExtraction();
    void cancelRunning();
    void showExtraction(const IdExtraction &extraction);
    void updateSummary();

    const TaskTableModel *m_model;
    QPlainTextEdit *m_idsEdit = nullptr;
    QLabel *m_shownNote = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_previewView = nullptr;
    IdPreviewModel *m_preview = nullptr;
    QLineEdit *m_labelEdit = nullptr;
    QComboBox *m_connectionCombo = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer m_debounce;
    QFutureWatcher<IdExtraction> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel; // the running worker's; set to stop it early
    QString m_fullText; // set when the box shows only part of it
    bool m_rerun = false; // the text changed while a worker was reading it
    bool m_discardRunning = false; // the running worker's result is stale (a preview was set meanwhile)
    bool m_previewReady = false;
    bool m_userEdits = false;
};
