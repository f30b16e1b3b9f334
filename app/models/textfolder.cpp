#include "models/textfolder.h"

#include <QList>

namespace {

// Characters that carry no meaning for a match: Arabic-script diacritics (harakat, shadda,
// sukun, superscript alef), tatweel, and the joiners and direction marks that typists insert
// inconsistently.
bool isIgnorable(char32_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || c == 0x200C
        || c == 0x200D || c == 0x200E || c == 0x200F || c == 0x00AD;
}

char32_t foldLetter(char32_t c)
{
    switch (c) {
    // Azerbaijani letters that Unicode does not decompose into a base letter and a mark.
    case 0x0259: case 0x018F: return U'e'; // ə Ə
    case 0x0131: return U'i';              // ı (dotless i)
    case 0x0130: return U'i';              // İ
    // Arabic forms typed on Arabic keyboards, and letter variants Persian readers equate.
    case 0x064A: case 0x0649: return 0x06CC; // ي ى -> ی
    case 0x0643: return 0x06A9;              // ك -> ک
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627; // أ إ آ ٱ -> ا
    case 0x0629: return 0x0647;              // ة -> ه
    case 0x0624: return 0x0648;              // ؤ -> و
    case 0x0626: return 0x06CC;              // ئ -> ی
    default: break;
    }
    return c;
}

} // namespace

QString TextFolder::fold(QStringView text)
{
    // Decompose, so that accents become separate marks that can be dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    const QList<uint> codePoints = decomposed.toUcs4();
    for (char32_t c : codePoints) {
        if (QChar::category(c) == QChar::Mark_NonSpacing || isIgnorable(c))
            continue;
        c = foldLetter(c);
        c = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(c)) {
            folded += QChar(QChar::highSurrogate(c));
            folded += QChar(QChar::lowSurrogate(c));
        } else {
            folded += QChar(char16_t(c));
        }
    }
    return folded;
}
