#include "map/labelgrid.h"

#include <algorithm>
#include <cmath>

LabelGrid::LabelGrid(const QRectF &area, double cellSize)
    : m_area(area.normalized()), m_cellSize(cellSize > 0 ? cellSize : 48)
{
    m_columns = std::max(1, int(std::ceil(m_area.width() / m_cellSize)));
    m_rows = std::max(1, int(std::ceil(m_area.height() / m_cellSize)));
    m_cells.resize(qsizetype(m_columns) * m_rows);
    m_full.resize(m_cells.size(), false);
}

LabelGrid::Span LabelGrid::span(const QRectF &rect) const
{
    // Cells outside the area are folded into the border ones.
    const auto cell = [this](double v, double origin, int count) {
        const double index = std::floor((v - origin) / m_cellSize);
        return int(std::clamp(index, 0.0, double(count - 1)));
    };
    return {cell(rect.left(), m_area.left(), m_columns), cell(rect.right(), m_area.left(), m_columns),
            cell(rect.top(), m_area.top(), m_rows), cell(rect.bottom(), m_area.top(), m_rows)};
}

bool LabelGrid::isFree(const QRectF &rect) const
{
    const Span s = span(rect.normalized());
    for (int r = s.r0; r <= s.r1; ++r) {
        for (int c = s.c0; c <= s.c1; ++c) {
            if (m_full.at(qsizetype(r) * m_columns + c))
                return false;
        }
    }
    for (int r = s.r0; r <= s.r1; ++r) {
        for (int c = s.c0; c <= s.c1; ++c) {
            for (const int i : m_cells.at(qsizetype(r) * m_columns + c)) {
                if (rect.intersects(m_taken.at(i)))
                    return false;
            }
        }
    }
    return true;
}

void LabelGrid::take(const QRectF &rect)
{
    const int index = int(m_taken.size());
    m_taken.append(rect);
    const Span s = span(rect.normalized());
    for (int r = s.r0; r <= s.r1; ++r) {
        for (int c = s.c0; c <= s.c1; ++c) {
            const qsizetype cell = qsizetype(r) * m_columns + c;
            if (m_full.at(cell))
                continue;
            m_cells[cell].append(index);
            if (m_cells.at(cell).size() >= MaxPerCell) {
                m_full[cell] = true;
                m_cells[cell] = {};
            }
        }
    }
}
