#include "gui/entrydetailview.h"

#include "gui/linkgate.h"
#include "models/briefingselection.h"
#include "models/entryhtml.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>

EntryDetailView::EntryDetailView(BriefingSelection *selection, Role role, QWidget *parent)
    : QTextBrowser(parent), m_selection(selection), m_role(role)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setObjectName(role == Role::Overview ? QStringLiteral("overview") : QStringLiteral("detail"));
    connect(this, &QTextBrowser::anchorClicked, this, &EntryDetailView::followLink);
    // A search gone to, closed or cleared: the same page, its matches marked or not, where the
    // reader had scrolled to, and a new first match in view.
    connect(m_selection, &BriefingSelection::markedTextChanged, this, [this] {
        const int scrolled = verticalScrollBar()->value();
        render();
        verticalScrollBar()->setValue(scrolled);
        revealMatch();
    });
    retranslate();
}

void EntryDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTextBrowser::changeEvent(event);
}

void EntryDetailView::retranslate()
{
    if (m_role == Role::Overview) {
        setAccessibleName(tr("Overview"));
        setAccessibleDescription(tr("The visit at a glance: who visits whom, where and when, "
                                    "the programme, the expected outcomes, the open tensions, "
                                    "the people, the purpose and the sources"));
        return;
    }
    setAccessibleName(tr("Details"));
    setAccessibleDescription(tr("The selected entry: its text, places, related entries and "
                                "sources"));
    setPlaceholderText(tr("Select an entry to read it here."));
}

void EntryDetailView::setBriefing(BriefingPtr briefing, const QString &language)
{
    m_briefing = std::move(briefing);
    m_language = language;
}

void EntryDetailView::showEntry(const QString &id)
{
    m_id = id;
    m_shows = Shows::Entry;
    render();
    revealMatch();
}

void EntryDetailView::showOverview()
{
    m_id.clear();
    m_shows = Shows::Overview;
    render();
    revealMatch();
}

void EntryDetailView::render()
{
    QString html;
    if (m_briefing && m_shows != Shows::Placeholder) {
        EntryHtml page(m_briefing, m_language);
        page.markMatches(m_selection->markedText());
        html = m_shows == Shows::Overview ? page.overview()
            : m_id.isEmpty()              ? QString()
                                          : page.entry(m_id);
    }
    if (html.isEmpty()) {
        m_id.clear();
        m_shows = Shows::Placeholder;
        setPlainText(m_placeholder);
    } else {
        setHtml(html);
    }
}

void EntryDetailView::revealMatch()
{
    if (m_selection->markedText().isEmpty())
        return;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorNames().contains(QStringLiteral("match"))) {
                QTextCursor cursor(document());
                cursor.setPosition(fragment.position());
                setTextCursor(cursor);
                ensureCursorVisible();
                return;
            }
        }
    }
}

void EntryDetailView::followLink(const QUrl &url)
{
    const QString id = EntryHtml::idFromLink(url);
    if (!id.isEmpty()) {
        // A page may show an entry the reader never chose (its first); it goes into the
        // history first, so that Back returns to it from wherever the link leads.
        if (!m_id.isEmpty())
            m_selection->select(m_id);
        m_selection->select(id);
    }
    else
        LinkGate::open(this, url);
}
