#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// A streaming pass over JSON text that sees what QJsonDocument hides: byte positions,
// duplicate keys, nesting depth and oversized strings. The reader runs it before handing
// the text to QJsonDocument, and again, only when there are problems, to find where the
// values that the validator names by JSON path stand in the text.
class JsonScanner
{
    Q_DECLARE_TR_FUNCTIONS(JsonScanner)

public:
    struct Limits
    {
        int maxDepth = 64;
        qsizetype maxStringBytes = 4 * 1000 * 1000; // about 1,000,000 characters of any script
    };

    struct Failure
    {
        qsizetype offset = 0; // byte offset into the text
        QString message;
        QString path;         // JSON Pointer of the value concerned, where there is one
    };

    // A key given a second time in one object. JavaScript's JSON.parse, and so the web tools
    // whose files the program imports, keep the value given last; so does QJsonDocument.
    struct RepeatedKey
    {
        qsizetype offset = 0; // byte offset of the repeated key
        QString key;
        QString path;         // JSON Pointer of the value it names
    };

    // Checks that `data` is one well-formed JSON value in UTF-8 within `limits`, with no
    // duplicate keys. Returns the first failure, or nothing when the text is sound. With
    // `repeated`, a duplicate key is no failure: it is listed there and the check goes on.
    static std::optional<Failure> check(const QByteArray &data, const Limits &limits,
                                        QList<RepeatedKey> *repeated = nullptr);

    // What the reader says of a key given twice in an object of a briefing.
    static QString repeatedKeyMessage(const QString &key);

    // Byte offsets where the values at `paths` (JSON Pointers) start. Paths that do not exist
    // in the text are absent from the result. `data` must have passed check().
    static QHash<QString, qsizetype> locate(const QByteArray &data, const QSet<QString> &paths);

    // 1-based line and column of each byte offset; columns count characters, not bytes.
    // One pass over the text however many offsets are asked for.
    static QList<std::pair<int, int>> lineColumns(const QByteArray &data,
                                                  const QList<qsizetype> &offsets);

    // One JSON Pointer reference token, escaped as RFC 6901 says ("~" -> "~0", "/" -> "~1").
    static QString pointerToken(const QString &key);
};
