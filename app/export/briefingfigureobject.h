#pragma once

#include "export/exportoptions.h"

#include <QList>
#include <QObject>
#include <QTextObjectInterface>

// A figure inside the laid-out briefing: an inline object of the text document whose size the
// exporter chooses and whose content a figure hook paints, so the figure flows with the text
// (never split across pages) and stays vector on a PDF device.
class BriefingFigureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 7;
    enum Property { FigureIndex = QTextFormat::UserProperty + 1, FigureWidth, FigureHeight };

    explicit BriefingFigureObject(QObject *parent = nullptr);

    // Returns the index a character format refers to with FigureIndex.
    int add(const ExportOptions::Figure &figure);

    QSizeF intrinsicSize(QTextDocument *document, int position,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    QList<ExportOptions::Figure> m_figures;
};
