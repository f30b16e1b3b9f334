#pragma once

#include <QList>
#include <QRectF>

// The rectangles already taken on a map (labels, markers, overlays), for placing names so that
// none covers another: whether a new rectangle is free is answered from the few rectangles
// near it, found through a grid of square cells over the view, not from all of them.
//
// "Free" means it overlaps no taken rectangle, as QRectF::intersects() says: rectangles that
// only touch do not collide. Rectangles may reach outside the grid's area.
//
// A cell that has had MaxPerCell rectangles taken in it is full: every rectangle that reaches
// into it counts as not free, and what is taken there later is not looked at again. No name
// finds room among so many markers anyway, and so an answer never looks at more than
// MaxPerCell rectangles a cell, however many places crowd one spot.
class LabelGrid
{
public:
    static constexpr int MaxPerCell = 64;

    explicit LabelGrid(const QRectF &area, double cellSize = 48);

    bool isFree(const QRectF &rect) const;
    void take(const QRectF &rect);
    // Everything taken, in the order it was taken.
    const QList<QRectF> &taken() const { return m_taken; }

private:
    struct Span
    {
        int c0, c1, r0, r1;
    };
    Span span(const QRectF &rect) const;

    QRectF m_area;
    double m_cellSize;
    int m_columns;
    int m_rows;
    QList<QRectF> m_taken;
    QList<QList<int>> m_cells; // row by row; indices into m_taken
    QList<bool> m_full;        // row by row
};
