#pragma once

#include "briefing.h"
#include "problem.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class AgendaModel;
class BackgroundModel;
class BriefingSelection;
class EntryListPage;
class EventModel;
class OverviewPage;
class TensionModel;

// The reader's window: a tab for the overview, one per agenda area, the tensions, the
// background and the timeline, all built from the document and following one selection.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads `fileName` and shows it. A file that fails to load changes nothing on screen but
    // a dialog listing its problems; returns false then.
    bool openFile(const QString &fileName);
    void setBriefing(BriefingPtr briefing, const QString &fileName);

    // Shows the tab named `key`: "overview", "tensions", "background", "timeline", or an
    // agenda area's id. Returns false when there is no such tab.
    bool showTab(const QString &key);
    QString currentTabKey() const;
    QStringList tabKeys() const;

    const BriefingPtr &briefing() const { return m_briefing; }
    const QString &fileName() const { return m_fileName; }
    BriefingSelection *selection() const { return m_selection; }

Q_SIGNALS:
    // A file could not be opened; the problems are also shown in a dialog.
    void openFailed(const QString &fileName, const Problems &problems);

private:
    void rebuildTabs();
    void addTab(QWidget *page, const QString &key, const QString &title);
    void followSelection(const QString &id);
    void updateHistoryActions();
    void chooseFile();
    void reload();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    BriefingSelection *m_selection;
    AgendaModel *m_agendaModel;
    TensionModel *m_tensionModel;
    EventModel *m_eventModel;
    BackgroundModel *m_backgroundModel;
    BriefingPtr m_briefing;
    QString m_fileName;
    QString m_language = QStringLiteral("en");
};
