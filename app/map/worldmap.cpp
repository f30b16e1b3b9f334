#include "map/worldmap.h"

#include "map/mapprojection.h"

#include <QFile>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

namespace {

// A cursor over the data that fails, rather than reads past the end, on damaged input.
class Reader
{
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}

    bool ok() const { return m_ok; }

    bool expect(const char *magic, int size)
    {
        if (!need(size) || std::memcmp(m_data.constData() + m_pos, magic, size_t(size)) != 0)
            return fail();
        m_pos += size;
        return true;
    }

    quint64 uv()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (!need(1)) {
                fail();
                return 0;
            }
            const auto byte = quint8(m_data.at(m_pos++));
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        fail();
        return 0;
    }

    qint64 sv()
    {
        const quint64 zigzag = uv();
        return (zigzag & 1) ? -qint64(zigzag >> 1) - 1 : qint64(zigzag >> 1);
    }

    // A count that must be plausible for the data that is left: every element takes at least
    // `minBytes` bytes, so a damaged count cannot make the reader allocate wildly.
    int count(int minBytes = 1)
    {
        const quint64 n = uv();
        if (n > quint64(m_data.size() - m_pos) / quint64(minBytes)) {
            fail();
            return 0;
        }
        return int(n);
    }

    QString str()
    {
        const int size = count();
        if (!m_ok)
            return {};
        const QString s = QString::fromUtf8(m_data.constData() + m_pos, size);
        m_pos += size;
        return s;
    }

    double f64()
    {
        if (!need(8)) {
            fail();
            return 0;
        }
        quint64 bits = 0;
        for (int i = 7; i >= 0; --i)
            bits = (bits << 8) | quint8(m_data.at(m_pos + i));
        m_pos += 8;
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }

    bool atEnd() const { return m_pos == m_data.size(); }

private:
    bool need(qsizetype n) const { return m_ok && m_data.size() - m_pos >= n; }
    bool fail()
    {
        m_ok = false;
        return false;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

struct Transform
{
    double scaleX = 1;
    double scaleY = 1;
    double translateX = 0;
    double translateY = 0;
};

QList<QPointF> readLine(Reader &in, const Transform &t)
{
    const int n = in.count(2);
    QList<QPointF> points;
    points.reserve(n);
    qint64 x = 0;
    qint64 y = 0;
    for (int i = 0; i < n && in.ok(); ++i) {
        x += in.sv();
        y += in.sv();
        points.append({double(x) * t.scaleX + t.translateX, double(y) * t.scaleY + t.translateY});
    }
    return points;
}

// Natural Earth cuts polygons along the 180° meridian and closes Antarctica along the pole:
// those edges are not coast, and are left out of the outline that is stroked.
bool isCut(const QPointF &a, const QPointF &b)
{
    constexpr double Meridian = 179.999;
    constexpr double Pole = 85.0;
    const bool onMeridian = std::abs(a.x()) > Meridian && std::abs(b.x()) > Meridian
        && (a.x() > 0) == (b.x() > 0);
    const bool atPole = std::abs(a.y()) > Pole && std::abs(b.y()) > Pole;
    return onMeridian || atPole;
}

QPointF projected(const QPointF &lonLat)
{
    return MapProjection::project({lonLat.y(), lonLat.x()});
}

// An edge between two points of the data's grid, the same whichever way it is walked.
using Edge = std::pair<std::pair<qint64, qint64>, std::pair<qint64, qint64>>;
Edge edge(const QPointF &a, const QPointF &b)
{
    const auto key = [](const QPointF &p) {
        return std::pair<qint64, qint64>(std::llround(p.x() * 1e6), std::llround(p.y() * 1e6));
    };
    return std::min(key(a), key(b)) == key(a) ? Edge(key(a), key(b)) : Edge(key(b), key(a));
}

// `dashed` holds the edges of disputed borders: the outline leaves them out, so that the
// border's dashes are not drawn over a solid line.
void buildPaths(WorldMap::Polygon &polygon, const std::set<Edge> &dashed = {})
{
    polygon.fill.setFillRule(Qt::OddEvenFill);
    for (int r = 0; r < polygon.rings.size(); ++r) {
        const QList<QPointF> &ring = polygon.rings.at(r);
        QPolygonF projectedRing;
        projectedRing.reserve(ring.size());
        for (const QPointF &p : ring)
            projectedRing.append(projected(p));
        polygon.fill.addPolygon(projectedRing);
        polygon.fill.closeSubpath();

        bool drawing = false;
        for (int i = 0; i < ring.size(); ++i) {
            const int j = (i + 1) % int(ring.size());
            if (isCut(ring.at(i), ring.at(j))
                || (!dashed.empty() && dashed.count(edge(ring.at(i), ring.at(j))))) {
                drawing = false;
                continue;
            }
            if (!drawing)
                polygon.outline.moveTo(projectedRing.at(i));
            polygon.outline.lineTo(projectedRing.at(j));
            drawing = true;
        }

        if (r == 0) {
            double area = 0;
            for (int i = 0, j = int(projectedRing.size()) - 1; i < projectedRing.size(); j = i++) {
                area += (projectedRing.at(j).x() + projectedRing.at(i).x())
                    * (projectedRing.at(j).y() - projectedRing.at(i).y());
            }
            polygon.area = std::abs(area) / 2;
        }
    }
    polygon.bounds = polygon.fill.boundingRect();
    // In degrees, with top = south: QRectF's own union would drop a ring of no width.
    if (!polygon.rings.isEmpty()) {
        double west = 540, east = -540, south = 90, north = -90;
        for (const QPointF &p : polygon.rings.constFirst()) {
            west = std::min(west, p.x());
            east = std::max(east, p.x());
            south = std::min(south, p.y());
            north = std::max(north, p.y());
        }
        polygon.geoBounds = QRectF(QPointF(west, south), QPointF(east, north));
    }
}

// Even-odd over all rings: inside the outer ring and not inside a hole. A polygon that
// crosses the 180° meridian runs past 180° east; the point is tried there too.
bool contains(const WorldMap::Polygon &polygon, const QPointF &point)
{
    for (const double shift : {0.0, 360.0}) {
        const QPointF p(point.x() + shift, point.y());
        if (p.x() < polygon.geoBounds.left() || p.x() > polygon.geoBounds.right()
            || p.y() < polygon.geoBounds.top() || p.y() > polygon.geoBounds.bottom()) {
            continue;
        }
        bool inside = false;
        for (const QList<QPointF> &ring : polygon.rings) {
            for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const QPointF &a = ring.at(i);
                const QPointF &b = ring.at(j);
                if ((a.y() > p.y()) != (b.y() > p.y())
                    && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x()) {
                    inside = !inside;
                }
            }
        }
        if (inside)
            return true;
    }
    return false;
}

// How wide the world is, in pixels, when a level is shown at its own scale on a screen of
// 0.265 mm pixels (96 dpi).
double nativeWorldWidth(int denominator)
{
    constexpr double PixelMetres = 0.000265;
    return 2 * M_PI * MapProjection::EarthRadius / (denominator * 1e6 * PixelMetres);
}

} // namespace

std::shared_ptr<const WorldMap> WorldMap::builtIn()
{
    static const std::shared_ptr<const WorldMap> map = [] {
        QFile file(QStringLiteral(":/map/world.bvmap"));
        QString error;
        std::shared_ptr<const WorldMap> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = load(file.readAll(), &error);
        else
            error = file.errorString();
        if (!loaded)
            qWarning("map: cannot read the built-in map data: %s", qPrintable(error));
        return loaded;
    }();
    return map;
}

std::shared_ptr<const WorldMap> WorldMap::load(const QByteArray &data, QString *error)
{
    const auto failed = [error](const char *what) {
        if (error)
            *error = QString::fromLatin1(what);
        return nullptr;
    };
    Reader in(data);
    if (!in.expect("BVMAP\0", 6))
        return failed("not map data");
    if (in.uv() != 2)
        return failed("unknown map data version");

    std::shared_ptr<WorldMap> map(new WorldMap);
    const int countryCount = in.count(9);
    map->m_countries.reserve(countryCount);
    for (int i = 0; i < countryCount && in.ok(); ++i) {
        Country c;
        c.iso3 = in.str();
        c.numeric = int(in.uv());
        c.nameEn = in.str();
        c.nameAz = in.str();
        c.nameFa = in.str();
        c.label.lon = double(in.sv()) / 1e4;
        c.label.lat = double(in.sv()) / 1e4;
        c.disputed = (in.uv() & 1) != 0;
        c.colourOf = int(in.uv()) - 1;
        if (c.colourOf >= countryCount)
            return failed("bad country");
        if (!c.iso3.isEmpty())
            map->m_byIso3.insert(c.iso3, i);
        map->m_countries.append(c);
    }

    const int levelCount = in.count(35);
    for (int l = 0; l < levelCount && in.ok(); ++l) {
        Level level;
        level.denominator = int(in.uv());
        Transform t;
        t.scaleX = in.f64();
        t.scaleY = in.f64();
        t.translateX = in.f64();
        t.translateY = in.f64();
        const int polygonCount = in.count(3);
        level.polygons.reserve(polygonCount);
        for (int p = 0; p < polygonCount && in.ok(); ++p) {
            Polygon polygon;
            polygon.country = int(in.uv());
            const int ringCount = in.count();
            for (int r = 0; r < ringCount && in.ok(); ++r)
                polygon.rings.append(readLine(in, t));
            if (polygon.country >= countryCount || polygon.rings.isEmpty())
                return failed("bad polygon");
            level.polygons.append(std::move(polygon));
        }
        std::set<Edge> dashed;
        const int borderCount = in.count(4);
        level.borders.reserve(borderCount);
        for (int b = 0; b < borderCount && in.ok(); ++b) {
            Border border;
            border.countryA = int(in.uv());
            border.countryB = int(in.uv());
            border.disputed = (in.uv() & 1) != 0;
            const QList<QPointF> points = readLine(in, t);
            if (border.countryA >= countryCount || border.countryB >= countryCount
                || points.size() < 2) {
                return failed("bad border");
            }
            QPolygonF line;
            line.reserve(points.size());
            for (const QPointF &p : points)
                line.append(projected(p));
            if (border.disputed) {
                for (qsizetype i = 1; i < points.size(); ++i)
                    dashed.insert(edge(points.at(i - 1), points.at(i)));
            }
            border.path.addPolygon(line);
            border.bounds = border.path.boundingRect();
            level.borders.append(std::move(border));
        }
        const int areaCount = in.count(3);
        for (int a = 0; a < areaCount && in.ok(); ++a) {
            Polygon area;
            area.country = int(in.uv());
            const int ringCount = in.count();
            for (int r = 0; r < ringCount && in.ok(); ++r)
                area.rings.append(readLine(in, t));
            if (area.country >= countryCount || area.rings.isEmpty())
                return failed("bad area");
            buildPaths(area);
            level.disputedAreas.append(std::move(area));
        }
        for (Polygon &polygon : level.polygons)
            buildPaths(polygon, dashed);
        map->m_levels.append(std::move(level));
    }
    if (!in.ok() || !in.atEnd())
        return failed("truncated or damaged map data");
    if (map->m_levels.isEmpty())
        return failed("map data without outlines");
    for (const Level &level : map->m_levels) {
        QList<int> main(countryCount, -1);
        for (int i = 0; i < level.polygons.size(); ++i) {
            int &best = main[level.polygons.at(i).country];
            if (best < 0 || level.polygons.at(best).area < level.polygons.at(i).area)
                best = i;
        }
        map->m_mainPolygons.append(main);
    }

    // Colour classes: greedy, most neighbours first (Welsh and Powell), over the borders of
    // every level; an entity drawn in a member state's colour counts as that state.
    const auto owner = [&map](int country) {
        const int of = map->m_countries.at(country).colourOf;
        return of >= 0 ? of : country;
    };
    QList<QSet<int>> neighbours(countryCount);
    for (const Level &level : map->m_levels) {
        for (const Border &border : level.borders) {
            const int a = owner(border.countryA);
            const int b = owner(border.countryB);
            if (a == b)
                continue;
            neighbours[a].insert(b);
            neighbours[b].insert(a);
        }
    }
    QList<int> order(countryCount);
    for (int i = 0; i < countryCount; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&neighbours](int a, int b) {
        return neighbours.at(a).size() > neighbours.at(b).size();
    });
    map->m_colourClasses = QList<int>(countryCount, -1);
    for (const int country : order) {
        QList<bool> taken(ColourClasses, false);
        for (const int other : neighbours.at(country)) {
            const int c = map->m_colourClasses.at(other);
            if (c >= 0)
                taken[c] = true;
        }
        const auto free = std::find(taken.cbegin(), taken.cend(), false);
        map->m_colourClasses[country] = free == taken.cend() ? 0 : int(free - taken.cbegin());
    }
    for (int i = 0; i < countryCount; ++i)
        map->m_colourClasses[i] = map->m_colourClasses.at(owner(i));
    return map;
}

QString WorldMap::countryName(int country, const QString &language) const
{
    if (country < 0 || country >= m_countries.size())
        return {};
    const Country &c = m_countries.at(country);
    QString name;
    if (language == QLatin1String("az"))
        name = c.nameAz;
    else if (language == QLatin1String("fa"))
        name = c.nameFa;
    return name.isEmpty() ? c.nameEn : name;
}

WorldMap::Hit WorldMap::locate(const GeoPoint &point) const
{
    const int level = int(m_levels.size()) - 1;
    const QPointF p(point.lon, point.lat);
    const QList<Polygon> &polygons = m_levels.at(level).polygons;
    for (int i = 0; i < polygons.size(); ++i) {
        if (contains(polygons.at(i), p))
            return {polygons.at(i).country, level, i};
    }
    return {};
}

bool WorldMap::isDisputed(const GeoPoint &point) const
{
    const Hit hit = locate(point);
    if (hit.isValid() && m_countries.at(hit.country).disputed)
        return true;
    const QPointF p(point.lon, point.lat);
    const QList<Polygon> &areas = m_levels.constLast().disputedAreas;
    return std::any_of(areas.cbegin(), areas.cend(),
                       [&p](const Polygon &area) { return contains(area, p); });
}

int WorldMap::mainPolygon(int level, int country) const
{
    if (level < 0 || level >= m_mainPolygons.size() || country < 0
        || country >= m_mainPolygons.at(level).size()) {
        return -1;
    }
    return m_mainPolygons.at(level).at(country);
}

int WorldMap::levelFor(double worldWidth) const
{
    int chosen = 0;
    for (int i = 0; i < m_levels.size(); ++i) {
        if (nativeWorldWidth(m_levels.at(i).denominator) <= worldWidth * 1.5)
            chosen = i;
    }
    return chosen;
}
