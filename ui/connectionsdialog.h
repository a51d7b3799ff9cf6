// SPDX-License-Identifier: MIT
#pragma once

#include "certificateinfo.h"
#include "connectionprofile.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QSet>
#include <QTimer>

#include <functional>

class ConnectionManager;
class QAction;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class LoadLimitsBox;
class QPushButton;
class QSpinBox;
class TaskMonitor;

// The saved connections: a list on the left, a form for the selected one on the right. Everything goes through the
// ConnectionManager; saved secrets are never read back into a field (a saved key is replaced, never shown).
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)
public:
    ConnectionsDialog(ConnectionManager *manager, TaskMonitor *monitor, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    // Shows the connection in the form (asking first when the form has unsaved changes).
    void selectConnection(const QString &id);
    // Starts a new, unsaved connection.
    void addConnection();
    // The connection in the form; empty while a new one is not saved yet.
    [[nodiscard]] QString currentConnectionId() const { return m_currentId; }
    [[nodiscard]] bool hasUnsavedChanges() const;

    // Close and Escape ask about unsaved changes first.
    void reject() override;

Q_SIGNALS:
    // The form was saved (the keychain may still be writing its key: ConnectionManager::keySaved follows).
    void connectionSaved(const QString &id);

private:
    enum class SecretState { None, Reading, Saved, SessionOnly };

    void buildForm();
    void followListSelection();
    void rebuildList();
    void showConnection(const QString &id);
    void startNew();
    void fillForm(const ConnectionProfile &profile);
    // Takes what changed in the manager into the form, keeping the fields the user has edited.
    void refreshFromManager();
    [[nodiscard]] ConnectionProfile formProfile() const;
    // Runs `then` at once, or after the user saved or discarded the form's changes.
    void whenSettled(const std::function<void()> &then);
    bool save();
    void removeCurrent();
    void removeConnection(const QString &id, const QStringList &taskIds, const QString &moveTo);
    void showKeyNotSaved(const QString &id, const QString &key, const QString &proxyPassword, const QString &message);
    void showCertificate();
    void checkCaFile();
    void showCaResult(const QString &path, const CaFileResult &result);
    void browseCaFile();
    void setPins(const QList<QByteArray> &pins);
    void setProxySettings(const ProxySettings &proxy);

    void updateAddress();
    void updateKeyState();
    void updateProxyState();
    void updateStatus();
    void updateButtons();
    void setMessage(const QString &text, bool error);
    static QString secretStateText(SecretState state);
    [[nodiscard]] SecretState keyState() const;
    [[nodiscard]] SecretState proxyPasswordState() const;
    [[nodiscard]] QStringList tasksOf(const QString &id) const;
    [[nodiscard]] QString shownName() const;

    ConnectionManager *m_manager;
    TaskMonitor *m_monitor;

    QString m_currentId;
    bool m_isNew = false;
    ConnectionProfile m_loaded; // what the form started from: the fields that differ are the user's edits
    QList<QByteArray> m_pins;
    bool m_replacingKey = false;
    bool m_replacingProxyPassword = false;
    bool m_filling = false; // the program is filling the form: not the user's edits
    QSet<QString> m_savingKeys; // saves of this dialog whose secrets the keychain has not answered yet

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_certificateButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QLabel *m_addressStatus = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_replaceKeyButton = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QComboBox *m_proxyModeCombo = nullptr;
    QLineEdit *m_proxyHostEdit = nullptr;
    QSpinBox *m_proxyPortSpin = nullptr;
    QLineEdit *m_proxyUserEdit = nullptr;
    QLabel *m_proxyPasswordStatus = nullptr;
    QPushButton *m_replaceProxyPasswordButton = nullptr;
    QLineEdit *m_proxyPasswordEdit = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QPushButton *m_browseCaButton = nullptr;
    QLabel *m_caStatus = nullptr;
    QListWidget *m_pinList = nullptr;
    QPushButton *m_removePinButton = nullptr;
    LoadLimitsBox *m_limitsBox = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;

    QTimer m_caDebounce;
    QFutureWatcher<CaFileResult> m_caWatcher;
    QString m_caCheckingPath; // the path the running check reads
    bool m_caRecheck = false;
};
