#pragma once

#include "document/briefing.h"

#include <QGroupBox>

class QGridLayout;
class QLabel;

// What the map's symbols mean: one entry for each kind of place and line the briefing has,
// for approximate positions and courses when it has any, and for the tints of the visit's host
// and guest countries, and for disputed areas and borders. It follows the interface's
// direction, unlike the map itself.
class MapLegend : public QGroupBox
{
    Q_OBJECT

public:
    explicit MapLegend(QWidget *parent = nullptr);

    void setBriefing(BriefingPtr briefing);
    // The names of the layers added from GeoJSON files, one entry each.
    void setLayerNames(const QStringList &names);
    // The texts of the entries, in order: for tests and accessibility checks.
    QStringList entries() const;
    // The note on the places that have no position and are not drawn; empty when none.
    QString unplacedNote() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int MaxLayerNameChars = 40;

    void rebuild();

    BriefingPtr m_briefing;
    QStringList m_layerNames;
    QGridLayout *m_grid;
    QLabel *m_unplaced = nullptr;
};
