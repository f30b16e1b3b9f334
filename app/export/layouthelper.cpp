#include "export/layouthelper.h"

LayoutHelper::LayoutHelper()
    : m_thread(QThread::create([this] {
          for (;;) {
              m_start.acquire();
              m_documents.clear();
              if (!m_work)
                  return;
              m_work();
              m_done.release();
          }
      }))
{
    m_thread->start();
}

LayoutHelper::~LayoutHelper()
{
    m_work = nullptr;
    m_start.release();
    m_thread->wait();
}

void LayoutHelper::run(const std::function<void()> &work)
{
    m_work = work;
    m_start.release();
}

void LayoutHelper::waitForWork()
{
    m_done.acquire();
}

void LayoutHelper::adopt(std::unique_ptr<QTextDocument> document)
{
    if (document)
        m_documents.push_back(std::move(document));
}

bool LayoutHelper::holdsDocuments() const
{
    return !m_documents.empty();
}
