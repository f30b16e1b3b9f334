#pragma once

#include "document/briefing.h"
#include "export/exportcontent.h"
#include "export/exportoptions.h"
#include "export/pdfpostprocessor.h"

#include <QBuffer>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRectF>
#include <QSet>
#include <QTransform>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class BriefingFigureObject;
class QAbstractTextDocumentLayout;
class QPainter;
class QTextBlock;
class QTextDocument;

// The layout works in units of 1/96 inch, so that CSS pixels and points keep their usual sizes
// on every device; a device of another resolution is scaled to it.
constexpr int LayoutDpi = 96;
constexpr double PointsPerUnit = 72.0 / LayoutDpi;

struct HeadingPosition
{
    int page = 0;      // 0-based page of the main document
    double top = 0;    // from the top of the content area, in layout units
};

// The briefing laid out on pages: the cover on its own, the table of contents, then one
// document per section, each from the top of a page, paginated by Qt's text layout with the
// exporter's own rules on top (headings kept with what follows).
//
// Each document is laid out once. Its direction and figure placeholders are part of its HTML,
// and the figure objects go in before the layout sees it. Only a heading that would end a page
// makes the layout go on again from that heading, and then over the rest of its section only:
// in a paged document Qt lays out every table below an edit again, cell by cell, so one
// document for the whole briefing would lay out the events table once for every such heading
// above it. The table of contents cannot know its page numbers before the sections are laid
// out; its length does not depend on them (the numbers have a column of their own), so it is
// laid out with placeholders to learn where the sections start, and again with the numbers.
//
// A long section (the events list of a big briefing) comes in parts of about thirty pages.
// Each part is a document of its own that goes on where the one before it ended, on the same
// page; it is laid out once to learn its pages, dropped, and laid out again when its pages are
// painted, and dropped once they are. So an export holds the layout of at most two parts at a
// time, however many events there are. A section of one part is laid out once and kept, as
// before.
//
// A cross-reference names the page its entry's heading is on, which only the layout tells. It
// keeps the room of a number of m_referenceDigits digits, so the layout does not depend on the
// numbers, and the pages of the entries are taken in the same pass that counts the pages for
// the table of contents; the numbers are written when the pages are painted. Each entry's
// place is kept for the PDF's links.
class PagedLayout
{
public:
    PagedLayout(const Briefing &briefing, const ExportOptions &options);
    ~PagedLayout();
    int pageCount() const;
    const QList<ExportSection> &sections() const;
    const QList<HeadingPosition> &headings() const;
    QRectF content() const;

    // Where each entry's heading is (an anchor named by its id): what its cross-references
    // link to. Physical page and top in points.
    QHash<QString, PdfPostProcessor::Destination> destinations() const;

    // The links the cross-references' numbers are, as the last paint() painted them.
    QList<PdfPostProcessor::Link> links() const;

    // The outline items: physical page and top in points.
    QList<PdfPostProcessor::OutlineItem> outline() const;

    // Paints every page; `newPage` starts the next one. False when cancelled.
    bool paint(QPainter *painter, const std::function<bool()> &newPage, double scale) const;

    // The most pages whose layout was held at one time, while laying out and painting.
    int peakPagesHeld() const;

private:
    bool rightToLeft() const;
    QString direction() const;

    // The physical page (0-based) of the first section's first page: after the cover and the
    // table of contents.
    int firstMainPage() const;
    // A run of glyphs ends wherever the font changes, and the PDF writes each run as a text
    // object of its own, with its colour and graphics state again (and a link of its own when
    // it is one). Qt takes each character from the first family that has it: with Noto Sans
    // first, the space between two Persian words came from Noto Sans, every Persian word was
    // a run of its own, and the Persian PDF 1.7 times the size of the English one. So the
    // spaces and punctuation between words come from the font of the words around them.
    //
    // The families in order for the text of a script: those that have its letter `letter`
    // first. The document's default font is the one for the language's own letters.
    QStringList familiesFor(QChar letter) const;
    // Sets each run of another script than the language's own (Latin names and titles in a
    // Persian briefing, Persian ones in an English briefing), from its first letter to its
    // last, in the families for that script.
    void setRunFonts(QTextDocument &document) const;
    QFont font(double points) const;
    void prepare(QTextDocument &document, double width, double height) const;

    // Replaces each figure placeholder (an anchor named figure-N) with the figure's object.
    // Called inside an edit block, so that the layout sees the finished document only.
    void insertFigures(QTextDocument &document, BriefingFigureObject *figures,
                       const QList<FigureSlot> &slots) const;
    // Replaces each cross-reference's placeholder (an anchor of PageReferencePrefix) with a
    // PageReferenceObject. Called inside the same edit block.
    static void insertPageReferences(QTextDocument &document);

    // Persian and Latin text share one line pitch. A proportional line height (the style
    // sheet's 125%) scales the height of the font a line is set in, and Noto Sans Arabic's is
    // about half as tall again as Noto Sans's: Persian paragraphs stood 1.5 times as far apart.
    // Each such block gets the same percentage of the Latin font's height, fixed.
    void setLineHeights(QTextDocument &document) const;

    // A block's layout keeps the shaped text, which painting needs again; by default a layout
    // drops it once the lines are made, and painting the page would shape every line anew.
    static void keepShapedText(QTextDocument &document);

    // The table of contents; `pages` holds the physical page (1-based) of each section, or is
    // empty for placeholders of the same width.
    QString contentsHtml(const QList<int> &pages) const;
    QString sectionHtml(const ExportSection &section) const;
    QString partHtml(const ExportSection &section, int part) const;
    static double lineTop(const QAbstractTextDocumentLayout *layout, const QTextBlock &block);
    static double lineBottom(const QAbstractTextDocumentLayout *layout, const QTextBlock &block);
    int pageOf(double y) const;

    // A heading that ends a page goes to the next one, with any heading just before it. Qt's
    // layout has no rule for this; each such heading starts a page, and the layout moves on
    // from there (the blocks above it keep their layout).
    void keepHeadingsWithNext(QTextDocument &document) const;
    // No paragraph leaves its first line alone at the foot of a page (an orphan) or its last
    // alone at the top of the next (a widow): an orphan's paragraph starts the next page; a
    // widow takes the line before it along, the paragraph split there, or the whole paragraph
    // when it has three lines or fewer. Tables and lists are left to Qt.
    void keepLinesTogether(QTextDocument &document) const;
    // The numbers of the blocks whose lines reach over a page break, for painting each page's
    // share of them (see paintDocument); found when the document is first painted, and kept
    // in m_overPageBreaks while it is painted.
    QList<int> blocksOverPageBreaks(const QTextDocument &document) const;
    void build();
    // The sections from the content, the first part of a long one with its body.
    void makeSections();

    // A document of a section: its heading, body and first part (`part` -1), or one of its
    // later parts. `spacer` is the room the part before it took on the part's first page.
    struct Part
    {
        std::unique_ptr<QTextDocument> document; // kept; null for a part made when painted
        int section = 0;
        int part = -1;
        int firstPage = 0; // of the main part (of the section while it is laid out)
        int pages = 0;
        double spacer = 0;
    };

    // One section laid out from the top of a page.
    struct LaidOutSection
    {
        std::vector<Part> parts;
        HeadingPosition heading; // page relative to the section's first
        int pages = 0;
        // Where each entry's anchor is, relative to the section's first page.
        QHash<QString, HeadingPosition> anchors;
        QSet<QString> targets; // the entries whose pages the section names
    };

    // Each section is laid out on its own, from the top of a page, and put in order after.
    // All on this thread: a second thread shared the sections until it was found to corrupt
    // the heap now and then (docs/hardening.md, "The PDF layout's thread"); Qt's text layout
    // is only reentrant, and a QTextDocument, its fonts and their caches reach further than
    // one thread's own objects.
    void layoutSections(const QList<int> &sections, std::vector<LaidOutSection> &laidOut);
    LaidOutSection layoutSection(int section, const QList<FigureSlot> &figureSlots) const;
    // Adds the page (from `firstPage`) of each entry anchor in `document` that the section
    // does not hold yet, and the entries its cross-references name.
    void collectAnchors(const QTextDocument &document, int firstPage,
                        LaidOutSection &section) const;
    // The physical page (1-based) of an entry's heading; 0 where the export does not hold it.
    int referencePage(const QString &id) const;
    // Keeps the link a cross-reference's number painted at `area` is, up to MaxLinks: qpdf
    // holds each link of the PDF as an object of about 3.6 KiB while it adds the outline, so
    // 2,000,000 cross-references (a 32 MiB briefing of events that each name four entries)
    // would take 7 GB. Past that many, the numbers are printed and not linked.
    void linkPainted(QPainter *painter, const QRectF &area, const QString &id) const;
    static constexpr int MaxLinks = 20000;
    // The table of contents with the sections' pages; sets m_contentsPages.
    void layoutContents();
    std::unique_ptr<QTextDocument> layoutDocument(const QString &html, double spacer,
                                                  const QList<FigureSlot> &figureSlots) const;
    std::unique_ptr<QTextDocument> layoutPart(const Part &part) const;
    // Where the next part starts on the last page of `document`.
    double endOnLastPage(const QTextDocument &document) const;
    void held(int pages) const;
    void paintCover(QPainter *painter) const;
    // `made` holds the parts laid out for painting, by index into m_parts; a part is made at
    // its first page and dropped after its last.
    void paintPage(QPainter *painter, int page, int total,
                   std::vector<std::unique_ptr<QTextDocument>> &made) const;
    void paintDocument(QPainter *painter, const QTextDocument &document, int page) const;

    const Briefing &m_briefing;
    const ExportOptions &m_options;
    mutable QHash<QChar::Script, QStringList> m_scriptFamilies;
    mutable std::map<const QTextDocument *, QList<int>> m_overPageBreaks; // while painting
    QStringList m_families; // of the language's own letters
    QPageLayout m_pageLayout;
    QBuffer m_sink;
    QPdfWriter m_reference{&m_sink};
    QRectF m_full;
    QRectF m_content;
    std::unique_ptr<ExportContent> m_exportContent; // makes the later parts of long sections
    QList<ExportSection> m_sections;
    QList<HeadingPosition> m_headings;
    QHash<QString, HeadingPosition> m_anchors; // of the entries, by id
    QString m_referenceLabel; // "(p. %1)"
    // The room a cross-reference keeps for its page: the numbers stand at the end of a list
    // item, where the room they leave shows as nothing, and four digits cover 9,999 pages
    // (100,000 events) without a second layout.
    int m_referenceDigits = 4;
    // While painting: the page, its painter transform at the page's top left corner, and the
    // links painted so far.
    mutable int m_paintedPage = 0;
    mutable QTransform m_pageTransform;
    mutable QList<PdfPostProcessor::Link> m_links;
    std::unique_ptr<QTextDocument> m_cover;
    std::unique_ptr<QTextDocument> m_contents;
    std::vector<Part> m_parts;
    int m_contentsPages = 1;
    int m_pages = 0; // of the sections together
    mutable std::atomic<int> m_pagesHeld{0};
    mutable std::atomic<int> m_peakPagesHeld{0};
};
