#include "export/exportstyle.h"

namespace {

// The style sheet with each {name} of the palette replaced by its colour.
QString withPalette(QString css)
{
    using P = ExportStyle::Palette;
    const std::pair<const char *, const char *> colours[] = {
        {"{heading}", P::Heading},         {"{text}", P::Text},
        {"{subheading}", P::Subheading},   {"{secondary}", P::Secondary},
        {"{meta}", P::Meta},               {"{note}", P::Note},
        {"{link}", P::Link},               {"{classification}", P::Classification},
        {"{rule-light}", P::RuleLight},    {"{table-border}", P::TableBorder},
        {"{row-tint}", P::RowTint},        {"{on-heading}", P::OnHeading},
    };
    for (const auto &[name, colour] : colours)
        css.replace(QLatin1String(name), QLatin1String(colour));
    return css;
}

} // namespace

QString ExportStyle::pageStyleSheet()
{
    static const QString css = withPalette(QStringLiteral(
        "h1 { font-size: 18pt; font-weight: bold; color: {heading}; margin-top: 0px; "
        "margin-bottom: 12px; }"
        "h2 { font-size: 13pt; font-weight: bold; color: {heading}; margin-top: 14px; "
        "margin-bottom: 5px; }"
        "h3 { font-size: 11pt; font-weight: bold; color: {subheading}; margin-top: 12px; "
        "margin-bottom: 3px; }"
        "p { margin-top: 0px; margin-bottom: 6px; line-height: 125%; }"
        // A figure's line is as tall as the figure: the text's line spacing would add a
        // quarter of the figure's height below it.
        ".figure { line-height: 100%; }"
        ".meta { color: {meta}; font-size: 9pt; }"
        ".note { color: {note}; font-style: italic; font-size: 9.5pt; }"
        ".cite { color: {heading}; font-size: 8.5pt; }"
        ".caption { color: {meta}; font-size: 9pt; margin-top: 4px; margin-bottom: 12px; }"
        ".label { color: {meta}; font-weight: bold; }"
        ".toctitle { font-size: 18pt; font-weight: bold; color: {heading}; margin-bottom: 14px; }"
        "table.events { border-collapse: collapse; border-color: {table-border}; "
        "border-style: solid; }"
        "table.events th { background-color: {heading}; color: {on-heading}; font-weight: bold; }"
        "table.events td { font-size: 9.5pt; }"
        "tr.odd { background-color: {row-tint}; }"
        ".date { color: {secondary}; }"
        ".lane { color: {meta}; }"
        "table.sources td { font-size: 9pt; }"
        ".num { color: {heading}; font-weight: bold; }"
        "a { color: {link}; text-decoration: none; }"
        ".classification { font-size: 11pt; font-weight: bold; color: {classification}; }"
        ".kicker { font-size: 12pt; color: {meta}; margin-bottom: 6px; }"
        ".covertitle { font-size: 26pt; font-weight: bold; color: {heading}; line-height: 115%; "
        "margin-bottom: 10px; }"
        ".coversubtitle { font-size: 14pt; color: {secondary}; margin-bottom: 14px; }"
        "table.cover td { font-size: 11pt; }"));
    return css;
}

QString ExportStyle::htmlStyleSheet(bool rightToLeft)
{
    static const QString css = withPalette(QStringLiteral(
        "body{font-family:'Noto Sans','Noto Sans Arabic Briefing','Noto Sans Arabic',sans-serif;color:{text};"
        "max-width:52em;margin:2em auto;padding:0 1.5em;line-height:1.55;font-size:11pt}"
        "h1{color:{heading};font-size:1.6em;border-bottom:2px solid {heading};"
        "padding-bottom:.2em;margin-top:2em}"
        "h2{color:{heading};font-size:1.2em}h3{font-size:1.05em;margin-bottom:.2em}"
        ".meta,.caption{color:{meta};font-size:.9em}.note{color:{note};font-style:italic}"
        ".cite{color:{heading};font-size:.85em}.label{color:{meta};font-weight:bold;"
        "vertical-align:top;padding-inline-end:1em}"
        "table{border-collapse:collapse;width:100%}td,th{padding:.3em .5em;vertical-align:top;"
        "text-align:start}"
        "table.events th{background:{heading};color:{on-heading}}table.events td{"
        "border-bottom:1px solid {rule-light}}tr.odd{background:{row-tint}}"
        ".cover{border-top:10px solid {heading};padding-top:1em;margin-bottom:2em}"
        ".classification{color:{classification};font-weight:bold}.kicker{color:{meta}}"
        ".covertitle{font-size:2.1em;font-weight:bold;color:{heading};margin:.2em 0}"
        ".coversubtitle{font-size:1.2em}"
        ".figure svg{max-width:100%;height:auto}"
        "a{color:{link}}nav ol{padding-inline-start:1.5em}"
        // The chips' colours are on each chip (ChipStyle); a browser rounds them.
        ".chip{border-radius:.7em;padding:0 .2em;white-space:nowrap;font-size:.95em}"));
    return rightToLeft ? css + QStringLiteral("body{direction:rtl}") : css;
}
