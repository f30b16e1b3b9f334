#include "gui/map/maplegend.h"

#include "document/vocabulary.h"
#include "map/mapstyle.h"
#include "models/linemodel.h"
#include "models/placemodel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include <algorithm>

MapLegend::MapLegend(QWidget *parent)
    : QGroupBox(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("mapLegend"));
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(2);
    m_grid->setContentsMargins(8, 4, 8, 6);
    rebuild();
}

void MapLegend::setBriefing(BriefingPtr briefing)
{
    m_briefing = std::move(briefing);
    rebuild();
}

QStringList MapLegend::entries() const
{
    QStringList texts;
    for (int i = 0; i < m_grid->count(); ++i) {
        auto *label = qobject_cast<QLabel *>(m_grid->itemAt(i)->widget());
        if (label && label->pixmap().isNull())
            texts.append(label->text());
    }
    return texts;
}

void MapLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QGroupBox::changeEvent(event);
}

void MapLegend::setLayerNames(const QStringList &names)
{
    m_layerNames = names;
    rebuild();
}

void MapLegend::rebuild()
{
    setTitle(tr("Legend"));
    setAccessibleName(tr("Map legend"));
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    const qreal ratio = devicePixelRatioF();
    struct Item
    {
        QPixmap icon;
        QString text;
        QString toolTip = {};
    };
    QList<Item> items;
    if (m_briefing) {
        const Briefing &b = *m_briefing;
        const auto hasPlace = [&b](Place::Kind kind) {
            return std::any_of(b.places.cbegin(), b.places.cend(),
                               [kind](const Place &p) { return p.kind == kind; });
        };
        const auto hasLine = [&b](MapLine::Kind kind) {
            return std::any_of(b.lines.cbegin(), b.lines.cend(),
                               [kind](const MapLine &l) { return l.kind == kind; });
        };
        for (const Place::Kind kind :
             {Place::Kind::Capital, Place::Kind::City, Place::Kind::Town,
              Place::Kind::BorderCrossing, Place::Kind::Port, Place::Kind::Site}) {
            if (hasPlace(kind))
                items.append({MapStyle::markerIcon(kind, false, ratio), Vocabulary::name(kind)});
        }
        for (const MapLine::Kind kind :
             {MapLine::Kind::Route, MapLine::Kind::Railway, MapLine::Kind::Road,
              MapLine::Kind::Corridor, MapLine::Kind::River, MapLine::Kind::Pipeline}) {
            if (hasLine(kind))
                items.append({MapStyle::lineIcon(kind, false, ratio), Vocabulary::name(kind)});
        }
        if (std::any_of(b.places.cbegin(), b.places.cend(),
                        [](const Place &p) { return p.approximate; })) {
            items.append({MapStyle::markerIcon(Place::Kind::City, true, ratio),
                          tr("Approximate position")});
        }
        if (std::any_of(b.lines.cbegin(), b.lines.cend(),
                        [](const MapLine &l) { return l.approximate; })) {
            items.append({MapStyle::dashedIcon(ratio), tr("Approximate course")});
        }
        const Country *host = b.country(b.visit.host);
        const Country *guest = b.country(b.visit.guest);
        if (host && !host->iso3.isEmpty())
            items.append({MapStyle::swatchIcon(MapStyle::landHost(), ratio), tr("Host country")});
        if (guest && !guest->iso3.isEmpty())
            items.append({MapStyle::swatchIcon(MapStyle::landGuest(), ratio), tr("Guest country")});
        // The world's outlines are under every briefing: say how they mark what is disputed.
        items.append({MapStyle::swatchIcon(MapStyle::disputedFill(), ratio), tr("Disputed area"),
                      tr("An area whose status or control is disputed; borders as the United "
                         "Nations draw them")});
        items.append({MapStyle::borderIcon(true, ratio), tr("Disputed border"),
                      tr("A border in dispute, or a line of control")});
    }
    // A layer's name comes from its file: a long one is cut in the middle (the whole name is
    // in the tooltip), so it cannot widen the window.
    const int nameWidth = fontMetrics().averageCharWidth() * MaxLayerNameChars;
    for (const QString &name : m_layerNames) {
        items.append({MapStyle::swatchIcon(MapStyle::layerFill(), ratio),
                      tr("Added layer: %1")
                          .arg(fontMetrics().elidedText(name, Qt::ElideMiddle, nameWidth)),
                      name});
    }
    if (items.isEmpty()) {
        auto *none = new QLabel(tr("Nothing of the briefing is drawn on the map."), this);
        none->setTextFormat(Qt::PlainText);
        none->setWordWrap(true);
        m_grid->addWidget(none, 0, 0, 1, 4);
        return;
    }

    // Two entries a row; the grid mirrors itself under a right-to-left interface.
    for (int i = 0; i < items.size(); ++i) {
        auto *icon = new QLabel(this);
        icon->setTextFormat(Qt::PlainText);
        icon->setPixmap(items.at(i).icon);
        icon->setFixedSize(MapStyle::iconSize());
        auto *text = new QLabel(items.at(i).text, this);
        text->setTextFormat(Qt::PlainText);
        text->setToolTip(items.at(i).toolTip);
        const int row = i / 2;
        const int column = (i % 2) * 2;
        m_grid->addWidget(icon, row, column);
        m_grid->addWidget(text, row, column + 1);
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
}
