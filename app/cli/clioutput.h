// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// Where the CLI writes: data on stdout, progress and errors on stderr, each line flushed at once so that
// a script reading a pipe sees every change when it happens.
class CliOutput final
{
    Q_DISABLE_COPY_MOVE(CliOutput)
public:
    CliOutput(FILE *out, FILE *err)
        : m_out(out)
        , m_err(err)
    {
    }

    // --quiet: errors only. Progress: stderr is a terminal, or --progress.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    void setProgress(bool progress) { m_progress = progress; }
    void setJson(bool json) { m_json = json; }
    [[nodiscard]] bool isQuiet() const { return m_quiet; }
    [[nodiscard]] bool showsProgress() const { return m_progress && !m_quiet; }
    [[nodiscard]] bool isJson() const { return m_json; }

    // A line of results on stdout, unless quiet.
    void data(const QString &line) const;
    void data(const QByteArray &line) const;
    // A line of results written in parts (a result of tens of MB is never copied into a line first): the parts,
    // then endData(). Nothing unless quiet.
    void dataPart(QByteArrayView part) const;
    void endData() const;
    // A line of progress on stderr, when progress is shown.
    void progress(const QString &message) const;
    // "veza-task-cli: message" on stderr, always.
    void error(const QString &message) const;

private:
    static void writeLine(FILE *file, QByteArrayView line);

    FILE *m_out = nullptr;
    FILE *m_err = nullptr;
    bool m_quiet = false;
    bool m_progress = false;
    bool m_json = false;
};
