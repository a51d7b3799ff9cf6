// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

// Help › Keyboard Shortcuts: every shortcut of the menu bar's actions, read from the actions, menu by menu.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    // A menu or action text without its mnemonic marks ("&File" → "File", "R&&D" → "R&D").
    [[nodiscard]] static QString plainText(const QString &text);

private:
    QTreeWidget *m_tree = nullptr;
};
