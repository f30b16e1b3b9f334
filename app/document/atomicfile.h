#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

// Writes a file whole or not at all, through QSaveFile: on any failure (no such folder, no
// permission, a full disk, a killed process) the file that was there stays as it was and no
// temporary file is left beside it. Every export and every file the program writes goes
// through here.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // False after a message in `error` (when given) that names the file and the cause.
    static bool write(const QString &fileName, const QByteArray &data, QString *error);
    // The same for a file written piece by piece, never held whole: `writer` writes to the
    // device and returns false, with *error set, to leave the file as it was.
    static bool write(const QString &fileName,
                      const std::function<bool(QIODevice *, QString *)> &writer, QString *error);
};
