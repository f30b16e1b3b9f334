#include "export/briefingfigureobject.h"

#include <QPainter>

BriefingFigureObject::BriefingFigureObject(QObject *parent) : QObject(parent)
{
}

int BriefingFigureObject::add(const ExportOptions::Figure &figure)
{
    m_figures.append(figure);
    return int(m_figures.size()) - 1;
}

QSizeF BriefingFigureObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return {format.doubleProperty(FigureWidth), format.doubleProperty(FigureHeight)};
}

void BriefingFigureObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                      const QTextFormat &format)
{
    const int index = format.intProperty(FigureIndex);
    if (index < 0 || index >= m_figures.size() || !m_figures.at(index))
        return;
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    m_figures.at(index)(painter, rect);
    painter->restore();
}
