#include "export/pdfpostprocessor.h"

// qpdf 11: use std::shared_ptr throughout, without the old PointerHolder compatibility.
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cmath>
#include <exception>
#include <map>
#include <tuple>
#include <vector>

namespace {

QPDFObjectHandle text(const QString &value)
{
    return QPDFObjectHandle::newUnicodeString(value.toStdString());
}

// A place on a page: its left edge, `top` points below its top edge.
QPDFObjectHandle destination(const std::vector<QPDFPageObjectHelper> &pages, int pageIndex,
                             double top)
{
    QPDFObjectHandle page = pages.at(size_t(qBound(0, pageIndex, int(pages.size()) - 1)))
                                .getObjectHandle();
    const QPDFObjectHandle::Rectangle box = page.getKey("/MediaBox").getArrayAsRectangle();
    return QPDFObjectHandle::newArray(std::vector<QPDFObjectHandle>{
        page, QPDFObjectHandle::newName("/XYZ"), QPDFObjectHandle::newNull(),
        QPDFObjectHandle::newReal(qMax(0.0, box.ury - top), 2), QPDFObjectHandle::newNull()});
}

// Each link to "#name" that `destinations` knows goes there; one it does not know is dropped,
// so that no address but a web address is left in a link. Qt's writer gives each run of text
// a link of its own, and each glyph of Persian text is a run: the links to one place on one
// line become one, or a Persian page would carry thousands.
void linkInside(const std::vector<QPDFPageObjectHelper> &pages,
                const QHash<QString, PdfPostProcessor::Destination> &destinations)
{
    for (QPDFPageObjectHelper page : pages) {
        QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
        if (!annotations.isArray())
            continue;
        std::map<std::tuple<std::string, long, long>, QPDFObjectHandle> lines;
        std::vector<QPDFObjectHandle> kept;
        for (int i = 0; i < annotations.getArrayNItems(); ++i) {
            QPDFObjectHandle annotation = annotations.getArrayItem(i);
            QPDFObjectHandle action = annotation.getKey("/A");
            if (!action.isDictionary() || !action.getKey("/URI").isString()) {
                kept.push_back(annotation);
                continue;
            }
            const std::string uri = action.getKey("/URI").getStringValue();
            if (uri.empty() || uri.front() != '#') {
                kept.push_back(annotation);
                continue;
            }
            const auto target = destinations.constFind(QString::fromStdString(uri.substr(1)));
            if (target == destinations.cend())
                continue;
            const QPDFObjectHandle::Rectangle rect = annotation.getKey("/Rect").getArrayAsRectangle();
            const auto key = std::make_tuple(uri, std::lround(rect.lly), std::lround(rect.ury));
            const auto line = lines.find(key);
            if (line != lines.end()) {
                QPDFObjectHandle first = line->second;
                const QPDFObjectHandle::Rectangle was = first.getKey("/Rect").getArrayAsRectangle();
                first.replaceKey("/Rect", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(
                                              std::min(was.llx, rect.llx), std::min(was.lly, rect.lly),
                                              std::max(was.urx, rect.urx), std::max(was.ury, rect.ury))));
                continue;
            }
            annotation.removeKey("/A");
            annotation.replaceKey("/Dest", destination(pages, target->page, target->top));
            lines.emplace(key, annotation);
            kept.push_back(annotation);
        }
        page.getObjectHandle().replaceKey("/Annots", QPDFObjectHandle::newArray(kept));
    }
}

struct Node
{
    const PdfPostProcessor::OutlineItem *item = nullptr;
    std::vector<Node> children;
};

// Links the nodes as siblings under `parent` and returns how many items are visible below it
// (every level is open).
int link(QPDF &pdf, std::vector<Node> &nodes, QPDFObjectHandle parent,
         const std::vector<QPDFPageObjectHelper> &pages)
{
    std::vector<QPDFObjectHandle> objects;
    int count = 0;
    for (Node &node : nodes) {
        QPDFObjectHandle object = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        object.replaceKey("/Title", text(node.item->title));
        object.replaceKey("/Parent", parent);
        object.replaceKey("/Dest", destination(pages, node.item->page, node.item->top));
        const int below = link(pdf, node.children, object, pages);
        if (below > 0)
            object.replaceKey("/Count", QPDFObjectHandle::newInteger(below));
        count += 1 + below;
        objects.push_back(object);
    }
    for (size_t i = 0; i < objects.size(); ++i) {
        if (i > 0)
            objects[i].replaceKey("/Prev", objects[i - 1]);
        if (i + 1 < objects.size())
            objects[i].replaceKey("/Next", objects[i + 1]);
    }
    if (!objects.empty()) {
        parent.replaceKey("/First", objects.front());
        parent.replaceKey("/Last", objects.back());
    }
    return count;
}

} // namespace

QByteArray PdfPostProcessor::process(const QByteArray &input, const QList<OutlineItem> &outline,
                                     const Metadata &metadata, QString *error,
                                     const QHash<QString, Destination> &destinations)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("briefing.pdf", input.constData(), size_t(input.size()));
        const std::vector<QPDFPageObjectHelper> pages =
            QPDFPageDocumentHelper(pdf).getAllPages();
        QPDFObjectHandle root = pdf.getRoot();
        linkInside(pages, destinations);

        // Items nest under the nearest earlier item of a lower level.
        std::vector<Node> top;
        std::vector<std::vector<Node> *> path{&top};
        std::vector<int> levels{0};
        for (const OutlineItem &item : outline) {
            while (levels.size() > 1 && levels.back() >= item.level) {
                levels.pop_back();
                path.pop_back();
            }
            path.back()->push_back(Node{&item, {}});
            path.push_back(&path.back()->back().children);
            levels.push_back(item.level);
        }
        if (!top.empty() && !pages.empty()) {
            QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
            const int count = link(pdf, top, outlines, pages);
            outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(count));
            root.replaceKey("/Outlines", outlines);
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        if (!metadata.language.isEmpty())
            root.replaceKey("/Lang", text(metadata.language));

        QPDFObjectHandle trailer = pdf.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        const std::pair<const char *, QString> entries[] = {
            {"/Title", metadata.title},       {"/Author", metadata.author},
            {"/Subject", metadata.subject},   {"/Keywords", metadata.keywords},
            {"/Creator", metadata.creator},
        };
        for (const auto &[key, value] : entries) {
            if (!value.isEmpty())
                info.replaceKey(key, text(value));
        }

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception &exception) {
        if (error) {
            *error = tr("The PDF could not be completed: %1")
                         .arg(QString::fromLocal8Bit(exception.what()));
        }
        return {};
    }
}
