#include "document/localizedtext.h"

LocalizedText::Resolved LocalizedText::resolve(const QString &language,
                                               const QStringList &fallbackOrder) const
{
    if (const auto it = m_texts.constFind(language); it != m_texts.cend())
        return {it.value(), language};
    for (const QString &fallback : fallbackOrder) {
        if (const auto it = m_texts.constFind(fallback); it != m_texts.cend())
            return {it.value(), fallback};
    }
    if (m_texts.isEmpty())
        return {};
    return {m_texts.cbegin().value(), m_texts.cbegin().key()};
}
