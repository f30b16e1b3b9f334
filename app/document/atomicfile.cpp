#include "document/atomicfile.h"

#include <QFileInfo>
#include <QSaveFile>

bool AtomicFile::write(const QString &fileName, const QByteArray &data, QString *error)
{
    return write(
        fileName,
        [&data](QIODevice *device, QString *) { return device->write(data) == data.size(); },
        error);
}

bool AtomicFile::write(const QString &fileName,
                       const std::function<bool(QIODevice *, QString *)> &writer, QString *error)
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
    QString failure;
    const bool written = writer(&file, &failure);
    const bool deviceFailed = file.error() != QFileDevice::NoError;
    if (!written || deviceFailed) {
        file.cancelWriting();
        if (!deviceFailed && !failure.isEmpty())
            return fail(failure);
        return fail(tr("Cannot write %1 (is the disk full?): %2").arg(name, file.errorString()));
    }
    if (!file.commit()) {
        return fail(tr("Cannot finish writing %1 (is the disk full?): %2")
                        .arg(name, file.errorString()));
    }
    return true;
}
