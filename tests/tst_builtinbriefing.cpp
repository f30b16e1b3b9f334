#include "document/briefingreader.h"

#include <QTest>

// The briefing compiled into the program: it loads without a single problem, its agenda is the
// visit's, and every entry can be checked against its sources.
class TestBuiltInBriefing : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_briefing;

    QString en(const LocalizedText &text) const { return m_briefing->text(text, u"en"_qs).text; }

private Q_SLOTS:
    void loadsWithoutProblems()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        QStringList problems;
        for (const Problem &problem : result.problems)
            problems.append(problem.toString());
        QVERIFY2(result.problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(result.briefing);
        m_briefing = result.briefing;
    }

    void theVisit()
    {
        const Visit &visit = m_briefing->visit;
        QCOMPARE(visit.date.toIsoString(), u"2025-04-28"_qs);
        QCOMPARE(m_briefing->country(visit.guest)->iso3, u"IRN"_qs);
        QCOMPARE(m_briefing->country(visit.host)->iso3, u"AZE"_qs);
        QVERIFY(en(m_briefing->person(visit.visitors.first())->name).contains(u"Pezeshkian"_qs));
        QVERIFY(en(m_briefing->person(visit.hosts.first())->name).contains(u"Aliyev"_qs));
        const Place *baku = m_briefing->place(visit.place);
        QVERIFY(baku);
        QCOMPARE(baku->position.lat, 40.3777);
        QCOMPARE(baku->position.lon, 49.8920);
        QVERIFY(m_briefing->entry(visit.event));
        QVERIFY(visit.sources.size() >= 1);
    }

    void theAgendaIsTheArticles()
    {
        QStringList titles;
        for (const AgendaArea &area : m_briefing->agenda)
            titles.append(en(area.title).toLower());
        QCOMPARE(titles.size(), 4);
        QVERIFY(titles.at(0).contains(u"transport"_qs));
        QVERIFY(titles.at(1).contains(u"trade"_qs));
        QVERIFY(titles.at(2).contains(u"energy"_qs));
        QVERIFY(titles.at(3).contains(u"security"_qs));
        for (const AgendaArea &area : m_briefing->agenda)
            QVERIFY(!area.items.isEmpty());
    }

    void counts()
    {
        // Every row of the checked timeline is there; the facts list 30 rows and extra items.
        QVERIFY(m_briefing->events.size() >= 30);
        QVERIFY(m_briefing->tensions.size() >= 4);
        QVERIFY(m_briefing->background.size() >= 3);
        QVERIFY(m_briefing->outcomes.size() >= 3);
        QVERIFY(m_briefing->places.size() >= 19);
        QVERIFY(m_briefing->lines.size() >= 4);
    }

    void everyEntryCitesASource()
    {
        const auto check = [this](const Entry &entry) {
            QVERIFY2(!entry.sources.isEmpty(), qPrintable(entry.id));
            for (const QString &id : entry.sources)
                QVERIFY(m_briefing->source(id));
        };
        for (const AgendaArea &area : m_briefing->agenda) {
            for (const AgendaItem &item : area.items)
                check(item);
        }
        for (const Tension &tension : m_briefing->tensions)
            check(tension);
        for (const TimelineEvent &event : m_briefing->events)
            check(event);
        for (const Outcome &outcome : m_briefing->outcomes)
            check(outcome);
        for (const BackgroundSection &section : m_briefing->background)
            check(section);
    }

    void everySourceIsCitedAndIsAWebAddress()
    {
        QSet<QString> cited(m_briefing->visit.sources.cbegin(), m_briefing->visit.sources.cend());
        const auto collect = [&cited](const QStringList &ids) {
            for (const QString &id : ids)
                cited.insert(id);
        };
        for (const AgendaArea &area : m_briefing->agenda) {
            for (const AgendaItem &item : area.items)
                collect(item.sources);
        }
        for (const Tension &t : m_briefing->tensions)
            collect(t.sources);
        for (const TimelineEvent &e : m_briefing->events)
            collect(e.sources);
        for (const Outcome &o : m_briefing->outcomes)
            collect(o.sources);
        for (const BackgroundSection &s : m_briefing->background)
            collect(s.sources);
        for (const Place &p : m_briefing->places)
            collect(p.sources);
        for (const MapLine &l : m_briefing->lines)
            collect(l.sources);
        for (const ItineraryStep &step : m_briefing->itinerary)
            collect(step.sources);
        for (const Source &source : m_briefing->sources) {
            QVERIFY2(cited.contains(source.id), qPrintable(source.id));
            QVERIFY(source.url.startsWith(u"https://"_qs) || source.url.startsWith(u"http://"_qs));
        }
    }

    void datesKeepTheirPrecision()
    {
        // The checked facts give these with less than a day's precision.
        bool sawMonth = false;
        bool sawApproximate = false;
        for (const TimelineEvent &event : m_briefing->events) {
            sawMonth |= event.date.start().precision == FuzzyDate::Precision::Month
                || event.date.end().precision == FuzzyDate::Precision::Month;
            sawApproximate |= event.date.isApproximate();
        }
        QVERIFY(sawMonth);
        QVERIFY(sawApproximate);
    }

    void theGasDirectionIsStatedAndTheDisagreementNoted()
    {
        const AgendaArea *energy = nullptr;
        for (const AgendaArea &area : m_briefing->agenda) {
            if (en(area.title).toLower().contains(u"energy"_qs))
                energy = &area;
        }
        QVERIFY(energy);
        bool stated = false;
        for (const AgendaItem &item : energy->items) {
            const QString text = (en(item.title) + u' ' + en(item.text) + u' ' + en(item.note)).toLower();
            if (text.contains(u"to iran"_qs) && text.contains(u"via azerbaijan"_qs)
                && !item.note.isEmpty())
                stated = true;
        }
        QVERIFY2(stated, "the energy area must say Russian gas goes to Iran via Azerbaijan and "
                         "note that JAM-news words it the other way");
    }

    // Version 2: the programme of 28 April 2025 as the sources give it, with a time of day only
    // where a source gives one.
    void theDayIsAnItinerary()
    {
        QCOMPARE(m_briefing->version, 2);
        const QList<ItineraryStep> &steps = m_briefing->itinerary;
        QVERIFY(steps.size() >= 6);

        const ItineraryStep &arrivalFlight = steps.first();
        const ItineraryStep &returnFlight = steps.last();
        for (const ItineraryStep *flight : {&arrivalFlight, &returnFlight}) {
            QCOMPARE(flight->kind, ItineraryStep::Kind::Leg);
            QCOMPARE(flight->mode, ItineraryStep::Mode::Flight);
            QCOMPARE(flight->date.toIsoString(), u"2025-04-28"_qs);
        }
        QCOMPARE(arrivalFlight.to, m_briefing->visit.place);
        QCOMPARE(returnFlight.from, m_briefing->visit.place);

        // Landing around noon, Baku time, received by the two deputies.
        const ItineraryStep &arrival = steps.at(1);
        QCOMPARE(arrival.kind, ItineraryStep::Kind::Stop);
        QCOMPARE(m_briefing->place(arrival.place)->kind, Place::Kind::Airport);
        const FuzzyDate::Point &landed = arrival.date.start();
        QVERIFY(landed.hasTime());
        QCOMPARE(landed.time, QTime(12, 0));
        QCOMPARE(landed.utcOffsetMinutes, 4 * 60);
        QVERIFY(landed.approximate);
        QCOMPARE(arrival.met, (QStringList{u"eyyubov"_qs, u"sharifov"_qs}));

        // Welcome, talks, signing and press statements at Zagulba Palace, in that order, and
        // no time of day that no source gives.
        QStringList programme;
        for (int i = 2; i < steps.size() - 1; ++i) {
            const ItineraryStep &step = steps.at(i);
            QCOMPARE(step.kind, ItineraryStep::Kind::Stop);
            QCOMPARE(m_briefing->place(step.place)->kind, Place::Kind::Landmark);
            QCOMPARE(step.country, m_briefing->visit.host);
            QVERIFY2(!step.date.start().hasTime(), qPrintable(step.id));
            QVERIFY(step.met.contains(u"aliyev"_qs));
            programme.append(en(step.title).toLower());
        }
        QCOMPARE(programme.size(), 4);
        QVERIFY(programme.at(0).contains(u"welcome"_qs));
        QVERIFY(programme.at(1).contains(u"talks"_qs));
        QVERIFY(programme.at(2).contains(u"signing"_qs));
        QVERIFY(programme.at(3).contains(u"press"_qs));

        // The airport and the palace have no published coordinates: listed, never drawn (and
        // never stacked on Baku, where they would hide it from a click), and the note says so.
        for (const QString &id : {arrival.place, steps.at(2).place}) {
            const Place *place = m_briefing->place(id);
            QVERIFY2(!place->hasPosition, qPrintable(id));
            QVERIFY(!place->note.isEmpty());
        }
    }

    // Confidence comes from the checked facts' marks: the timeline and the day are all marked,
    // and the one claim the facts could not verify says so.
    void confidenceFollowsTheCheckedFacts()
    {
        for (const TimelineEvent &event : m_briefing->events)
            QVERIFY2(event.confidence != Confidence::Unstated, qPrintable(event.id));
        for (const ItineraryStep &step : m_briefing->itinerary)
            QVERIFY2(step.confidence != Confidence::Unstated, qPrintable(step.id));
        for (const AgendaArea &area : m_briefing->agenda) {
            for (const AgendaItem &item : area.items)
                QVERIFY2(item.confidence != Confidence::Unstated, qPrintable(item.id));
        }
        for (const Tension &tension : m_briefing->tensions)
            QVERIFY2(tension.confidence != Confidence::Unstated, qPrintable(tension.id));
        for (const BackgroundSection &section : m_briefing->background)
            QVERIFY2(section.confidence != Confidence::Unstated, qPrintable(section.id));

        // The ceasefire clause was not checked against its text.
        QCOMPARE(m_briefing->entry(u"item-zangezur"_qs)->confidence, Confidence::PartlyVerified);
        // The claimed inauguration of the Aghband bridge in May 2024 could not be verified.
        const Source *mehr = m_briefing->source(u"src-mehr-kalaleh"_qs);
        QCOMPARE(mehr->confidence, Confidence::Unverified);
        QVERIFY(!mehr->note.isEmpty());
        // Coordinates carry no mark in the facts, so no place claims one.
        for (const Place &place : m_briefing->places)
            QVERIFY2(place.confidence == Confidence::Unstated, qPrintable(place.id));
    }

    // The briefing states facts and names who said what; it does not read as notes on an
    // article, in any language.
    void textsStateFactsRatherThanNotesOnAnArticle()
    {
        QList<const LocalizedText *> texts{&m_briefing->summary, &m_briefing->visit.purpose};
        const auto addEntry = [&texts](const Entry &entry) {
            texts << &entry.title << &entry.text << &entry.note;
        };
        for (const AgendaArea &area : m_briefing->agenda) {
            texts << &area.title << &area.summary;
            for (const AgendaItem &item : area.items)
                addEntry(item);
        }
        for (const Tension &e : m_briefing->tensions)
            addEntry(e);
        for (const BackgroundSection &e : m_briefing->background)
            addEntry(e);
        for (const Outcome &e : m_briefing->outcomes)
            addEntry(e);
        for (const TimelineEvent &e : m_briefing->events)
            addEntry(e);
        for (const ItineraryStep &e : m_briefing->itinerary)
            addEntry(e);
        for (const Place &place : m_briefing->places)
            texts << &place.note;
        for (const MapLine &line : m_briefing->lines)
            texts << &line.note;
        for (const Source &source : m_briefing->sources)
            texts << &source.note;

        const QStringList asNotes{u"the article"_qs, u"the report says"_qs, u"məqalədə"_qs,
                                  u"مقاله"_qs};
        for (const LocalizedText *text : std::as_const(texts)) {
            for (const QString &language : m_briefing->languages) {
                const QString said = m_briefing->text(*text, language).text.toLower();
                for (const QString &phrase : asNotes)
                    QVERIFY2(!said.contains(phrase), qPrintable(said));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBuiltInBriefing)
#include "tst_builtinbriefing.moc"
