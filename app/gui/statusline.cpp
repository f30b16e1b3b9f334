#include "gui/statusline.h"

#include "document/programlanguages.h"
#include "document/textlist.h"
#include "gui/entrylistpage.h"
#include "gui/languagemanager.h"
#include "models/entryhtml.h"

#include <QEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>

namespace {

// While a long message shows, the line keeps at most this share of the bar's width.
constexpr double ShareBesideMessage = 0.35;
// The room QStatusBar leaves around a message.
constexpr int MessagePadding = 24;
// It is never cut narrower than this many average characters.
constexpr int MinimumCharacters = 12;

} // namespace

StatusLine::StatusLine(QStatusBar *bar)
    : QLabel(bar), m_bar(bar)
{
    setObjectName(QStringLiteral("statusLine"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(4, 0, 4, 0);
    connect(bar, &QStatusBar::messageChanged, this, [this](const QString &message) {
        m_message = message;
        updateGeometry();
    });
    bar->installEventFilter(this);
}

void StatusLine::describe(const QString &tabTitle, const QString &tabKey,
                          const EntryListPage *list, const QString &language)
{
    QStringList parts{tabTitle};
    if (list) {
        const int total = list->totalCount();
        const QString filter = list->filter()->text().simplified();
        const QString shown = QLocale(language).toString(list->shownCount());
        const bool filtered = !filter.isEmpty();
        QString count;
        if (tabKey == u"tensions") {
            count = filtered ? tr("%1 of %n tension(s)", nullptr, total).arg(shown)
                             : tr("%n tension(s)", nullptr, total);
        } else if (tabKey == u"background") {
            count = filtered ? tr("%1 of %n section(s)", nullptr, total).arg(shown)
                             : tr("%n section(s)", nullptr, total);
        } else if (tabKey == u"timeline") {
            count = filtered ? tr("%1 of %n event(s)", nullptr, total).arg(shown)
                             : tr("%n event(s)", nullptr, total);
        } else if (tabKey == u"map") {
            count = filtered ? tr("%1 of %n place(s) and line(s)", nullptr, total).arg(shown)
                             : tr("%n place(s) and line(s)", nullptr, total);
        } else {
            count = filtered ? tr("%1 of %n item(s)", nullptr, total).arg(shown)
                             : tr("%n item(s)", nullptr, total);
        }
        // The filter is the reader's text, in any script: isolated from the line around it.
        if (filtered)
            count += u' ' + tr("(filter: “%1”)").arg(TextList::isolated(filter));
        parts.append(count);
    }
    parts.append(ProgramLanguages::nativeName(language));
    setDescription(parts.join(TextList::separator(QLocale(language))));
}

void StatusLine::clearDescription()
{
    setDescription({});
}

void StatusLine::setDescription(const QString &text)
{
    if (text == m_description)
        return;
    m_description = text;
    // The label's own text is the whole line, for screen readers; it paints what fits.
    setText(text);
    // Tooltips guess rich text: the filter in it is the reader's text, escaped.
    setToolTip(EntryHtml::toolTip(text));
    updateGeometry();
    update();
}

int StatusLine::wholeWidth() const
{
    // An average character more than the text measures: shaping a line of mixed direction
    // can take a pixel or two more than the measure says, and a whole line must not be cut.
    const QMargins margins = contentsMargins();
    return fontMetrics().horizontalAdvance(m_description) + fontMetrics().averageCharWidth()
        + margins.left() + margins.right() + 2 * margin();
}

QSize StatusLine::sizeHint() const
{
    int width = wholeWidth();
    if (!m_message.isEmpty()) {
        // Narrower only as far as the message needs, and never below its share.
        const int besideMessage = m_bar->width() - m_bar->fontMetrics().horizontalAdvance(m_message)
            - MessagePadding;
        width = std::max({std::min(width, int(m_bar->width() * ShareBesideMessage)),
                          std::min(width, besideMessage), minimumSizeHint().width()});
    }
    return {width, QLabel::sizeHint().height()};
}

QSize StatusLine::minimumSizeHint() const
{
    return {std::min(wholeWidth(), fontMetrics().averageCharWidth() * MinimumCharacters),
            QLabel::minimumSizeHint().height()};
}

QString StatusLine::shownText() const
{
    return fontMetrics().elidedText(m_description, Qt::ElideRight, contentsRect().width());
}

void StatusLine::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    // Cut at paint time, with the font and width of the moment (a language switch changes
    // both).
    QPainter painter(this);
    style()->drawItemText(&painter, contentsRect(),
                          QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft | Qt::AlignVCenter),
                          palette(), isEnabled(), shownText(), foregroundRole());
}

bool StatusLine::eventFilter(QObject *watched, QEvent *event)
{
    // The share beside a message follows the bar's width.
    if (watched == m_bar && event->type() == QEvent::Resize && !m_message.isEmpty())
        updateGeometry();
    return QLabel::eventFilter(watched, event);
}
