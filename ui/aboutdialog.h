// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

// Help › About: the version, the Qt it was built with and runs on, and the licences. Non-modal.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The project version the build defines (CMake's PROJECT_VERSION).
    [[nodiscard]] static QString version();
    // "Veza Task Monitor 0.1.0 · Qt 6.4.2 (built with 6.4.2)": the lines a bug report wants.
    [[nodiscard]] static QString versionText();
};

// Help › About Qt without QMessageBox::aboutQt, which runs a nested event loop outside macOS.
void showAboutQt(QWidget *parent);
