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
        const int pageIndex = qBound(0, node.item->page, int(pages.size()) - 1);
        QPDFObjectHandle page = pages.at(size_t(pageIndex)).getObjectHandle();
        const QPDFObjectHandle::Rectangle box = page.getKey("/MediaBox").getArrayAsRectangle();
        std::vector<QPDFObjectHandle> destination{
            page, QPDFObjectHandle::newName("/XYZ"), QPDFObjectHandle::newNull(),
            QPDFObjectHandle::newReal(qMax(0.0, box.ury - node.item->top), 2),
            QPDFObjectHandle::newNull()};
        object.replaceKey("/Title", text(node.item->title));
        object.replaceKey("/Parent", parent);
        object.replaceKey("/Dest", QPDFObjectHandle::newArray(destination));
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
                               const Metadata &metadata, QString *error)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile("briefing.pdf", input, false);
        const std::vector<QPDFPageObjectHelper> pages =
            QPDFPageDocumentHelper(pdf).getAllPages();
        QPDFObjectHandle root = pdf.getRoot();

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
