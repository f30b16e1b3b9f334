#pragma once

#include "export/exportoptions.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

// The SVG text of an export figure drawn at 700 × 500, to read the words it prints.
inline QString figureSvg(const ExportOptions::Figure &figure)
{
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(700, 500));
        QPainter painter(&generator);
        figure(&painter, QRectF(0, 0, 700, 500));
    }
    return QString::fromUtf8(svg.data());
}
