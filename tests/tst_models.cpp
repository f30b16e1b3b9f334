#include "document/briefingreader.h"
#include "document/dateformatter.h"
#include "document/vocabulary.h"
#include "models/agendamodel.h"
#include "models/areamodel.h"
#include "models/backgroundmodel.h"
#include "models/chipstyle.h"
#include "models/entryfiltermodel.h"
#include "models/entryroles.h"
#include "models/eventmodel.h"
#include "models/fallbackmark.h"
#include "models/linemodel.h"
#include "models/placemodel.h"
#include "models/tensionmodel.h"
#include "testdata.h"
#include "v2briefing.h"

#include <QAbstractItemModelTester>
#include <QPointF>
#include <QTest>

// The item models over the document: each passes QAbstractItemModelTester through a load, a
// language switch and a reload, and shows what the views rely on.
class TestModels : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_fiji;
    BriefingPtr m_minimal;
    BriefingPtr m_v2;

    template<typename Model>
    void exercise(Model &model)
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBriefing(m_fiji);
        model.setLanguage(u"fa"_qs);
        model.setLanguage(u"en"_qs);
        model.setBriefing(m_minimal);
        model.setBriefing(m_fiji);
        model.setBriefing(nullptr);
        model.setBriefing(m_fiji);
        model.setBriefing(m_v2);
    }

    // The confidence a list shows beside the name of the entry with `id`: its word, empty for
    // none; what went wrong when the list has no such row or shows it elsewhere.
    static QString confidenceShown(const QAbstractItemModel &model, const QString &id,
                                    int nameColumn, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex name = model.index(row, nameColumn, parent);
            if (name.data(EntryRoles::IdRole).toString() != id)
                continue;
            // Only the name carries the badge.
            for (int c = 0; c < model.columnCount(parent); ++c) {
                if (c != nameColumn && model.index(row, c, parent).data(EntryRoles::ConfidenceRole).isValid())
                    return QString(u"also in column "_qs + QString::number(c));
            }
            return Vocabulary::name(Confidence(name.data(EntryRoles::ConfidenceRole).toInt()));
        }
        return u"no such row"_qs;
    }

    // A briefing's events in English behind the list filter, as a list page shows them.
    struct FilteredEvents
    {
        EventModel events;
        EntryFilterModel filter;

        explicit FilteredEvents(const BriefingPtr &briefing)
        {
            events.setBriefing(briefing);
            events.setLanguage(u"en"_qs);
            filter.setSourceModel(&events);
            filter.setRoot(QModelIndex());
        }
    };

    // Every row's display text in one column, for whole-model comparisons.
    static QStringList column(const QAbstractItemModel &model, int column,
                              const QModelIndex &parent = {}, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(parent); ++row)
            values.append(model.index(row, column, parent).data(role).toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fiji = BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs))
                     .briefing;
        m_minimal = BriefingReader::readFile(testDataPath(u"valid/minimal.briefing.json"_qs)).briefing;
        m_v2 = V2Briefing::make();
        QVERIFY(m_fiji);
        QVERIFY(m_minimal);
        QVERIFY(m_v2);
    }

    void modelTester()
    {
        AgendaModel agenda;
        exercise(agenda);
        TensionModel tensions;
        exercise(tensions);
        EventModel events;
        exercise(events);
        PlaceModel places;
        exercise(places);
        LineModel lines;
        exercise(lines);
        BackgroundModel background;
        exercise(background);
        AreaModel areas;
        exercise(areas);
    }

    void agendaTree()
    {
        AgendaModel model;
        model.setBriefing(m_fiji);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(column(model, 0), QStringList({u"Climate resilience"_qs, u"Fisheries"_qs,
                                                u"Trade"_qs, u"Transport"_qs, u"Education"_qs}));
        const QModelIndex education = model.index(4, 0);
        QCOMPARE(model.rowCount(education), 0);
        const QModelIndex fisheries = model.indexOf(u"area-fisheries"_qs);
        QCOMPARE(fisheries, model.index(1, 0));
        QVERIFY(fisheries.data(AgendaModel::IsAreaRole).toBool());
        QVERIFY(model.rowCount(fisheries) > 0);
        const QModelIndex item = model.index(0, 0, fisheries);
        QCOMPARE(item.parent(), fisheries);
        QCOMPARE(model.indexOf(item.data(EntryRoles::IdRole).toString()), item);
        QVERIFY(!item.data(AgendaModel::IsAreaRole).toBool());
        QVERIFY(!model.indexOf(u"no-such-id"_qs).isValid());
    }

    void languageAndFallback()
    {
        AgendaModel model;
        model.setBriefing(m_fiji);
        model.setLanguage(u"fa"_qs);
        const QModelIndex first = model.index(0, 0);
        const auto &title = m_fiji->agenda.first().title;
        if (title.has(u"fa"_qs)) {
            QCOMPARE(first.data().toString(), title.exact(u"fa"_qs));
            QVERIFY(!first.data(EntryRoles::FallbackRole).toBool());
        } else {
            QCOMPARE(first.data().toString(), title.exact(u"en"_qs));
            QVERIFY(first.data(EntryRoles::FallbackRole).toBool());
        }
        // A language the document lacks entirely falls back to its primary language.
        model.setLanguage(u"az"_qs);
        QCOMPARE(first.data().toString(), title.exact(u"en"_qs));
        QVERIFY(first.data(EntryRoles::FallbackRole).toBool());
        // Its tooltip says so, with the same mark as the pages.
        const QString mark = FallbackMark::html(FallbackMark::label({{}, u"en"_qs}, u"az"_qs));
        QVERIFY(!mark.isEmpty());
        QVERIFY2(first.data(Qt::ToolTipRole).toString().contains(mark),
                 qPrintable(first.data(Qt::ToolTipRole).toString()));
    }

    void events()
    {
        EventModel model;
        model.setBriefing(m_fiji);
        QCOMPARE(model.rowCount(), m_fiji->events.size());
        QCOMPARE(model.columnCount(), int(EventModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, EventModel::DateColumn);
            const TimelineEvent &event = m_fiji->events.at(row);
            QCOMPARE(index.data(EntryRoles::IdRole).toString(), event.id);
            QCOMPARE(index.data(EventModel::FirstDayRole).toDate(), event.date.firstDay());
            QCOMPARE(index.data(EventModel::LastDayRole).toDate(), event.date.lastDay());
            QVERIFY(index.data(EventModel::FirstDayRole).toDate()
                    <= index.data(EventModel::LastDayRole).toDate());
            QCOMPARE(model.rowOf(event.id), row);
        }
        QCOMPARE(model.rowOf(m_fiji->places.first().id), -1); // a place is not an event
    }

    // The list filter: a row stays when the text is in any of its columns, whatever the case;
    // the rest go.
    void filterKeepsTheRowsThatHoldTheText()
    {
        FilteredEvents list(m_fiji);
        EventModel &events = list.events;
        EntryFilterModel &filter = list.filter;
        QCOMPARE(filter.rowCount(), events.rowCount());

        filter.setFilterText(u"  FISHERIES "_qs);
        const QStringList titles = column(filter, EventModel::TitleColumn);
        QVERIFY(titles.contains(u"Informal talks on fisheries"_qs));
        QVERIFY(titles.contains(u"Draft fisheries accord circulated"_qs));
        QVERIFY(!titles.contains(u"Ferry refit"_qs));
        for (int row = 0; row < filter.rowCount(); ++row) {
            QStringList fields;
            for (int c = 0; c < filter.columnCount(); ++c)
                fields << filter.index(row, c).data().toString();
            fields << filter.index(row, 0).data(EntryRoles::TextRole).toString();
            QVERIFY2(fields.join(u'\n').contains(u"fisheries"_qs, Qt::CaseInsensitive),
                     qPrintable(fields.join(u" | "_qs)));
        }

        filter.setFilterText(QString());
        QCOMPARE(filter.rowCount(), events.rowCount());
    }

    // The filter keeps each row's text between keystrokes; when the list changes language or
    // briefing, it looks at the new text, not the one it kept.
    void filterFollowsTheListIntoAnotherLanguageAndBriefing()
    {
        FilteredEvents list(m_fiji);
        EventModel &events = list.events;
        EntryFilterModel &filter = list.filter;
        filter.setFilterText(u"Wellington"_qs);
        QCOMPARE(column(filter, EventModel::TitleColumn),
                 QStringList{u"Foreign ministers meet in Wellington"_qs});

        events.setLanguage(u"fa"_qs);
        QCOMPARE(filter.rowCount(), 0);
        filter.setFilterText(u"ولینگتون"_qs);
        QCOMPARE(column(filter, EventModel::TitleColumn),
                 QStringList{u"دیدار وزیران امور خارجه در ولینگتون"_qs});

        events.setBriefing(m_minimal);
        QCOMPARE(filter.rowCount(), 0);
        events.setBriefing(m_fiji);
        QCOMPARE(filter.rowCount(), 1);
    }

    void persianDatesAreSolarHijri()
    {
        EventModel model;
        model.setBriefing(m_fiji);
        model.setLanguage(u"fa"_qs);
        const int row = model.rowOf(u"ev-visit"_qs);
        QVERIFY(row >= 0);
        const QString shown = model.index(row, EventModel::DateColumn).data().toString();
        // 28 April 2025 is 8 Ordibehesht 1404.
        QVERIFY2(shown.startsWith(u"۸ اردیبهشت ۱۴۰۴"_qs), qPrintable(shown));
        QVERIFY(model.index(row, EventModel::DateColumn)
                    .data(EventModel::GregorianDateRole)
                    .toString()
                    .contains(u"۲۰۲۵"_qs));
    }

    void placesAndLines()
    {
        PlaceModel places;
        places.setBriefing(m_fiji);
        QCOMPARE(places.rowCount(), m_fiji->places.size());
        for (int row = 0; row < places.rowCount(); ++row) {
            const QModelIndex index = places.index(row, 0);
            QCOMPARE(index.data(PlaceModel::LatitudeRole).toDouble(),
                     m_fiji->places.at(row).position.lat);
            QCOMPARE(index.data(PlaceModel::LongitudeRole).toDouble(),
                     m_fiji->places.at(row).position.lon);
        }
        LineModel lines;
        lines.setBriefing(m_fiji);
        QCOMPARE(lines.rowCount(), m_fiji->lines.size());
        const QVariantList points = lines.index(0, 0).data(LineModel::PointsRole).toList();
        QCOMPARE(points.size(), m_fiji->lines.first().points.size());
        QCOMPARE(points.first().toPointF(), QPointF(m_fiji->lines.first().points.first().lon,
                                                    m_fiji->lines.first().points.first().lat));
    }

    // Every list shows each entry's confidence beside its name, the same way: agenda items,
    // tensions, background, events, places, lines and areas; an entry without one has none.
    void everyListShowsConfidence()
    {
        const Briefing &b = *m_v2;
        AgendaModel agenda;
        agenda.setBriefing(m_v2);
        const QModelIndex climate = agenda.index(0, 0);
        QCOMPARE(confidenceShown(agenda, b.agenda[0].items[0].id, 0, climate), u"Verified"_qs);
        QCOMPARE(confidenceShown(agenda, b.agenda[0].items[1].id, 0, climate), QString());
        QVERIFY(!agenda.index(0, 0).data(EntryRoles::ConfidenceRole).isValid()
                || agenda.index(0, 0).data(EntryRoles::ConfidenceRole).toInt() == 0);
        QCOMPARE(confidenceShown(agenda, b.agenda[1].items[0].id, 0, agenda.index(1, 0)),
                 u"Partly verified"_qs);

        TensionModel tensions;
        tensions.setBriefing(m_v2);
        QCOMPARE(confidenceShown(tensions, V2Briefing::TensionId, TensionModel::TitleColumn),
                 u"Not verified"_qs);
        BackgroundModel background;
        background.setBriefing(m_v2);
        QCOMPARE(confidenceShown(background, b.background[0].id, 0), u"Not verified"_qs);
        EventModel events;
        events.setBriefing(m_v2);
        QCOMPARE(confidenceShown(events, u"ev-relief"_qs, EventModel::TitleColumn),
                 u"Partly verified"_qs);
        QCOMPARE(confidenceShown(events, u"ev-patrol-trial"_qs, EventModel::TitleColumn),
                 QString());
        PlaceModel places;
        places.setBriefing(m_v2);
        QCOMPARE(confidenceShown(places, b.places[2].id, PlaceModel::NameColumn), u"Verified"_qs);
        QCOMPARE(confidenceShown(places, V2Briefing::UnplacedId, PlaceModel::NameColumn),
                 u"Not verified"_qs);
        LineModel lines;
        lines.setBriefing(m_v2);
        QCOMPARE(confidenceShown(lines, b.lines[0].id, LineModel::NameColumn),
                 u"Partly verified"_qs);
        AreaModel areas;
        areas.setBriefing(m_v2);
        QCOMPARE(confidenceShown(areas, V2Briefing::AreaId, AreaModel::NameColumn),
                 u"Partly verified"_qs);

        // A screen reader hears it after the name; Persian in its own words.
        tensions.setLanguage(u"fa"_qs);
        const QModelIndex tension = tensions.index(tensions.rowOf(V2Briefing::TensionId),
                                                   TensionModel::TitleColumn);
        QVERIFY2(tension.data(Qt::AccessibleTextRole).toString().endsWith(
                     Vocabulary::name(Confidence::Unverified)),
                 qPrintable(tension.data(Qt::AccessibleTextRole).toString()));
    }

    // The filter finds an entry by the word on its badge, and a tension by its new status.
    void filterFindsConfidenceAndTheNewStatuses()
    {
        TensionModel tensions;
        tensions.setBriefing(m_v2);
        EntryFilterModel filter;
        filter.setSourceModel(&tensions);
        filter.setRoot({});
        filter.setFilterText(u"not verified"_qs);
        QCOMPARE(column(filter, TensionModel::TitleColumn, {}, EntryRoles::IdRole),
                 QStringList{V2Briefing::TensionId});
        filter.setFilterText(u"unknown"_qs);
        QCOMPARE(column(filter, TensionModel::TitleColumn, {}, EntryRoles::IdRole),
                 QStringList{V2Briefing::TensionId});

        EventModel events;
        events.setBriefing(m_v2);
        EntryFilterModel eventFilter;
        eventFilter.setSourceModel(&events);
        eventFilter.setRoot({});
        eventFilter.setFilterText(u"partly verified"_qs);
        QCOMPARE(column(eventFilter, EventModel::TitleColumn, {}, EntryRoles::IdRole),
                 (QStringList{u"ev-relief"_qs, u"ev-draft-accord"_qs}));
    }

    // A tension of unknown status has its word on a chip of its own colour, like the others.
    void unknownStatusHasAChip()
    {
        TensionModel tensions;
        tensions.setBriefing(m_v2);
        const QModelIndex status = tensions.index(tensions.rowOf(V2Briefing::TensionId),
                                                  TensionModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"Unknown"_qs);
        const auto chip = status.data(EntryRoles::ChipRole).value<ChipStyle::Colours>();
        QVERIFY(!chip.fill.isEmpty());
        QCOMPARE(chip, ChipStyle::of(Tension::Status::Unknown));
        QCOMPARE(status.data(TensionModel::StatusRole).toInt(), int(Tension::Status::Unknown));
    }

    // A place the sources do not locate is listed with words, never at "0, 0".
    void aPlaceWithoutPositionIsListedWithWords()
    {
        PlaceModel places;
        places.setBriefing(m_v2);
        const int row = places.rowOf(V2Briefing::UnplacedId);
        QVERIFY(row >= 0);
        QCOMPARE(places.index(row, PlaceModel::NameColumn).data().toString(),
                 u"Lomaloma clinic"_qs);
        QCOMPARE(places.index(row, PlaceModel::LatitudeColumn).data().toString(),
                 u"no position given"_qs);
        QCOMPARE(places.index(row, PlaceModel::LongitudeColumn).data().toString(), QString());
        QVERIFY(!places.index(row, 0).data(PlaceModel::LatitudeRole).isValid());
        QVERIFY(!places.index(row, 0).data(PlaceModel::LongitudeRole).isValid());
        QVERIFY(!places.index(row, 0).data(PlaceModel::HasPositionRole).toBool());
        QVERIFY(places.index(0, 0).data(PlaceModel::HasPositionRole).toBool());
        for (int c = 0; c < places.columnCount(); ++c)
            QVERIFY(!places.index(row, c).data().toString().contains(u"0.0000"_qs));
    }

    void areas()
    {
        AreaModel areas;
        areas.setBriefing(m_v2);
        QCOMPARE(areas.rowCount(), 1);
        QCOMPARE(column(areas, AreaModel::NameColumn), QStringList{u"Qamea reef grounds"_qs});
        QCOMPARE(column(areas, AreaModel::KindColumn), QStringList{u"Disputed area"_qs});
        QCOMPARE(areas.rowOf(V2Briefing::AreaId), 0);
        QVERIFY(areas.index(0, 0).data(AreaModel::ApproximateRole).toBool());
        const QVariantList rings = areas.index(0, 0).data(AreaModel::RingsRole).toList();
        QCOMPARE(rings.size(), 1);
        QCOMPARE(rings.first().toList().size(), 3);
        QCOMPARE(rings.first().toList().first().toPointF(), QPointF(179.70, -16.70));
        areas.setLanguage(u"fa"_qs);
        QCOMPARE(column(areas, AreaModel::NameColumn), QStringList{u"صیدگاه آبسنگ قامیا"_qs});
        areas.setBriefing(m_fiji); // a version 1 briefing has none
        QCOMPARE(areas.rowCount(), 0);
    }

    void tensionsOfAnotherBriefing()
    {
        TensionModel model;
        model.setBriefing(m_fiji);
        QCOMPARE(model.rowCount(), 0); // this briefing has no "tensions" key at all
        QCOMPARE(model.headerData(TensionModel::SeverityColumn, Qt::Horizontal).toString(),
                 u"Severity"_qs);
    }

    // Tooltips guess rich text, so every model's tooltips carry document text escaped: the
    // base model answers the tooltip role for all of them. A date's tooltip is Gregorian.
    void tooltipsCarryDocumentTextEscaped()
    {
        const BriefingPtr hostile =
            BriefingReader::readFile(testDataPath(u"bad/html-everywhere.briefing.json"_qs)).briefing;
        QVERIFY(hostile);
        TensionModel tensions;
        EventModel events;
        PlaceModel places;
        LineModel lines;
        BackgroundModel background;
        int checked = 0;
        for (BriefingTableModel *model : std::initializer_list<BriefingTableModel *>{
                 &tensions, &events, &places, &lines, &background}) {
            model->setBriefing(hostile);
            if (model->rowCount() == 0)
                continue;
            ++checked;
            const QString tip = model->index(0, 0).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.startsWith(u"<p>"_qs), qPrintable(tip));
            QVERIFY2(!tip.contains(u"<b>"_qs) && !tip.contains(u"<img"_qs), qPrintable(tip));
        }
        QVERIFY(checked >= 3);
        events.setBriefing(m_fiji);
        events.setLanguage(u"fa"_qs);
        const QModelIndex date = events.index(0, EventModel::DateColumn);
        const QString gregorian = date.data(Qt::ToolTipRole).toString();
        const QString expected =
            DateFormatter(QLocale(u"fa"_qs)).formatGregorian(m_fiji->events.constFirst().date);
        QCOMPARE(gregorian, u"<p>"_qs + expected + u"</p>"_qs);
        QVERIFY(gregorian != u"<p>"_qs + date.data().toString() + u"</p>"_qs);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
