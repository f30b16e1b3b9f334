#include "gui/manualdialog.h"

#include "gui/linkgate.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

ManualDialog::ManualDialog(const QString &language, QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manualDialog"));
    m_browser->setObjectName(QStringLiteral("manualText"));
    // The page is the program's own; still, a link leaves it only through LinkGate.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ManualDialog::followLink);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(640, 720);
    setLanguage(language);
}

QString ManualDialog::resourcePath(const QString &language)
{
    return QStringLiteral(":/manual/manual_%1.html").arg(language);
}

void ManualDialog::setLanguage(const QString &language)
{
    m_language = QFile::exists(resourcePath(language)) ? language : QStringLiteral("en");
    setWindowTitle(tr("Briefing Viewer Manual"));
    m_browser->setAccessibleName(tr("Manual"));
    m_browser->setSource(QUrl(QStringLiteral("qrc") + resourcePath(m_language)),
                         QTextDocument::HtmlResource);
}

void ManualDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Briefing Viewer Manual"));
    QDialog::changeEvent(event);
}

void ManualDialog::followLink(const QUrl &url)
{
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        LinkGate::open(this, url);
        return;
    }
    // A section of this page: "#search", or the page's own address with a fragment.
    if (!url.fragment().isEmpty()
        && (url.path().isEmpty() || url.path() == m_browser->source().path()))
        m_browser->scrollToAnchor(url.fragment());
}
