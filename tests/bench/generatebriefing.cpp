// Writes a valid briefing of a chosen size, for the growth benchmarks:
//   generatebriefing EVENTS ITEMS OUT.briefing.json [PLACES SPREAD]
// Events spread over thirty years with every date precision, agenda items over ten areas, and
// places and lines in proportion, all cross-referenced, in three languages. With PLACES, that
// many places instead, all within SPREAD degrees of one point (0: all at the same point), of
// four kinds, to measure a crowded map.
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QJsonObject text(const QString &english)
{
    return {{QStringLiteral("en"), english},
            {QStringLiteral("az"), QString(english + QStringLiteral(" (az)"))},
            {QStringLiteral("fa"), QString(QStringLiteral("متن ") + english)}};
}

QString dateFor(int i)
{
    const QDate day = QDate(1995, 1, 1).addDays(i * 7919 % 11000);
    switch (i % 5) {
    case 0: return day.toString(u"yyyy");
    case 1: return day.toString(u"yyyy-MM");
    case 2: return QString(u'~' + day.toString(u"yyyy-MM-dd"));
    case 3: return QString(day.toString(u"yyyy-MM-dd") + u'/' + day.addDays(3).toString(u"yyyy-MM-dd"));
    default: return day.toString(u"yyyy-MM-dd");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4 && argc != 6) {
        std::fputs("usage: generatebriefing EVENTS ITEMS OUT.briefing.json [PLACES SPREAD]\n", stderr);
        return 2;
    }
    const int events = std::atoi(argv[1]);
    const int items = std::atoi(argv[2]);
    const bool crowded = argc == 6;
    const int places = crowded ? std::max(2, std::atoi(argv[4])) : std::max(2, events / 20);
    const double spread = crowded ? std::atof(argv[5]) : 0;
    const int lines = std::max(1, std::min(places, events / 20) / 10);
    constexpr int Areas = 10;

    QJsonArray placeList;
    for (int i = 0; i < places; ++i) {
        double lat = 25.0 + (i * 37 % 2000) / 100.0;
        double lon = 35.0 + (i * 53 % 3000) / 100.0;
        QString kind = i == 0 ? u"capital"_qs : u"city"_qs;
        if (crowded) {
            // A scatter over the square, the same for every run.
            lat = 41.7 + spread * ((i * 7919 % 10007) / 10007.0 - 0.5);
            lon = 44.8 + spread * ((i * 104729 % 10009) / 10009.0 - 0.5);
            const QString kinds[] = {u"capital"_qs, u"city"_qs, u"town"_qs, u"site"_qs};
            kind = i == 0 ? kinds[0] : kinds[1 + i % 3];
        }
        placeList.append(QJsonObject{{u"id"_qs, u"p%1"_qs.arg(i)},
                                     {u"name"_qs, text(u"Place %1"_qs.arg(i))},
                                     {u"kind"_qs, kind},
                                     {u"lat"_qs, lat},
                                     {u"lon"_qs, lon}});
    }
    QJsonArray lineList;
    for (int i = 0; i < lines; ++i) {
        QJsonArray points;
        for (int k = 0; k < 8; ++k) {
            points.append(QJsonObject{{u"lat"_qs, 25.0 + ((i + k) * 41 % 2000) / 100.0},
                                      {u"lon"_qs, 35.0 + ((i * 3 + k) * 59 % 3000) / 100.0}});
        }
        lineList.append(QJsonObject{{u"id"_qs, u"l%1"_qs.arg(i)},
                                    {u"name"_qs, text(u"Route %1"_qs.arg(i))},
                                    {u"kind"_qs, u"route"_qs},
                                    {u"points"_qs, points}});
    }
    QJsonArray agenda;
    for (int a = 0; a < Areas; ++a) {
        QJsonArray areaItems;
        for (int i = a; i < items; i += Areas) {
            areaItems.append(QJsonObject{
                {u"id"_qs, u"i%1"_qs.arg(i)},
                {u"title"_qs, text(u"Agenda item %1"_qs.arg(i))},
                {u"text"_qs, text(u"What is at stake in item %1, and why it matters to the talks."_qs.arg(i))},
                {u"places"_qs, QJsonArray{u"p%1"_qs.arg(i % places)}},
                {u"sources"_qs, QJsonArray{u"s0"_qs}}});
        }
        agenda.append(QJsonObject{{u"id"_qs, u"area%1"_qs.arg(a)},
                                  {u"title"_qs, text(u"Area %1"_qs.arg(a))},
                                  {u"items"_qs, areaItems}});
    }
    QJsonArray eventList;
    for (int i = 0; i < events; ++i) {
        QJsonObject event{{u"id"_qs, u"e%1"_qs.arg(i)},
                          {u"date"_qs, dateFor(i)},
                          {u"title"_qs, text(u"Event %1"_qs.arg(i))},
                          {u"lane"_qs, u"area%1"_qs.arg(i % Areas)},
                          {u"places"_qs, QJsonArray{u"p%1"_qs.arg(i % places)}},
                          {u"sources"_qs, QJsonArray{u"s0"_qs}}};
        // Every other event has a text beyond its title, as in a real chronology; so 100,000
        // events stay under the reader's file size limit.
        if (i % 2 == 0)
            event.insert(u"text"_qs, text(u"Something happened, number %1."_qs.arg(i)));
        if (items > 0)
            event.insert(u"related"_qs, QJsonArray{u"i%1"_qs.arg(i % items)});
        eventList.append(event);
    }
    const QJsonObject briefing{
        {u"format"_qs, u"briefing"_qs},
        {u"version"_qs, 1},
        {u"languages"_qs, QJsonArray{u"en"_qs, u"az"_qs, u"fa"_qs}},
        {u"title"_qs, text(u"Generated briefing: %1 events, %2 items"_qs.arg(events).arg(items))},
        {u"visit"_qs, QJsonObject{{u"guest"_qs, u"c0"_qs}, {u"host"_qs, u"c1"_qs},
                                  {u"visitors"_qs, QJsonArray{u"v0"_qs}}, {u"place"_qs, u"p0"_qs},
                                  {u"date"_qs, u"2025-04-28"_qs},
                                  {u"purpose"_qs, text(u"A generated visit for measurements."_qs)}}},
        {u"countries"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"c0"_qs}, {u"name"_qs, text(u"Country A"_qs)}},
                                     QJsonObject{{u"id"_qs, u"c1"_qs}, {u"name"_qs, text(u"Country B"_qs)}}}},
        {u"people"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"v0"_qs}, {u"name"_qs, text(u"A. Visitor"_qs)},
                                              {u"role"_qs, text(u"Minister"_qs)}}}},
        {u"sources"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"s0"_qs}, {u"title"_qs, text(u"Generated source"_qs)},
                                               {u"publisher"_qs, u"Generator"_qs},
                                               {u"url"_qs, u"https://example.org/generated"_qs}}}},
        {u"agenda"_qs, agenda},
        {u"events"_qs, eventList},
        {u"places"_qs, placeList},
        {u"lines"_qs, lineList},
    };
    QFile out(QString::fromLocal8Bit(argv[3]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "generatebriefing: cannot write %s\n", argv[3]);
        return 1;
    }
    out.write(QJsonDocument(briefing).toJson(QJsonDocument::Compact));
    return out.error() == QFileDevice::NoError ? 0 : 1;
}
