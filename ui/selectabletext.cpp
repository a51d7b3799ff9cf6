// SPDX-License-Identifier: MIT
#include "selectabletext.h"

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QTextDocument>

#include <cmath>

QLabel *selectableLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

SelectableText::SelectableText(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDocumentMargin(0);
    // Drawn on the pane's own background, like the labels beside it.
    viewport()->setAutoFillBackground(false);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        [this] { updateGeometry(); });
}

void SelectableText::setText(const QString &text)
{
    if (text == toPlainText())
        return;
    setPlainText(text);
    updateGeometry();
}

int SelectableText::heightForWidth(int width) const
{
    // A throwaway document laid out at that width: the widget's own is laid out at its current width only.
    QTextDocument document;
    document.setDefaultFont(font());
    document.setDocumentMargin(0);
    document.setDefaultTextOption(this->document()->defaultTextOption());
    document.setPlainText(toPlainText().isEmpty() ? QStringLiteral(" ") : toPlainText());
    const int frame = 2 * frameWidth();
    document.setTextWidth(std::max(1, width - frame));
    return int(std::ceil(document.size().height())) + frame;
}

QSize SelectableText::sizeHint() const
{
    // As wide as the text up to a few dozen characters: a long id asks for no more and wraps instead.
    const QFontMetrics metrics = fontMetrics();
    const int width
        = std::min(metrics.horizontalAdvance(toPlainText()) + 2 * frameWidth() + 2, metrics.averageCharWidth() * 40);
    return {std::max(width, metrics.averageCharWidth() * 6), heightForWidth(width)};
}

QSize SelectableText::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 6, metrics.lineSpacing() + 2 * frameWidth()};
}
