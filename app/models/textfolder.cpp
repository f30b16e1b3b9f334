#include "models/textfolder.h"

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
    return TextFolder(text).m_folded;
}

TextFolder::TextFolder(QStringView text)
    : m_size(text.size())
{
    m_folded.reserve(text.size());
    m_origins.reserve(text.size());
    // Character by character, so that each folded character knows its origin. Decomposing
    // turns accents into separate marks that can be dropped; most characters have nothing to
    // decompose and skip the work.
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype start = position;
        char32_t c = text.at(position).unicode();
        if (QChar::isHighSurrogate(c) && position + 1 < text.size()
            && text.at(position + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(position), text.at(position + 1));
            ++position;
        }
        ++position;
        QList<uint> parts{uint(c)};
        if (QChar::decompositionTag(c) != QChar::NoDecomposition) {
            parts = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KD).toUcs4();
        }
        for (char32_t part : std::as_const(parts)) {
            if (QChar::category(part) == QChar::Mark_NonSpacing || isIgnorable(part))
                continue;
            part = QChar::toCaseFolded(foldLetter(part));
            if (QChar::requiresSurrogates(part)) {
                m_folded += QChar(QChar::highSurrogate(part));
                m_folded += QChar(QChar::lowSurrogate(part));
                m_origins += {start, start};
            } else {
                m_folded += QChar(char16_t(part));
                m_origins += start;
            }
        }
    }
}

TextFolder::Span TextFolder::original(qsizetype at, qsizetype length) const
{
    if (at < 0 || length <= 0 || at + length > m_folded.size())
        return {};
    const qsizetype start = m_origins.at(at);
    // The match ends where the next character that is not part of its last one begins: the
    // marks and joiners dropped in between belong to it.
    qsizetype next = at + length;
    const qsizetype last = m_origins.at(next - 1);
    while (next < m_origins.size() && m_origins.at(next) == last)
        ++next;
    const qsizetype end = next < m_origins.size() ? m_origins.at(next) : m_size;
    return {start, end - start};
}

QList<TextFolder::Span> TextFolder::findAll(QStringView needle) const
{
    QList<Span> spans;
    if (needle.isEmpty())
        return spans;
    for (qsizetype at = m_folded.indexOf(needle); at >= 0;
         at = m_folded.indexOf(needle, at + needle.size())) {
        const Span span = original(at, needle.size());
        // A match that starts inside the character the previous one ended in (a ligature split
        // by the query) is already covered.
        if (!spans.isEmpty() && span.start < spans.constLast().start + spans.constLast().length)
            continue;
        spans.append(span);
    }
    return spans;
}
