// SPDX-License-Identifier: MIT
#include "clioutput.h"

namespace {

// Messages quote server text: no escape sequence may reach the terminal.
QByteArray prefixed(const QString &message)
{
    QString clean = message;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    return QByteArrayLiteral("veza-task-cli: ") + clean.toUtf8();
}

} // namespace

void CliOutput::writeLine(FILE *file, QByteArrayView line)
{
    if (!line.isEmpty()) // an empty view's data() may be null, which fwrite must not get
        std::fwrite(line.data(), 1, std::size_t(line.size()), file);
    std::fputc('\n', file);
    std::fflush(file);
}

void CliOutput::data(const QString &line) const
{
    if (!m_quiet)
        writeLine(m_out, line.toUtf8());
}

void CliOutput::data(const QByteArray &line) const
{
    if (!m_quiet)
        writeLine(m_out, line);
}

void CliOutput::dataPart(QByteArrayView part) const
{
    if (!m_quiet && !part.isEmpty())
        std::fwrite(part.data(), 1, std::size_t(part.size()), m_out);
}

void CliOutput::endData() const
{
    if (!m_quiet)
        writeLine(m_out, {});
}

void CliOutput::progress(const QString &message) const
{
    if (showsProgress())
        writeLine(m_err, prefixed(message));
}

void CliOutput::error(const QString &message) const
{
    writeLine(m_err, prefixed(message));
}
