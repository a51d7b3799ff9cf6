// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// The actions of menu and its submenus that have a shortcut, under parent, named "Submenu › Action".
void addShortcuts(const QMenu *menu, const QString &prefix, QTreeWidgetItem *parent)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        const QString name = prefix + ShortcutsDialog::plainText(action->text());
        if (action->menu()) {
            addShortcuts(action->menu(), name + QStringLiteral(" › "), parent);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (action->isSeparator() || keys.isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts.append(key.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(parent, {name, texts.join(QStringLiteral(", "))});
        item->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setAccessibleDescription(tr("Each menu's actions and the keys that run them"));
    m_tree->setHeaderLabels({tr("Action", "shortcuts dialog"), tr("Keys", "shortcuts dialog")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setAlternatingRowColors(true);
    const QList<QAction *> menus = menuBar->actions();
    for (const QAction *menuAction : menus) {
        if (!menuAction->menu())
            continue;
        auto *group = new QTreeWidgetItem(m_tree, {plainText(menuAction->text())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addShortcuts(menuAction->menu(), {}, group);
        if (group->childCount() == 0)
            delete group;
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(520, 560);
}

QString ShortcutsDialog::plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                plain.append(QLatin1Char('&'));
            ++i;
            if (i < text.size() && text.at(i) != QLatin1Char('&'))
                plain.append(text.at(i));
            continue;
        }
        plain.append(text.at(i));
    }
    return plain;
}
