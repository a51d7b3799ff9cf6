// SPDX-License-Identifier: MIT
#include "loadlimitsbox.h"

#include "pollpolicy.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

LoadLimitsBox::LoadLimitsBox(QWidget *parent)
    : QWidget(parent)
{
    const PollPolicy defaults;
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("advancedToggle"));
    m_toggle->setText(tr("Advanced"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_toggle->setArrowType(Qt::RightArrow);

    m_body = new QWidget(this);
    m_body->setObjectName(QStringLiteral("advancedBody"));
    // The lowest value of each box stands for the default, so that "not set" survives a save.
    m_rateSpin = new QDoubleSpinBox(m_body);
    m_rateSpin->setObjectName(QStringLiteral("maxRateSpin"));
    m_rateSpin->setDecimals(1);
    m_rateSpin->setRange(LoadLimits::MinRequestsPerSecond - 0.1, LoadLimits::MaxRequestsPerSecond);
    m_rateSpin->setSingleStep(1);
    m_rateSpin->setSpecialValueText(tr("Default (%1)").arg(defaults.requestsPerSecond));
    m_rateSpin->setSuffix(tr(" per second"));
    m_parallelSpin = new QSpinBox(m_body);
    m_parallelSpin->setObjectName(QStringLiteral("parallelSpin"));
    m_parallelSpin->setRange(LoadLimits::MinInFlight - 1, LoadLimits::MaxInFlight);
    m_parallelSpin->setSpecialValueText(tr("Default (%1)").arg(defaults.maxInFlight));
    auto *note = new QLabel(tr("How much load polling this connection puts on the Veza tenant. Raise it only when "
                               "the tenant's owners agree: a 429 answer still pauses polling."),
        m_body);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *form = new QFormLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Re&quests:"), m_rateSpin);
    form->addRow(tr("Requests at &once:"), m_parallelSpin);
    form->addRow(note);
    m_body->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);

    connect(m_toggle, &QToolButton::toggled, this, &LoadLimitsBox::setExpanded);
    connect(m_rateSpin, &QDoubleSpinBox::valueChanged, this, &LoadLimitsBox::edited);
    connect(m_parallelSpin, &QSpinBox::valueChanged, this, &LoadLimitsBox::edited);
}

void LoadLimitsBox::setLimits(const LoadLimits &limits)
{
    const LoadLimits shown = limits.bounded();
    const QSignalBlocker rateBlocker(m_rateSpin);
    const QSignalBlocker parallelBlocker(m_parallelSpin);
    m_rateSpin->setValue(shown.requestsPerSecond.value_or(m_rateSpin->minimum()));
    m_parallelSpin->setValue(shown.maxInFlight.value_or(m_parallelSpin->minimum()));
    if (shown != LoadLimits{})
        setExpanded(true);
}

LoadLimits LoadLimitsBox::limits() const
{
    LoadLimits limits;
    if (m_rateSpin->value() > m_rateSpin->minimum())
        limits.requestsPerSecond = m_rateSpin->value();
    if (m_parallelSpin->value() > m_parallelSpin->minimum())
        limits.maxInFlight = m_parallelSpin->value();
    return limits;
}

bool LoadLimitsBox::isExpanded() const
{
    return m_toggle->isChecked();
}

void LoadLimitsBox::setExpanded(bool expanded)
{
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}
