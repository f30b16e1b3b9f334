#include "document/atomicfile.h"

#include <QFileInfo>
#include <QSaveFile>

bool AtomicFile::write(const QString &fileName, const QByteArray &data, QString *error)
{
    QSaveFile file(fileName);
    const QString name = QFileInfo(fileName).absoluteFilePath();
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(name, file.errorString()));
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return fail(tr("Cannot write %1 (is the disk full?): %2").arg(name, file.errorString()));
    }
    if (!file.commit()) {
        return fail(tr("Cannot finish writing %1 (is the disk full?): %2")
                        .arg(name, file.errorString()));
    }
    return true;
}
