#include "gui/deferredpage.h"

#include <QVBoxLayout>

DeferredPage::DeferredPage(Factory factory, QWidget *parent)
    : QWidget(parent), m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *DeferredPage::page()
{
    if (!m_page) {
        m_page = m_factory();
        m_page->setObjectName(objectName());
        layout()->addWidget(m_page);
        // At its size and on screen at once, not after the next turn of the event loop.
        layout()->activate();
        if (isVisible())
            m_page->show();
        Q_EMIT built(m_page);
    }
    return m_page;
}

void DeferredPage::showEvent(QShowEvent *event)
{
    page();
    QWidget::showEvent(event);
}
