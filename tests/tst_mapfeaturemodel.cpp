#include "document/briefingreader.h"
#include "document/vocabulary.h"
#include "models/entryroles.h"
#include "models/fallbackmark.h"
#include "models/linemodel.h"
#include "models/mapfeaturemodel.h"
#include "models/placemodel.h"
#include "maptour.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The map's list: the places, then the lines, then the areas, one row each.
class TestMapFeatureModel : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_fiji;
    BriefingPtr m_minimal;

    static QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, column).data(role).toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fiji = BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)).briefing;
        m_minimal = BriefingReader::readFile(testDataPath(u"valid/minimal.briefing.json"_qs)).briefing;
        QVERIFY(m_fiji);
        QVERIFY(m_minimal);
    }

    void modelTester()
    {
        MapFeatureModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBriefing(m_fiji);
        model.setLanguage(u"fa"_qs);
        model.setLanguage(u"en"_qs);
        model.setBriefing(m_minimal);
        model.setBriefing(m_fiji);
        model.setBriefing(nullptr);
        model.setBriefing(m_fiji);
    }

    void rows()
    {
        MapFeatureModel model;
        model.setBriefing(m_fiji);
        QCOMPARE(model.columnCount(), int(MapFeatureModel::ColumnCount));
        QCOMPARE(column(model, MapFeatureModel::NameColumn),
                 (QStringList{u"Suva"_qs, u"Nadi"_qs, u"Lomaloma"_qs, u"Qamea jetty"_qs,
                              u"Levuka"_qs, u"Wellington"_qs, u"Suva–Lomaloma ferry"_qs,
                              u"Coastal road, Nadi to Suva"_qs}));
        QCOMPARE(column(model, MapFeatureModel::NameColumn, EntryRoles::IdRole),
                 (QStringList{u"place-suva"_qs, u"place-nadi"_qs, u"place-lomaloma"_qs,
                              u"place-qamea"_qs, u"place-levuka"_qs, u"place-wellington"_qs,
                              u"line-ferry-east"_qs, u"line-coastal-road"_qs}));
        QCOMPARE(column(model, MapFeatureModel::KindColumn),
                 (QStringList{Vocabulary::name(Place::Kind::Capital),
                              Vocabulary::name(Place::Kind::City),
                              Vocabulary::name(Place::Kind::Port),
                              Vocabulary::name(Place::Kind::Site),
                              Vocabulary::name(Place::Kind::Town),
                              Vocabulary::name(Place::Kind::Capital),
                              Vocabulary::name(MapLine::Kind::Route),
                              Vocabulary::name(MapLine::Kind::Road)}));
        QCOMPARE(column(model, 0, MapFeatureModel::IsLineRole),
                 (QStringList{u"false"_qs, u"false"_qs, u"false"_qs, u"false"_qs, u"false"_qs,
                              u"false"_qs, u"true"_qs, u"true"_qs}));
        QCOMPARE(column(model, 0, MapFeatureModel::ApproximateRole),
                 (QStringList{u"false"_qs, u"false"_qs, u"false"_qs, u"true"_qs, u"false"_qs,
                              u"false"_qs, u"true"_qs, u"false"_qs}));
        // The note is the text a filter searches.
        QCOMPARE(model.index(3, 0).data(EntryRoles::TextRole).toString(),
                 u"Position estimated for this fixture."_qs);
        // Tooltips carry document text escaped.
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"<p>Suva</p>"_qs);
        QVERIFY(!model.headerData(MapFeatureModel::NameColumn, Qt::Horizontal).toString().isEmpty());
    }

    void contentLanguage()
    {
        MapFeatureModel model;
        model.setBriefing(m_fiji);
        model.setLanguage(u"fa"_qs);
        QCOMPARE(model.index(0, 0).data().toString(), u"سووا"_qs);
        QCOMPARE(model.index(0, 0).data(EntryRoles::FallbackRole).toBool(), false);
        // Lomaloma has an English name only: shown, and marked as a fallback.
        QCOMPARE(model.index(2, 0).data().toString(), u"Lomaloma"_qs);
        QCOMPARE(model.index(2, 0).data(EntryRoles::FallbackRole).toBool(), true);
        // Its tooltip carries the fallback mark; Suva's, in Persian, none.
        QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(
            FallbackMark::html(FallbackMark::label({{}, u"en"_qs}, u"fa"_qs))));
        QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"chip"_qs));
    }

    // A tour: areas after the lines, and the places without a position listed with the rest.
    void areasAndPlacesWithoutPosition()
    {
        MapFeatureModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const BriefingPtr tour = mapTourBriefing();
        model.setBriefing(tour);
        QCOMPARE(model.rowCount(), int(tour->places.size() + tour->lines.size() + tour->areas.size()));
        const QStringList ids = column(model, 0, EntryRoles::IdRole);
        QVERIFY(ids.contains(u"place-hotel"_qs));
        QCOMPARE(ids.mid(ids.size() - 4),
                 (QStringList{u"area-zone"_qs, u"area-occupied"_qs, u"area-disputed"_qs,
                              u"area-corridor"_qs}));
        const int zone = int(ids.indexOf(u"area-zone"_qs));
        QCOMPARE(model.index(zone, MapFeatureModel::NameColumn).data().toString(), u"Protected zone"_qs);
        QCOMPARE(model.index(zone, MapFeatureModel::KindColumn).data().toString(),
                 Vocabulary::name(MapArea::Kind::Zone));
        QCOMPARE(model.index(zone, 0).data(MapFeatureModel::IsAreaRole).toBool(), true);
        QCOMPARE(model.index(zone, 0).data(MapFeatureModel::IsLineRole).toBool(), false);
        QCOMPARE(model.index(zone + 1, 0).data(MapFeatureModel::ApproximateRole).toBool(), true);
        QCOMPARE(model.index(zone - 1, 0).data(MapFeatureModel::IsLineRole).toBool(), true);
        QCOMPARE(model.index(zone - 1, 0).data(MapFeatureModel::IsAreaRole).toBool(), false);
    }

    void noGeography()
    {
        MapFeatureModel model;
        QCOMPARE(model.rowCount(), 0);
        Briefing b = *m_minimal;
        b.places.clear();
        model.setBriefing(std::make_shared<const Briefing>(b));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMapFeatureModel)
#include "tst_mapfeaturemodel.moc"
