#include "gui/timeline/timelinelegend.h"

#include "timeline/timelinesymbols.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace {

constexpr TimelineSymbols::Legend Symbols[] = {
    TimelineSymbols::Legend::Day,    TimelineSymbols::Legend::Vague,
    TimelineSymbols::Legend::Span,   TimelineSymbols::Legend::Approximate,
    TimelineSymbols::Legend::Period, TimelineSymbols::Legend::Visit,
    TimelineSymbols::Legend::Related,
};

} // namespace

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineLegend"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(3);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading, 0, 0, 1, 2);
    int row = 1;
    for (TimelineSymbols::Legend symbol : Symbols) {
        Q_UNUSED(symbol);
        auto *icon = new QLabel(this);
        icon->setTextFormat(Qt::PlainText); // it shows a picture; never guess rich text
        auto *text = new QLabel(this);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        layout->addWidget(icon, row, 0, Qt::AlignVCenter);
        layout->addWidget(text, row, 1);
        m_icons.append(icon);
        m_texts.append(text);
        ++row;
    }
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(row, 1);
    updateIcons();
    retranslate();
}

void TimelineLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineLegend::updateIcons()
{
    const QSize size(22, 14);
    for (int i = 0; i < m_icons.size(); ++i) {
        m_icons.at(i)->setPixmap(
            TimelineSymbols::legendIcon(Symbols[i], size, devicePixelRatioF()));
        m_icons.at(i)->setFixedSize(size);
    }
}

void TimelineLegend::retranslate()
{
    m_heading->setText(tr("Legend"));
    const QStringList texts{
        tr("A day"),
        tr("A month or a year (no day given)"),
        tr("A span of time"),
        tr("Approximate date"),
        tr("Period"),
        tr("The visit"),
        tr("Related to the selection"),
    };
    for (int i = 0; i < m_texts.size(); ++i)
        m_texts.at(i)->setText(texts.value(i));
    setAccessibleName(tr("Timeline legend"));
    setAccessibleDescription(texts.join(QStringLiteral("; ")));
}
