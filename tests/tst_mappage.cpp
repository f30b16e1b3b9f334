#include "document/briefingreader.h"
#include "document/vocabulary.h"
#include "gui/entrydetailview.h"
#include "gui/entrylistpage.h"
#include "gui/mainwindow.h"
#include "gui/map/mapcanvas.h"
#include "gui/map/maplegend.h"
#include "gui/map/mappage.h"
#include "map/maplegendentry.h"
#include "map/mappainter.h"
#include "map/mapprojection.h"
#include "map/mapstyle.h"
#include "map/mapviewport.h"
#include "map/worldmap.h"
#include "models/briefingselection.h"
#include "models/entryroles.h"
#include "maptour.h"
#include "figuresvg.h"
#include "testdata.h"

#include <QApplication>
#include <QBuffer>
#include <QHash>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTest>
#include <QToolButton>
#include <QSvgGenerator>
#include <QToolTip>
#include <QTreeView>

#include <algorithm>

// The map tab, offscreen: it opens on the briefing's own region, follows and sets the shared
// selection, zooms and pans, keeps east on the right under a right-to-left interface, and
// draws whatever valid geography it gets.
class TestMapPage : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_builtIn;
    BriefingPtr m_fiji;
    BriefingPtr m_tour;

    // A shown page, as big as the map tab of a 1280 x 800 window.
    struct Shown
    {
        BriefingSelection selection;
        MapPage page{&selection};
        Shown(BriefingPtr briefing, const QString &language = u"en"_qs)
        {
            page.resize(1260, 700);
            page.setBriefing(std::move(briefing), language);
            page.show();
        }
        MapCanvas *canvas() const { return page.canvas(); }
    };

    GeoPoint at(const BriefingPtr &b, const QString &placeId) const
    {
        return b->place(placeId)->position;
    }

    // Four hundred places scattered over three degrees: far more names than there is room for.
    BriefingPtr crowded() const
    {
        const BriefingPtr minimal
            = BriefingReader::readFile(testDataPath(u"valid/minimal.briefing.json"_qs)).briefing;
        Briefing b = *minimal;
        const Place model = b.places.constFirst();
        b.places.clear();
        for (int i = 0; i < 400; ++i) {
            Place place = model;
            place.id = u"p%1"_qs.arg(i);
            place.name = LocalizedText();
            place.name.set(u"en"_qs, u"Place %1"_qs.arg(i));
            place.kind = i == 0 ? Place::Kind::Capital : i % 3 ? Place::Kind::City : Place::Kind::Town;
            place.position = {10.0 + (i * 37 % 300) / 100.0, 19.0 + (i * 53 % 300) / 100.0};
            b.places.append(place);
        }
        b.visit.place = u"p0"_qs;
        b.buildIndex();
        return std::make_shared<const Briefing>(b);
    }

    // `count` places at one point, of three kinds, the first a capital.
    BriefingPtr atOnePoint(int count) const
    {
        const BriefingPtr minimal
            = BriefingReader::readFile(testDataPath(u"valid/minimal.briefing.json"_qs)).briefing;
        Briefing b = *minimal;
        const Place model = b.places.constFirst();
        b.places.clear();
        for (int i = 0; i < count; ++i) {
            Place place = model;
            place.id = u"p%1"_qs.arg(i);
            place.name = LocalizedText();
            place.name.set(u"en"_qs, u"Place %1"_qs.arg(i));
            place.kind = i == 0 ? Place::Kind::Capital : i % 2 ? Place::Kind::Town : Place::Kind::Site;
            place.position = {41.7, 44.8};
            b.places.append(place);
        }
        b.visit.place = u"p0"_qs;
        b.buildIndex();
        return std::make_shared<const Briefing>(b);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_builtIn = BriefingReader::readFile(BriefingReader::builtInFileName()).briefing;
        m_fiji = BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs)).briefing;
        m_tour = BriefingReader::readFile(testDataPath(u"valid/xi-latin-america-2024.briefing.json"_qs)).briefing;
        QVERIFY(m_builtIn);
        QVERIFY(m_fiji);
        QVERIFY(m_tour);
    }

    void cleanup()
    {
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void worldDataIsReadOnlyWhenShown()
    {
        BriefingSelection selection;
        MapPage page(&selection);
        page.setBriefing(m_builtIn, u"en"_qs);
        QVERIFY(!page.canvas()->isWorldLoaded());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.canvas()->isWorldLoaded());
    }

    void zoomToSelectionFillsTheMapWithItsPlaces()
    {
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        auto *button = s.page.findChild<QToolButton *>(u"zoomToSelection"_qs);
        QVERIFY(button);
        // Nothing selected: nothing to zoom to, and the tooltip says why.
        QVERIFY(!button->isEnabled());
        QVERIFY(!button->toolTip().isEmpty());

        // A place far out of view: the map goes there, closer than the region, not closest.
        const double regionWidth = canvas->worldWidth();
        canvas->panBy({2000, 0});
        s.selection.select(u"rasht"_qs);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(canvas->isInView(at(m_builtIn, u"rasht"_qs)));
        QVERIFY(canvas->worldWidth() > regionWidth);
        QVERIFY(canvas->worldWidth() < MapViewport::MaxWorldWidth / 8);

        // An entry with places apart: all of them in view, the map zoomed out to them.
        const Entry *item = m_builtIn->entry(u"item-zangezur"_qs);
        QVERIFY(item && item->places.size() >= 2);
        s.selection.select(item->id);
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_J, Qt::ControlModifier);
        for (const QString &place : item->places)
            QVERIFY2(canvas->isInView(at(m_builtIn, place)), qPrintable(place));
    }

    void opensOnTheBuiltInRegion()
    {
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        // The region's corners and the places of the visit are in view, at a regional zoom.
        const GeoBox region = m_builtIn->effectiveRegion();
        QVERIFY(canvas->isInView({region.south, region.west}));
        QVERIFY(canvas->isInView({region.north, region.east}));
        for (const QString &id : {u"baku"_qs, u"tabriz"_qs, u"nakhchivan"_qs, u"yerevan"_qs})
            QVERIFY2(canvas->isInView(at(m_builtIn, id)), qPrintable(id));
        QVERIFY(canvas->viewRect().width() < 0.1);
        QVERIFY(!canvas->isInView({-18.1416, 178.4419})); // Suva
    }

    void opensOnItsOwnRegionAcrossTheDateline()
    {
        Shown s(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        // Fiji, on both sides of 180°, and not the South Caucasus.
        for (const QString &id : {u"place-suva"_qs, u"place-nadi"_qs, u"place-lomaloma"_qs,
                                  u"place-qamea"_qs, u"place-levuka"_qs}) {
            QVERIFY2(canvas->isInView(at(m_fiji, id)), qPrintable(id));
        }
        QVERIFY(!canvas->isInView(at(m_builtIn, u"baku"_qs)));
        QVERIFY(canvas->viewRect().width() < 0.05);
        // East is to the right across the meridian: 178° E lies left of 179° W.
        QVERIFY(canvas->toScreen(GeoPoint{-17.5, 178.0}).x() < canvas->toScreen(GeoPoint{-17.5, -179.0}).x());
    }

    void hoverShowsNameAndKind()
    {
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        const QPoint tehran = canvas->toScreen(at(m_builtIn, u"tehran"_qs)).toPoint();
        QTest::mouseMove(canvas, tehran);
        QTRY_COMPARE(canvas->hoveredId(), u"tehran"_qs);
        auto *status = s.page.findChild<QLabel *>(u"mapStatus"_qs);
        QVERIFY(status);
        QTRY_VERIFY(status->text().contains(u"Tehran"_qs));
        QVERIFY(status->text().contains(u"Capital"_qs));
        QVERIFY(status->text().contains(u"° N"_qs));

        QHelpEvent help(QEvent::ToolTip, tehran, canvas->mapToGlobal(tehran));
        QApplication::sendEvent(canvas, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(u"Tehran"_qs));
        QVERIFY(QToolTip::text().contains(u"Capital"_qs));

        // Off every place and line: no name.
        QTest::mouseMove(canvas, canvas->toScreen(GeoPoint{41.5, 50.5}).toPoint()); // Caspian
        QTRY_COMPARE(canvas->hoveredId(), QString());
    }

    // A GeoJSON layer is drawn over the map, its features answer the pointer with their
    // properties as plain text, and taking it away restores the map.
    void addedLayerIsDrawnAndDescribed()
    {
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        const GeoPoint caspian{41.5, 50.5};
        const QPoint inside = canvas->toScreen(caspian).toPoint();
        const QColor before = canvas->grab().toImage().pixelColor(inside);

        const QByteArray geojson = R"({"type": "FeatureCollection", "name": "Survey", "features": [
            {"type": "Feature", "properties": {"name": "Block <b>7</b>", "depth": 120},
             "geometry": {"type": "Polygon", "coordinates":
                [[[50.0, 41.0], [51.0, 41.0], [51.0, 42.0], [50.0, 42.0], [50.0, 41.0]]]}}]})";
        const GeoJsonLayer::Result read = GeoJsonLayer::read(geojson, u"survey.geojson"_qs);
        QVERIFY(read.layer);
        s.page.setLayers({read.layer});
        QVERIFY(s.page.legend()->entries().contains(u"Added layer: Survey"_qs));
        // Hatched in the layer's ink: some of the sea under it is ink, most of it is still sea.
        const QImage afterImage = canvas->grab().toImage();
        const QRect box(inside - QPoint(12, 12), QSize(25, 25));
        int ink = 0;
        int unchanged = 0;
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                const QColor c = afterImage.pixelColor(x, y);
                unchanged += c == before;
                ink += c.red() > 150 && c.green() < 90;
            }
        }
        const int area = box.width() * box.height();
        QVERIFY2(ink > area / 20, qPrintable(QString::number(ink)));
        QVERIFY2(unchanged > area / 2, qPrintable(QString::number(unchanged)));

        QHelpEvent help(QEvent::ToolTip, inside, canvas->mapToGlobal(inside));
        QApplication::sendEvent(canvas, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(u"Block &lt;b&gt;7&lt;/b&gt;"_qs));
        QVERIFY(QToolTip::text().contains(u"depth: 120"_qs));
        QVERIFY(QToolTip::text().contains(u"Survey"_qs));
        QToolTip::hideText();

        s.page.setLayers({});
        QVERIFY(!s.page.legend()->entries().join(u'\n').contains(u"Survey"_qs));
        QCOMPARE(canvas->grab().toImage().pixelColor(inside), before);
    }

    // A layer over the host country leaves the host's colour as it is (a tint over it read as
    // the guest's colour), and a long layer name cannot widen the window.
    void addedLayerKeepsTheHostsColourAndItsNameShort()
    {
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        const int legendWidth = s.page.legend()->sizeHint().width();
        const QString longName(399, u'n');
        const QByteArray geojson = QByteArray(R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {},
             "geometry": {"type": "Polygon", "coordinates":
                [[[47.0, 40.0], [48.6, 40.0], [48.6, 40.9], [47.0, 40.9], [47.0, 40.0]]]}}],)")
            + "\"name\": \"" + longName.toUtf8() + "\"}";
        const GeoJsonLayer::Result read = GeoJsonLayer::read(geojson, u"long.geojson"_qs);
        QVERIFY(read.layer);
        s.page.setLayers({read.layer});

        const QImage image = canvas->grab().toImage();
        const QPoint centre = canvas->toScreen(GeoPoint{40.45, 47.8}).toPoint();
        QHash<QRgb, int> counts;
        for (int y = centre.y() - 8; y <= centre.y() + 8; ++y) {
            for (int x = centre.x() - 8; x <= centre.x() + 8; ++x)
                ++counts[image.pixel(x, y)];
        }
        const QRgb most = std::max_element(counts.cbegin(), counts.cend()).key();
        QCOMPARE(QColor(most).name(), MapStyle::landHost().name());

        const QStringList entries = s.page.legend()->entries();
        const auto entry = std::find_if(entries.cbegin(), entries.cend(), [](const QString &e) {
            return e.startsWith(u"Added layer: "_qs);
        });
        QVERIFY(entry != entries.cend());
        QVERIFY(entry->contains(u'…'));
        QVERIFY(entry->size() < 80);
        QVERIFY2(s.page.legend()->sizeHint().width() < legendWidth + 400,
                 qPrintable(QString::number(s.page.legend()->sizeHint().width())));
        const auto labels = s.page.legend()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
            return label->toolTip() == longName;
        }));
    }

    void clickSelectsThroughTheSharedSelection()
    {
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->toScreen(at(m_builtIn, u"tabriz"_qs)).toPoint());
        QCOMPARE(s.selection.currentId(), u"tabriz"_qs);
        QCOMPARE(canvas->highlight(), QStringList{u"tabriz"_qs});
        // The side panel shows the place, and its row in the list is current.
        EntryListPage *list = s.page.list();
        QVERIFY(list->detail()->toPlainText().contains(u"Tabriz"_qs));
        QCOMPARE(list->list()->currentIndex().data(EntryRoles::IdRole).toString(), u"tabriz"_qs);

        // A line.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->toScreen(GeoPoint{39.7331, 47.89495}).toPoint());
        QCOMPARE(s.selection.currentId(), u"line-araz"_qs);
        QVERIFY(list->detail()->toPlainText().contains(u"Araz"_qs));

        // The sea selects nothing and keeps the selection.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->toScreen(GeoPoint{41.5, 50.5}).toPoint());
        QCOMPARE(s.selection.currentId(), u"line-araz"_qs);

        // A drag pans and selects nothing, even when it starts on a place.
        const QPointF centre = canvas->centre();
        const QPoint from = canvas->toScreen(at(m_builtIn, u"tehran"_qs)).toPoint();
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas, from + QPoint(40, 10));
        QTest::mouseMove(canvas, from + QPoint(80, 20));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, from + QPoint(80, 20));
        QCOMPARE(s.selection.currentId(), u"line-araz"_qs);
        QVERIFY(canvas->centre().x() < centre.x());
    }

    void selectingAnItemElsewhereHighlightsItsPlaces()
    {
        MainWindow window;
        QVERIFY(window.openFile(BriefingReader::builtInFileName()));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showTab(u"map"_qs));
        auto *page = window.findChild<MapPage *>();
        auto *selection = window.findChild<BriefingSelection *>();
        QVERIFY(page);
        QVERIFY(selection);
        MapCanvas *canvas = page->canvas();

        // An agenda item with places and lines, selected while the map looks elsewhere.
        const AgendaItem *item = nullptr;
        for (const AgendaArea &area : m_builtIn->agenda) {
            for (const AgendaItem &i : area.items) {
                if (!item && !i.places.isEmpty() && !i.lines.isEmpty())
                    item = &i;
            }
        }
        QVERIFY(item);
        // Its places are in the region's view: selecting it highlights them and moves nothing.
        const QPointF homeCentre = canvas->centre();
        const double homeWidth = canvas->worldWidth();
        selection->select(item->id);
        QCOMPARE(canvas->highlight(), item->places + item->lines);
        QCOMPARE(canvas->centre(), homeCentre);
        QCOMPARE(canvas->worldWidth(), homeWidth);
        selection->select(QString());
        QVERIFY(canvas->highlight().isEmpty());

        // Looking elsewhere, zoomed in: the selection brings them back into view.
        canvas->zoomBy(4, canvas->rect().center());
        canvas->panBy(QPointF(-20 * canvas->width(), 0));
        for (const QString &id : item->places)
            QVERIFY(!canvas->isInView(m_builtIn->place(id)->position));

        selection->select(item->id);
        QCOMPARE(canvas->highlight(), item->places + item->lines);
        for (const QString &id : item->places)
            QVERIFY2(canvas->isInView(m_builtIn->place(id)->position), qPrintable(id));

        // Selecting something without geography clears the highlight and leaves the view.
        const QPointF centre = canvas->centre();
        selection->select(m_builtIn->background.first().id);
        QVERIFY(canvas->highlight().isEmpty());
        QCOMPARE(canvas->centre(), centre);
    }

    void canvasKeepsEastOnTheRightUnderRightToLeft()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        Shown s(m_builtIn, u"fa"_qs);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        QCOMPARE(s.page.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(s.page.legend()->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(canvas->layoutDirection(), Qt::LeftToRight);
        // Baku lies east of Yerevan, so to its right.
        QVERIFY(canvas->toScreen(at(m_builtIn, u"baku"_qs)).x()
                > canvas->toScreen(at(m_builtIn, u"yerevan"_qs)).x());
        // The panels follow the interface: the legend stands left of the map.
        QVERIFY(s.page.legend()->mapTo(&s.page, QPoint()).x() < canvas->mapTo(&s.page, QPoint()).x());
        // The left arrow goes west.
        const double x = canvas->centre().x();
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Left);
        QVERIFY(canvas->centre().x() < x);
    }

    void focusFramesTheMapWithoutTintingIt()
    {
        // Keyboard focus shows as a thin frame on the edge; the map inside keeps its colours.
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        s.page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&s.page));
        MapCanvas *canvas = s.canvas();
        canvas->clearFocus();
        const QImage unfocused = canvas->grab().toImage();
        // Reached with Tab, from the widget before it.
        canvas->setFocus();
        QTRY_VERIFY(canvas->hasFocus());
        QTest::keyClick(canvas, Qt::Key_Backtab);
        QTRY_VERIFY(!canvas->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(canvas->hasFocus());
        const QImage focused = canvas->grab().toImage();
        QCOMPARE(focused.size(), unfocused.size());

        const QRect inside = focused.rect().adjusted(6, 6, -6, -6);
        QCOMPARE(focused.copy(inside), unfocused.copy(inside));
        // The frame is there, on every side.
        const int midX = focused.width() / 2;
        const int midY = focused.height() / 2;
        for (const QPoint &edge : {QPoint(0, midY), QPoint(focused.width() - 1, midY),
                                   QPoint(midX, 0), QPoint(midX, focused.height() - 1)}) {
            QVERIFY2(focused.pixelColor(edge) != unfocused.pixelColor(edge),
                     qPrintable(u"%1,%2"_qs.arg(edge.x()).arg(edge.y())));
        }
    }

    void zoomAndPanControls()
    {
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        const double home = canvas->worldWidth();
        const QPointF homeCentre = canvas->centre();

        QTest::mouseClick(s.page.findChild<QToolButton *>(u"zoomIn"_qs), Qt::LeftButton);
        QCOMPARE(canvas->worldWidth(), home * MapCanvas::ZoomStep);
        QTest::mouseClick(s.page.findChild<QToolButton *>(u"zoomOut"_qs), Qt::LeftButton);
        QCOMPARE(canvas->worldWidth(), home);

        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Plus);
        QCOMPARE(canvas->worldWidth(), home * MapCanvas::ZoomStep);
        QTest::keyClick(canvas, Qt::Key_Minus);
        QCOMPARE(canvas->worldWidth(), home);
        QTest::keyClick(canvas, Qt::Key_Up);
        QVERIFY(canvas->centre().y() < homeCentre.y());
        QTest::keyClick(canvas, Qt::Key_Right);
        QVERIFY(canvas->centre().x() > homeCentre.x());

        // The wheel zooms about the pointer: the point under it stays put.
        const QPointF anchor(200, 150);
        const QPointF before = canvas->toWorld(anchor);
        QWheelEvent wheel(anchor, canvas->mapToGlobal(anchor), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
        QCOMPARE(canvas->worldWidth(), home * MapCanvas::ZoomStep);
        const QPointF after = canvas->toWorld(anchor);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-9 && std::abs(after.y() - before.y()) < 1e-9);

        // Fit region returns to the first view.
        QTest::mouseClick(s.page.findChild<QToolButton *>(u"fitRegion"_qs), Qt::LeftButton);
        QCOMPARE(canvas->worldWidth(), home);
        QCOMPARE(canvas->centre(), homeCentre);

        // The zoom has limits.
        for (int i = 0; i < 60; ++i)
            canvas->zoomIn();
        QCOMPARE(canvas->worldWidth(), MapViewport::MaxWorldWidth);
        for (int i = 0; i < 80; ++i)
            canvas->zoomOut();
        QVERIFY(canvas->worldWidth() >= MapViewport::MinWorldWidth);
        QVERIFY(canvas->viewRect().top() <= 0 || canvas->viewRect().bottom() <= 1.0 + 1e-9);
    }

    void contentLanguageKeepsTheView()
    {
        Shown s(m_fiji);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        canvas->zoomIn();
        canvas->panBy({30, 20});
        const QRectF view = canvas->viewRect();
        s.page.setBriefing(m_fiji, u"fa"_qs);
        QCOMPARE(canvas->viewRect(), view);
        QVERIFY(canvas->describe(u"place-suva"_qs).contains(u"سووا"_qs));
    }

    void accessibleNames()
    {
        Shown s(m_builtIn);
        QVERIFY(!s.canvas()->accessibleName().isEmpty());
        QVERIFY(!s.canvas()->accessibleDescription().isEmpty());
        for (const QString &name : {u"zoomIn"_qs, u"zoomOut"_qs, u"fitRegion"_qs}) {
            auto *button = s.page.findChild<QToolButton *>(name);
            QVERIFY(button);
            QVERIFY(!button->accessibleName().isEmpty());
        }
        QVERIFY(!s.page.legend()->accessibleName().isEmpty());
        QVERIFY(s.canvas()->focusPolicy() & Qt::TabFocus);
    }

    // An area answers the pointer as a place does: hovered, it is named with its kind; clicked,
    // it becomes the shared selection, stands out on the map, and its row in the list is
    // current. An entry that names it highlights it too.
    void areaIsHoveredAndSelected()
    {
        const BriefingPtr tour = mapTourBriefing();
        Shown s(tour);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        const QPoint inside = canvas->toScreen(GeoPoint{-8.0, -63.0}).toPoint();
        QVERIFY(canvas->rect().contains(inside));
        QTest::mouseMove(canvas, inside);
        QTRY_COMPARE(canvas->hoveredId(), u"area-zone"_qs);
        auto *status = s.page.findChild<QLabel *>(u"mapStatus"_qs);
        QTRY_VERIFY(status->text().contains(u"Protected zone"_qs));
        QVERIFY(status->text().contains(u"Zone"_qs));

        QTest::mouseClick(canvas, Qt::LeftButton, {}, inside);
        QCOMPARE(s.selection.currentId(), u"area-zone"_qs);
        QCOMPARE(canvas->highlight(), QStringList{u"area-zone"_qs});
        QCOMPARE(s.page.list()->list()->currentIndex().data(EntryRoles::IdRole).toString(),
                 u"area-zone"_qs);
        // Lit: its outline glows in the highlight's colour.
        const QImage image = canvas->grab().toImage();
        const QPoint edge = canvas->toScreen(GeoPoint{-6.0, -63.0}).toPoint();
        int glow = 0;
        for (int y = edge.y() - 4; y <= edge.y() + 4; ++y) {
            const QColor c(image.pixel(edge.x(), y));
            glow += c.red() > 200 && c.green() > 160 && c.blue() < 120;
        }
        QVERIFY2(glow > 0, "the selected area's outline glows");

        s.selection.select(u"item-amazon"_qs);
        QCOMPARE(canvas->highlight(), (QStringList{u"area-zone"_qs, u"place-brasilia"_qs}));
        // A leg of the journey is selected where it is drawn.
        s.selection.select(QString());
        const MapFeatures features(*tour);
        for (const auto &line : features.lines()) {
            if (line.id != u"it-lima-rio"_qs)
                continue;
            const QPoint on = canvas->toScreen(line.points.at(line.points.size() / 2)).toPoint();
            QTest::mouseClick(canvas, Qt::LeftButton, {}, on);
            QCOMPARE(s.selection.currentId(), u"it-lima-rio"_qs);
            QVERIFY(canvas->highlight().contains(u"it-lima-rio"_qs));
            QVERIFY(canvas->describe(u"it-lima-rio"_qs).contains(u"Flight to Rio de Janeiro"_qs));
        }
    }

    // The legend of a tour: the areas, the flight, the stops, every host; and how many places
    // the map does not draw.
    void legendOfATour()
    {
        const BriefingPtr tour = mapTourBriefing();
        Shown s(tour);
        const QStringList entries = s.page.legend()->entries();
        for (const auto kind : {MapArea::Kind::Occupied, MapArea::Kind::Disputed,
                                MapArea::Kind::Zone, MapArea::Kind::Corridor}) {
            QVERIFY2(entries.contains(Vocabulary::name(kind)), qPrintable(entries.join(u", "_qs)));
        }
        // The briefing's disputed area and the world's hatch are one entry.
        QCOMPARE(entries.count(u"Disputed area"_qs), 1);
        QVERIFY(entries.contains(Vocabulary::name(MapLine::Kind::Flight)));
        QVERIFY(entries.contains(Vocabulary::name(Place::Kind::Airport)));
        QVERIFY(entries.contains(Vocabulary::name(Place::Kind::Station)));
        QVERIFY(entries.contains(Vocabulary::name(Place::Kind::Landmark)));
        QVERIFY(entries.contains(u"Host countries"_qs));
        QVERIFY(entries.contains(u"Stop of the journey, by its number"_qs));
        QVERIFY(!entries.contains(Vocabulary::name(Place::Kind::Site))); // not drawn
        QCOMPARE(s.page.legend()->unplacedNote(), MapLegendEntry::unplacedNote(tour.get()));
        QVERIFY(s.page.legend()->unplacedNote().contains(u'2'));
        auto *note = s.page.legend()->findChild<QLabel *>(u"unplacedNote"_qs);
        QVERIFY(note);
        QCOMPARE(note->textFormat(), Qt::PlainText);
        // Every place is still in the list.
        QVERIFY(s.page.list()->indexOf(u"place-hotel"_qs).isValid());
        // The example tour file: its place without coordinates is counted, its flight and
        // its zone are in the legend.
        const BriefingPtr example =
            BriefingReader::readFile(testDataPath(u"valid/tour-example.briefing.json"_qs)).briefing;
        QVERIFY(example);
        Shown e(example);
        QCOMPARE(e.page.legend()->unplacedNote(), MapLegendEntry::unplacedNote(example.get()));
        QVERIFY(e.page.legend()->unplacedNote().contains(u'1'));
        QVERIFY(e.page.legend()->entries().contains(Vocabulary::name(MapLine::Kind::Flight)));
        QVERIFY(e.page.legend()->entries().contains(Vocabulary::name(MapArea::Kind::Zone)));
        // None for a briefing whose places all have a position.
        Shown fiji(m_fiji);
        QVERIFY(fiji.page.legend()->unplacedNote().isEmpty());
    }

    void legendListsWhatIsDrawn()
    {
        Shown s(m_fiji);
        const QStringList entries = s.page.legend()->entries();
        QVERIFY(entries.contains(u"Capital"_qs));
        QVERIFY(entries.contains(u"Route"_qs));
        QVERIFY(entries.contains(u"Road"_qs));
        QVERIFY(!entries.contains(u"Railway"_qs)); // Fiji has none
        QVERIFY(entries.contains(u"Approximate position"_qs));
        QVERIFY(entries.contains(u"Approximate course"_qs));
    }

    // Ten thousand places at one point: one marker, named once, with a count that says how
    // many places it stands for; hovering it names the capital among them and the rest by
    // number; the legend beside it shows the kinds of place.
    void placesAtOnePointAreOneMarkerWithACount()
    {
        const BriefingPtr briefing = atOnePoint(10000);
        Shown s(briefing);
        s.page.resize(1260, 620);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        canvas->grab();
        const QPointF point = canvas->toScreen(at(briefing, u"p0"_qs));
        QCOMPARE(canvas->drawnCounts().size(), 1);
        const MapPainter::DrawnCount count = canvas->drawnCounts().constFirst();
        QCOMPARE(count.count, 10000);
        QCOMPARE(count.id, u"p0"_qs); // the capital stands for the others
        QVERIFY(QRectF(canvas->rect()).contains(count.rect));
        QVERIFY(QLineF(count.rect.center(), point).length() < 40); // beside its marker
        // One name for the point, the capital's (the others are countries').
        QStringList names;
        for (const MapPainter::DrawnLabel &label : canvas->drawnLabels()) {
            if (briefing->place(label.id))
                names.append(label.text);
        }
        QCOMPARE(names, QStringList{u"Place 0"_qs});

        QTest::mouseMove(canvas, point.toPoint());
        QTRY_COMPARE(canvas->hoveredId(), u"p0"_qs);
        QHelpEvent help(QEvent::ToolTip, point.toPoint(), canvas->mapToGlobal(point.toPoint()));
        QApplication::sendEvent(canvas, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"Place 0"_qs), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(QLocale().toString(9999) + u" more place"_qs),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // The legend shows its entries at their full height, beside a list of 10,000 rows.
        MapLegend *legend = s.page.legend();
        const QStringList entries = legend->entries();
        QVERIFY(entries.contains(u"Capital"_qs));
        QVERIFY(entries.contains(u"Town"_qs));
        QVERIFY(entries.contains(u"Site"_qs));
        QVERIFY(legend->isVisible());
        QVERIFY2(legend->height() >= legend->minimumSizeHint().height(),
                 qPrintable(u"%1 < %2"_qs.arg(legend->height()).arg(legend->minimumSizeHint().height())));
        for (QLabel *label : legend->findChildren<QLabel *>()) {
            if (label->text() == u"Capital"_qs)
                QVERIFY(label->isVisible() && label->height() >= label->fontMetrics().height());
        }
    }

    void exportFigure()
    {
        // The map as on screen, painted into a page (here an image) for the export.
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        const ExportOptions::Figure figure = s.page.figurePainter();
        QVERIFY(figure);
        QImage page(QSize(700, 500), QImage::Format_ARGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            figure(&painter, QRectF(50, 50, 600, 400));
        }
        // The margins stay untouched, the figure is painted (the Caspian is water-blue): the
        // map at its top, the legend and the key under it.
        QCOMPARE(page.pixelColor(10, 10), QColor(Qt::white));
        QCOMPARE(page.pixelColor(690, 490), QColor(Qt::white));
        int colours = 0;
        QColor last;
        for (int x = 60; x < 640; x += 7) {
            const QColor c = page.pixelColor(x, 120);
            if (c != last)
                ++colours;
            last = c;
        }
        QVERIFY(colours > 5);

        // Without a document there is nothing to export.
        BriefingSelection selection;
        MapPage empty(&selection);
        QVERIFY(!empty.figurePainter());
    }

    // Names on the map, as the reader sees them: none drawn over another or over a marker, the
    // important places named first, and the same names on every repaint of the same view.
    void namesNeverOverlap_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("zoomSteps");
        QTest::newRow("built-in, English") << u"built-in"_qs << u"en"_qs << 0;
        QTest::newRow("built-in, Persian") << u"built-in"_qs << u"fa"_qs << 0;
        QTest::newRow("built-in, Persian, zoomed in") << u"built-in"_qs << u"fa"_qs << 2;
        QTest::newRow("tour, English") << u"tour"_qs << u"en"_qs << 0;
        QTest::newRow("tour, Persian") << u"tour"_qs << u"fa"_qs << 0;
        QTest::newRow("tour, Azerbaijani, zoomed in") << u"tour"_qs << u"az"_qs << 2;
        QTest::newRow("crowded") << u"crowded"_qs << u"en"_qs << 0;
        QTest::newRow("crowded, zoomed out") << u"crowded"_qs << u"en"_qs << -2;
        QTest::newRow("crowded, zoomed in") << u"crowded"_qs << u"en"_qs << 3;
    }

    void namesNeverOverlap()
    {
        QFETCH(QString, which);
        QFETCH(QString, language);
        QFETCH(int, zoomSteps);
        const BriefingPtr briefing = which == u"crowded" ? crowded()
            : which == u"tour"                           ? m_tour
                                                         : m_builtIn;
        Shown s(briefing, language);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        for (int i = 0; i < std::abs(zoomSteps); ++i)
            zoomSteps > 0 ? canvas->zoomIn() : canvas->zoomOut();
        canvas->grab();
        const QList<MapPainter::DrawnLabel> labels = canvas->drawnLabels();
        QVERIFY(labels.size() > 3);
        const QRectF area = QRectF(canvas->rect());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const MapPainter::DrawnLabel &label = labels.at(i);
            QVERIFY2(area.contains(label.rect), qPrintable(label.text));
            for (qsizetype j = i + 1; j < labels.size(); ++j) {
                QVERIFY2(!label.rect.intersects(labels.at(j).rect),
                         qPrintable(label.text + u" / "_qs + labels.at(j).text));
            }
            // Nor over a marker.
            for (const Place &place : briefing->places) {
                const QPointF at = canvas->toScreen(place.position);
                QVERIFY2(!label.rect.contains(at), qPrintable(label.text + u" / "_qs + place.id));
            }
        }
        // A second frame of the same view names the same places in the same spots.
        canvas->grab();
        QCOMPARE(canvas->drawnLabels().size(), labels.size());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QCOMPARE(canvas->drawnLabels().at(i).id, labels.at(i).id);
            QCOMPARE(canvas->drawnLabels().at(i).rect, labels.at(i).rect);
        }
        if (which == u"crowded") // of many places, only some can be named
            QVERIFY(labels.size() < briefing->places.size());
    }

    void aPlaceWithRoomIsNamed()
    {
        // Baku, in view with room around it, is named in the content language at any zoom.
        Shown s(m_builtIn, u"fa"_qs);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        const QString baku = m_builtIn->text(m_builtIn->place(u"baku"_qs)->name, u"fa"_qs).text;
        QVERIFY(baku.isRightToLeft());
        for (int step = 0; step < 4; ++step) {
            const QPointF pos = canvas->toScreen(at(m_builtIn, u"baku"_qs));
            canvas->grab();
            const auto &labels = canvas->drawnLabels();
            const auto found = std::find_if(labels.cbegin(), labels.cend(),
                                            [](const auto &l) { return l.id == u"baku"; });
            QVERIFY2(found != labels.cend(), qPrintable(QString::number(step)));
            QCOMPARE(found->text, baku);
            // Beside its marker.
            QVERIFY(QLineF(found->rect.center(), pos).length() < found->rect.width() / 2 + 20);
            canvas->zoomBy(MapCanvas::ZoomStep, pos);
        }
    }

    void aPlaceOutOfViewIsNeitherHitNorNamed()
    {
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        const QPointF pos = canvas->toScreen(at(m_builtIn, u"baku"_qs));
        QCOMPARE(canvas->featureAt(pos), u"baku"_qs);
        // Baku moves out of the view to the west.
        canvas->panBy({pos.x() + 100, 0});
        QVERIFY(!canvas->isInView(at(m_builtIn, u"baku"_qs)));
        QVERIFY(canvas->featureAt(pos) != u"baku"_qs);
        canvas->grab();
        const auto &labels = canvas->drawnLabels();
        QVERIFY(std::none_of(labels.cbegin(), labels.cend(),
                             [](const auto &l) { return l.id == u"baku"; }));
        // Back in view, it is there again.
        canvas->panBy({-(pos.x() + 100), 0});
        QCOMPARE(canvas->featureAt(pos), u"baku"_qs);
    }

    void aPannedFrameIsTheFrameOfItsView_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QPointF>("step");
        QTest::newRow("east and south") << u"en"_qs << QPointF(40, 20);
        QTest::newRow("west, Persian") << u"fa"_qs << QPointF(-33, 0);
        QTest::newRow("north") << u"en"_qs << QPointF(0, -17);
    }

    void aPannedFrameIsTheFrameOfItsView()
    {
        // A pan keeps most of the last frame and paints only what it uncovers; the result is
        // the map of the new view, as a frame painted from nothing shows it.
        QFETCH(QString, language);
        QFETCH(QPointF, step);
        Shown s(m_builtIn, language);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        canvas->grab();
        for (int i = 0; i < 3; ++i) {
            canvas->panBy(step);
            canvas->grab();
        }
        const QImage panned = canvas->grab().toImage();
        s.page.hide(); // forgets the kept frame
        s.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        const QImage whole = canvas->grab().toImage();
        QCOMPARE(panned.size(), whole.size());
        int differing = 0;
        for (int y = 0; y < whole.height(); ++y) {
            for (int x = 0; x < whole.width(); ++x) {
                const QRgb p = panned.pixel(x, y);
                const QRgb q = whole.pixel(x, y);
                if (std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))}) > 8) {
                    ++differing;
                }
            }
        }
        QVERIFY2(differing <= 10, qPrintable(QString::number(differing)));
    }

    // An export in another language than the window's: the map figure names the places in
    // the export's language, not the window's.
    void exportedFigureSpeaksTheExportsLanguage()
    {
        Shown s(m_builtIn, u"en"_qs);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        const auto svgOf = figureSvg;
        const QString persian = svgOf(s.page.figurePainter(u"fa"_qs));
        QVERIFY(persian.contains(u"باکو"_qs));
        QVERIFY(!persian.contains(u"Baku"_qs));
        // The window itself still shows its own language.
        const QString english = svgOf(s.page.figurePainter());
        QVERIFY(english.contains(u"Baku"_qs));
        QVERIFY(!english.contains(u"باکو"_qs));
    }

    void exportedFigureKeepsNamesAsText()
    {
        // The page gets names as text (searchable, sharp at any zoom), never as images.
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        s.canvas()->grab(); // the screen's images are made
        const ExportOptions::Figure figure = s.page.figurePainter();
        QVERIFY(figure);
        QBuffer svg;
        QVERIFY(svg.open(QIODevice::WriteOnly));
        {
            QSvgGenerator generator;
            generator.setOutputDevice(&svg);
            generator.setSize(QSize(700, 500));
            QPainter painter(&generator);
            figure(&painter, QRectF(0, 0, 700, 500));
        }
        const QByteArray text = svg.data();
        QVERIFY(text.contains("Baku"));
        QVERIFY(text.contains("Tehran"));
        QVERIFY(!text.contains("<image"));
    }

    // Borders as the United Nations draw them, and what is disputed marked: Crimea has
    // Ukraine's colour under a hatch, the legend says what the hatch and the dashes mean, and
    // the figure of a page names the view.
    void disputedAreasAreHatchedAndTheViewNamed()
    {
        Shown s(m_builtIn);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        MapCanvas *canvas = s.canvas();
        const GeoPoint simferopol{44.95, 34.10};
        canvas->panBy(canvas->toScreen(simferopol) - QRectF(canvas->rect()).center());
        QVERIFY(canvas->isInView(simferopol));
        const QImage image = canvas->grab().toImage();
        const auto landShare = [&](const GeoPoint &point, const QColor &land) {
            const QPoint centre = canvas->toScreen(point).toPoint();
            int same = 0, all = 0;
            for (int y = centre.y() - 5; y <= centre.y() + 5; ++y) {
                for (int x = centre.x() - 5; x <= centre.x() + 5; ++x) {
                    ++all;
                    same += QColor(image.pixel(x, y)).name() == land.name();
                }
            }
            return double(same) / all;
        };
        const auto world = WorldMap::builtIn();
        const QColor ukraine = MapStyle::land(world->colourClass(world->countryIndex(u"UKR"_qs)));
        // Crimea (north of Simferopol, where no name is drawn and no graticule runs) and
        // mainland Ukraine near Kryvyi Rih.
        const double crimea = landShare({45.30, 33.70}, ukraine);
        const double mainland = landShare({47.6, 32.6}, ukraine);
        QVERIFY2(mainland > 0.9, qPrintable(QString::number(mainland)));
        QVERIFY2(crimea > 0.3 && crimea < 0.8, qPrintable(QString::number(crimea)));

        const QStringList entries = s.page.legend()->entries();
        QVERIFY(entries.contains(u"Disputed area"_qs));
        QVERIFY(entries.contains(u"Disputed border"_qs));

        QVERIFY(MapPainter::credit().startsWith(u"Borders: United Nations view"_qs));
        QBuffer svg;
        QVERIFY(svg.open(QIODevice::WriteOnly));
        {
            QSvgGenerator generator;
            generator.setOutputDevice(&svg);
            generator.setSize(QSize(700, 500));
            QPainter painter(&generator);
            s.page.figurePainter()(&painter, QRectF(0, 0, 700, 500));
        }
        QVERIFY(svg.data().contains(MapPainter::credit().toUtf8()));
    }

    void drawsWhateverValidDataItGets_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a single place") << u"single"_qs;
        QTest::newRow("no places and no lines") << u"empty"_qs;
        QTest::newRow("a region alone") << u"region"_qs;
        QTest::newRow("a place at the pole") << u"pole"_qs;
        QTest::newRow("no document") << u"none"_qs;
    }

    void drawsWhateverValidDataItGets()
    {
        QFETCH(QString, kind);
        BriefingPtr minimal = BriefingReader::readFile(testDataPath(u"valid/minimal.briefing.json"_qs)).briefing;
        QVERIFY(minimal);
        Briefing b = *minimal;
        if (kind == u"empty" || kind == u"region") {
            b.places.clear();
            b.lines.clear();
        }
        if (kind == u"region") {
            b.hasRegion = true;
            b.region = {57.9, 4.5, 71.2, 31.1}; // Norway
        }
        if (kind == u"pole")
            b.places.first().position = {90, 180};
        BriefingPtr briefing = kind == u"none" ? nullptr : std::make_shared<const Briefing>(b);

        Shown s(briefing);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        const QImage image = s.page.grab().toImage();
        QVERIFY(!image.isNull());
        MapCanvas *canvas = s.canvas();
        if (kind == u"single")
            QVERIFY(canvas->isInView(b.places.first().position));
        if (kind == u"region")
            QVERIFY(canvas->isInView({59.9139, 10.7522})); // Oslo
        // Every interaction still works.
        canvas->zoomIn();
        canvas->panBy({500, 500});
        canvas->fitRegion();
        QTest::mouseMove(canvas, canvas->rect().center());
        QVERIFY(!s.page.grab().isNull());
    }
};

QTEST_MAIN(TestMapPage)
#include "tst_mappage.moc"
