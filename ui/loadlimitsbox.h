// SPDX-License-Identifier: MIT
#pragma once

#include "loadlimits.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;
class QToolButton;

// The Connections dialog's "Advanced" section: how many requests a second and at once this connection may send.
// Folded away until opened, or while the limits are the defaults; the lowest value of each box means "default".
class LoadLimitsBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadLimitsBox)
public:
    explicit LoadLimitsBox(QWidget *parent = nullptr);

    // Shows the limits (unfolded when any is set) without emitting edited().
    void setLimits(const LoadLimits &limits);
    [[nodiscard]] LoadLimits limits() const;
    [[nodiscard]] bool isExpanded() const;
    void setExpanded(bool expanded);

Q_SIGNALS:
    // The user changed a value.
    void edited();

private:
    QToolButton *m_toggle = nullptr;
    QWidget *m_body = nullptr;
    QDoubleSpinBox *m_rateSpin = nullptr;
    QSpinBox *m_parallelSpin = nullptr;
};
