#pragma once

// Registers the fonts the program carries (Vazirmatn: Persian, and Latin with every
// Azerbaijani letter) and makes them the interface font, so that the window and the PDF look
// the same on every machine and no glyph is ever missing.
class BundledFonts
{
public:
    static constexpr const char *Family = "Vazirmatn";

    // Idempotent; returns false when a font could not be loaded.
    static bool install();
};
