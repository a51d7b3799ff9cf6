// SPDX-License-Identifier: MIT
#pragma once

#include <QTextEdit>

class QLabel;

// A wrapping label of plain text that can be selected and copied by mouse and keyboard (versions, certificate values).
QLabel *selectableLabel(const QString &text, const QString &objectName, QWidget *parent);

// A read-only, selectable line of plain text that wraps anywhere when it must (an id, a request id) and is as tall
// as its text: QLabel wraps at word boundaries only, so a long id would widen or clip the pane.
class SelectableText final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectableText)
public:
    explicit SelectableText(QWidget *parent = nullptr);

    void setText(const QString &text);
    [[nodiscard]] QString text() const { return toPlainText(); }

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
};
