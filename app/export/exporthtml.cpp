#include "export/exporthtml.h"

#include "document/textlist.h"
#include "models/fallbackmark.h"

#include <algorithm>

namespace {

constexpr char16_t IsolateStart = 0x2068; // first strong isolate
constexpr char16_t IsolateEnd = 0x2069;
// Noncharacters: never in text that is exchanged, so never confused with the document's own.
constexpr char16_t LabelStart = 0xFDD0;
constexpr char16_t LabelEnd = 0xFDD1;

QString withFallbackMarks(QString html)
{
    for (qsizetype start = html.indexOf(LabelStart); start >= 0;
         start = html.indexOf(LabelStart, start)) {
        const qsizetype end = html.indexOf(LabelEnd, start);
        if (end < 0)
            break;
        // The label was escaped with the text around it; FallbackMark escapes it once more.
        const QString label = HtmlText::decodeEntities(
            QStringView(html).mid(start + 1, end - start - 1));
        const QString mark = FallbackMark::html(label).mid(1); // its leading space is there
        html.replace(start, end - start + 1, mark);
        start += mark.size();
    }
    return html;
}

} // namespace

namespace ExportHtml {

QString documentText(const QString &text, bool rightToLeftPage, const QString &fallbackLabel)
{
    QString plain = text;
    plain.removeIf([](QChar c) {
        return c == IsolateStart || c == IsolateEnd || c == LabelStart || c == LabelEnd;
    });
    plain = TextList::isolatedFrom(plain, rightToLeftPage ? Qt::RightToLeft : Qt::LeftToRight);
    if (!fallbackLabel.isEmpty() && !plain.isEmpty())
        plain += u' ' + (LabelStart + fallbackLabel + LabelEnd);
    return plain;
}

QString finishedForPdf(QString html)
{
    // The bundled fonts have no glyphs for isolates, and the PDF would pull in another font
    // for them: each isolate becomes a mark of its run's own direction on both sides, which
    // keeps the run's punctuation with it the same way.
    for (qsizetype start = html.indexOf(QChar(IsolateStart)); start >= 0;
         start = html.indexOf(QChar(IsolateStart), start)) {
        const qsizetype end = html.indexOf(QChar(IsolateEnd), start);
        if (end < 0)
            break;
        const QChar mark = HtmlText::direction(QStringView(html).mid(start, end - start))
                == Qt::RightToLeft
            ? QChar(0x200F)
            : QChar(0x200E);
        html[start] = mark;
        html[end] = mark;
        start = end;
    }
    return withFallbackMarks(std::move(html));
}

QString finishedForHtml(QString html)
{
    html.replace(QChar(IsolateStart), QStringLiteral("<bdi>"));
    html.replace(QChar(IsolateEnd), QStringLiteral("</bdi>"));
    return withFallbackMarks(std::move(html));
}

QString finishedAsPlainText(QString text)
{
    for (qsizetype start = text.indexOf(LabelStart); start >= 0;
         start = text.indexOf(LabelStart, start)) {
        const qsizetype end = text.indexOf(LabelEnd, start);
        if (end < 0)
            break;
        text.remove(start, end - start + 1);
    }
    text.removeIf([](QChar c) { return c == IsolateStart || c == IsolateEnd; });
    return text.trimmed();
}

QString row(QStringList cells, bool rightToLeft, const QString &rowOpen)
{
    if (rightToLeft) {
        std::reverse(cells.begin(), cells.end());
        for (QString &cell : cells)
            cell.insert(3, QStringLiteral(" dir=\"rtl\""));
    }
    return rowOpen + cells.join(QString()) + QStringLiteral("</tr>");
}

QString tableOpen(const char *cssClass, int cellPadding, bool rightToLeft)
{
    return QStringLiteral("<table class=\"") + QString::fromLatin1(cssClass)
        + QStringLiteral("\" width=\"100%\" cellspacing=\"0\" cellpadding=\"")
        + QString::number(cellPadding) + u'"'
        + (rightToLeft ? QStringLiteral(" dir=\"ltr\">") : QStringLiteral(">"));
}

QString leftToRightRun(const QString &text)
{
    return QChar(0x200E) + text + QChar(0x200E);
}

} // namespace ExportHtml
