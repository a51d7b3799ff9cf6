// SPDX-License-Identifier: MIT
#include "jsontext.h"

#include "jsonindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

QJsonDocument parseJsonDocument(QByteArray text, QJsonParseError *error)
{
    // Escaped, U+FEFF is kept wherever it stands; one that opens the document is a byte order mark, skipped by Qt.
    const QByteArrayView rawBom("\xEF\xBB\xBF");
    qsizetype at = text.indexOf(rawBom, 1);
    if (at > 0) {
        QByteArray escaped;
        escaped.reserve(text.size() + 64);
        qsizetype from = 0;
        for (; at > 0; at = text.indexOf(rawBom, from)) {
            qsizetype backslashes = 0;
            while (at - backslashes > 0 && text.at(at - backslashes - 1) == '\\')
                ++backslashes;
            // After an odd run of backslashes it is an escape of its own, invalid: left so that it stays invalid.
            const QByteArrayView mark = backslashes % 2 ? rawBom : QByteArrayView("\\uFEFF");
            escaped.append(QByteArrayView(text).sliced(from, at - from)).append(mark);
            from = at + rawBom.size();
        }
        escaped.append(QByteArrayView(text).sliced(from));
        text = std::move(escaped);
    }
    return QJsonDocument::fromJson(text, error);
}

JsonText JsonText::fromValue(const QJsonValue &value)
{
    JsonText json;
    if (value.isObject()) {
        json.m_text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    } else if (value.isArray()) {
        json.m_text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    } else if (!value.isUndefined()) {
        // A document holds only arrays and objects: a scalar is written inside one and taken out.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        json.m_text = wrapped.sliced(1, wrapped.size() - 2);
    }
    return json;
}

JsonText JsonText::fromText(QByteArray text)
{
    JsonText json;
    json.m_text = std::move(text);
    return json;
}

bool JsonText::isNull() const
{
    return m_text == "null";
}

bool JsonText::isValid() const
{
    return !isUndefined() && JsonIndex::build(m_text, 0).has_value();
}

QJsonValue JsonText::toValue() const
{
    if (isUndefined())
        return QJsonValue::Undefined;
    const QByteArray trimmed = m_text.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument document = parseJsonDocument(trimmed, &error);
        if (error.error != QJsonParseError::NoError)
            return QJsonValue::Undefined;
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    QJsonParseError error;
    const QJsonDocument document = parseJsonDocument('[' + trimmed + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue::Undefined;
    return document.array().at(0);
}
