#include "gui/linkgate.h"

#include <QDesktopServices>
#include <QTest>

// The one gate links leave the program through: only web addresses, and only after the reader
// has seen them and agreed.
class TestLinkGate : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void record(const QUrl &url) { m_opened.append(url); }

private:
    static QStringList schemes()
    {
        return {u"http"_qs, u"https"_qs, u"file"_qs, u"javascript"_qs, u"data"_qs, u"smb"_qs,
                u"ftp"_qs, u"mailto"_qs, u"tel"_qs, u"ssh"_qs, u"vnc"_qs, u"sftp"_qs, u"nfs"_qs,
                u"chrome"_qs, u"about"_qs, u"jar"_qs, u"vbscript"_qs, u"ms-settings"_qs,
                u"zoommtg"_qs};
    }

    QList<QUrl> m_opened;

private Q_SLOTS:
    void initTestCase()
    {
        // Every scheme the desktop could be asked to open ends up here instead.
        for (const QString &scheme : schemes())
            QDesktopServices::setUrlHandler(scheme, this, "record");
    }

    void cleanupTestCase()
    {
        for (const QString &scheme : schemes())
            QDesktopServices::unsetUrlHandler(scheme);
    }

    void init() { m_opened.clear(); }

    void hostileAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("address");
        const char *const addresses[] = {
            "file:///etc/passwd",
            "file:///home/user/.ssh/id_rsa",
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "data:application/x-desktop;base64,W0Rlc2t0b3AgRW50cnld",
            "smb://attacker.example/share/payload.desktop",
            "ftp://example.org/file",
            "mailto:someone@example.org",
            "tel:+10000000000",
            "ssh://host.example",
            "vbscript:msgbox(1)",
            "ms-settings:privacy",
            "zoommtg://zoom.us/join",
            "/usr/share/applications/evil.desktop",
            "evil.desktop",
            "//example.org/no-scheme",
            "https://",
            "https://user:password@example.org/",
            "http:///etc/passwd",
            "about:blank",
            "chrome://settings",
        };
        for (const char *address : addresses)
            QTest::newRow(address) << QString::fromLatin1(address);
    }

    void hostileAddressesAreRefused()
    {
        QFETCH(QString, address);
        const QUrl url(address);
        QVERIFY(!LinkGate::isAllowed(url));
        LinkGate::setNextAnswer(QMessageBox::Ok); // the refusal message is acknowledged
        QVERIFY(!LinkGate::open(nullptr, url));
        QVERIFY(m_opened.isEmpty());
    }

    void lookAlikesAreShownEncoded()
    {
        // A Cyrillic "а" in the host and a right-to-left override pass as web addresses, but
        // the reader is shown the encoded form before anything opens, and can decline.
        const QUrl lookAlike(u"https://ex\u0430mple.org/\u202Egpj.exe"_qs);
        QVERIFY(LinkGate::isAllowed(lookAlike));
        QVERIFY(QString::fromLatin1(lookAlike.toEncoded()).contains(u"xn--"_qs));
        QVERIFY(!QString::fromLatin1(lookAlike.toEncoded()).contains(QChar(0x202E)));
        LinkGate::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!LinkGate::open(nullptr, lookAlike));
        QVERIFY(m_opened.isEmpty());
    }

    void webAddressesOpenAfterConsent()
    {
        const QUrl url(u"https://jam-news.net/iranian-presidents-visit-to-azerbaijan/"_qs);
        LinkGate::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!LinkGate::open(nullptr, url));
        QVERIFY(m_opened.isEmpty());
        LinkGate::setNextAnswer(QMessageBox::Open);
        QVERIFY(LinkGate::open(nullptr, url));
        QCOMPARE(m_opened, QList<QUrl>{url});
    }
};

QTEST_MAIN(TestLinkGate)
#include "tst_linkgate.moc"
