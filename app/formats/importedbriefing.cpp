#include "formats/importedbriefing.h"

#include "document/briefingvalidator.h"
#include "document/entryid.h"
#include "document/htmltext.h"
#include "document/weblink.h"

#include <QFileInfo>
#include <QUrl>


namespace {

Problem problemAt(Problem::Severity severity, const QString &message, const QString &path = {})
{
    return Problem{severity, message, path, {}, 0, 0};
}

} // namespace

ImportedBriefing::ImportedBriefing(const QString &formatName, const QString &language)
    : m_formatName(formatName)
    , m_language(language)
{
}

QString ImportedBriefing::uniqueId(const QString &wanted, const QString &fallbackPrefix)
{
    QString base = wanted;
    if (!EntryId::isValid(base)) {
        base = fallbackPrefix;
    } else if (!m_ids.contains(base)) {
        m_ids.insert(base);
        return base;
    }
    // Counting on from the last suffix given for this base keeps n imports linear, not
    // quadratic; the loop only skips suffixes that a wanted id took already.
    int &n = m_nextSuffix[base];
    for (;;) {
        const QString candidate = base + u'-' + QString::number(++n);
        if (!m_ids.contains(candidate)) {
            m_ids.insert(candidate);
            return candidate;
        }
    }
}

QString ImportedBriefing::addSource(const QString &url, const QString &title,
                                    const QString &publisher, const QString &path)
{
    if (!WebLink::isWebAddress(url)) {
        warning(path, tr("the link \"%1\" is not a web address (http or https) and is left out")
                          .arg(url.left(200)));
        return {};
    }
    if (const auto it = m_sourceByUrl.constFind(url); it != m_sourceByUrl.cend())
        return it.value();
    const QString id = uniqueId(QString(), QStringLiteral("source"));
    const QUrl parsed(url);
    QJsonObject source{{u"id"_qs, id},
                       {u"title"_qs, title.trimmed().isEmpty() ? url : title.trimmed()},
                       {u"publisher"_qs,
                        publisher.trimmed().isEmpty() ? parsed.host() : publisher.trimmed()},
                       {u"url"_qs, url}};
    mapPath(u"/sources/"_qs + QString::number(m_sources.size()), path);
    m_sources.append(source);
    m_sourceByUrl.insert(url, id);
    return id;
}

void ImportedBriefing::warning(const QString &path, const QString &message)
{
    m_problems.append(problemAt(Problem::Severity::Warning, message, path));
}

void ImportedBriefing::error(const QString &path, const QString &message)
{
    m_problems.append(problemAt(Problem::Severity::Error, message, path));
}

void ImportedBriefing::mapPath(const QString &generatedPath, const QString &sourcePath)
{
    m_pathMap.insert(generatedPath, sourcePath);
}

BriefingReader::Result ImportedBriefing::finish(const BriefingReader::Parsed &parsed,
                                                const QString &fileName)
{
    const QString notStated = tr("Not stated");
    const QString countryId = uniqueId(QStringLiteral("not-stated-country"), {});
    const QString personId = uniqueId(QStringLiteral("not-stated-person"), {});
    const QString placeId = uniqueId(QStringLiteral("not-stated-place"), {});
    const bool noSources = m_sources.isEmpty();
    const QString sourceId = noSources ? uniqueId(QStringLiteral("not-stated-source"), {})
                                       : QString();

    QJsonObject root = top;
    root.insert(u"format"_qs, u"briefing"_qs);
    root.insert(u"version"_qs, BriefingValidator::FormatVersion);
    root.insert(u"languages"_qs, QJsonArray{m_language});
    if (root.value(u"title").toString().trimmed().isEmpty())
        root.insert(u"title"_qs, QFileInfo(fileName).completeBaseName());
    root.insert(u"subtitle"_qs, tr("Imported from %1 (%2)").arg(m_formatName,
                                                                QFileInfo(fileName).fileName()));
    root.insert(u"visit"_qs,
                QJsonObject{{u"kind"_qs, notStated},
                            {u"guest"_qs, countryId},
                            {u"host"_qs, countryId},
                            {u"visitors"_qs, QJsonArray{personId}},
                            {u"place"_qs, placeId},
                            {u"date"_qs, u"2000-01-01"_qs},
                            {u"purpose"_qs,
                             tr("Not stated: this briefing was imported from a %1 file, which "
                                "describes no visit.")
                                 .arg(m_formatName)}});
    root.insert(u"countries"_qs, QJsonArray{QJsonObject{{u"id"_qs, countryId},
                                                        {u"name"_qs, notStated}}});
    root.insert(u"people"_qs, QJsonArray{QJsonObject{{u"id"_qs, personId},
                                                     {u"name"_qs, notStated},
                                                     {u"role"_qs, notStated}}});
    QJsonArray sources = m_sources;
    if (noSources) {
        sources.append(QJsonObject{{u"id"_qs, sourceId},
                                   {u"title"_qs, notStated},
                                   {u"publisher"_qs, notStated},
                                   {u"url"_qs, u"https://example.invalid/"_qs}});
    }
    root.insert(u"sources"_qs, sources);
    root.insert(u"agenda"_qs, agenda);
    root.insert(u"lanes"_qs, lanes);
    root.insert(u"periods"_qs, periods);
    root.insert(u"events"_qs, events);
    QJsonArray allPlaces = places;
    allPlaces.append(QJsonObject{{u"id"_qs, placeId}, {u"name"_qs, notStated},
                                 {u"kind"_qs, u"site"_qs}, {u"lat"_qs, 0}, {u"lon"_qs, 0}});
    root.insert(u"places"_qs, allPlaces);
    if (!lines.isEmpty())
        root.insert(u"lines"_qs, lines);

    // The foreign formats give times of day without an offset; they are kept as written.
    BriefingValidator::Result validated =
        BriefingValidator::validate(root, FuzzyDate::Offsets::MayBeUnknown);
    Problems problems;
    problems.append(problemAt(
        Problem::Severity::Warning,
        tr("imported from %1: the file describes no visit, so the visit and its country and "
           "people are shown as \"not stated\"; its text is taken to be in the language \"%2\"")
            .arg(m_formatName, m_language)));
    problems.append(m_problems);
    for (Problem problem : std::as_const(validated.problems)) {
        // Point at the foreign entry the generated one came from: the longest recorded prefix,
        // found by cutting the path back one step at a time (a lookup per step, so the cost
        // does not grow with the number of entries).
        QStringView generated = problem.path;
        QString foreign;
        while (!generated.isEmpty()) {
            const auto it = m_pathMap.constFind(generated.toString());
            if (it != m_pathMap.cend()) {
                foreign = *it;
                break;
            }
            generated = generated.left(std::max<qsizetype>(generated.lastIndexOf(u'/'), 0));
        }
        problem.path = foreign;
        problems.append(problem);
    }
    BriefingReader::locate(problems, parsed, fileName);
    // Placed after locate(), which would move them to the value the key names.
    qsizetype at = 1; // after the warning that the file was imported
    for (const BriefingReader::RepeatedKey &key : parsed.repeatedKeys) {
        const QString message =
            tr("the key \"%1\" appears twice in one object, here at line %2, column %3; %4 "
               "takes the value given last, and so does this import")
                .arg(key.key)
                .arg(key.line)
                .arg(key.column)
                .arg(m_formatName);
        problems.insert(at++, Problem{Problem::Severity::Warning, message, key.path, fileName,
                                      key.line, key.column});
    }

    if (!validated.briefing || hasErrors(problems))
        return {nullptr, problems};

    Briefing &briefing = *validated.briefing;
    briefing.places.removeIf([&](const Place &place) { return place.id == placeId; });
    if (noSources)
        briefing.sources.removeIf([&](const Source &source) { return source.id == sourceId; });
    briefing.visit.place.clear();
    briefing.visit.date = FuzzyDate();
    briefing.buildIndex();
    return {std::move(validated.briefing), problems};
}
