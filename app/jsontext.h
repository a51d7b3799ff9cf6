// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMetaType>

class QJsonParseError;

// QJsonDocument::fromJson that keeps a U+FEFF written raw at the start of a string: Qt 6.4's parser drops it when a
// string becomes a QString, yet compares keys with it, so "\uFEFFstate" is neither found as "state" nor written back
// as what was read. Every JSON document from outside is parsed through this.
QJsonDocument parseJsonDocument(QByteArray text, QJsonParseError *error = nullptr);

// A JSON value kept as its text: a result of tens of MB costs its size here, where a parsed QJsonValue costs about
// seven times that. Copies share the bytes. Parsed only when asked, which for a large value belongs off the GUI
// thread.
class JsonText
{
public:
    JsonText() = default; // undefined: the field was absent

    // Compact text of a parsed value; undefined stays undefined.
    static JsonText fromValue(const QJsonValue &value);
    // Text that should hold one JSON value (as received, or as stored). Whoever shows or parses it checks it.
    static JsonText fromText(QByteArray text);

    [[nodiscard]] bool isUndefined() const { return m_text.isEmpty(); }
    [[nodiscard]] bool isNull() const;
    // Neither undefined nor null: there is something to show.
    [[nodiscard]] bool isPresent() const { return !isUndefined() && !isNull(); }
    [[nodiscard]] const QByteArray &text() const { return m_text; }
    [[nodiscard]] qsizetype size() const { return m_text.size(); }
    // Whether the text is one valid JSON value (a stored one may be damaged); undefined is not valid.
    [[nodiscard]] bool isValid() const;
    // Parsed; Undefined when undefined or when the text is not JSON (a damaged store).
    [[nodiscard]] QJsonValue toValue() const;

    friend bool operator==(const JsonText &, const JsonText &) = default;

private:
    QByteArray m_text;
};
Q_DECLARE_METATYPE(JsonText)
