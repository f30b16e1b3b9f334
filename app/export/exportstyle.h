#pragma once

#include <QString>

// How the exported briefing looks, said once: the palette, and the two style sheets built from
// it, one in the subset of CSS that Qt's rich text lays out for the PDF, one for browsers for
// the HTML copy. A colour changed here changes both.
class ExportStyle
{
public:
    struct Palette
    {
        static constexpr const char *Heading = "#0b2e4f";     // titles, rules, numbers
        static constexpr const char *Text = "#1a1a1a";
        static constexpr const char *Subheading = "#1c1c1c";
        static constexpr const char *Secondary = "#333333";   // dates, the cover's subtitle
        static constexpr const char *Meta = "#5a5a5a";        // labels, captions, lanes
        static constexpr const char *Note = "#4a4a4a";
        static constexpr const char *Link = "#1a4f8b";
        static constexpr const char *Classification = "#8b1a1a";
        static constexpr const char *RuleLight = "#d5dde5";   // between rows of a table
        static constexpr const char *TableBorder = "#b8c4d0";
        static constexpr const char *RowTint = "#eef2f6";     // every other row
        static constexpr const char *OnHeading = "#ffffff";   // text on the heading colour
    };

    static QString pageStyleSheet();
    static QString htmlStyleSheet(bool rightToLeft);
};
