// The text-to-HTML generation on a briefing read from arbitrary bytes: every page the program
// can build renders, and no link in it leads anywhere but to another entry or to a web address.
#include "document/briefingreader.h"
#include "formats/briefingloader.h"
#include "models/entryhtml.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

namespace {

void checkLinks(const QString &html)
{
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();) {
        const QString target = it.next().captured(1);
        if (!target.startsWith(QLatin1String("briefing:"))
            && !target.startsWith(QLatin1String("https://"))
            && !target.startsWith(QLatin1String("http://")))
            std::abort();
    }
    // Document text is escaped: no element that loads anything may appear.
    if (html.contains(QLatin1String("<img"), Qt::CaseInsensitive)
        || html.contains(QLatin1String("<link"), Qt::CaseInsensitive)
        || html.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        std::abort();
}

template <typename List>
void collect(const List &list, QStringList *ids)
{
    for (const auto &item : list)
        ids->append(item.id);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const BriefingReader::Result result =
        BriefingLoader::readData(bytes, QStringLiteral("fuzz.briefing.json"));
    if (!result.briefing)
        return 0;
    const Briefing &briefing = *result.briefing;
    QStringList ids;
    for (const AgendaArea &area : briefing.agenda) {
        ids.append(area.id);
        collect(area.items, &ids);
    }
    collect(briefing.tensions, &ids);
    collect(briefing.background, &ids);
    collect(briefing.outcomes, &ids);
    collect(briefing.events, &ids);
    collect(briefing.places, &ids);
    collect(briefing.lines, &ids);
    ids.append(QStringLiteral("no-such-entry"));
    // Bounded work per input: the fuzzer looks for crashes, not for slow large documents.
    ids = ids.mid(0, 64);

    QStringList languages = briefing.languages.mid(0, 3);
    languages.append(QStringLiteral("fa"));
    for (const QString &language : std::as_const(languages)) {
        const EntryHtml html(result.briefing, language);
        checkLinks(html.overview());
        for (const QString &id : std::as_const(ids))
            checkLinks(html.entry(id));
    }
    return 0;
}
