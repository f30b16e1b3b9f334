#pragma once

#include <QHash>
#include <QList>
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

    // A figure of the timeline: its painter, the window of time it shows ([start, end) in
    // Julian days; the whole span when start >= end), its height / width, and whether it is
    // the strip of the whole span set above a closer figure.
    struct TimelineView
    {
        Figure paint;
        double start = 0;
        double end = 0;
        double aspect = 0.5;
        bool overview = false;
    };
    // The timeline's figures for the events of the table, numbered as the table numbers them
    // (event id → number): on paper, an event without room for its title is marked with its
    // number, and a "+N" badge lists the numbers it holds.
    using TimelineFigures =
        std::function<QList<TimelineView>(const QHash<QString, int> &numbers)>;

    QString language = QStringLiteral("en");
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    Scope scope = Scope::Whole;
    QString areaId;
    QStringList eventIds;
    // The families every text is set in, in order; together they must cover all three
    // languages (the bundled Noto Sans and Noto Sans Arabic do), else glyphs go missing in the
    // PDF. Noto Sans Arabic maps every form it shapes back to its letter, so Persian text
    // copied or searched in the PDF comes out whole.
    QStringList fontFamilies = {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic Briefing")};
    TimelineFigures timelineFigure; // left out when empty
    Figure mapFigure;      // left out when empty
    // Asked between pages; true stops the export, which then leaves nothing behind.
    std::function<bool()> cancelled;
};
