#pragma once

#include <QList>
#include <QRectF>

// Which of a fixed set of boxes meet an area, answered in time that grows with the boxes found
// rather than with the whole set: a uniform grid over the boxes' extent, about two boxes to a
// cell. Built once; the boxes never change afterwards.
//
// Boxes may have no width or height (a point is a box of no size) and still meet an area;
// edges count, unlike QRectF::intersects(). Units are the caller's (the map's world units).
class SpatialIndex
{
public:
    SpatialIndex() = default;
    explicit SpatialIndex(const QList<QRectF> &boxes);

    // The indices of the boxes that meet `area` (edges included), ascending, each once.
    QList<int> query(const QRectF &area) const;
    qsizetype size() const { return m_boxes.size(); }
    // The box around all boxes; empty when there are none.
    const QRectF &bounds() const { return m_bounds; }

    // Whether two boxes meet, edges included, whatever their size.
    static bool meets(const QRectF &a, const QRectF &b)
    {
        return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
            && b.top() <= a.bottom();
    }

private:
    int column(double x) const;
    int row(double y) const;

    QList<QRectF> m_boxes;
    QRectF m_bounds;
    int m_columns = 0;
    int m_rows = 0;
    double m_cellWidth = 1;
    double m_cellHeight = 1;
    QList<QList<int>> m_cells; // row by row; each cell's box indices, ascending
};
