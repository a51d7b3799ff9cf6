// SPDX-License-Identifier: MIT
// Build tool: renders the application's SVG icon to the hicolor PNG sizes, so the PNGs never drift from the SVG.
// Usage: veza-render-icon ICON.svg OUTPUT_DIR NAME SIZE... (writes OUTPUT_DIR/SIZExSIZE/apps/NAME.png)
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 5) {
        std::fputs("usage: veza-render-icon ICON.svg OUTPUT_DIR NAME SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "veza-render-icon: cannot read %s\n", argv[1]);
        return 1;
    }
    const QDir output(QString::fromLocal8Bit(argv[2]));
    const QString name = QString::fromLocal8Bit(argv[3]);
    for (int i = 4; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            std::fprintf(stderr, "veza-render-icon: bad size %s\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString directory = QStringLiteral("%1x%1/apps").arg(size);
        const QString path = output.filePath(directory + u'/' + name + QStringLiteral(".png"));
        if (!output.mkpath(directory) || !image.save(path, "PNG")) {
            std::fprintf(stderr, "veza-render-icon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
