#include "document/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// The one writer every export goes through (PDF, HTML, TimelineJS): a file is written whole or
// not at all, and a failure says which file and why. The TimelineJS writer had its own copy,
// whose message named the file as given and left out the cause of a short write.
class TestAtomicFile : public QObject
{
    Q_OBJECT

    static QByteArray contents(const QString &fileName)
    {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void writesAndReplacesWholeFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"briefing.json"_qs);
        QString error;
        QVERIFY2(AtomicFile::write(file, "first", &error), qPrintable(error));
        QCOMPARE(contents(file), QByteArray("first"));
        QVERIFY2(AtomicFile::write(file, "second, longer", &error), qPrintable(error));
        QCOMPARE(contents(file), QByteArray("second, longer"));
        // Nothing but the file itself is left in the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"briefing.json"_qs});
    }

    void aMissingFolderIsNamedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"missing/out.pdf"_qs);
        QString error;
        QVERIFY(!AtomicFile::write(file, "data", &error));
        QVERIFY2(error.contains(QFileInfo(file).absoluteFilePath()), qPrintable(error));
        QVERIFY2(error.size() > QFileInfo(file).absoluteFilePath().size() + 15, qPrintable(error));
        QVERIFY(!QFileInfo::exists(file));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{});
    }

    void aFolderInTheWayIsKept()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"out.pdf"_qs);
        QVERIFY(QDir().mkdir(file));
        QFile kept(file + u"/keep.txt"_qs);
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.close();
        QString error;
        QVERIFY(!AtomicFile::write(file, "data", &error));
        QVERIFY(error.contains(file));
        QVERIFY(QFileInfo(file).isDir());
        QVERIFY(QFileInfo::exists(file + u"/keep.txt"_qs));
    }

    void aFileInTheWayOfAFolderIsKept()
    {
        // Writing below a file that stands where a folder should be fails, and the file that
        // was there keeps its bytes.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"notes"_qs);
        QVERIFY(AtomicFile::write(blocker, "old notes", nullptr));
        QVERIFY(!AtomicFile::write(blocker + u"/out.pdf"_qs, "data", nullptr));
        QCOMPARE(contents(blocker), QByteArray("old notes"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
