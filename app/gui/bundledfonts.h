#pragma once

#include <QStringList>

// Registers the fonts the program carries (Noto Sans: Latin with every Azerbaijani letter;
// Noto Sans Arabic: Persian) and makes them the interface font, so that the window and the PDF
// look the same on every machine and no glyph is ever missing.
class BundledFonts
{
public:
    static QStringList families();

    // Idempotent; returns false when a font could not be loaded.
    static bool install();
};
