#include "document/htmltext.h"

#include <QRegularExpression>

namespace {

struct Tag
{
    QString name; // lower case, without "/"
    bool closing = false;
    QHash<QString, QString> attributes; // lower-case names, decoded values
};

// Parses the tag that starts at html[pos] == '<'. Returns the index after '>', or -1 when the
// '<' does not open a tag (then it is text, as browsers treat it).
qsizetype parseTag(const QString &html, qsizetype pos, Tag *tag)
{
    qsizetype i = pos + 1;
    const qsizetype n = html.size();
    if (i < n && html.at(i) == u'/') {
        tag->closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n && (html.at(i).isLetterOrNumber() || html.at(i) == u'-' || html.at(i) == u':'))
        ++i;
    if (i == nameStart)
        return -1;
    tag->name = html.mid(nameStart, i - nameStart).toLower();
    while (i < n) {
        while (i < n && (html.at(i).isSpace() || html.at(i) == u'/'))
            ++i;
        if (i >= n)
            break;
        if (html.at(i) == u'>')
            return i + 1;
        const qsizetype keyStart = i;
        while (i < n && !html.at(i).isSpace() && html.at(i) != u'=' && html.at(i) != u'>'
               && html.at(i) != u'/')
            ++i;
        const QString key = html.mid(keyStart, i - keyStart).toLower();
        while (i < n && html.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && html.at(i) == u'=') {
            ++i;
            while (i < n && html.at(i).isSpace())
                ++i;
            if (i < n && (html.at(i) == u'"' || html.at(i) == u'\'')) {
                const QChar quote = html.at(i);
                const qsizetype end = html.indexOf(quote, i + 1);
                if (end < 0)
                    return n; // an unterminated attribute swallows the rest, as in a browser
                value = html.mid(i + 1, end - i - 1);
                i = end + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !html.at(i).isSpace() && html.at(i) != u'>')
                    ++i;
                value = html.mid(valueStart, i - valueStart);
            }
        }
        if (!key.isEmpty() && !tag->attributes.contains(key))
            tag->attributes.insert(key, HtmlText::decodeEntities(value));
    }
    return n;
}

bool isBlock(const QString &name)
{
    static const QStringList blocks{
        u"p"_qs, u"div"_qs, u"h1"_qs, u"h2"_qs, u"h3"_qs, u"h4"_qs, u"h5"_qs, u"h6"_qs,
        u"ul"_qs, u"ol"_qs, u"blockquote"_qs, u"table"_qs, u"section"_qs, u"article"_qs,
        u"header"_qs, u"footer"_qs, u"pre"_qs, u"figure"_qs, u"figcaption"_qs, u"hr"_qs};
    return blocks.contains(name);
}

// Collects text with HTML's whitespace rules: runs of white space are one space, and breaks
// come only from elements.
class Collector
{
public:
    void text(QStringView chunk)
    {
        for (const QChar c : chunk) {
            if (c.isSpace() && c != QChar::Nbsp) {
                m_space = true;
            } else {
                if (m_space && !m_out.isEmpty() && !m_out.endsWith(u'\n'))
                    m_out += u' ';
                m_space = false;
                m_out += c;
            }
        }
    }
    void lineBreak()
    {
        m_space = false;
        m_out += u'\n';
    }
    void paragraphBreak()
    {
        m_space = false;
        if (m_out.isEmpty())
            return;
        while (m_out.endsWith(u'\n'))
            m_out.chop(1);
        m_out += QStringLiteral("\n\n");
    }
    QString result() const
    {
        QStringList lines = m_out.split(u'\n');
        for (QString &line : lines)
            line = line.trimmed();
        QString joined = lines.join(u'\n');
        static const QRegularExpression blankRuns(QStringLiteral("\n{3,}"));
        joined.replace(blankRuns, QStringLiteral("\n\n"));
        return joined.trimmed();
    }

private:
    QString m_out;
    bool m_space = false;
};

} // namespace

QString HtmlText::decodeEntities(QStringView text)
{
    static const QHash<QString, QChar> named{
        {u"amp"_qs, u'&'}, {u"lt"_qs, u'<'}, {u"gt"_qs, u'>'}, {u"quot"_qs, u'"'},
        {u"apos"_qs, u'\''}, {u"nbsp"_qs, QChar(0x00A0)}, {u"ndash"_qs, QChar(0x2013)},
        {u"mdash"_qs, QChar(0x2014)}, {u"hellip"_qs, QChar(0x2026)}, {u"lsquo"_qs, QChar(0x2018)},
        {u"rsquo"_qs, QChar(0x2019)}, {u"ldquo"_qs, QChar(0x201C)}, {u"rdquo"_qs, QChar(0x201D)},
        {u"laquo"_qs, QChar(0x00AB)}, {u"raquo"_qs, QChar(0x00BB)}, {u"copy"_qs, QChar(0x00A9)},
        {u"reg"_qs, QChar(0x00AE)}, {u"deg"_qs, QChar(0x00B0)}, {u"euro"_qs, QChar(0x20AC)},
        {u"times"_qs, QChar(0x00D7)}, {u"middot"_qs, QChar(0x00B7)}, {u"bull"_qs, QChar(0x2022)},
        {u"shy"_qs, QChar(0x00AD)}, {u"zwnj"_qs, QChar(0x200C)}, {u"zwj"_qs, QChar(0x200D)},
        {u"lrm"_qs, QChar(0x200E)}, {u"rlm"_qs, QChar(0x200F)}};
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        // Entity names are short: look no further, so a text of many "&" stays linear.
        const qsizetype found = text.mid(i + 1, 12).indexOf(u';');
        const qsizetype semicolon = found < 0 ? -1 : i + 1 + found;
        if (semicolon < 0) {
            out += c;
            ++i;
            continue;
        }
        const QStringView name = text.mid(i + 1, semicolon - i - 1);
        bool decoded = false;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            // NUL, surrogates and values beyond Unicode are not characters: left as written.
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t ucs4 = code;
                out += QString::fromUcs4(&ucs4, 1);
                decoded = true;
            }
        } else if (const auto it = named.constFind(name.toString()); it != named.cend()) {
            out += it.value();
            decoded = true;
        }
        if (decoded) {
            i = semicolon + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

HtmlText::Result HtmlText::toPlainText(const QString &html, const QStringList &captureClasses)
{
    Result result;
    Collector main;
    QHash<QString, Collector> captured;
    // The open elements, each with the class its text goes to (inherited; empty: the main
    // text). Depth is capped so that hostile nesting costs linear time; deeper elements only
    // lose their capture, never their text.
    constexpr qsizetype MaxDepth = 256;
    QList<std::pair<QString, QString>> open; // element name, capture class
    const auto current = [&]() -> Collector & {
        if (open.isEmpty() || open.constLast().second.isEmpty())
            return main;
        return captured[open.constLast().second];
    };

    qsizetype i = 0;
    const qsizetype n = html.size();
    qsizetype linkStart = -1;
    QString linkHref;
    QString linkText;
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<') {
            if (html.mid(i, 4) == u"<!--") {
                const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (i + 1 < n && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
                const qsizetype end = html.indexOf(u'>', i);
                i = end < 0 ? n : end + 1;
                continue;
            }
            Tag tag;
            const qsizetype after = parseTag(html, i, &tag);
            if (after < 0) {
                current().text(QStringView(html).mid(i, 1));
                if (linkStart >= 0)
                    linkText += c;
                ++i;
                continue;
            }
            i = after;
            if (!tag.closing && (tag.name == u"script" || tag.name == u"style")) {
                const QString closing = u"</"_qs + tag.name;
                const qsizetype end = html.indexOf(closing, i, Qt::CaseInsensitive);
                if (end < 0) {
                    i = n;
                } else {
                    const qsizetype close = html.indexOf(u'>', end);
                    i = close < 0 ? n : close + 1;
                }
                continue;
            }
            if (tag.name == u"br") {
                current().lineBreak();
                if (linkStart >= 0)
                    linkText += u' ';
                continue;
            }
            if (tag.name == u"li" && !tag.closing)
                current().lineBreak();
            if (isBlock(tag.name))
                current().paragraphBreak();
            if (tag.name == u"a") {
                if (!tag.closing && tag.attributes.contains(u"href"_qs)) {
                    linkStart = i;
                    linkHref = tag.attributes.value(u"href"_qs).trimmed();
                    linkText.clear();
                } else if (tag.closing && linkStart >= 0) {
                    Collector label;
                    label.text(decodeEntities(linkText));
                    result.links.append({linkHref, label.result()});
                    linkStart = -1;
                }
                continue;
            }
            if (tag.closing) {
                for (qsizetype k = open.size() - 1; k >= 0; --k) {
                    if (open.at(k).first == tag.name) {
                        open.remove(k, open.size() - k);
                        break;
                    }
                }
            } else {
                const QStringList classes =
                    tag.attributes.value(u"class"_qs).split(u' ', Qt::SkipEmptyParts);
                QString capture = open.isEmpty() ? QString() : open.constLast().second;
                for (const QString &wanted : captureClasses) {
                    if (classes.contains(wanted))
                        capture = wanted;
                }
                static const QStringList voidElements{u"img"_qs, u"input"_qs, u"meta"_qs,
                                                      u"link"_qs, u"source"_qs, u"wbr"_qs, u"hr"_qs,
                                                      u"col"_qs, u"area"_qs, u"embed"_qs};
                if (!voidElements.contains(tag.name) && open.size() < MaxDepth)
                    open.append({tag.name, capture});
            }
            continue;
        }
        qsizetype next = html.indexOf(u'<', i);
        if (next < 0)
            next = n;
        const QString chunk = decodeEntities(QStringView(html).mid(i, next - i));
        current().text(chunk);
        if (linkStart >= 0)
            linkText += html.mid(i, next - i);
        i = next;
    }
    if (linkStart >= 0) {
        Collector label;
        label.text(decodeEntities(linkText));
        result.links.append({linkHref, label.result()});
    }
    result.text = main.result();
    for (auto it = captured.cbegin(); it != captured.cend(); ++it)
        result.classed.insert(it.key(), it.value().result());
    return result;
}

QString HtmlText::escape(const QString &plain)
{
    QString out;
    out.reserve(plain.size());
    for (const QChar c : plain) {
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'"': out += QStringLiteral("&quot;"); break;
        case u'\'': out += QStringLiteral("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString HtmlText::fromPlainText(const QString &text, const QString &cssClass)
{
    QString html;
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QString trimmed = paragraph.trimmed();
        if (trimmed.isEmpty())
            continue;
        html += paragraphStart(trimmed, cssClass)
            + escape(trimmed).replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    return html;
}

Qt::LayoutDirection HtmlText::direction(QStringView text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return Qt::LayoutDirectionAuto;
}

QString HtmlText::paragraphStart(QStringView text, const QString &cssClass)
{
    QString tag = QStringLiteral("<p");
    switch (direction(text)) {
    case Qt::LeftToRight:
        tag += QStringLiteral(" dir=\"ltr\"");
        break;
    case Qt::RightToLeft:
        tag += QStringLiteral(" dir=\"rtl\"");
        break;
    case Qt::LayoutDirectionAuto:
        break;
    }
    if (!cssClass.isEmpty())
        tag += u" class=\""_qs + escape(cssClass) + u'"';
    return tag + u'>';
}

