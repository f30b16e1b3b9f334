#include "document/weblink.h"

#include <QTest>
#include <QUrl>

// The one rule for a link, which the validator, the importers, the detail pane, the exporter
// and the browser gate all ask. The rows marked "used to differ" are addresses on which those
// places once disagreed, each with its own copy of the rule.
class TestWebLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isWebAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("web");
        QTest::newRow("https") << u"https://example.org/a"_qs << true;
        QTest::newRow("http") << u"http://example.org/"_qs << true;
        QTest::newRow("upper-case scheme (used to differ)") << u"HTTP://example.org"_qs << true;
        QTest::newRow("Unicode host") << u"https://bakı.az/"_qs << true;
        QTest::newRow("user and password (used to differ)")
            << u"https://user:secret@example.org/"_qs << false;
        QTest::newRow("no host (used to differ)") << u"https:///path"_qs << false;
        QTest::newRow("space (used to differ)") << u"https://example.org/a b"_qs << false;
        QTest::newRow("quote") << u"https://example.org/\"x"_qs << false;
        QTest::newRow("spaces around (used to differ)") << u" https://example.org/ "_qs << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_qs << false;
        QTest::newRow("file") << u"file:///etc/passwd"_qs << false;
        QTest::newRow("ftp") << u"ftp://example.org/"_qs << false;
        QTest::newRow("data") << u"data:text/html,<b>x</b>"_qs << false;
        QTest::newRow("mailto") << u"mailto:desk@example.org"_qs << false;
        QTest::newRow("relative") << u"images/photo.jpg"_qs << false;
        QTest::newRow("absolute path") << u"/etc/passwd"_qs << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isWebAddress()
    {
        QFETCH(QString, address);
        QFETCH(bool, web);
        QCOMPARE(WebLink::isWebAddress(address), web);
        // A QUrl the program already holds (a clicked link) is judged the same way.
        const QUrl url(address, QUrl::StrictMode);
        if (url.isValid())
            QCOMPARE(WebLink::isWebAddress(url), web);
        // Only a web address becomes a link target.
        QCOMPARE(!WebLink::target(address).isEmpty(), web);
    }

    void targetIsPercentEncoded_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("target");
        QTest::newRow("plain") << u"https://example.org/x?a=1#b"_qs << u"https://example.org/x?a=1#b"_qs;
        QTest::newRow("scheme in lower case") << u"HTTPS://example.org/"_qs
                                              << u"https://example.org/"_qs;
        QTest::newRow("letters beyond ASCII") << u"https://example.org/ä/"_qs
                                              << u"https://example.org/%C3%A4/"_qs;
        QTest::newRow("Unicode host as punycode") << u"https://bakı.az/"_qs
                                                  << u"https://xn--bak-lua.az/"_qs;
    }

    void targetIsPercentEncoded()
    {
        QFETCH(QString, address);
        QFETCH(QString, target);
        QCOMPARE(WebLink::target(address), target);
    }

    // A list shows a long address by its start and end; a short one whole.
    void shortened_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("expected");
        const QString site = u"https://example.org/"_qs;
        QTest::newRow("short") << site << site;
        const QString longest = site + QString(WebLink::MaxShownLength - site.size(), u'a');
        QTest::newRow("at the limit") << longest << longest;
        const QString address = site + QString(1980, u'a') + u"/end.html"_qs;
        QTest::newRow("2,000 characters")
            << address
            << (address.left(WebLink::MaxShownLength - 41) + QChar(0x2026) + address.right(40));
        // A letter of four bytes (U+1F30D) across either cut stays whole.
        const QString globe = u"\U0001F30D"_qs;
        const qsizetype before = WebLink::MaxShownLength - 41 - 1 - site.size();
        const QString wide = site + QString(before, u'b') + globe + QString(1000, u'c') + globe
            + QString(39, u'd');
        QTest::newRow("four-byte letters at the cuts")
            << wide << (site + QString(before, u'b') + QChar(0x2026) + QString(39, u'd'));
    }

    void shortened()
    {
        QFETCH(QString, shown);
        QFETCH(QString, expected);
        const QString result = WebLink::shortened(shown);
        QCOMPARE(result, expected);
        QVERIFY(result.size() <= WebLink::MaxShownLength);
    }
};

QTEST_GUILESS_MAIN(TestWebLink)
#include "tst_weblink.moc"
