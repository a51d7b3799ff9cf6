// SPDX-License-Identifier: MIT
#pragma once

#include "connection.h"

#include <QDialog>

class QAction;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Base URL (checked live with normaliseBaseUrl) and API key. The key is kept in memory only.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)
public:
    explicit ConnectionDialog(const Connection &current, QWidget *parent = nullptr);

    // The normalised connection; meaningful once the dialog is accepted.
    [[nodiscard]] Connection connection() const;
    [[nodiscard]] bool isAcceptable() const;

private:
    void validate();
    void setKeyVisible(bool visible);

    QLineEdit *m_baseUrlEdit = nullptr;
    QLabel *m_baseUrlStatus = nullptr;
    QLineEdit *m_apiKeyEdit = nullptr;
    QAction *m_showKeyAction = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    BaseUrlResult m_baseUrl;
};
