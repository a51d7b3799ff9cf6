// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include "selectabletext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Veza Task Monitor"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/veza-task-monitor.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Application icon"));
    auto *title = new QLabel(tr("Veza Task Monitor"), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *versionLabel = selectableLabel(tr("Version %1").arg(version()), QStringLiteral("aboutVersion"), this);
    auto *summary
        = selectableLabel(tr("Watches Veza async tasks until they complete."), QStringLiteral("aboutSummary"), this);
    auto *qtLabel = selectableLabel(
        tr("Running on Qt %1, built with Qt %2.").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("aboutQtVersion"), this);
    auto *licences = selectableLabel(tr("Veza Task Monitor is free software under the MIT licence.\n"
                                        "Qt is used under the GNU Lesser General Public License version 3 (LGPLv3).\n"
                                        "QtKeychain is used under the BSD 3-Clause licence."),
        QStringLiteral("aboutLicences"), this);
    licences->setAccessibleName(tr("Licences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionButton"));
    copy->setToolTip(tr("Copy the versions for a bug report"));
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(versionLabel);
    layout->addWidget(summary);
    layout->addWidget(qtLabel);
    layout->addSpacing(8);
    layout->addWidget(licences);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

QString AboutDialog::version()
{
    return QStringLiteral(VEZA_APP_VERSION);
}

QString AboutDialog::versionText()
{
    return QStringLiteral("Veza Task Monitor %1 · Qt %2 (built with %3)")
        .arg(version(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
}

void showAboutQt(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutQtBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->setWindowTitle(QMessageBox::tr("About Qt"));
    box->setIconPixmap(QPixmap(QStringLiteral(":/qt-project.org/qmessagebox/images/qtlogo-64.png")));
    box->setTextFormat(Qt::PlainText);
    box->setText(AboutDialog::tr("This program uses Qt version %1.").arg(QString::fromLatin1(qVersion())));
    box->setInformativeText(AboutDialog::tr(
        "Qt is a C++ toolkit for cross-platform application development. It is available under commercial "
        "licences and under the GNU Lesser General Public License version 3 (LGPLv3); this program uses it under "
        "the LGPLv3. See https://www.qt.io/licensing/ for an overview of Qt licensing."));
    box->setStandardButtons(QMessageBox::Close);
    box->show();
}
