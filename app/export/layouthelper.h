#pragma once

#include <QSemaphore>
#include <QTextDocument>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

// A second thread that lays out a share of the sections. It stays until the layout is gone:
// the laid-out text keeps the glyphs it was shaped with, from fonts that thread loaded, and a
// thread's fonts go when it ends. Its documents are deleted there too, with their timers.
class LayoutHelper
{
public:
    explicit LayoutHelper(const std::function<void()> &work);
    ~LayoutHelper();
    void waitForWork();

    // Takes a document the work made, to delete it in the thread that made it.
    void adopt(std::unique_ptr<QTextDocument> document);

private:
    QSemaphore m_done;
    QSemaphore m_dismissed;
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    std::unique_ptr<QThread> m_thread;
};
