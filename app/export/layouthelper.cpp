#include "export/layouthelper.h"

LayoutHelper::LayoutHelper(const std::function<void()> &work)
    : m_thread(QThread::create([this, work] {
          work();
          m_done.release();
          m_dismissed.acquire();
          m_documents.clear();
      }))
{
    m_thread->start();
}

LayoutHelper::~LayoutHelper()
{
    m_dismissed.release();
    m_thread->wait();
}

void LayoutHelper::waitForWork()
{
    m_done.acquire();
}

void LayoutHelper::adopt(std::unique_ptr<QTextDocument> document)
{
    m_documents.push_back(std::move(document));
}
