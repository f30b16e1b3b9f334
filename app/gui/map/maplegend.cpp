#include "gui/map/maplegend.h"

#include "map/maplegendentry.h"
#include "map/mapstyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

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
        if (label && label != m_unplaced && label->pixmap().isNull())
            texts.append(label->text());
    }
    return texts;
}

QString MapLegend::unplacedNote() const
{
    return m_unplaced ? m_unplaced->text() : QString();
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
    setTitle(MapLegendEntry::heading());
    setAccessibleName(tr("Map legend"));
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_unplaced = nullptr;

    const qreal ratio = devicePixelRatioF();
    struct Item
    {
        QPixmap icon;
        QString text;
        QString toolTip = {};
    };
    QList<Item> items;
    // A layer's name comes from its file: a long one is cut in the middle (the whole name is
    // in the tooltip), so it cannot widen the window.
    const int nameWidth = fontMetrics().averageCharWidth() * MaxLayerNameChars;
    for (const MapLegendEntry &entry : MapLegendEntry::of(m_briefing.get(), m_layerNames)) {
        if (entry.symbol == MapLegendEntry::Symbol::Layer) {
            items.append({entry.icon(ratio),
                          MapLegendEntry::layerText(fontMetrics().elidedText(
                              entry.layerName, Qt::ElideMiddle, nameWidth)),
                          entry.layerName});
        } else {
            items.append({entry.icon(ratio), entry.text, entry.toolTip});
        }
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

    // The places the map cannot draw are still in the list below: say so under the symbols.
    const QString unplaced = MapLegendEntry::unplacedNote(m_briefing.get());
    if (!unplaced.isEmpty()) {
        m_unplaced = new QLabel(unplaced, this);
        m_unplaced->setObjectName(QStringLiteral("unplacedNote"));
        m_unplaced->setTextFormat(Qt::PlainText);
        m_unplaced->setWordWrap(true);
        QFont italic = m_unplaced->font();
        italic.setItalic(true);
        m_unplaced->setFont(italic);
        m_grid->addWidget(m_unplaced, int((items.size() + 1) / 2), 0, 1, 4);
    }
}
