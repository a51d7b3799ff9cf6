// SPDX-License-Identifier: MIT
#pragma once

#include <QStatusBar>

// A status bar whose passing message stays left of the permanent fields, elided, its full text in a tooltip
// (issue #14: "Added 16 tasks. 3 a11 waiting…").
class StatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBar)
public:
    explicit StatusBar(QWidget *parent = nullptr);

    // Where the message is drawn: from the left edge to the first visible field.
    [[nodiscard]] QRect messageRect() const;
    // The message as drawn: on one line, elided to fit messageRect().
    [[nodiscard]] QString shownMessage() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};
