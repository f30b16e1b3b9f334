#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <cstdio>

class QIODevice;

// Adds what Qt's PDF writer cannot: the outline (bookmarks) and the full document information
// (author, subject, language). It rewrites the PDF through qpdf's object model, never by
// editing bytes.
class PdfPostProcessor
{
    Q_DECLARE_TR_FUNCTIONS(PdfPostProcessor)

public:
    struct OutlineItem
    {
        QString title;
        int page = 0;        // 0-based
        double top = 0;      // distance from the page's top edge, in points
        int level = 1;       // 1 = top level; a deeper item nests under the item before it
    };

    // Where a link inside the document goes.
    struct Destination
    {
        int page = 0;   // 0-based
        double top = 0; // distance from the page's top edge, in points
    };

    // A link inside the document: where it is, and the destination it opens.
    struct Link
    {
        int page = 0;  // 0-based
        QRectF area;   // in points, from the page's top left corner
        QString target; // a key of the destinations
    };

    struct Metadata
    {
        QString title;
        QString author;
        QString subject;
        QString keywords;
        QString language; // BCP 47, e.g. "fa"
        QString creator;
    };

    // Reads the PDF from `input` (an open file, read from its start; qpdf reads its objects
    // from the file as it needs them) and writes the rewritten PDF to `output`, so that
    // neither is held whole in memory. Each of `links` becomes a link that opens its target's
    // place of `destinations`. False with *error set on failure.
    static bool process(FILE *input, QIODevice *output, const QList<OutlineItem> &outline,
                        const Metadata &metadata, QString *error,
                        const QHash<QString, Destination> &destinations = {},
                        const QList<Link> &links = {});
};
