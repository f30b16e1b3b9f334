#include "document/briefingreader.h"

#include "document/briefingvalidator.h"
#include "document/jsonscanner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

QString BriefingReader::builtInFileName()
{
    return QStringLiteral(":/briefings/pezeshkian-baku-2025.briefing.json");
}

BriefingReader::Result BriefingReader::readFile(const QString &fileName)
{
    Problems problems;
    const std::optional<QByteArray> data = readBytes(fileName, &problems);
    if (!data)
        return {nullptr, problems};
    return readData(*data, fileName);
}

BriefingReader::Result BriefingReader::readData(const QByteArray &data, const QString &fileName)
{
    const Parsed parsed = parse(data, fileName);
    if (!parsed.problems.isEmpty())
        return {nullptr, parsed.problems};
    return fromJson(parsed, fileName);
}

std::optional<QByteArray> BriefingReader::readBytes(const QString &fileName, Problems *problems)
{
    const auto fail = [&](const QString &message) {
        problems->append(Problem{Problem::Severity::Error, message, {}, fileName, 0, 0});
        return std::nullopt;
    };
    const QFileInfo info(fileName);
    if (!info.exists())
        return fail(tr("the file does not exist"));
    if (info.isDir())
        return fail(tr("this is a folder, not a briefing file"));
    if (!info.isFile())
        return fail(tr("this is not a regular file (a device or a pipe?)"));
    if (info.size() > MaxFileBytes) {
        const QLocale locale;
        return fail(tr("the file is %1, larger than the limit of %2 for a briefing")
                        .arg(locale.formattedDataSize(info.size()),
                             locale.formattedDataSize(MaxFileBytes)));
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("the file cannot be read: %1").arg(file.errorString()));
    // The file may have grown since it was measured: read no more than the limit allows.
    QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes)
        return fail(tr("the file is larger than the limit for a briefing"));
    if (file.error() != QFileDevice::NoError)
        return fail(tr("the file cannot be read: %1").arg(file.errorString()));
    return data;
}

BriefingReader::Parsed BriefingReader::parse(const QByteArray &original, const QString &fileName,
                                             RepeatedKeys repeatedKeys)
{
    Parsed parsed;
    parsed.original = original;
    // A UTF-8 byte order mark is allowed (RFC 8259 lets readers ignore it); blanking it keeps
    // every offset pointing at the same place in the original text.
    parsed.data = original;
    if (parsed.data.startsWith("\xEF\xBB\xBF"))
        parsed.data.replace(0, 3, QByteArrayView("   "));
    const QByteArray &data = parsed.data;

    const auto failAt = [&](qsizetype offset, const QString &message, const QString &path = {}) {
        const auto [line, column] = JsonScanner::lineColumns(original, {offset}).constFirst();
        parsed.problems.append(
            Problem{Problem::Severity::Error, message, path, fileName, line, column});
        return parsed;
    };

    // UTF-16 text is mostly NUL bytes to a UTF-8 reader; say what it is instead.
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        parsed.problems.append(
            Problem{Problem::Severity::Error,
                    tr("the file is in UTF-16; save it with UTF-8 encoding"), {}, fileName, 0, 0});
        return parsed;
    }
    QList<JsonScanner::RepeatedKey> repeated;
    if (const auto failed = JsonScanner::check(
            data, JsonScanner::Limits{},
            repeatedKeys == RepeatedKeys::List ? &repeated : nullptr))
        return failAt(failed->offset, failed->message, failed->path);
    if (!repeated.isEmpty()) {
        QList<qsizetype> offsets;
        for (const JsonScanner::RepeatedKey &key : std::as_const(repeated))
            offsets.append(key.offset);
        const auto positions = JsonScanner::lineColumns(original, offsets);
        for (qsizetype i = 0; i < repeated.size(); ++i) {
            parsed.repeatedKeys.append({repeated.at(i).key, repeated.at(i).path,
                                        positions.at(i).first, positions.at(i).second});
        }
    }

    const QByteArray trimmed = data.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        return failAt(data.indexOf(trimmed.left(1)),
                      tr("a briefing file holds one JSON object { … }, but this one holds a "
                         "single value"));
    }

    QJsonParseError parseError;
    parsed.json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The scanner accepted it, so this is a limit of QJsonDocument's own.
        return failAt(parseError.offset,
                      tr("the JSON cannot be read: %1").arg(parseError.errorString()));
    }
    return parsed;
}

Problems BriefingReader::repeatedKeyErrors(const Parsed &parsed, const QString &fileName)
{
    Problems problems;
    for (const RepeatedKey &key : parsed.repeatedKeys) {
        problems.append(Problem{Problem::Severity::Error, JsonScanner::repeatedKeyMessage(key.key),
                                key.path, fileName, key.line, key.column});
    }
    return problems;
}

BriefingReader::Result BriefingReader::fromJson(const Parsed &parsed, const QString &fileName)
{
    const QJsonValue root = parsed.json.isObject() ? QJsonValue(parsed.json.object())
                                                   : QJsonValue(parsed.json.array());
    BriefingValidator::Result validated = BriefingValidator::validate(root);
    locate(validated.problems, parsed, fileName);
    return {std::move(validated.briefing), std::move(validated.problems)};
}

void BriefingReader::locate(Problems &problems, const Parsed &parsed, const QString &fileName)
{
    QSet<QString> paths;
    for (const Problem &problem : std::as_const(problems))
        paths.insert(problem.path);
    for (Problem &problem : problems)
        problem.file = fileName;
    if (paths.isEmpty())
        return;
    const QHash<QString, qsizetype> offsets = JsonScanner::locate(parsed.data, paths);
    QList<qsizetype> wanted;
    for (const Problem &problem : std::as_const(problems))
        wanted.append(offsets.value(problem.path, -1));
    const auto positions = JsonScanner::lineColumns(parsed.original, wanted);
    for (qsizetype i = 0; i < problems.size(); ++i) {
        if (wanted.at(i) >= 0) {
            problems[i].line = positions.at(i).first;
            problems[i].column = positions.at(i).second;
        }
    }
}
