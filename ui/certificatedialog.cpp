// SPDX-License-Identifier: MIT
#include "certificatedialog.h"

#include "connectionprofile.h"
#include "selectabletext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString dateText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString validityText(const CertificateInfo &info)
{
    if (info.notBeforeMs == 0 && info.notAfterMs == 0)
        return CertificateDialog::tr("Unknown");
    const QString unknown = CertificateDialog::tr("unknown", "certificate date");
    QString text = CertificateDialog::tr("From %1 to %2")
                       .arg(info.notBeforeMs ? dateText(info.notBeforeMs) : unknown,
                           info.notAfterMs ? dateText(info.notAfterMs) : unknown);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (info.notAfterMs && info.notAfterMs < now)
        text += QLatin1Char(' ') + CertificateDialog::tr("(expired)");
    else if (info.notBeforeMs && info.notBeforeMs > now)
        text += QLatin1Char(' ') + CertificateDialog::tr("(not valid yet)");
    return text;
}

// Two lines of 16 bytes: a fingerprint on one line would make the dialog as wide as the screen.
QString fingerprintLines(const QByteArray &sha256)
{
    const QString text = fingerprintText(sha256);
    constexpr int HalfLength = 16 * 3; // "AB:" per byte
    if (text.size() <= HalfLength)
        return text;
    return text.left(HalfLength) + QLatin1Char('\n') + text.mid(HalfLength);
}

} // namespace

CertificateDialog::CertificateDialog(const QString &connectionName, const CertificateInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
{
    setWindowTitle(tr("Certificate Refused"));
    setObjectName(QStringLiteral("certificateDialog"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *summary
        = new QLabel(tr("The server of “%1” showed a certificate that is not trusted, so nothing was sent to it.")
                         .arg(connectionName),
            this);
    summary->setObjectName(QStringLiteral("certificateSummary"));
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    QFont summaryFont = summary->font();
    summaryFont.setBold(true);
    summary->setFont(summaryFont);

    QStringList reasons;
    for (const QString &error : info.errors)
        reasons << QStringLiteral("• ") + error;
    auto *errors = selectableLabel(reasons.isEmpty() ? tr("No reason was given.") : reasons.join(QLatin1Char('\n')),
        QStringLiteral("certificateErrors"), this);

    auto *fingerprint = selectableLabel(info.sha256.isEmpty() ? tr("Unknown") : fingerprintLines(info.sha256),
        QStringLiteral("fingerprintLabel"), this);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setWordWrap(false);

    auto *form = new QFormLayout;
    // Long subjects wrap in the field's whole width instead of widening the dialog.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Why:"), errors);
    form->addRow(tr("Issued to:"),
        selectableLabel(info.subject.isEmpty() ? tr("Unknown") : info.subject, QStringLiteral("subjectLabel"), this));
    form->addRow(tr("Issued by:"),
        selectableLabel(info.issuer.isEmpty() ? tr("Unknown") : info.issuer, QStringLiteral("issuerLabel"), this));
    form->addRow(tr("Valid:"), selectableLabel(validityText(info), QStringLiteral("validityLabel"), this));
    form->addRow(tr("SHA-256:"), fingerprint);

    auto *explanation = new QLabel(
        tr("Compare the fingerprint with the one your administrator gives you. Trusting pins this exact certificate "
           "for “%1” only: other connections are not affected, and a renewed certificate is refused again. If your "
           "organisation inspects TLS traffic, adding its CA certificate file to the connection is the better fix.")
            .arg(connectionName),
        this);
    explanation->setObjectName(QStringLiteral("certificateExplanation"));
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *trust
        = buttons->addButton(tr("Trust This Certificate for %1").arg(connectionName), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    // Trusting has to be a deliberate choice, never what Enter does.
    trust->setAutoDefault(false);
    trust->setEnabled(info.sha256.size() == 32);
    QPushButton *edit = buttons->addButton(tr("Edit Connection…"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("editButton"));
    edit->setAutoDefault(false);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);

    auto *text = new QVBoxLayout;
    text->addWidget(summary);
    text->addLayout(form);
    text->addWidget(explanation);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(top);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(trust, &QPushButton::clicked, this, [this] {
        Q_EMIT trustRequested();
        accept();
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        Q_EMIT editRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(std::max(sizeHint().width(), 620), sizeHint().height());
}
