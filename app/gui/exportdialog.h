#pragma once

#include "document/briefing.h"
#include "export/exportoptions.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

// Asks how to export: paper size (for a PDF; a web page has none), language, and what to
// export ("export what I see"): the whole briefing, the agenda area on screen, or the events
// the timeline's filter shows. A choice that has nothing behind it (no area open, no filter) is
// disabled and says what would enable it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Pdf, Html };

    // `areaId`: the agenda area on screen, or empty; `eventIds`: the filtered events, or empty
    // when the timeline is not filtered.
    ExportDialog(Format format, BriefingPtr briefing, const QString &language,
                 const QString &areaId, const QStringList &eventIds, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The chosen options; the figure hooks are left for the caller to set.
    ExportOptions options() const;

private:
    std::unique_ptr<Ui::ExportDialog> m_ui;
    BriefingPtr m_briefing;
    QString m_areaId;
    QStringList m_eventIds;
};
