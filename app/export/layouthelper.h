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
    LayoutHelper();
    ~LayoutHelper();

    // Runs `work` in the thread, after deleting the documents adopted since the last run;
    // waitForWork() waits for it to end. One piece of work at a time.
    void run(const std::function<void()> &work);
    void waitForWork();

    // Takes a document the work made, to delete it in the thread that made it: when the next
    // work starts, or when the helper goes. Only while no work runs.
    void adopt(std::unique_ptr<QTextDocument> document);
    bool holdsDocuments() const;

private:
    QSemaphore m_start;
    QSemaphore m_done;
    std::function<void()> m_work; // empty: the helper is dismissed
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    std::unique_ptr<QThread> m_thread;
};
