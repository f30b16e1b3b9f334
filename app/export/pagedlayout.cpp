#include "export/pagedlayout.h"

#include "export/briefingexporter.h"
#include "export/briefingfigureobject.h"
#include "export/exporthtml.h"
#include "export/exportstyle.h"
#include "export/pagereferenceobject.h"
#include "models/entryhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <functional>
#include <optional>

using namespace ExportHtml;

namespace {

QColor paletteColor(const char *colour)
{
    return QColor(QLatin1String(colour));
}

} // namespace

PagedLayout::PagedLayout(const Briefing &briefing, const ExportOptions &options)
    : m_briefing(briefing), m_options(options),
      m_pageLayout(QPageSize(options.pageSize), QPageLayout::Portrait,
                   QMarginsF(20, 24, 20, 22), QPageLayout::Millimeter)
{
    m_reference.setPageLayout(m_pageLayout);
    m_reference.setResolution(LayoutDpi);
    m_full = m_pageLayout.fullRectPixels(LayoutDpi);
    m_content = m_pageLayout.paintRectPixels(LayoutDpi);
    // The language's own letters: the first one of its name for itself.
    const QString name = QLocale(options.language).nativeLanguageName();
    m_families = name.isEmpty() ? options.fontFamilies : familiesFor(name.at(0));
    // "(p." never ends a line.
    m_referenceLabel =
        BriefingExporter::tr("(p. %1)", "a cross-reference: the page the entry is on")
            .replace(u' ', QChar::Nbsp);
    build();
}

PagedLayout::~PagedLayout()
{
    // Each document counts itself out when it goes, while the count is still there.
    m_parts.clear();
}

int PagedLayout::pageCount() const
{
    return firstMainPage() + m_pages;
}

const QList<ExportSection> &PagedLayout::sections() const
{
    return m_sections;
}

const QList<HeadingPosition> &PagedLayout::headings() const
{
    return m_headings;
}

QRectF PagedLayout::content() const
{
    return m_content;
}

QHash<QString, PdfPostProcessor::Destination> PagedLayout::destinations() const
{
    QHash<QString, PdfPostProcessor::Destination> destinations;
    for (auto it = m_anchors.cbegin(); it != m_anchors.cend(); ++it)
        destinations.insert(it.key(), {firstMainPage() + it->page,
                                       (m_content.top() + it->top) * PointsPerUnit});
    return destinations;
}

QList<PdfPostProcessor::OutlineItem> PagedLayout::outline() const
{
    QList<PdfPostProcessor::OutlineItem> items;
    for (int i = 0; i < m_sections.size() && i < m_headings.size(); ++i) {
        items.append({finishedAsPlainText(m_sections.at(i).title), firstMainPage() + m_headings.at(i).page,
                      (m_content.top() + m_headings.at(i).top) * PointsPerUnit, 1});
    }
    return items;
}

bool PagedLayout::paint(QPainter *painter, const std::function<bool()> &newPage, double scale) const
{
    const int total = pageCount();
    std::vector<std::unique_ptr<QTextDocument>> made(m_parts.size());
    m_overPageBreaks.clear();
    m_links.clear();
    for (int page = 0; page < total; ++page) {
        if (m_options.cancelled && m_options.cancelled())
            return false;
        if (page > 0 && !newPage())
            return false;
        painter->save();
        painter->scale(scale, scale);
        m_pageTransform = painter->transform();
        m_paintedPage = page;
        if (page == 0)
            paintCover(painter);
        else
            paintPage(painter, page, total, made);
        painter->restore();
    }
    m_overPageBreaks.clear();
    return true;
}

int PagedLayout::peakPagesHeld() const
{
    return m_peakPagesHeld;
}

void PagedLayout::held(int pages) const
{
    const int now = m_pagesHeld += pages;
    int peak = m_peakPagesHeld;
    while (now > peak && !m_peakPagesHeld.compare_exchange_weak(peak, now)) {
    }
}

bool PagedLayout::rightToLeft() const
{
    return QLocale(m_options.language).textDirection() == Qt::RightToLeft;
}

QString PagedLayout::direction() const
{
    return rightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

int PagedLayout::firstMainPage() const
{
    return 1 + m_contentsPages;
}

QStringList PagedLayout::familiesFor(QChar letter) const
{
    const auto found = m_scriptFamilies.constFind(letter.script());
    if (found != m_scriptFamilies.cend())
        return *found;
    QStringList families = m_options.fontFamilies;
    std::stable_partition(families.begin(), families.end(), [letter](const QString &family) {
        return QRawFont::fromFont(QFont(family)).supportsCharacter(letter);
    });
    m_scriptFamilies.insert(letter.script(), families);
    return families;
}

void PagedLayout::setRunFonts(QTextDocument &document) const
{
    const auto strong = [](QChar c) { return c.script() > QChar::Script_Common; };
    // Marks and punctuation that touch a run go with it: the direction marks around a name
    // and the full stop after it. Spaces stay with the language's own text.
    const auto touching = [&strong](QChar c) { return !strong(c) && !c.isSpace(); };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        qsizetype from = 0; // where the run before ended
        qsizetype i = 0;
        while (i < text.size()) {
            if (!strong(text.at(i))) {
                ++i;
                continue;
            }
            const QChar::Script script = text.at(i).script();
            const QStringList families = familiesFor(text.at(i));
            qsizetype start = i;
            qsizetype end = ++i;
            for (; i < text.size(); ++i) {
                const QChar c = text.at(i);
                if (c.script() == script)
                    end = i + 1;
                else if (strong(c))
                    break;
            }
            if (families == m_families) {
                from = end;
                continue;
            }
            while (start > from && touching(text.at(start - 1)))
                --start;
            while (end < text.size() && touching(text.at(end)))
                ++end;
            from = i = end;
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + int(start));
            cursor.setPosition(block.position() + int(end), QTextCursor::KeepAnchor);
            QTextCharFormat format;
            format.setFontFamilies(families);
            cursor.mergeCharFormat(format);
        }
    }
}

QFont PagedLayout::font(double points) const
{
    QFont f;
    f.setFamilies(m_families);
    f.setPointSizeF(points);
    return f;
}

void PagedLayout::prepare(QTextDocument &document, double width, double height) const
{
    document.documentLayout()->setPaintDevice(const_cast<QPdfWriter *>(&m_reference));
    document.setDefaultFont(font(10.5));
    document.setDefaultStyleSheet(ExportStyle::pageStyleSheet());
    document.setDocumentMargin(0);
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(option);
    if (height > 0)
        document.setPageSize(QSizeF(width, height));
    else
        document.setTextWidth(width);
}

void PagedLayout::insertFigures(QTextDocument &document, BriefingFigureObject *figures,
                   const QList<FigureSlot> &slots) const
{
    const double width = m_content.width();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList names = fragment.charFormat().anchorNames();
            if (names.isEmpty() || !names.first().startsWith(QLatin1String("figure-")))
                continue;
            const int index = names.first().mid(7).toInt();
            if (index < 0 || index >= slots.size())
                continue;
            QTextCharFormat format;
            format.setObjectType(BriefingFigureObject::Type);
            format.setProperty(BriefingFigureObject::FigureIndex, figures->add(slots.at(index).paint));
            format.setProperty(BriefingFigureObject::FigureWidth, width);
            format.setProperty(BriefingFigureObject::FigureHeight,
                               qMin(width * slots.at(index).aspect, m_content.height() * 0.8));
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
            break;
        }
    }
}

void PagedLayout::insertPageReferences(QTextDocument &document)
{
    // Each placeholder is one character, as its object is: the places found stay good.
    QList<std::pair<int, QTextCharFormat>> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QStringList names = fragment.charFormat().anchorNames();
            if (names.isEmpty() || !names.first().startsWith(ExportContent::PageReferencePrefix)
                || fragment.length() != 1)
                continue;
            // The object keeps the placeholder's font and colour.
            QTextCharFormat format = fragment.charFormat();
            format.clearProperty(QTextFormat::IsAnchor);
            format.clearProperty(QTextFormat::AnchorName);
            format.setObjectType(PageReferenceObject::Type);
            format.setProperty(PageReferenceObject::Target,
                               names.first().mid(ExportContent::PageReferencePrefix.size()));
            found.append({fragment.position(), format});
        }
    }
    for (const auto &[position, format] : qAsConst(found)) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

void PagedLayout::setLineHeights(QTextDocument &document) const
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        // Every block of text, not only the paragraphs: a list item or a table cell in Persian
        // would otherwise take the Arabic font's taller natural height. A figure keeps its own.
        const auto figure = [&block] {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().objectType() == BriefingFigureObject::Type)
                    return true;
            }
            return false;
        };
        if (format.lineHeightType() == QTextBlockFormat::FixedHeight
            || (block.text().contains(QChar::ObjectReplacementCharacter) && figure()))
            continue;
        const double percent = format.lineHeightType() == QTextBlockFormat::ProportionalHeight
            ? format.lineHeight()
            : 125;
        if (percent < 100)
            continue;
        QFont latin = document.defaultFont();
        latin.setFamilies({m_options.fontFamilies.value(0)}); // the Latin one comes first
        const QTextBlock::iterator first = block.begin();
        const QTextCharFormat chars = first.atEnd() ? block.charFormat()
                                                    : first.fragment().charFormat();
        if (chars.hasProperty(QTextFormat::FontPointSize))
            latin.setPointSizeF(chars.fontPointSize());
        latin.setBold(chars.fontWeight() >= QFont::DemiBold);
        const QFontMetricsF metrics(latin, const_cast<QPdfWriter *>(&m_reference));
        QTextBlockFormat fixed;
        fixed.setLineHeight(metrics.height() * percent / 100,
                            QTextBlockFormat::FixedHeight);
        QTextCursor(block).mergeBlockFormat(fixed);
    }
}

void PagedLayout::keepShapedText(QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
}

QString PagedLayout::contentsHtml(const QList<int> &pages) const
{
    const QLocale locale(m_options.language);
    QString toc;
    for (int i = 0; i < m_sections.size(); ++i) {
        const QString page = i < pages.size() ? locale.toString(pages.at(i))
                                              : locale.toString(88);
        // "right" is the trailing side: the page numbers land on the left in Persian.
        toc += row({QStringLiteral("<td>") + esc(m_sections.at(i).title)
                        + QStringLiteral("</td>"),
                    QStringLiteral("<td align=\"right\" width=\"12%\">") + esc(page)
                        + QStringLiteral("</td>")},
                   rightToLeft());
    }
    return finishedForPdf(
        QStringLiteral("<html><body dir=\"") + direction() + QStringLiteral("\">")
        + EntryHtml::element("p", esc(BriefingExporter::tr("Contents")), "toctitle")
        + tableOpen("toc", 5, rightToLeft()) + toc + QStringLiteral("</table></body></html>"));
}

QString PagedLayout::sectionHtml(const ExportSection &section) const
{
    return finishedForPdf(QStringLiteral("<html><body dir=\"") + direction()
                          + QStringLiteral("\">") + EntryHtml::element("h1", esc(section.title))
                          + section.body + QStringLiteral("</body></html>"));
}

QString PagedLayout::partHtml(const ExportSection &section, int part) const
{
    return QStringLiteral("<html><body dir=\"") + direction() + QStringLiteral("\">")
        + section.part(part) + QStringLiteral("</body></html>");
}

double PagedLayout::lineTop(const QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *text = block.layout();
    return text && text->lineCount() > 0 ? rect.top() + text->lineAt(0).y() : rect.top();
}

double PagedLayout::lineBottom(const QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *text = block.layout();
    if (!text || text->lineCount() == 0)
        return rect.bottom();
    const QTextLine last = text->lineAt(text->lineCount() - 1);
    return rect.top() + last.y() + last.height();
}

int PagedLayout::pageOf(double y) const
{
    return int(y / m_content.height());
}

void PagedLayout::keepHeadingsWithNext(QTextDocument &document) const
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || !block.next().isValid())
            continue;
        const QTextBlock next = block.next();
        if (pageOf(lineBottom(layout, block) - 0.5) == pageOf(lineTop(layout, next) + 0.5))
            continue;
        QTextBlock first = block;
        while (first.previous().isValid() && first.previous().blockFormat().headingLevel() > 0
               && first.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto)
            first = first.previous();
        if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        // The layout follows the change from this block on, so the scan goes on below it.
        QTextCursor(first).mergeBlockFormat(format);
    }
}

void PagedLayout::keepLinesTogether(QTextDocument &document) const
{
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() < 2 || block.textList()
            || QTextCursor(block).currentTable())
            continue;
        const double top = layout->blockBoundingRect(block).top();
        const auto pageOfLine = [&](int i) {
            const QTextLine line = text->lineAt(i);
            return pageOf(top + line.y() + line.height() / 2);
        };
        const int lines = text->lineCount();
        if (pageOfLine(0) == pageOfLine(lines - 1))
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (pageOfLine(1) != pageOfLine(0) || lines <= 3) {
            if (!(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                QTextCursor(block).mergeBlockFormat(format);
        } else if (pageOfLine(lines - 2) != pageOfLine(lines - 1)) {
            QTextCursor split(block);
            split.setPosition(block.position() + text->lineAt(lines - 2).textStart());
            split.insertBlock();
            split.mergeBlockFormat(format);
            block = split.block(); // the scan goes on from the moved lines
        }
    }
}

void PagedLayout::makeSections()
{
    m_sections = m_exportContent->sections([](int index) {
        return QStringLiteral("<p align=\"center\" class=\"figure\"><a name=\"figure-%1\">*</a></p>")
            .arg(index);
    });
    // The first part goes with the heading and the body; the rest are made when needed.
    for (ExportSection &section : m_sections) {
        if (section.partCount > 0)
            section.body += section.part(0);
    }
}

void PagedLayout::build()
{
    m_exportContent = std::make_unique<ExportContent>(m_briefing, m_options);
    ExportContent &content = *m_exportContent;
    makeSections();

    m_cover = std::make_unique<QTextDocument>();
    prepare(*m_cover, m_content.width(), 0);
    m_cover->setHtml(finishedForPdf(QStringLiteral("<html><body dir=\"") + direction()
                                    + QStringLiteral("\">") + content.cover()
                                    + QStringLiteral("</body></html>")));
    setRunFonts(*m_cover);
    setLineHeights(*m_cover);

    m_contents = std::make_unique<QTextDocument>();
    prepare(*m_contents, m_content.width(), m_content.height());
    m_contents->setHtml(contentsHtml({}));
    setRunFonts(*m_contents);
    m_contentsPages = m_contents->pageCount();

    // Each section is laid out once; a cross-reference keeps room for a page number of
    // m_referenceDigits digits (PageReferenceObject). Only where a page named has more digits
    // than that are the sections that name pages laid out again, with room for more.
    std::vector<LaidOutSection> laidOut(size_t(m_sections.size()));
    QList<int> sections(m_sections.size());
    std::iota(sections.begin(), sections.end(), 0);
    for (int pass = 0; pass < 3; ++pass) {
        layoutSections(sections, laidOut);
        m_headings.clear();
        m_pages = 0;
        QList<int> firstPages;
        for (const LaidOutSection &section : laidOut) {
            m_headings.append({m_pages + section.heading.page, section.heading.top});
            firstPages << m_pages;
            m_pages += section.pages;
        }
        layoutContents();
        m_anchors.clear();
        for (size_t i = 0; i < laidOut.size(); ++i) {
            for (auto it = laidOut[i].anchors.cbegin(); it != laidOut[i].anchors.cend(); ++it)
                m_anchors.insert(it.key(), {firstPages.at(qsizetype(i)) + it->page, it->top});
        }
        int widest = 0;
        sections.clear();
        for (size_t i = 0; i < laidOut.size(); ++i) {
            for (const QString &target : qAsConst(laidOut[i].targets))
                widest = std::max(widest, referencePage(target));
            if (!laidOut[i].targets.isEmpty())
                sections << int(i);
        }
        const int digits = int(QString::number(widest).size());
        if (digits <= m_referenceDigits)
            break;
        m_referenceDigits = digits;
    }
    int first = 0;
    for (LaidOutSection &section : laidOut) {
        for (Part &part : section.parts) {
            part.firstPage += first;
            m_parts.push_back(std::move(part));
        }
        first += section.pages;
    }
}

void PagedLayout::linkPainted(QPainter *painter, const QRectF &area, const QString &id) const
{
    if (m_links.size() >= MaxLinks)
        return;
    // From the painter's coordinates to the page's, then to points.
    const QRectF onPage = (painter->transform() * m_pageTransform.inverted()).mapRect(area);
    m_links.append({m_paintedPage,
                    QRectF(onPage.topLeft() * PointsPerUnit, onPage.size() * PointsPerUnit), id});
}

QList<PdfPostProcessor::Link> PagedLayout::links() const
{
    return m_links;
}

int PagedLayout::referencePage(const QString &id) const
{
    const auto anchor = m_anchors.constFind(id);
    return anchor == m_anchors.cend() ? 0 : 1 + firstMainPage() + anchor->page;
}

void PagedLayout::layoutContents()
{
    // The numbers take the placeholders' room, so the contents keep their length; should
    // a number ever wrap, the contents are laid out again (the sections are not).
    for (int pass = 0; pass < 3; ++pass) {
        QList<int> pages;
        for (const HeadingPosition &heading : qAsConst(m_headings))
            pages << 1 + firstMainPage() + heading.page;
        m_contents->setHtml(contentsHtml(pages));
        setRunFonts(*m_contents);
        const int contentsPages = m_contents->pageCount();
        if (contentsPages == m_contentsPages)
            break;
        m_contentsPages = contentsPages;
    }
}

QList<int> PagedLayout::blocksOverPageBreaks(const QTextDocument &document) const
{
    const auto found = m_overPageBreaks.find(&document);
    if (found != m_overPageBreaks.end())
        return found->second;
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    QList<int> numbers;
    // A block's lines lie where its layout is, moved by where its frame or table cell lies.
    // Qt finds that anew for every block, and in a table it searches for the block's cell:
    // so it is asked once for the first block of the root frame and of each cell.
    const auto origin = [layout](const QTextBlock &block) {
        return layout->blockBoundingRect(block).topLeft() - block.layout()->position();
    };
    const auto mark = [this, &numbers](const QTextBlock &block, QPointF offset) {
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() == 0)
            return;
        const double top = offset.y() + text->position().y();
        const QTextLine last = text->lineAt(text->lineCount() - 1);
        if (pageOf(top + text->lineAt(0).y()) != pageOf(top + last.y() + last.height()))
            numbers << block.blockNumber();
    };
    // The blocks of a frame or cell that share `offset`; a frame within is asked on its own.
    std::function<void(QTextFrame::iterator, std::optional<QPointF>)> walk =
        [&](QTextFrame::iterator it, std::optional<QPointF> offset) {
            for (; !it.atEnd(); ++it) {
                if (const QTextBlock block = it.currentBlock(); block.isValid()) {
                    if (!offset && block.layout())
                        offset = origin(block);
                    if (offset)
                        mark(block, *offset);
                } else if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
                    for (int row = 0; row < table->rows(); ++row) {
                        for (int column = 0; column < table->columns(); ++column) {
                            const QTextTableCell cell = table->cellAt(row, column);
                            if (cell.row() == row && cell.column() == column)
                                walk(cell.begin(), std::nullopt);
                        }
                    }
                } else if (it.currentFrame()) {
                    walk(it.currentFrame()->begin(), std::nullopt);
                }
            }
        };
    walk(document.rootFrame()->begin(), std::nullopt);
    m_overPageBreaks[&document] = numbers;
    return numbers;
}

void PagedLayout::layoutSections(const QList<int> &sections, std::vector<LaidOutSection> &laidOut)
{
    const QList<FigureSlot> &figureSlots = m_exportContent->figures();
    for (const int index : sections)
        laidOut[size_t(index)] = layoutSection(index, figureSlots);
}

void PagedLayout::collectAnchors(const QTextDocument &document, int firstPage,
                                 LaidOutSection &section) const
{
    QHash<QString, HeadingPosition> &anchors = section.anchors;
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.objectType() == PageReferenceObject::Type) {
                section.targets.insert(format.stringProperty(PageReferenceObject::Target));
                continue;
            }
            const QStringList names = format.anchorNames();
            if (names.isEmpty() || names.first().startsWith(QLatin1String("figure-"))
                || anchors.contains(names.first()))
                continue;
            // A line can stand across the foot of a page; its text is where its middle is.
            double top = layout->blockBoundingRect(block).top();
            double middle = top;
            const QTextLine line =
                block.layout()->lineForTextPosition(fragment.position() - block.position());
            if (line.isValid()) {
                top += line.y();
                middle = top + line.height() / 2;
            }
            const int page = pageOf(middle);
            anchors.insert(names.first(),
                           {firstPage + page, std::max(0.0, top - page * m_content.height())});
        }
    }
}

std::unique_ptr<QTextDocument> PagedLayout::layoutDocument(const QString &html, double spacer,
                                                           const QList<FigureSlot> &figureSlots) const
{
    auto document = std::make_unique<QTextDocument>();
    auto *figures = new BriefingFigureObject(document.get());
    document->documentLayout()->registerHandler(BriefingFigureObject::Type, figures);
    const QLocale locale(m_options.language);
    document->documentLayout()->registerHandler(
        PageReferenceObject::Type,
        new PageReferenceObject([this, locale](int page) { return m_referenceLabel.arg(locale.toString(page)); },
                                [this](const QString &id) { return referencePage(id); },
                                m_referenceDigits,
                                [this](QPainter *painter, const QRectF &area, const QString &id) {
                                    linkPainted(painter, area, id);
                                },
                                document.get()));
    prepare(*document, m_content.width(), m_content.height());
    {
        // One edit: the layout starts when the figures are in.
        QTextCursor edit(document.get());
        edit.beginEditBlock();
        document->setHtml(html);
        insertFigures(*document, figures, figureSlots);
        insertPageReferences(*document);
        setRunFonts(*document);
        setLineHeights(*document);
        keepShapedText(*document);
        if (spacer > 0) {
            // The first block, the empty one a table stands after, starts where the part
            // before this one ended.
            QTextBlockFormat format;
            format.setTopMargin(spacer);
            QTextCursor(document.get()).mergeBlockFormat(format);
        }
        edit.endEditBlock();
    }
    // The layout runs lazily, and an edit lays out again only what it moves: blocks the
    // lazy layout has not reached would be left without lines. So the layout is finished
    // (pageCount() does that) before the headings are looked at.
    document->pageCount();
    keepLinesTogether(*document);
    keepHeadingsWithNext(*document);
    const int pages = document->pageCount();
    held(pages);
    QObject::connect(document.get(), &QObject::destroyed, document.get(),
                     [this, pages] { held(-pages); });
    return document;
}

std::unique_ptr<QTextDocument> PagedLayout::layoutPart(const Part &part) const
{
    const ExportSection &section = m_sections.at(part.section);
    if (part.part < 0)
        return layoutDocument(sectionHtml(section), 0, m_exportContent->figures());
    return layoutDocument(partHtml(section, part.part), part.spacer, m_exportContent->figures());
}

double PagedLayout::endOnLastPage(const QTextDocument &document) const
{
    // A list ends with a table, and the empty block after a table reports a place above the
    // table's last row: the table's own bottom is where the list ends.
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    double bottom = layout->blockBoundingRect(document.lastBlock()).top();
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    if (!frames.isEmpty())
        bottom = std::max(bottom, layout->frameBoundingRect(frames.last()).bottom()
                                      - frames.last()->frameFormat().bottomMargin());
    const double end = bottom - (document.pageCount() - 1) * m_content.height();
    return std::clamp(end, 0.0, m_content.height());
}

PagedLayout::LaidOutSection PagedLayout::layoutSection(int index,
                                                     const QList<FigureSlot> &figureSlots) const
{
    const ExportSection &section = m_sections.at(index);
    std::unique_ptr<QTextDocument> document =
        layoutDocument(sectionHtml(section), 0, figureSlots);
    LaidOutSection result;
    collectAnchors(*document, 0, result);
    const QAbstractTextDocumentLayout *layout = document->documentLayout();
    double top = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 1) {
            top = lineTop(layout, block);
            break;
        }
    }
    const int page = pageOf(top + 0.5);
    result.heading = {page, top - page * m_content.height()};
    Part first;
    first.section = index;
    first.pages = document->pageCount();
    if (section.partCount <= 1) {
        first.document = std::move(document);
        result.parts.push_back(std::move(first));
        result.pages = result.parts.back().pages;
        return result;
    }
    // A section in parts: each part is laid out to learn its pages, then dropped.
    double spacer = endOnLastPage(*document);
    document.reset();
    result.parts.push_back(std::move(first));
    for (int part = 1; part < section.partCount; ++part) {
        const Part &previous = result.parts.back();
        Part next;
        next.section = index;
        next.part = part;
        next.firstPage = previous.firstPage + previous.pages - 1;
        next.spacer = spacer;
        document = layoutPart(next);
        collectAnchors(*document, next.firstPage, result);
        next.pages = document->pageCount();
        spacer = endOnLastPage(*document);
        document.reset();
        result.parts.push_back(std::move(next));
    }
    result.pages = result.parts.back().firstPage + result.parts.back().pages;
    return result;
}

void PagedLayout::paintCover(QPainter *painter) const
{
    const QRectF area = m_content;
    // A band of colour at the top edge marks the cover.
    painter->fillRect(QRectF(0, 0, m_full.width(), area.top() * 0.45),
                      paletteColor(ExportStyle::Palette::Heading));
    painter->save();
    painter->translate(area.left(), area.top() + area.height() * 0.18);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_cover->documentLayout()->draw(painter, context);
    painter->restore();
}

void PagedLayout::paintPage(QPainter *painter, int page, int total,
                            std::vector<std::unique_ptr<QTextDocument>> &made) const
{
    const QRectF area = m_content;
    const bool rtl = rightToLeft();
    const QLocale locale(m_options.language);
    painter->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);

    // Running header and footer, mirrored for right-to-left.
    painter->setPen(paletteColor(ExportStyle::Palette::Meta));
    painter->setFont(font(8.5));
    const double headerY = area.top() - 30;
    const QRectF header(area.left(), headerY, area.width(), 20);
    const Qt::Alignment leading = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    const Qt::Alignment trailing = Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight);
    const QString title = painter->fontMetrics().elidedText(
        m_briefing.text(m_briefing.title, m_options.language).text, Qt::ElideRight,
        int(area.width() * 0.7));
    painter->drawText(header, leading | Qt::AlignBottom, title);
    const QString classification =
        m_briefing.text(m_briefing.classification, m_options.language).text;
    if (!classification.isEmpty())
        painter->drawText(header, trailing | Qt::AlignBottom, classification);
    painter->setPen(QPen(paletteColor(ExportStyle::Palette::Heading), 0.8));
    painter->drawLine(QPointF(area.left(), headerY + 24), QPointF(area.right(), headerY + 24));

    const double footerY = area.bottom() + 14;
    painter->setPen(QPen(paletteColor(ExportStyle::Palette::TableBorder), 0.6));
    painter->drawLine(QPointF(area.left(), footerY), QPointF(area.right(), footerY));
    painter->setPen(paletteColor(ExportStyle::Palette::Meta));
    const QRectF footer(area.left(), footerY + 4, area.width(), 20);
    painter->drawText(footer, trailing | Qt::AlignTop,
                      BriefingExporter::tr("Page %1 of %2")
                          .arg(locale.toString(page + 1), locale.toString(total)));
    painter->drawText(footer, leading | Qt::AlignTop,
                      DateFormatter(locale).format(m_briefing.produced));

    // The page's slice of the table of contents or of a section: of two parts of a section
    // where one ends and the next goes on.
    if (page < firstMainPage()) {
        paintDocument(painter, *m_contents, page - 1);
        return;
    }
    const int index = page - firstMainPage();
    const auto after = std::upper_bound(
        m_parts.cbegin(), m_parts.cend(), index,
        [](int main, const Part &candidate) { return main < candidate.firstPage; });
    auto first = after;
    while (first != m_parts.cbegin() && std::prev(first)->firstPage + std::prev(first)->pages > index)
        --first;
    for (auto part = first; part != after; ++part) {
        const size_t at = size_t(part - m_parts.cbegin());
        if (!part->document && !made[at])
            made[at] = layoutPart(*part);
        const QTextDocument *document = part->document ? part->document.get() : made[at].get();
        paintDocument(painter, *document, index - part->firstPage);
        if (part->firstPage + part->pages - 1 <= index && made[at]) {
            m_overPageBreaks.erase(made[at].get());
            made[at].reset();
        }
    }
}

void PagedLayout::paintDocument(QPainter *painter, const QTextDocument &document, int page) const
{
    const QRectF area = m_content;
    painter->save();
    painter->translate(area.left(), area.top() - page * area.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    const QRectF clip(0, page * area.height(), area.width(), area.height());
    painter->setClipRect(clip);
    // Qt also draws a line that starts above the clip's foot, and the next page's first line
    // can: a line set in a fixed height smaller than its font's starts a few units above its
    // block. A line belongs to the page that holds its middle, and no line is shorter than
    // 12 units, so one that starts less than 5 units above the foot is the next page's.
    context.clip = clip.adjusted(0, 0, 0, -5);
    // Qt draws a block that goes on from the page before from its last line on that page,
    // above this page's top: clipped, so unseen, but the PDF holds it, and a reader who
    // searches or copies the text, or hears it read, gets that line twice. Such a block is
    // left out of Qt's drawing, and its lines on this page are drawn one by one.
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    QList<QTextBlock> goingOn;
    for (const int number : blocksOverPageBreaks(document)) {
        QTextBlock block = document.findBlockByNumber(number);
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.top() < clip.top() && rect.bottom() > clip.top()
            && pageOf(lineTop(layout, block) + block.layout()->lineAt(0).height() / 2) < page)
            goingOn << block;
    }
    for (QTextBlock &block : goingOn)
        block.setVisible(false);
    layout->draw(painter, context);
    painter->setPen(Qt::black);
    for (QTextBlock &block : goingOn) {
        block.setVisible(true);
        const QTextLayout *text = block.layout();
        // Where the block's layout lies on the document: its lines are placed from there.
        const QPointF origin = layout->blockBoundingRect(block).topLeft();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            if (pageOf(origin.y() + line.y() + line.height() / 2) == page)
                line.draw(painter, origin);
        }
    }
    painter->restore();
}
