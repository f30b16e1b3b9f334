#pragma once

#include <QFont>
#include <QHash>
#include <QObject>
#include <QTextObjectInterface>

#include <functional>

// The page a cross-reference names ("(p. 7)", «(ص ۷)») inside the laid-out briefing: an
// inline object as wide as the widest number of the digits the layout keeps room for. The
// page is known only once every section is laid out; a number set as text would change the
// width of its line and could move the entry it names, which made the layout go round until
// the pages held still. The object's width does not depend on the number, so each section
// is laid out once, and the number is written when the page is painted. The number opens the
// entry: the place it is painted at is handed on, and PdfPostProcessor makes it a link.
class PageReferenceObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 8;
    enum Property { Target = QTextFormat::UserProperty + 4 }; // the id of the entry named

    // `label` makes the text for a page; `pageOf` gives the physical page (1-based) of an
    // entry's heading, or 0 where it is not known (nothing is painted then); `digits` is how
    // many digits the object keeps room for; `painted` is told where, in the painter's
    // coordinates, the number for an entry was painted.
    PageReferenceObject(std::function<QString(int)> label,
                        std::function<int(const QString &)> pageOf, int digits,
                        std::function<void(QPainter *, const QRectF &, const QString &)> painted,
                        QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *document, int position,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    static QFont fontOf(const QTextDocument *document, const QTextFormat &format);

    std::function<QString(int)> m_label;
    std::function<int(const QString &)> m_pageOf;
    std::function<void(QPainter *, const QRectF &, const QString &)> m_painted;
    int m_digits = 2;
    QHash<QString, double> m_widths; // by font key: each object of a font is as wide
};
