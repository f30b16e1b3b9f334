#pragma once

#include "document/briefing.h"

#include <QTextBrowser>

class BriefingSelection;

// Shows the page of the selected entry (see EntryHtml) and turns its links into actions:
// internal links select, web links go through LinkGate. It never follows a link itself.
// It marks the matches of the reader's search (BriefingSelection::markedText()) and opens a
// page at its first match.
class EntryDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    // What the view shows, which decides how it names itself to screen readers.
    enum class Role { Details, Overview };

    EntryDetailView(BriefingSelection *selection, Role role, QWidget *parent = nullptr);

    void setBriefing(BriefingPtr briefing, const QString &language);
    // Shows the page of `id`, or the placeholder when there is nothing to show.
    void showEntry(const QString &id);
    // Shows the briefing's overview page.
    void showOverview();
    void setPlaceholder(const QString &text) { m_placeholder = text; }
    // The entry shown; empty for the overview or the placeholder.
    const QString &entryId() const { return m_id; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Shows { Placeholder, Entry, Overview };

    // Builds the page again, for the same entry or the overview.
    void render();
    // Brings the first marked match into view.
    void revealMatch();
    void followLink(const QUrl &url);
    void retranslate();

    BriefingSelection *m_selection;
    Role m_role;
    BriefingPtr m_briefing;
    QString m_language;
    QString m_placeholder;
    QString m_id;
    Shows m_shows = Shows::Placeholder;
};
