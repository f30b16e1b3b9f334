#include "map/spatialindex.h"

#include <algorithm>
#include <cmath>

namespace {

// Enough cells that a small area meets few boxes, few enough that a large one walks few cells.
constexpr int MaxCellsPerSide = 256;

} // namespace

SpatialIndex::SpatialIndex(const QList<QRectF> &boxes)
{
    m_boxes.reserve(boxes.size());
    for (const QRectF &box : boxes)
        m_boxes.append(box.normalized());
    if (m_boxes.isEmpty())
        return;

    double left = m_boxes.constFirst().left();
    double right = m_boxes.constFirst().right();
    double top = m_boxes.constFirst().top();
    double bottom = m_boxes.constFirst().bottom();
    for (const QRectF &box : std::as_const(m_boxes)) {
        left = std::min(left, box.left());
        right = std::max(right, box.right());
        top = std::min(top, box.top());
        bottom = std::max(bottom, box.bottom());
    }
    m_bounds = QRectF(QPointF(left, top), QPointF(right, bottom));

    const double width = right - left;
    const double height = bottom - top;
    const double cells = std::max<double>(1, double(m_boxes.size()) / 2);
    if (width > 0 && height > 0) {
        m_columns = int(std::lround(std::sqrt(cells * width / height)));
        m_columns = std::clamp(m_columns, 1, MaxCellsPerSide);
        m_rows = std::clamp(int(std::ceil(cells / m_columns)), 1, MaxCellsPerSide);
    } else {
        // All on one line (or one point): cells along it only.
        const int along = std::clamp(int(std::lround(cells)), 1, MaxCellsPerSide);
        m_columns = width > 0 ? along : 1;
        m_rows = height > 0 ? along : 1;
    }
    m_cellWidth = width > 0 ? width / m_columns : 1;
    m_cellHeight = height > 0 ? height / m_rows : 1;

    m_cells.resize(qsizetype(m_columns) * m_rows);
    for (int i = 0; i < m_boxes.size(); ++i) {
        const QRectF &box = m_boxes.at(i);
        for (int r = row(box.top()); r <= row(box.bottom()); ++r) {
            for (int c = column(box.left()); c <= column(box.right()); ++c)
                m_cells[qsizetype(r) * m_columns + c].append(i);
        }
    }
}

int SpatialIndex::column(double x) const
{
    return std::clamp(int(std::floor((x - m_bounds.left()) / m_cellWidth)), 0, m_columns - 1);
}

int SpatialIndex::row(double y) const
{
    return std::clamp(int(std::floor((y - m_bounds.top()) / m_cellHeight)), 0, m_rows - 1);
}

QList<int> SpatialIndex::query(const QRectF &area) const
{
    QList<int> found;
    const QRectF a = area.normalized();
    if (m_boxes.isEmpty() || !meets(a, m_bounds))
        return found;
    const int c0 = column(a.left());
    const int c1 = column(a.right());
    const int r0 = row(a.top());
    const int r1 = row(a.bottom());
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            for (const int i : m_cells.at(qsizetype(r) * m_columns + c)) {
                const QRectF &box = m_boxes.at(i);
                if (!meets(box, a))
                    continue;
                // A box in several cells is reported by one only: the cell of the top left
                // corner of its overlap with the area.
                if (column(std::max(box.left(), a.left())) == c
                    && row(std::max(box.top(), a.top())) == r) {
                    found.append(i);
                }
            }
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}
