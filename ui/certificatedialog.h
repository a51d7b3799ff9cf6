// SPDX-License-Identifier: MIT
#pragma once

#include "certificateinfo.h"

#include <QDialog>

// A server certificate that was refused: why, whose it is, and its SHA-256 fingerprint, so that the user can compare
// it with what their administrator gives them before trusting it for this one connection.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)
public:
    CertificateDialog(const QString &connectionName, const CertificateInfo &info, QWidget *parent = nullptr);

    [[nodiscard]] const CertificateInfo &certificate() const { return m_info; }

Q_SIGNALS:
    // The user chose to trust this exact certificate: the caller pins it (ConnectionManager::trustCertificate).
    void trustRequested();
    // The user wants to change the connection instead (its CA file, say).
    void editRequested();

private:
    CertificateInfo m_info;
};
