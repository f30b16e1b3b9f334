#include "export/briefingexporter.h"

#include "document/atomicfile.h"
#include "export/exportcontent.h"
#include "export/exporthtml.h"
#include "export/exportstyle.h"
#include "export/pagedlayout.h"
#include "export/pdfpostprocessor.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTemporaryFile>

#include <cstdio>

#include <unistd.h>

using ExportHtml::esc;

namespace {

QString svgFigure(const ExportOptions::Figure &paint, double aspect)
{
    const QSize size(900, int(900 * aspect));
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    {
        QPainter painter(&generator);
        paint(&painter, QRectF(QPointF(0, 0), size));
    }
    QString svg = QString::fromUtf8(buffer.data());
    // The generator writes a prolog and a DOCTYPE naming an external DTD: inline SVG in HTML
    // takes neither.
    const qsizetype start = svg.indexOf(QLatin1String("<svg"));
    return start < 0 ? QString() : svg.mid(start);
}

} // namespace

BriefingExporter::BriefingExporter(BriefingPtr briefing, ExportOptions options)
    : m_briefing(std::move(briefing)), m_options(std::move(options))
{
    registerFonts();
}

bool BriefingExporter::registerFonts()
{
    // Registered even where the system has the same families, so that every machine sets the
    // text in the same font files.
    static const bool registered = [] {
        bool ok = true;
        for (const char *file : {":/fonts/NotoSans-Regular.ttf", ":/fonts/NotoSans-Bold.ttf",
                                 ":/fonts/NotoSansArabic-Regular.ttf",
                                 ":/fonts/NotoSansArabic-Bold.ttf"}) {
            ok &= QFontDatabase::addApplicationFont(QString::fromLatin1(file)) >= 0;
        }
        return ok;
    }();
    return registered;
}

bool BriefingExporter::writePdf(const QString &fileName, QString *error) const
{
    return AtomicFile::write(fileName, [this, &fileName](QIODevice *output, QString *failure) {
        const auto fail = [failure](const QString &message) {
            *failure = message;
            return false;
        };
        // Qt's PDF before qpdf adds the outline: in a file beside the target, as big as the
        // PDF. It is unlinked at once, so that nothing is left of it whatever happens.
        QTemporaryFile raw(QFileInfo(fileName).absolutePath()
                           + QStringLiteral("/.briefing-export-XXXXXX"));
        if (!raw.open())
            return fail(tr("The PDF could not be started."));
        QFile::remove(raw.fileName());
        raw.setAutoRemove(false);

        const PagedLayout layout(*m_briefing, m_options);
        const QString title = m_briefing->text(m_briefing->title, m_options.language).text;
        {
            QPdfWriter writer(&raw);
            writer.setResolution(LayoutDpi);
            writer.setPageLayout(QPageLayout(QPageSize(m_options.pageSize), QPageLayout::Portrait,
                                             QMarginsF(), QPageLayout::Millimeter));
            writer.setTitle(title);
            writer.setCreator(QCoreApplication::applicationName());
            QPainter painter;
            if (!painter.begin(&writer))
                return fail(tr("The PDF could not be started."));
            const bool complete =
                layout.paint(&painter, [&writer] { return writer.newPage(); }, 1.0);
            painter.end();
            if (!complete)
                return fail(tr("The export was cancelled."));
        }
        if (!raw.flush() || raw.error() != QFileDevice::NoError)
            return false; // the disk is full: AtomicFile says so
        FILE *input = fdopen(dup(raw.handle()), "rb");
        if (!input)
            return fail(tr("The PDF could not be started."));
        PdfPostProcessor::Metadata metadata;
        metadata.title = title;
        metadata.author = m_briefing->text(m_briefing->author, m_options.language).text;
        metadata.subject = m_briefing->text(m_briefing->subtitle, m_options.language).text;
        if (metadata.subject.isEmpty())
            metadata.subject = m_briefing->text(m_briefing->visit.kind, m_options.language).text;
        metadata.language = m_options.language;
        metadata.creator = QCoreApplication::applicationName();
        const bool processed =
            PdfPostProcessor::process(input, output, layout.outline(), metadata, failure,
                                      layout.destinations(), layout.links());
        std::fclose(input);
        return processed;
    }, error);
}

bool BriefingExporter::print(QPagedPaintDevice *device, QString *error) const
{
    ExportOptions options = m_options;
    options.pageSize = device->pageLayout().pageSize().id();
    if (options.pageSize == QPageSize::Custom)
        options.pageSize = m_options.pageSize;
    const PagedLayout layout(*m_briefing, options);
    device->setPageMargins(QMarginsF(), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The printer could not be started.");
        return false;
    }
    // The layout is made in its own units; the device's origin is the paper's corner once the
    // margins are zero.
    const double scale = double(device->logicalDpiX()) / LayoutDpi;
    const bool complete = layout.paint(&painter, [device] { return device->newPage(); }, scale);
    painter.end();
    if (!complete && error)
        *error = tr("Printing was cancelled.");
    return complete;
}

QString BriefingExporter::html() const
{
    ExportContent content(*m_briefing, m_options, ExportContent::Medium::Web);
    const QList<ExportSection> sections = content.sections([&content](int index) -> QString {
        const FigureSlot &slot = content.figures().at(index);
        return QStringLiteral("<div class=\"figure\">") + svgFigure(slot.paint, slot.aspect)
            + QStringLiteral("</div>");
    });
    const bool rtl = content.rightToLeft();
    const QString language = esc(m_options.language);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + language
        + QStringLiteral("\" dir=\"") + (rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"))
        + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<title>")
        + esc(ExportHtml::finishedAsPlainText(content.text(m_briefing->title)))
        + QStringLiteral("</title>\n<style>")
        + ExportStyle::htmlStyleSheet(rtl) + QStringLiteral("</style>\n</head>\n<body>\n")
        + QStringLiteral("<header class=\"cover\">") + content.cover()
        + QStringLiteral("</header>\n<nav><h2>") + esc(tr("Contents"))
        + QStringLiteral("</h2><ol>");
    for (int i = 0; i < sections.size(); ++i)
        html += QStringLiteral("<li><a href=\"#section-%1\">").arg(i + 1)
            + esc(sections.at(i).title) + QStringLiteral("</a></li>");
    html += QStringLiteral("</ol></nav>\n");
    for (int i = 0; i < sections.size(); ++i) {
        html += QStringLiteral("<section><h1 id=\"section-%1\">").arg(i + 1)
            + esc(sections.at(i).title) + QStringLiteral("</h1>\n") + sections.at(i).html()
            + QStringLiteral("</section>\n");
    }
    return ExportHtml::finishedForHtml(html + QStringLiteral("</body>\n</html>\n"));
}

bool BriefingExporter::writeHtml(const QString &fileName, QString *error) const
{
    return AtomicFile::write(fileName, html().toUtf8(), error);
}

