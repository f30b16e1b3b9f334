#pragma once

#include "document/briefing.h"

#include <QMetaType>
#include <QString>

// Which colour a severity, a status or a confidence has: the one rule for the lists, the
// detail pane, the overview and the export. A chip always carries its word; the colour only
// helps the eye find it.
//
// The colours are readable on white and tell the values of one scale apart by lightness as
// well as by hue, so that they stay apart for a reader who does not see red and green: the
// value that needs attention is dark with white text, the middle one mid-light, the calm one
// pale. Colours are #rrggbb strings, so that the models and the HTML need no Qt Gui.
class ChipStyle
{
public:
    struct Colours
    {
        QString fill; // the chip's background
        QString ink;  // its word
        friend bool operator==(const Colours &a, const Colours &b)
        {
            return a.fill == b.fill && a.ink == b.ink;
        }
    };

    ChipStyle() = delete;

    static Colours of(Tension::Severity severity);
    static Colours of(Tension::Status status);
    static Colours of(Outcome::Status status);
    // Empty colours for Unstated: no chip is shown then.
    static Colours of(Confidence confidence);

    // The word on its chip, as HTML for Qt's rich text and for browsers alike; `word` is
    // plain text and is escaped here.
    static QString html(const QString &word, const Colours &colours);
};

Q_DECLARE_METATYPE(ChipStyle::Colours)
