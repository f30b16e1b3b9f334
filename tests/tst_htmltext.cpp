#include "document/htmltext.h"

#include <QTest>

// The tag stripper that stands between web timeline HTML and the briefing's plain text: no
// markup survives, nothing is loaded, and only web addresses are accepted as links.
class TestHtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toPlainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Just text"_qs << u"Just text"_qs;
        QTest::newRow("inline tags") << u"a <b>bold</b> <i>move</i>"_qs << u"a bold move"_qs;
        QTest::newRow("paragraphs") << u"<p>One</p><p>Two</p>"_qs << u"One\n\nTwo"_qs;
        QTest::newRow("line break") << u"One<br>Two<br/>Three"_qs << u"One\nTwo\nThree"_qs;
        QTest::newRow("white space collapses") << u"  a \n\t b  "_qs << u"a b"_qs;
        QTest::newRow("named entities") << u"R&amp;D &lt;b&gt; &quot;q&quot; &mdash; &nbsp;x"_qs
                                        << u"R&D <b> \"q\" \u2014 \u00a0x"_qs;
        QTest::newRow("numeric entities") << u"&#1576;&#x627;&#x6A9;&#1608;"_qs << u"باکو"_qs;
        QTest::newRow("unknown entity stays") << u"&bogus; &#0; &#xD800;"_qs
                                              << u"&bogus; &#0; &#xD800;"_qs;
        QTest::newRow("script and style dropped")
            << u"a<script>alert('x')</script>b<style>p{}</style>c"_qs << u"abc"_qs;
        QTest::newRow("comment dropped") << u"a<!-- <b>hidden</b> -->b"_qs << u"ab"_qs;
        QTest::newRow("image is nothing") << u"x<img src=\"/dev/zero\">y"_qs << u"xy"_qs;
        QTest::newRow("lone less-than") << u"3 < 4"_qs << u"3 < 4"_qs;
        QTest::newRow("list items") << u"<ul><li>a</li><li>b</li></ul>"_qs << u"a\nb"_qs;
        QTest::newRow("unterminated tag") << u"a <b title=\"x"_qs << u"a"_qs;
    }

    void toPlainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlText::toPlainText(html).text, text);
    }

    void links()
    {
        const auto result = HtmlText::toPlainText(
            u"<a href='https://example.org/a?x=1&amp;y=2'>First <b>link</b></a> and "
            "<a href=javascript:alert(1)>bad</a> <a name=x>anchor</a>"_qs);
        QCOMPARE(result.text, u"First link and bad anchor"_qs);
        QCOMPARE(result.links.size(), 2);
        QCOMPARE(result.links.at(0).href, u"https://example.org/a?x=1&y=2"_qs);
        QCOMPARE(result.links.at(0).label, u"First link"_qs);
        QCOMPARE(result.links.at(1).href, u"javascript:alert(1)"_qs);
    }

    void capturedClasses()
    {
        const auto result = HtmlText::toPlainText(
            u"<p>Body</p><p class=\"briefing-note\">A <i>caveat</i></p>"
            "<p class=\"x briefing-sources\">Sources: <a href=\"https://e.org/\">E</a></p>"_qs,
            {u"briefing-note"_qs, u"briefing-sources"_qs});
        QCOMPARE(result.text, u"Body"_qs);
        QCOMPARE(result.classed.value(u"briefing-note"_qs), u"A caveat"_qs);
        QCOMPARE(result.classed.value(u"briefing-sources"_qs), u"Sources: E"_qs);
        QCOMPARE(result.links.size(), 1);
    }

    void hostileInputStaysLinear()
    {
        // Quadratic work on these would take minutes; each must finish in one pass.
        const QString ampersands(500'000, u'&');
        QCOMPARE(HtmlText::toPlainText(ampersands).text.size(), ampersands.size());
        const QString nested = u"<i>x"_qs.repeated(100'000) + u"</p>"_qs.repeated(100'000);
        QCOMPARE(HtmlText::toPlainText(nested).text, QString(100'000, u'x'));
    }

    void fromPlainTextRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup characters") << u"<b>not bold</b> & \"quoted\" 'single'"_qs;
        QTest::newRow("paragraphs and lines") << u"One\nline two\n\nParagraph two"_qs;
        QTest::newRow("persian") << u"سفر رسمی به باکو"_qs;
    }

    void fromPlainTextRoundTrip()
    {
        QFETCH(QString, text);
        const QString html = HtmlText::fromPlainText(text);
        QVERIFY(!html.contains(u"<b>"_qs));
        QCOMPARE(HtmlText::toPlainText(html).text, text);
    }

    // The one escaper of document text, for text and for attribute values in either kind of
    // quotes. The detail pane's copy left the apostrophe as it was.
    // A paragraph reads in the direction of its own text (its first strong letter), whatever
    // the interface's: a Persian sentence under English keeps its full stop at its end.
    void paragraphDirection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tag");
        QTest::newRow("English") << u"The talks began."_qs << u"<p dir=\"ltr\">"_qs;
        QTest::newRow("Persian") << u"گفت‌وگوها آغاز شد."_qs << u"<p dir=\"rtl\">"_qs;
        QTest::newRow("Persian after digits") << u"۲۸ اردیبهشت: دیدار"_qs << u"<p dir=\"rtl\">"_qs;
        QTest::newRow("English after a quote") << u"«Baku» talks"_qs << u"<p dir=\"ltr\">"_qs;
        QTest::newRow("digits only") << u"2025 – 2026"_qs << u"<p>"_qs;
    }

    void paragraphDirection()
    {
        QFETCH(QString, text);
        QFETCH(QString, tag);
        QCOMPARE(HtmlText::paragraphStart(text), tag);
        QVERIFY(HtmlText::fromPlainText(text).startsWith(tag));
    }

    void escape_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("markup") << u"<b>x</b>"_qs << u"&lt;b&gt;x&lt;/b&gt;"_qs;
        QTest::newRow("ampersand first") << u"&lt;"_qs << u"&amp;lt;"_qs;
        QTest::newRow("double quote") << u"a \"b\""_qs << u"a &quot;b&quot;"_qs;
        QTest::newRow("apostrophe (used to differ)") << u"a href='file:'"_qs
                                                     << u"a href=&#39;file:&#39;"_qs;
        QTest::newRow("Persian and ZWNJ unchanged") << u"می\u200Cشود"_qs << u"می\u200Cشود"_qs;
    }

    void escape()
    {
        QFETCH(QString, plain);
        QFETCH(QString, escaped);
        QCOMPARE(HtmlText::escape(plain), escaped);
        QCOMPARE(HtmlText::decodeEntities(escaped), plain);
    }
};

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
