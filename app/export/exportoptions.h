#pragma once

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QRectF;

// What an export of a briefing covers, and how: the language everything is written in, the
// paper, the part of the briefing ("export what I see") and the figures.
struct ExportOptions
{
    enum class Scope {
        Whole,  // the whole briefing
        Area,   // one agenda area: `areaId`
        Events, // the events `eventIds` (the timeline as filtered on screen)
    };

    // Paints a figure into a rectangle of the page. On a PDF or SVG device the painting stays
    // vector, so the views hand over their own painters here.
    using Figure = std::function<void(QPainter *painter, const QRectF &rect)>;

    QString language = QStringLiteral("en");
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    Scope scope = Scope::Whole;
    QString areaId;
    QStringList eventIds;
    // The families every text is set in, in order; together they must cover all three
    // languages (the bundled Noto Sans and Noto Sans Arabic do), else glyphs go missing in the
    // PDF. Noto Sans Arabic maps every form it shapes back to its letter, so Persian text
    // copied or searched in the PDF comes out whole.
    QStringList fontFamilies = {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic")};
    Figure timelineFigure; // left out when empty
    Figure mapFigure;      // left out when empty
    // Asked between pages; true stops the export, which then leaves nothing behind.
    std::function<bool()> cancelled;
};
