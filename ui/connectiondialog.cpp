// SPDX-License-Identifier: MIT
#include "connectiondialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Readable on light and dark palettes alike.
constexpr QRgb ErrorColor = 0xd32f2f;

} // namespace

ConnectionDialog::ConnectionDialog(const Connection &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connection Settings"));
    setObjectName(QStringLiteral("connectionDialog"));

    m_baseUrlEdit = new QLineEdit(this);
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrlEdit->setPlaceholderText(QStringLiteral("https://your-org.vezacloud.com"));
    m_baseUrlEdit->setClearButtonEnabled(true);
    m_baseUrlEdit->setText(baseUrlText(current.baseUrl));

    m_baseUrlStatus = new QLabel(this);
    m_baseUrlStatus->setObjectName(QStringLiteral("baseUrlStatus"));
    m_baseUrlStatus->setWordWrap(true);
    m_baseUrlStatus->setTextFormat(Qt::PlainText);
    m_baseUrlStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_apiKeyEdit = new QLineEdit(this);
    m_apiKeyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKeyEdit->setEchoMode(QLineEdit::Password);
    m_apiKeyEdit->setPlaceholderText(tr("From Administration > API Keys in Veza"));
    m_apiKeyEdit->setText(current.apiKey);
    // The key must not leak to other apps through drag and drop or input method history.
    m_apiKeyEdit->setDragEnabled(false);
    m_apiKeyEdit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhHiddenText);

    m_showKeyAction = m_apiKeyEdit->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
    m_showKeyAction->setObjectName(QStringLiteral("showKeyAction"));
    m_showKeyAction->setCheckable(true);
    setKeyVisible(false);

    auto *keyNote = new QLabel(tr("The key is kept in memory only until the app quits."), this);
    keyNote->setObjectName(QStringLiteral("keyNote"));
    keyNote->setWordWrap(true);
    keyNote->setEnabled(false); // Secondary text: the disabled palette greys it.

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect", "dialog button"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));

    auto *form = new QFormLayout;
    // Word-wrapped notes must take the field's whole width, not their own "nice" narrow one.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Veza &address:"), m_baseUrlEdit);
    form->addRow(QString(), m_baseUrlStatus);
    form->addRow(tr("API &key:"), m_apiKeyEdit);
    form->addRow(QString(), keyNote);

    auto *layout = new QVBoxLayout(this);
    // Grows with a longer error sentence instead of clipping it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_baseUrlEdit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_apiKeyEdit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_showKeyAction, &QAction::toggled, this, &ConnectionDialog::setKeyVisible);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(560, sizeHint().height());
    validate();
    if (!current.baseUrl.isEmpty() && current.apiKey.isEmpty())
        m_apiKeyEdit->setFocus();
}

Connection ConnectionDialog::connection() const
{
    return Connection{m_baseUrl.url, m_apiKeyEdit->text().trimmed()};
}

bool ConnectionDialog::isAcceptable() const
{
    return m_baseUrl.error.isEmpty() && !m_baseUrl.url.isEmpty() && !m_apiKeyEdit->text().trimmed().isEmpty();
}

void ConnectionDialog::validate()
{
    m_baseUrl = normaliseBaseUrl(m_baseUrlEdit->text());
    QPalette palette = this->palette();
    if (!m_baseUrl.error.isEmpty()) {
        m_baseUrlStatus->setText(m_baseUrl.error);
        // Nothing typed yet is a hint, not a mistake.
        const bool typed = !m_baseUrlEdit->text().trimmed().isEmpty();
        palette.setColor(
            QPalette::WindowText, typed ? QColor(ErrorColor) : palette.color(QPalette::Disabled, QPalette::WindowText));
    } else {
        m_baseUrlStatus->setText(tr("Tasks are read from %1").arg(m_baseUrl.url.toDisplayString()));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    }
    m_baseUrlStatus->setPalette(palette);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}

void ConnectionDialog::setKeyVisible(bool visible)
{
    m_apiKeyEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showKeyAction->setIcon(
        QIcon(visible ? QStringLiteral(":/icons/eye-off.svg") : QStringLiteral(":/icons/eye.svg")));
    m_showKeyAction->setToolTip(visible ? tr("Hide the key") : tr("Show the key"));
    m_showKeyAction->setText(m_showKeyAction->toolTip());
}
