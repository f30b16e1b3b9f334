#include "document/briefingreader.h"
#include "gui/bundledfonts.h"
#include "gui/languagemanager.h"
#include "gui/searchpanel.h"
#include "models/entryroles.h"
#include "models/searchresultmodel.h"
#include "models/textfolder.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTest>
#include <QTreeView>

// The search panel as a reader sees it: each result shows the words where the match is, in the
// width the panel opens at, in every language; the count is written in the language's digits.
class TestSearchPanel : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_builtIn;

    // What the results' text column shows of a row: the snippet cut to the column's width as
    // the view cuts it.
    static QString visibleSnippet(const QTreeView *view, const QModelIndex &index)
    {
        const QModelIndex snippet = index.siblingAtColumn(SearchResultModel::SnippetColumn);
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        return view->fontMetrics().elidedText(snippet.data().toString(), view->textElideMode(),
                                              view->visualRect(snippet).width() - 2 * margin);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(BundledFonts::install());
        m_builtIn = BriefingReader::readFile(BriefingReader::builtInFileName()).briefing;
        QVERIFY(m_builtIn);
    }

    // A word at the end of a long text (the last of the strained years' background) is in view
    // in its result, in English, Azerbaijani and Persian.
    void theMatchIsInView_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("term");
        QTest::newRow("English") << u"en"_qs << u"expelled"_qs;
        QTest::newRow("Azerbaijani") << u"az"_qs << u"diplomatı"_qs;
        QTest::newRow("Persian") << u"fa"_qs << u"اخراج"_qs;
    }

    void theMatchIsInView()
    {
        QFETCH(QString, language);
        QFETCH(QString, term);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        SearchPanel panel;
        panel.setLayoutDirection(QLocale(language).textDirection());
        panel.setBriefing(m_builtIn, language);
        panel.resize(panel.sizeHint().width(), 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *field = panel.findChild<QLineEdit *>(u"searchField"_qs);
        auto *view = panel.findChild<QTreeView *>(u"searchResults"_qs);
        field->insert(term);
        QModelIndex hit;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(EntryRoles::IdRole) == u"bg-strained-years"_qs)
                hit = view->model()->index(row, 0);
        }
        QVERIFY(hit.isValid());
        const QString text = m_builtIn->text(m_builtIn->entry(u"bg-strained-years"_qs)->text, language).text;
        QVERIFY(TextFolder::fold(text).lastIndexOf(TextFolder::fold(term)) > text.size() * 3 / 4);
        const QString visible = visibleSnippet(view, hit);
        QVERIFY2(TextFolder::fold(visible).contains(TextFolder::fold(term)), qPrintable(visible));
    }

    // "۳ نتیجه", not "3 نتیجه".
    void theCountIsInTheLanguagesDigits()
    {
        LanguageManager languages;
        QVERIFY(languages.setLanguage(u"fa"_qs));
        SearchPanel panel;
        panel.setBriefing(m_builtIn, u"fa"_qs);
        panel.findChild<QLineEdit *>(u"searchField"_qs)->insert(u"باکو"_qs);
        const int count = panel.results()->rowCount();
        QVERIFY(count > 1);
        const QString status = panel.findChild<QLabel *>(u"searchStatus"_qs)->text();
        QVERIFY2(status.contains(QLocale(u"fa"_qs).toString(count)), qPrintable(status));
        QVERIFY2(!status.contains(QRegularExpression(u"[0-9]"_qs)), qPrintable(status));
        QVERIFY(languages.setLanguage(u"en"_qs));
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
