#include "briefingreader.h"

#include "briefingvalidator.h"
#include "foreignformats.h"
#include "jsonscanner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace {

BriefingReader::Result failure(const QString &fileName, const QString &message)
{
    return {nullptr, {Problem{Problem::Severity::Error, message, {}, fileName, 0, 0}}};
}

} // namespace

QString BriefingReader::builtInFileName()
{
    return QStringLiteral(":/briefings/pezeshkian-baku-2025.briefing.json");
}

BriefingReader::Result BriefingReader::readFile(const QString &fileName)
{
    const QFileInfo info(fileName);
    if (!info.exists())
        return failure(fileName, tr("the file does not exist"));
    if (info.isDir())
        return failure(fileName, tr("this is a folder, not a briefing file"));
    if (!info.isFile())
        return failure(fileName, tr("this is not a regular file (a device or a pipe?)"));
    if (info.size() > MaxFileBytes) {
        const QLocale locale;
        return failure(fileName, tr("the file is %1, larger than the limit of %2 for a briefing")
                                     .arg(locale.formattedDataSize(info.size()),
                                          locale.formattedDataSize(MaxFileBytes)));
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return failure(fileName, tr("the file cannot be read: %1").arg(file.errorString()));
    // The file may have grown since it was measured: read no more than the limit allows.
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes)
        return failure(fileName, tr("the file is larger than the limit for a briefing"));
    if (file.error() != QFileDevice::NoError)
        return failure(fileName, tr("the file cannot be read: %1").arg(file.errorString()));
    return readData(data, fileName);
}

BriefingReader::Result BriefingReader::readData(const QByteArray &original, const QString &fileName)
{
    // A UTF-8 byte order mark is allowed (RFC 8259 lets readers ignore it); blanking it keeps
    // every offset pointing at the same place in the original text.
    QByteArray data = original;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.replace(0, 3, QByteArrayView("   "));

    const auto locatedAt = [&](qsizetype offset) {
        return JsonScanner::lineColumns(original, {offset}).constFirst();
    };

    // UTF-16 text is mostly NUL bytes to a UTF-8 reader; say what it is instead.
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        return failure(fileName, tr("the file is in UTF-16; save it with UTF-8 encoding"));
    }

    if (const auto failed = JsonScanner::check(data, JsonScanner::Limits{})) {
        const auto [line, column] = locatedAt(failed->offset);
        return {nullptr,
                {Problem{Problem::Severity::Error, failed->message, failed->path, fileName, line,
                         column}}};
    }

    const QByteArray trimmed = data.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        const auto [line, column] = locatedAt(data.indexOf(trimmed.left(1)));
        return {nullptr,
                {Problem{Problem::Severity::Error,
                         tr("a briefing file holds one JSON object { … }, but this one holds a "
                            "single value"),
                         {}, fileName, line, column}}};
    }

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The scanner accepted it, so this is a limit of QJsonDocument's own.
        const auto [line, column] = locatedAt(parseError.offset);
        return {nullptr,
                {Problem{Problem::Severity::Error,
                         tr("the JSON cannot be read: %1").arg(parseError.errorString()), {},
                         fileName, line, column}}};
    }

    // What analysts already have (TimelineJS, StoryMapJS) opens as a briefing too.
    if (json.isObject()) {
        if (auto imported = ForeignFormats::tryImport(json.object(), data, fileName))
            return *imported;
    }

    const QJsonValue root = json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
    BriefingValidator::Result validated = BriefingValidator::validate(root);

    QSet<QString> paths;
    for (const Problem &problem : std::as_const(validated.problems))
        paths.insert(problem.path);
    if (!paths.isEmpty()) {
        const QHash<QString, qsizetype> offsets = JsonScanner::locate(data, paths);
        QList<qsizetype> wanted;
        for (const Problem &problem : std::as_const(validated.problems))
            wanted.append(offsets.value(problem.path, -1));
        const auto positions = JsonScanner::lineColumns(original, wanted);
        for (qsizetype i = 0; i < validated.problems.size(); ++i) {
            Problem &problem = validated.problems[i];
            problem.file = fileName;
            if (wanted.at(i) >= 0) {
                problem.line = positions.at(i).first;
                problem.column = positions.at(i).second;
            }
        }
    }
    return {std::move(validated.briefing), std::move(validated.problems)};
}
