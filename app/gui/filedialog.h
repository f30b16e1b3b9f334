#pragma once

#include <QString>

class QWidget;

// Asks for a file to write, as QFileDialog::getSaveFileName does, with a test seam: a test
// names the answer beforehand instead of facing a modal dialog.
class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);

    // Test seam: the next question is answered with `fileName` (empty: cancelled) instead of
    // being asked.
    static void setNextFileName(const QString &fileName);
};
