#pragma once

// The gui/ folder: the window, its pages and dialogs, settings, the command line and the
// language switch; gui/map/ and gui/timeline/ hold the two views. This is its main header.

#include "document/briefing.h"
#include "document/problem.h"
#include "export/exportoptions.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

class AgendaModel;
class AppSettings;
class BackgroundModel;
class BriefingSelection;
class EntryListPage;
class EventModel;
class ExportNotice;
class GeoJsonLayer;
class LanguageManager;
class ManualDialog;
class MapPage;
class QDockWidget;
class QFileSystemWatcher;
class QTimer;
class SearchPanel;
class StatusLine;
class TensionModel;

// The reader's window: a tab for the overview, one per agenda area, the tensions, the
// background, the timeline and the map, all built from the document and following one
// selection; a search panel over the whole briefing; a status line that says what the tab
// shows; files opened, reopened and watched.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads `fileName` and shows it. A file that fails to load changes nothing on screen but
    // a dialog listing its problems; returns false then.
    bool openFile(const QString &fileName);
    // Reads a GeoJSON file and draws it over the map of the open briefing until another
    // briefing is opened. A file with errors adds nothing but the dialog; returns false then.
    bool addMapLayer(const QString &fileName);
    void removeMapLayers();
    void setBriefing(BriefingPtr briefing, const QString &fileName);

    // Shows the tab named `key`: "overview", "tensions", "background", "timeline", "map", or
    // an agenda area's id. Returns false when there is no such tab.
    bool showTab(const QString &key);
    QString currentTabKey() const;
    QStringList tabKeys() const;
    // The map tab of the open document.
    MapPage *mapPage() const;
    // Go > Show on Map / Show on Timeline: the tab, zoomed to the places or the events of the
    // selection. False (and nothing changes) when the selection has none.
    bool showSelectionOnMap();
    bool showSelectionOnTimeline();

    // Switches to the remembered language; done first at start, so that all the start says
    // is in the reader's language.
    void restoreLanguage();
    // Restores the window and the last tab from the settings; returns the warning about a
    // damaged settings file, if there was one.
    QString restoreSettings();

    // Switches the interface and the briefing's text to `language` ("en", "az", "fa") at once.
    bool setLanguage(const QString &language);
    const QString &language() const { return m_language; }

    // Export options for what the reader sees in `language` (the export's, which the export
    // dialog may have set to another than the window's): the timeline and map figures painted
    // by the views themselves, their names and digits in that language.
    ExportOptions exportOptions(const QString &language) const;
    // Writes the open briefing as a PDF (or, `pdf` false, a web page), every word of it in
    // `options.language`, the program's own included, whatever the window's language.
    bool exportTo(const QString &fileName, const ExportOptions &options, bool pdf,
                  QString *error);

    const BriefingPtr &briefing() const { return m_briefing; }
    const QString &fileName() const { return m_fileName; }
    BriefingSelection *selection() const { return m_selection; }
    const QStringList &recentFiles() const;

    // The size of the reading panes' text, in percent (see TextSize); remembered across runs.
    int textSize() const;
    void setTextSize(int percent);

Q_SIGNALS:
    // A file could not be opened; the problems are also shown in a dialog.
    void openFailed(const QString &fileName, const Problems &problems);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuildTabs();
    // `fallbackLabel`: the fallback mark of a title in another language than the window's.
    void addTab(QWidget *page, const QString &key, const QString &title,
                const QString &fallbackLabel = {});
    void updateTabMenu();
    // The status bar's line about what the current tab shows.
    void updateStatusLine();
    // The list on a tab's page, when the page has one and is built.
    static EntryListPage *listOf(QWidget *tabPage);
    void updateRecentMenu();
    void updateToolBarTexts();
    void updateIcons();
    void updateWindowTitle();
    void updateLanguageMenu();
    void applyLanguage(const QString &language);
    void followSelection(const QString &id);
    void updateHistoryActions();
    void updateShowActions();
    // The page of the tab `key`, built now if it was not yet; null when there is no such tab.
    QWidget *tabPage(const QString &key) const;
    // Right-clicking an entry of the page's list offers Show on Map and Show on Timeline.
    void addListActions(EntryListPage *page);
    void chooseFile();
    void chooseMapLayer();
    void reload();
    void fileChangedOnDisk();
    void watch(const QString &fileName);
    void showSearch();
    SearchPanel *searchPanel();
    // Tells why a file was not opened: on the command line (openFailed) and in a dialog; what
    // is open stays open.
    void refuse(const QString &fileName, const Problems &problems);
    void showWarnings();
    void exportInteractively(bool pdf);
    void exportTimelineJs();
    void print(bool preview);
    void showAbout();
    void showManual();
    void showShortcuts();
    // Offers to open what an export has just written.
    void exported(const QString &fileName);
    void saveSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<AppSettings> m_settings;
    LanguageManager *m_languages;
    BriefingSelection *m_selection;
    AgendaModel *m_agendaModel;
    TensionModel *m_tensionModel;
    EventModel *m_eventModel;
    BackgroundModel *m_backgroundModel;
    SearchPanel *m_search = nullptr;
    ExportNotice *m_exportNotice;
    QPointer<ManualDialog> m_manual;
    QDockWidget *m_searchDock;
    StatusLine *m_statusLine = nullptr;
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
    BriefingPtr m_briefing;
    QList<std::shared_ptr<const GeoJsonLayer>> m_mapLayers;
    QString m_fileName;
    Problems m_warnings; // the open file's warnings and their notes
    QString m_language = QStringLiteral("en");
};
