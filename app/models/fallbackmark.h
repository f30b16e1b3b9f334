#pragma once

#include "document/localizedtext.h"
#include "models/chipstyle.h"

#include <QCoreApplication>
#include <QString>

// Text shown in another language than the reader chose says so, the same way in the window,
// the PDF and the HTML copy: a small label after it ("in English", in the interface language)
// on a pale amber tint, so that a reader never quotes an English sentence as the Persian one.
class FallbackMark
{
    Q_DECLARE_TR_FUNCTIONS(FallbackMark)

public:
    FallbackMark() = delete;

    // "in English" when `resolved` is written in another language than `asked`; else empty.
    static QString label(const LocalizedText::Resolved &resolved, const QString &asked);
    // The label on its tint as HTML for Qt's rich text and for browsers alike, with a space
    // before it; `label` is plain text and escaped here. Empty for an empty label.
    static QString html(const QString &label);
    // The tint the label is drawn on, in the lists as in html().
    static ChipStyle::Colours colours();
};
