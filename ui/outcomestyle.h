// SPDX-License-Identifier: MIT
#pragma once

#include "taskoutcome.h"

#include <QColor>
#include <QIcon>
#include <QImage>

class QPalette;

// How a task outcome looks: a shape of its own (resources/icons/outcome-*.svg) tinted with a restrained colour
// derived from the palette. The shape and the text carry the meaning; the colour only helps.
namespace OutcomeStyle {

// Light enough on a dark base, dark enough on a light one; neutral outcomes take the palette's own text tones.
[[nodiscard]] QColor colour(TaskOutcome outcome, const QPalette &palette);
// The untinted shape, as rendered from its SVG (black on transparent).
[[nodiscard]] QImage shape(TaskOutcome outcome, int size);
// Tinted for the application palette; rendered once per palette and cached, never per paint.
[[nodiscard]] QIcon icon(TaskOutcome outcome);

} // namespace OutcomeStyle
