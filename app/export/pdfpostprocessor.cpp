#include "export/pdfpostprocessor.h"

// qpdf 11: use std::shared_ptr throughout, without the old PointerHolder compatibility.
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QIODevice>

#include <cmath>
#include <exception>
#include <stdexcept>
#include <vector>

namespace {

QPDFObjectHandle text(const QString &value)
{
    return QPDFObjectHandle::newUnicodeString(value.toStdString());
}

// qpdf's output, written to a device as it comes.
class DevicePipeline : public Pipeline
{
public:
    explicit DevicePipeline(QIODevice *device) : Pipeline("device", nullptr), m_device(device) {}

    void write(unsigned char const *data, size_t length) override
    {
        const qint64 wanted = qint64(length);
        if (m_device->write(reinterpret_cast<const char *>(data), wanted) != wanted)
            throw std::runtime_error(m_device->errorString().toStdString());
    }
    void finish() override {}

private:
    QIODevice *m_device;
};

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

// Each link opens its entry's place. Qt's writer makes every link an address, and one for each
// run of glyphs (each Persian glyph was one); these are made here, one for each number, and as
// light as they can be: the links to one entry share its destination, and all share one
// border, since each object the PDF holds is parsed and held again by the next reader.
void addLinks(QPDF &pdf, const std::vector<QPDFPageObjectHelper> &pages,
              const QList<PdfPostProcessor::Link> &links,
              const QHash<QString, PdfPostProcessor::Destination> &destinations)
{
    if (links.isEmpty() || pages.empty())
        return;
    QHash<QString, QPDFObjectHandle> shared;
    const QPDFObjectHandle border = pdf.makeIndirectObject(QPDFObjectHandle::newArray(
        std::vector<QPDFObjectHandle>(3, QPDFObjectHandle::newInteger(0))));
    const QPDFObjectHandle type = QPDFObjectHandle::newName("/Annot");
    const QPDFObjectHandle subtype = QPDFObjectHandle::newName("/Link");
    std::vector<QPDFObjectHandle> annotations(pages.size());
    for (const PdfPostProcessor::Link &link : links) {
        const auto target = destinations.constFind(link.target);
        if (target == destinations.cend() || link.page < 0 || size_t(link.page) >= pages.size())
            continue;
        auto place = shared.find(link.target);
        if (place == shared.end())
            place = shared.insert(
                link.target, pdf.makeIndirectObject(destination(pages, target->page, target->top)));
        QPDFObjectHandle page = pages.at(size_t(link.page)).getObjectHandle();
        QPDFObjectHandle &list = annotations.at(size_t(link.page));
        if (!list.isInitialized()) {
            list = page.getKey("/Annots");
            if (!list.isArray()) {
                list = QPDFObjectHandle::newArray();
                page.replaceKey("/Annots", list);
                list = page.getKey("/Annots");
            }
        }
        const double top = page.getKey("/MediaBox").getArrayAsRectangle().ury;
        QPDFObjectHandle annotation = QPDFObjectHandle::newDictionary();
        annotation.replaceKey("/Type", type);
        annotation.replaceKey("/Subtype", subtype);
        annotation.replaceKey("/Rect", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(
                                           link.area.left(), top - link.area.bottom(),
                                           link.area.right(), top - link.area.top())));
        annotation.replaceKey("/Border", border);
        annotation.replaceKey("/Dest", *place);
        list.appendItem(pdf.makeIndirectObject(annotation));
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

bool PdfPostProcessor::process(FILE *input, QIODevice *output, const QList<OutlineItem> &outline,
                               const Metadata &metadata, QString *error,
                               const QHash<QString, Destination> &destinations,
                               const QList<Link> &links)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile("briefing.pdf", input, false);
        const std::vector<QPDFPageObjectHelper> pages =
            QPDFPageDocumentHelper(pdf).getAllPages();
        QPDFObjectHandle root = pdf.getRoot();
        addLinks(pdf, pages, links, destinations);

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

        DevicePipeline sink(output);
        QPDFWriter writer(pdf);
        writer.setOutputPipeline(&sink);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        return true;
    } catch (const std::exception &exception) {
        if (error) {
            *error = tr("The PDF could not be completed: %1")
                         .arg(QString::fromLocal8Bit(exception.what()));
        }
        return false;
    }
}
