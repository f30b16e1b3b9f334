#include "gui/exportnotice.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace {

ExportNotice::Opener opener;

} // namespace

void ExportNotice::setOpener(Opener newOpener)
{
    opener = std::move(newOpener);
}

ExportNotice::ExportNotice(QWidget *parent)
    : QFrame(parent),
      m_text(new QLabel(this)),
      m_open(new QPushButton(this)),
      m_showFolder(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("exportNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    // A file name is data: never read as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("exportNoticeText"));
    m_open->setObjectName(QStringLiteral("exportNoticeOpen"));
    m_showFolder->setObjectName(QStringLiteral("exportNoticeShowFolder"));
    m_close->setObjectName(QStringLiteral("exportNoticeClose"));
    m_close->setFlat(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_showFolder);
    layout->addWidget(m_close);

    connect(m_open, &QPushButton::clicked, this,
            [this] { open(QUrl::fromLocalFile(m_fileName)); });
    connect(m_showFolder, &QPushButton::clicked, this,
            [this] { open(QUrl::fromLocalFile(QFileInfo(m_fileName).absolutePath())); });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void ExportNotice::showFor(const QString &fileName)
{
    m_fileName = QFileInfo(fileName).absoluteFilePath();
    retranslate();
    show();
}

void ExportNotice::open(const QUrl &url)
{
    if (opener)
        opener(url);
    else
        QDesktopServices::openUrl(url);
    hide();
}

void ExportNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ExportNotice::retranslate()
{
    // Isolated, so that a Latin name keeps its place in a Persian sentence.
    m_text->setText(tr("Wrote %1.").arg(QChar(0x2068) + QFileInfo(m_fileName).fileName()
                                        + QChar(0x2069)));
    m_text->setToolTip(m_fileName);
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open the file with the desktop's program for it"));
    m_showFolder->setText(tr("Show in Folder"));
    m_showFolder->setToolTip(tr("Open the folder that holds the file"));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
}
