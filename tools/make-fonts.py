#!/usr/bin/python3
"""Gives the bundled Noto Sans Arabic the punctuation that Persian text uses and it lacks.

Noto Sans Arabic has no ( ) [ ] – | / % and others; Qt takes each of them from Noto Sans, which
ends the run of glyphs, and the PDF then writes a new text object (font, colour, position) for
a single bracket. This copies those glyphs, with their advance widths, their cmap entries and
the components of composite glyphs, from Noto Sans (Regular into Regular, Bold into Bold) into
Noto Sans Arabic, and writes the result over resources/fonts/NotoSansArabic-*.ttf. Both fonts
are 1000 units per em. The sources are Debian's fonts-noto-core files (the Arabic ones must be
the unmodified originals); the output is the same bytes on every run.

usage: /usr/bin/python3 tools/make-fonts.py [NOTO_DIRECTORY]   (needs python3-fonttools)
A tool for regenerating committed files, not a build dependency.
"""

import os
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import ttProgram

# Every ASCII sign that is not a letter or digit, the dashes, quotes and dots of Persian
# briefings and of the program's Persian translations, and the invisible marks around names.
CHARACTERS = sorted(
    {c for c in range(0x21, 0x7F) if not chr(c).isalnum()}
    | {0x00B0, 0x00B1, 0x00B7, 0x00D7, 0x2012, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C,
       0x201D, 0x2022, 0x2026, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0x2212})

FAMILY = "Noto Sans Arabic Briefing"
PREFIX = "latn."  # copied glyphs' names, apart from the Arabic font's own


def copy_glyph(name, source, target, copied):
    """Copies the glyph NAME (and, for a composite, its components); returns its new name."""
    if name in copied:
        return copied[name]
    new = PREFIX + name
    copied[name] = new
    glyph = source["glyf"][name]
    glyph.expand(source["glyf"])
    if glyph.isComposite():
        for component in glyph.components:
            component.glyphName = copy_glyph(component.glyphName, source, target, copied)
    # The hinting programs call functions of Noto Sans's own fpgm; unhinted is safe.
    glyph.program = ttProgram.Program()
    glyph.program.fromBytecode(b"")
    target["glyf"].glyphs[new] = glyph
    target.getGlyphOrder().append(new)
    target["hmtx"].metrics[new] = source["hmtx"].metrics[name]
    return new


def make(latin_path, arabic_path, out_path):
    source = TTFont(latin_path)
    # The same bytes on every run: keep the original's modification time.
    target = TTFont(arabic_path, recalcTimestamp=False)
    if source["head"].unitsPerEm != target["head"].unitsPerEm:
        sys.exit(f"{latin_path} and {arabic_path} differ in units per em")
    target_cmap = target.getBestCmap()
    if any(PREFIX in name for name in target.getGlyphOrder()):
        sys.exit(f"{arabic_path} has been through this tool already: give the original")
    source_cmap = source.getBestCmap()
    order = list(target.getGlyphOrder())
    target["glyf"].glyphOrder = order
    target.setGlyphOrder(order)
    copied = {}
    added = {}
    for code in CHARACTERS:
        if code in target_cmap or code not in source_cmap:
            continue
        added[code] = copy_glyph(source_cmap[code], source, target, copied)
    target.setGlyphOrder(target.getGlyphOrder())
    target["glyf"].glyphOrder = target.getGlyphOrder()
    target["maxp"].numGlyphs = len(target.getGlyphOrder())
    for table in target["cmap"].tables:
        if table.isUnicode():
            for code, name in added.items():
                if code <= 0xFFFF or table.format in (12, 13):
                    table.cmap[code] = name
    if "post" in target and target["post"].formatType == 2.0:
        target["post"].extraNames = []
        target["post"].mapping = {}
    # A family name of its own: where Debian's Noto Sans Arabic is installed too, Qt would
    # otherwise take the system's file, which lacks these glyphs.
    for record in target["name"].names:
        if record.nameID in (1, 3, 4, 6, 16, 21):
            text = record.toUnicode()
            text = text.replace("Noto Sans Arabic", FAMILY).replace(
                "NotoSansArabic", FAMILY.replace(" ", ""))
            record.string = text
    target.save(out_path, reorderTables=True)
    return sorted(added)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    noto = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/noto"
    fonts = os.path.join(root, "resources", "fonts")
    for style in ("Regular", "Bold"):
        out = os.path.join(fonts, f"NotoSansArabic-{style}.ttf")
        added = make(os.path.join(noto, f"NotoSans-{style}.ttf"),
                     os.path.join(noto, f"NotoSansArabic-{style}.ttf"), out)
        print(f"{out}: {len(added)} characters added:",
              " ".join(f"{c:04X}" for c in added))


if __name__ == "__main__":
    main()
