#include "models/chipstyle.h"

#include "document/htmltext.h"

namespace {

ChipStyle::Colours colours(const char *fill, const char *ink)
{
    return {QString::fromLatin1(fill), QString::fromLatin1(ink)};
}

} // namespace

ChipStyle::Colours ChipStyle::of(Tension::Severity severity)
{
    switch (severity) {
    case Tension::Severity::Low: return colours("#dbeafe", "#1e3a8a");    // pale blue
    case Tension::Severity::Medium: return colours("#f59e0b", "#2b1400"); // amber
    case Tension::Severity::High: return colours("#b91c1c", "#ffffff");   // dark red
    }
    return {};
}

ChipStyle::Colours ChipStyle::of(Tension::Status status)
{
    switch (status) {
    case Tension::Status::Open: return colours("#7c2d12", "#ffffff");     // dark brown
    // Lime, not yellow: beside the amber of a medium severity in the same row it must not
    // read as the same chip.
    case Tension::Status::Easing: return colours("#a3e635", "#1a2e05");   // lime
    case Tension::Status::Resolved: return colours("#dcfce7", "#14532d"); // pale green
    // Grey: nothing is known, so no colour that could be read as a judgement.
    case Tension::Status::Unknown: return colours("#8b8b8b", "#000000");  // mid grey
    }
    return {};
}

ChipStyle::Colours ChipStyle::of(Outcome::Status status)
{
    switch (status) {
    case Outcome::Status::Expected: return colours("#f3f4f6", "#1f2937");   // pale grey
    case Outcome::Status::Signed: return colours("#60a5fa", "#0b1f4d");     // mid blue
    case Outcome::Status::Achieved: return colours("#166534", "#ffffff");   // dark green
    case Outcome::Status::NotReached: return colours("#fca5a5", "#450a0a"); // light red
    case Outcome::Status::Unclear: return colours("#8b5cf6", "#000000");    // violet
    }
    return {};
}

ChipStyle::Colours ChipStyle::of(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Verified: return colours("#0f766e", "#ffffff");       // dark teal
    case Confidence::PartlyVerified: return colours("#2dd4bf", "#042f2e"); // mid teal
    case Confidence::Unverified: return colours("#fed7aa", "#7c2d12");     // pale orange
    case Confidence::Unstated: break;
    }
    return {};
}

QString ChipStyle::html(const QString &word, const Colours &colours)
{
    if (colours.fill.isEmpty())
        return HtmlText::escape(word);
    // Qt's rich text draws no padding or rounded corners on a span: no-break spaces give the
    // word room inside its colour, and the class rounds it in a browser. A chip of two words
    // («رو به کاهش», "Not reached") never breaks across lines.
    return QStringLiteral("<span class=\"chip\" style=\"background-color:%1; color:%2\">"
                          "&nbsp;%3&nbsp;</span>")
        .arg(colours.fill, colours.ink,
             HtmlText::escape(word).replace(u' ', QStringLiteral("&nbsp;")));
}
