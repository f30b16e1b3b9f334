#include "gui/filedialog.h"

#include <QFileDialog>

#include <optional>

namespace {

std::optional<QString> nextFileName;

} // namespace

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                    const QString &filter)
{
    if (nextFileName) {
        const QString answer = *nextFileName;
        nextFileName.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}
