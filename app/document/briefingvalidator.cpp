#include "document/briefingvalidator.h"

#include "document/entryid.h"
#include "document/jsonscanner.h"
#include "document/programlanguages.h"
#include "document/vocabulary.h"
#include "document/weblink.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace {

using Kind = Briefing::Kind;
using KindSet = QList<Kind>;

QString field(const QString &path, const QString &key)
{
    return path + u'/' + JsonScanner::pointerToken(key);
}

QString element(const QString &path, qsizetype index)
{
    return path + u'/' + QString::number(index);
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Country: return BriefingValidator::tr("a country");
    case Kind::Person: return BriefingValidator::tr("a person");
    case Kind::Source: return BriefingValidator::tr("a source");
    case Kind::AgendaArea: return BriefingValidator::tr("an agenda area");
    case Kind::AgendaItem: return BriefingValidator::tr("an agenda item");
    case Kind::Tension: return BriefingValidator::tr("a tension");
    case Kind::Background: return BriefingValidator::tr("a background section");
    case Kind::Outcome: return BriefingValidator::tr("an outcome");
    case Kind::Lane: return BriefingValidator::tr("a timeline lane");
    case Kind::Period: return BriefingValidator::tr("a period");
    case Kind::Event: return BriefingValidator::tr("an event");
    case Kind::Place: return BriefingValidator::tr("a place");
    case Kind::Line: return BriefingValidator::tr("a line");
    case Kind::Area: return BriefingValidator::tr("an area");
    case Kind::Itinerary: return BriefingValidator::tr("an itinerary step");
    }
    return {};
}

QString kindList(const KindSet &kinds)
{
    QStringList names;
    for (Kind kind : kinds)
        names.append(kindName(kind));
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return BriefingValidator::tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return BriefingValidator::tr("null");
    case QJsonValue::Bool: return BriefingValidator::tr("true or false");
    case QJsonValue::Double: return BriefingValidator::tr("a number");
    case QJsonValue::String: return BriefingValidator::tr("text");
    case QJsonValue::Array: return BriefingValidator::tr("a list [ … ]");
    case QJsonValue::Object: return BriefingValidator::tr("an object { … }");
    case QJsonValue::Undefined: break;
    }
    return BriefingValidator::tr("nothing");
}

// A value quoted in a message, cut short: a message stays a line, whatever the file holds.
QString excerpt(const QString &value)
{
    constexpr qsizetype Shown = 40;
    return value.size() <= Shown ? value : value.left(Shown) + u'…';
}

// "en", "az" or "fa": the languages a text may be written in.
QString programLanguageList()
{
    QStringList quoted;
    for (const QString &language : ProgramLanguages::codes())
        quoted.append(u'"' + language + u'"');
    const QString last = quoted.takeLast();
    return BriefingValidator::tr("%1 or %2").arg(quoted.join(QStringLiteral(", ")), last);
}

QString notAProgramLanguage(const QString &code)
{
    return BriefingValidator::tr("\"%1\" is not a language this program shows; a briefing's "
                                 "texts may be written only in %2")
        .arg(excerpt(code), programLanguageList());
}

// The kinds of text with a length limit of their own, told apart by their key.
enum class TextKind { Id, Name, Address, Paragraph };

TextKind textKind(const QString &key)
{
    static const QStringList ids{u"id"_qs, u"guest"_qs, u"host"_qs, u"place"_qs,
                                 u"event"_qs, u"country"_qs, u"lane"_qs, u"from"_qs,
                                 u"to"_qs, u"line"_qs};
    static const QStringList paragraphs{u"summary"_qs, u"text"_qs, u"note"_qs, u"purpose"_qs};
    if (key == u"url")
        return TextKind::Address;
    if (ids.contains(key))
        return TextKind::Id;
    if (paragraphs.contains(key))
        return TextKind::Paragraph;
    return TextKind::Name;
}

int lengthLimit(TextKind kind)
{
    switch (kind) {
    case TextKind::Id: return EntryId::MaxLength;
    case TextKind::Name: return BriefingValidator::MaxNameLength;
    case TextKind::Address: return BriefingValidator::MaxAddressLength;
    case TextKind::Paragraph: return BriefingValidator::MaxParagraphLength;
    }
    return 0;
}

QString lengthMessage(TextKind kind, const QString &key, qsizetype length)
{
    const int limit = lengthLimit(kind);
    switch (kind) {
    case TextKind::Id:
        return BriefingValidator::tr("this id is %L1 characters long; an id may have at most %L2")
            .arg(length)
            .arg(limit);
    case TextKind::Name:
        return BriefingValidator::tr("\"%1\" is %L2 characters long; a title or name may have at "
                                     "most %L3")
            .arg(key)
            .arg(length)
            .arg(limit);
    case TextKind::Address:
        return BriefingValidator::tr("the address is %L1 characters long; an address may have at "
                                     "most %L2")
            .arg(length)
            .arg(limit);
    case TextKind::Paragraph:
        return BriefingValidator::tr("\"%1\" is %L2 characters long; a paragraph of text may have "
                                     "at most %L3")
            .arg(key)
            .arg(length)
            .arg(limit);
    }
    return {};
}

// Characters, not UTF-16 units: a letter outside the Basic Multilingual Plane counts once.
qsizetype characterCount(const QString &text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

// What `date` is, for a key that takes a day (or, with `spanOfDays`, a span of days): empty
// when it is one.
QString notADay(const FuzzyDate &date, bool spanOfDays)
{
    const auto describe = [](const FuzzyDate::Point &point) -> QString {
        switch (point.precision) {
        case FuzzyDate::Precision::Year:
            return point.approximate ? BriefingValidator::tr("an approximate year")
                                     : BriefingValidator::tr("a year");
        case FuzzyDate::Precision::Month:
            return point.approximate ? BriefingValidator::tr("an approximate month")
                                     : BriefingValidator::tr("a month");
        case FuzzyDate::Precision::Day:
            return point.approximate ? BriefingValidator::tr("an approximate day") : QString();
        }
        return {};
    };
    if (date.isSpan() && !spanOfDays)
        return BriefingValidator::tr("a span");
    const QString start = describe(date.start());
    if (!date.isSpan())
        return start;
    if (!start.isEmpty())
        return BriefingValidator::tr("a span that starts with %1").arg(start);
    const QString end = describe(date.end());
    if (!end.isEmpty())
        return BriefingValidator::tr("a span that ends with %1").arg(end);
    return {};
}

// Says which character keeps an address from being one, and how to write it instead.
QString forbiddenCharacterMessage(const QString &address, qsizetype at)
{
    const QChar c = address.at(at);
    QString what;
    if (c == u' ')
        what = BriefingValidator::tr("a space");
    else if (c == u'"')
        what = BriefingValidator::tr("a double quote");
    else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
        what = BriefingValidator::tr("a line break or another control character");
    else
        what = BriefingValidator::tr("the character %1").arg(c);
    return BriefingValidator::tr("a source address may not contain %1 (character %L2 of the "
                                 "address); write it as %3")
        .arg(what)
        .arg(at + 1)
        .arg(QString::asprintf("%%%02X", unsigned(c.unicode())));
}

// A BCP 47 language tag as sources name their language: "en", "fa", "pt-BR", "zh-Hant".
bool isLanguageCode(const QString &text)
{
    static const QRegularExpression tag(
        QStringLiteral("^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$"));
    return tag.match(text).hasMatch();
}

// Walks the JSON tree once, filling the document and collecting problems. References are
// checked at the end, when every id is known.
class Walker
{
public:
    Problems problems;
    Briefing doc;
    FuzzyDate::Offsets offsets = FuzzyDate::Offsets::Required;

    void error(const QString &path, const QString &message)
    {
        add(Problem::Severity::Error, path, message);
    }

    void warning(const QString &path, const QString &message)
    {
        add(Problem::Severity::Warning, path, message);
    }

    void run(const QJsonValue &root);

private:
    // The path of a reference is only spelled out when it is wrong.
    struct PendingRef
    {
        QString entryPath; // the object that holds the reference
        QString key;
        qsizetype index;   // in the list at `key`, or -1 when `key` holds the one id
        QString id;
        KindSet kinds;
        QString owner; // id of the entry that holds the reference

        QString path() const
        {
            const QString at = field(entryPath, key);
            return index < 0 ? at : element(at, index);
        }
    };

    void add(Problem::Severity severity, const QString &path, const QString &message)
    {
        ++m_problemCount;
        if (severity == Problem::Severity::Error)
            ++m_errorCount;
        if (m_problemCount <= BriefingValidator::MaxProblems)
            problems.append(Problem{severity, message, path, {}, 0, 0});
    }

    // An error in a version 1 file for what only version 2 of the format has, said so that
    // the author knows the one change that makes it valid.
    void needsVersion2(const QString &path, const QString &what)
    {
        if (m_version >= 2)
            return;
        error(path, BriefingValidator::tr("%1 is version 2 of the format; write \"version\": 2 "
                                          "at the top of the file to use it")
                        .arg(what));
    }

    // Unknown keys are warnings; `version2` keys are known in version 2 and errors in 1.
    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &known,
                   const QStringList &version2 = {})
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (version2.contains(it.key())) {
                needsVersion2(field(path, it.key()),
                              BriefingValidator::tr("the field \"%1\"").arg(it.key()));
                continue;
            }
            if (!known.contains(it.key()) && it.key() != u"$schema") {
                warning(field(path, it.key()),
                        BriefingValidator::tr("unknown field \"%1\" is ignored (a typo?)")
                            .arg(excerpt(it.key())));
            }
        }
    }

    // The value at `key`, or Undefined after reporting it missing when `required`.
    QJsonValue member(const QJsonObject &object, const QString &path, const QString &key,
                      bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && required) {
            error(path, BriefingValidator::tr("the required field \"%1\" is missing").arg(key));
        }
        return value;
    }

    void wrongType(const QString &path, const QString &key, const QString &expected,
                   const QJsonValue &value)
    {
        error(path, BriefingValidator::tr("\"%1\" should be %2, but it is %3")
                        .arg(key, expected, typeName(value)));
    }

    bool object(const QJsonValue &value, const QString &path, const QString &name,
                QJsonObject *out)
    {
        if (!value.isObject()) {
            wrongType(path, name, BriefingValidator::tr("an object { … }"), value);
            return false;
        }
        *out = value.toObject();
        return true;
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key,
                     bool required)
    {
        const QJsonValue value = member(object, path, key, required);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            wrongType(field(path, key), key, BriefingValidator::tr("a list [ … ]"), value);
            return {};
        }
        return value.toArray();
    }

    QString string(const QJsonObject &object, const QString &path, const QString &key,
                   bool required)
    {
        const QJsonValue value = member(object, path, key, required);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            wrongType(field(path, key), key, BriefingValidator::tr("text in double quotes"),
                      value);
            return {};
        }
        QString text = value.toString();
        if (!checkLength(text, textKind(key), key, [&] { return field(path, key); }))
            return {};
        if (!checkCombiningMarks(text, [&] { return field(path, key); }))
            return {};
        if (required && text.trimmed().isEmpty())
            error(field(path, key), BriefingValidator::tr("\"%1\" is empty").arg(key));
        checkBidi(text, [&] { return field(path, key); });
        return text;
    }

    // False, after an error at `path()`, when `text` is longer than its kind of text may be.
    template<typename Path>
    bool checkLength(const QString &text, TextKind kind, const QString &key, Path path)
    {
        const int limit = lengthLimit(kind);
        if (text.size() <= limit || characterCount(text) <= limit)
            return true;
        error(path(), lengthMessage(kind, key, characterCount(text)));
        return false;
    }

    // Combining marks stack on the letter before them, each above the last: a run of
    // thousands (or a text of marks alone) draws a tower far outside its line, over the text
    // around it, in the window and on the page, and even thirty rise four lines. Unicode's
    // Stream-Safe Text Format (UAX #15) bounds a run at 30: a longer one is an error (false,
    // the text is dropped). No letter of the program's languages carries more than three
    // (Persian: a shadda, a vowel, a small alef); a run of more than ShownMarks is shown cut
    // to its first ShownMarks, with a warning, so that it stays on its line. The positions
    // count characters, as an editor's columns do.
    template<typename Path>
    bool checkCombiningMarks(QString &text, Path path)
    {
        constexpr int StreamSafe = 30;
        constexpr int ShownMarks = 4;
        int run = 0;
        int longest = 0;
        qsizetype start = 0;
        qsizetype longestStart = 0;
        qsizetype character = 0;
        QString shown;
        qsizetype copied = 0; // text before this index is in `shown`, when it is cut
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype at = i;
            char32_t code = text.at(i).unicode();
            if (QChar::isHighSurrogate(code) && i + 1 < text.size()
                && text.at(i + 1).isLowSurrogate()) {
                code = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                ++i;
            }
            ++character;
            // Plain letters are nearly all of a briefing's text: no lookup for them.
            if (code < 0x300 || !QChar::isMark(code)) {
                run = 0;
                continue;
            }
            if (run++ == 0)
                start = character;
            if (run > StreamSafe) {
                error(path(), BriefingValidator::tr("the text has more than %L1 combining marks "
                                                    "in a row, from its character %L2 on; "
                                                    "they would be drawn stacked far outside "
                                                    "the line")
                                  .arg(StreamSafe)
                                  .arg(start));
                return false;
            }
            if (run > longest) {
                longest = run;
                longestStart = start;
            }
            if (run > ShownMarks) {
                shown += QStringView(text).mid(copied, at - copied);
                copied = i + 1;
            }
        }
        if (longest <= ShownMarks)
            return true;
        shown += QStringView(text).mid(copied);
        text = shown;
        warning(path(), BriefingValidator::tr("the text has %L1 combining marks in a row, from "
                                              "its character %L2 on; only the first %L3 are "
                                              "shown, as more would be drawn above the line, "
                                              "over the text before it")
                            .arg(longest)
                            .arg(longestStart)
                            .arg(ShownMarks));
        return true;
    }

    // Embedding and override controls (U+202A–U+202E) reorder the text that follows them, so
    // a title could show, say, a reversed address or date. The views show document text as
    // plain text, each in its own widget, which keeps the effect inside that one text; the
    // warning tells the author. Isolates (U+2066–U+2069) and marks (U+200E, U+200F) are what
    // mixed Persian and Latin text legitimately needs, and are left alone.
    // `path` spells out where the text is; it is called only for a warning.
    template<typename Path>
    void checkBidi(const QString &text, Path path)
    {
        for (const QChar c : text) {
            if (c.unicode() >= 0x202A && c.unicode() <= 0x202E) {
                warning(path(), BriefingValidator::tr("the text holds a bidirectional override "
                                                    "character (U+%1), which can make it show "
                                                    "in a misleading order")
                                  .arg(QString::number(c.unicode(), 16).toUpper()));
                return;
            }
        }
    }

    // Whether a text is expected in each of the briefing's languages: a source's title is
    // written in the source's own language and never translated.
    enum class Translated { Expected, NotExpected };
    LocalizedText text(const QJsonObject &object, const QString &path, const QString &key,
                       bool required, Translated translated = Translated::Expected);
    FuzzyDate date(const QJsonObject &object, const QString &path, const QString &key,
                   bool required);
    double coordinate(const QJsonObject &object, const QString &path, const QString &key,
                      double limit, bool required);
    bool flag(const QJsonObject &object, const QString &path, const QString &key);
    // `version2` lists the words that only version 2 of the format allows.
    template<typename Enum>
    Enum choice(const QJsonObject &object, const QString &path, const QString &key,
                const QList<std::pair<QString, Enum>> &choices, Enum fallback, bool required,
                const QStringList &version2 = {});
    QList<GeoPoint> points(const QJsonArray &values, const QString &path);
    // One id at `key`, or (version 2) a list of them; all of them into *all, the first returned.
    QString oneOrMore(const QJsonObject &object, const QString &path, const QString &key,
                      const KindSet &kinds, const QString &version1Message, QStringList *all);
    QString id(const QJsonObject &object, const QString &path);
    QString ref(const QJsonObject &object, const QString &path, const QString &key,
                const KindSet &kinds, const QString &owner, bool required);
    QStringList refs(const QJsonObject &object, const QString &path, const QString &key,
                     const KindSet &kinds, const QString &owner, bool required = false);

    // Reads each element of the list at `key` as an object, calling `read` on it.
    template<typename Read>
    void list(const QJsonObject &object, const QString &path, const QString &key,
              bool required, Read read)
    {
        const QJsonArray items = array(object, path, key, required);
        const QString listPath = field(path, key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = element(listPath, i);
            QJsonObject item;
            if (object_(items.at(i), itemPath, &item))
                read(item, itemPath);
        }
    }

    bool object_(const QJsonValue &value, const QString &path, QJsonObject *out)
    {
        if (!value.isObject()) {
            error(path, BriefingValidator::tr("each entry of this list should be an object "
                                              "{ … }, but this one is %1")
                            .arg(typeName(value)));
            return false;
        }
        *out = value.toObject();
        return true;
    }

    // The keys each kind of entry may have, built once, not for each entry of a list.
    struct EntryKeys
    {
        QStringList entry, tension, outcome, event, step;
        QStringList version2; // keys every entry has in version 2, but events only in 1
    };
    static const EntryKeys &entryKeys();

    bool readFormat(const QJsonObject &top);
    void readLanguagesAndTitles(const QJsonObject &top);
    void readParties(const QJsonObject &top);
    void readSources(const QJsonObject &top);
    void readAgenda(const QJsonObject &top);
    void readEntrySections(const QJsonObject &top);
    void readTimeline(const QJsonObject &top);
    void readItinerary(const QJsonObject &top);
    void readAreas(const QJsonObject &top);
    const KindSet &entryKinds() const;
    void readEntry(Entry &entry, const QJsonObject &object, const QString &path,
                   bool textRequired, bool warnWithoutSources);
    void readVisit(const QJsonObject &object, const QString &path);
    void readGeography(const QJsonObject &root);
    void resolveRefs();

    QHash<QString, QString> m_idPaths; // id -> path of the entry that declared it
    QList<PendingRef> m_refs;
    int m_problemCount = 0;
    int m_errorCount = 0;
    // Texts without a translation, by missing language and the language shown instead: one
    // warning per pair sums them up, and a note each (up to MaxProblems) says where they are.
    QMap<QString, QMap<QString, int>> m_untranslated;
    Problems m_notes;
    bool m_multilingual = false;
    int m_version = 1;

    friend class ::BriefingValidator;
};

LocalizedText Walker::text(const QJsonObject &object, const QString &path, const QString &key,
                           bool required, Translated translated)
{
    LocalizedText result;
    const QJsonValue value = member(object, path, key, required);
    if (value.isUndefined())
        return result;
    // Paths are spelled out only for a problem: a large briefing has hundreds of thousands
    // of texts and nearly all of them are fine.
    const auto valuePath = [&] { return field(path, key); };
    if (value.isString()) {
        QString text = value.toString();
        if (!checkLength(text, textKind(key), key, valuePath))
            return result;
        if (!checkCombiningMarks(text, valuePath))
            return result;
        if (required && text.trimmed().isEmpty())
            error(valuePath(), BriefingValidator::tr("\"%1\" is empty").arg(key));
        checkBidi(text, valuePath);
        result.set(doc.primaryLanguage(), text);
    } else if (value.isObject()) {
        const QJsonObject texts = value.toObject();
        for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
            const QString language = it.key();
            const auto languagePath = [&] { return field(valuePath(), language); };
            if (!it.value().isString()) {
                wrongType(languagePath(), language,
                          BriefingValidator::tr("text in double quotes"), it.value());
                continue;
            }
            if (!ProgramLanguages::codes().contains(language)) {
                error(languagePath(), notAProgramLanguage(language));
                continue;
            }
            if (!doc.languages.contains(language)) {
                warning(languagePath(),
                        BriefingValidator::tr("text in the language \"%1\", which the "
                                              "briefing's \"languages\" list does not name")
                            .arg(language));
            }
            QString text = it.value().toString();
            if (!checkLength(text, textKind(key), key, languagePath))
                continue;
            if (!checkCombiningMarks(text, languagePath))
                continue;
            // A blank text would show as nothing at all, a tab without a title.
            if (required && text.trimmed().isEmpty()) {
                error(languagePath(), BriefingValidator::tr("the \"%1\" text of \"%2\" is empty; "
                                                            "write it, or leave that language out")
                                          .arg(language, key));
            }
            checkBidi(text, languagePath);
            result.set(language, text);
        }
        if (texts.isEmpty() && required)
            error(valuePath(), BriefingValidator::tr("\"%1\" has no text in any language").arg(key));
    } else {
        wrongType(valuePath(), key,
                  BriefingValidator::tr("text, or an object of texts by language such as "
                                        "{\"en\": \"…\"}"),
                  value);
        return result;
    }
    if (m_multilingual && !result.isEmpty() && translated == Translated::Expected) {
        for (const QString &language : std::as_const(doc.languages)) {
            if (result.has(language))
                continue;
            const QString shown = result.resolve(language, doc.languages).language;
            ++m_untranslated[language][shown];
            if (m_notes.size() < BriefingValidator::MaxProblems) {
                m_notes.append(Problem{Problem::Severity::Note,
                                       BriefingValidator::tr("no %1 text; the %2 text is shown")
                                           .arg(ProgramLanguages::name(language),
                                                ProgramLanguages::name(shown)),
                                       valuePath(), {}, 0, 0});
            }
        }
    }
    return result;
}

FuzzyDate Walker::date(const QJsonObject &object, const QString &path, const QString &key,
                       bool required)
{
    const QString text = string(object, path, key, required);
    if (text.isEmpty())
        return {};
    QString problem;
    const FuzzyDate parsed = FuzzyDate::parse(text, &problem, offsets);
    if (!parsed.isValid()) {
        error(field(path, key),
              BriefingValidator::tr("\"%1\" is not a valid date: %2").arg(excerpt(text), problem));
    } else if (parsed.start().hasTime() || parsed.end().hasTime()) {
        needsVersion2(field(path, key),
                      BriefingValidator::tr("a time of day (\"%1\")").arg(excerpt(text)));
    }
    return parsed;
}

double Walker::coordinate(const QJsonObject &object, const QString &path, const QString &key,
                          double limit, bool required)
{
    const QJsonValue value = member(object, path, key, required);
    if (value.isUndefined())
        return 0;
    if (!value.isDouble()) {
        wrongType(field(path, key), key, BriefingValidator::tr("a number"), value);
        return 0;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::abs(number) > limit) {
        // The shortest form that reads back as the same number: 90.0000001, not 90.
        error(field(path, key), BriefingValidator::tr("%1 %2 is out of range: it must be "
                                                      "between -%3 and %3")
                                    .arg(key,
                                         QString::number(number, 'g',
                                                         QLocale::FloatingPointShortest),
                                         QString::number(limit)));
        return 0;
    }
    return number;
}

bool Walker::flag(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        wrongType(field(path, key), key, BriefingValidator::tr("true or false"), value);
        return false;
    }
    return value.toBool();
}

template<typename Enum>
Enum Walker::choice(const QJsonObject &object, const QString &path, const QString &key,
                    const QList<std::pair<QString, Enum>> &choices, Enum fallback, bool required,
                    const QStringList &version2)
{
    const int errors = m_errorCount;
    const QString text = string(object, path, key, required);
    if (m_errorCount != errors || (text.isEmpty() && !object.value(key).isString()))
        return fallback;
    QStringList names;
    for (const auto &[name, value] : choices) {
        if (name == text) {
            if (version2.contains(name)) {
                needsVersion2(field(path, key),
                              BriefingValidator::tr("the value \"%1\" of \"%2\"").arg(name, key));
            }
            return value;
        }
        names.append(u'"' + name + u'"');
    }
    error(field(path, key), BriefingValidator::tr("\"%1\" is not one of the allowed values: %2")
                                .arg(excerpt(text), names.join(QStringLiteral(", "))));
    return fallback;
}

QString Walker::id(const QJsonObject &object, const QString &path)
{
    const QString value = string(object, path, QStringLiteral("id"), true);
    if (value.isEmpty())
        return value;
    const QString idPath = field(path, QStringLiteral("id"));
    if (!EntryId::isValid(value)) {
        error(idPath, BriefingValidator::tr("the id \"%1\" may use only letters A–Z, digits, "
                                            "\"-\", \"_\" and \".\", start with a letter or "
                                            "digit, and be at most 64 characters long")
                          .arg(value));
        return {};
    }
    if (const auto it = m_idPaths.constFind(value); it != m_idPaths.cend()) {
        error(idPath, BriefingValidator::tr("the id \"%1\" is already used at %2; every id must "
                                            "be unique in the file")
                          .arg(value, it.value()));
        return {};
    }
    m_idPaths.insert(value, path);
    return value;
}

QString Walker::ref(const QJsonObject &object, const QString &path, const QString &key,
                    const KindSet &kinds, const QString &owner, bool required)
{
    // A list where one id belongs would otherwise read as "should be text in double quotes".
    const QJsonValue given = object.value(key);
    if (given.isArray()) {
        error(field(path, key), BriefingValidator::tr("\"%1\" takes one id of %2, not a list: "
                                                      "write one id in double quotes")
                                    .arg(key, kindList(kinds)));
        return {};
    }
    const QString value = string(object, path, key, required);
    if (!value.isEmpty())
        m_refs.append(PendingRef{path, key, -1, value, kinds, owner});
    return value;
}

QStringList Walker::refs(const QJsonObject &object, const QString &path, const QString &key,
                         const KindSet &kinds, const QString &owner, bool required)
{
    QStringList ids;
    const QJsonArray values = array(object, path, key, required);
    const auto listPath = [&] { return field(path, key); };
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonValue value = values.at(i);
        const auto valuePath = [&] { return element(listPath(), i); };
        if (!value.isString()) {
            error(valuePath(), BriefingValidator::tr("each entry of \"%1\" should be an id in "
                                                   "double quotes, but this one is %2")
                                 .arg(key, typeName(value)));
            continue;
        }
        const QString id = value.toString();
        if (!checkLength(id, TextKind::Id, key, valuePath))
            continue;
        if (ids.contains(id)) {
            warning(valuePath(), BriefingValidator::tr("\"%1\" is listed twice").arg(id));
            continue;
        }
        ids.append(id);
        m_refs.append(PendingRef{path, key, i, id, kinds, owner});
    }
    if (required && ids.isEmpty() && object.value(key).isArray())
        error(listPath(), BriefingValidator::tr("\"%1\" needs at least one entry").arg(key));
    return ids;
}

const KindSet &Walker::entryKinds() const
{
    static const KindSet version1{Kind::AgendaItem, Kind::Tension, Kind::Event, Kind::Outcome,
                                  Kind::Background};
    static const KindSet version2 = version1 + KindSet{Kind::Itinerary};
    return m_version >= 2 ? version2 : version1;
}

QList<GeoPoint> Walker::points(const QJsonArray &values, const QString &path)
{
    QList<GeoPoint> result;
    for (qsizetype i = 0; i < values.size(); ++i) {
        QJsonObject point;
        const QString pointPath = element(path, i);
        if (!object_(values.at(i), pointPath, &point))
            continue;
        checkKeys(point, pointPath, {u"lat"_qs, u"lon"_qs});
        result.append(GeoPoint{coordinate(point, pointPath, QStringLiteral("lat"), 90, true),
                               coordinate(point, pointPath, QStringLiteral("lon"), 180, true)});
    }
    return result;
}

QString Walker::oneOrMore(const QJsonObject &object, const QString &path, const QString &key,
                          const KindSet &kinds, const QString &version1Message, QStringList *all)
{
    if (object.value(key).isArray()) {
        if (m_version < 2) {
            error(field(path, key), version1Message);
            return {};
        }
        *all = refs(object, path, key, kinds, {}, true);
        return all->value(0);
    }
    const QString one = ref(object, path, key, kinds, {}, true);
    if (!one.isEmpty())
        *all = QStringList{one};
    return one;
}

void Walker::readEntry(Entry &entry, const QJsonObject &object, const QString &path,
                       bool textRequired, bool warnWithoutSources)
{
    entry.id = id(object, path);
    entry.title = text(object, path, QStringLiteral("title"), true);
    entry.text = text(object, path, QStringLiteral("text"), textRequired);
    entry.note = text(object, path, QStringLiteral("note"), false);
    entry.confidence = choice(object, path, QStringLiteral("confidence"),
                              Vocabulary::confidences(), Confidence::Unstated, false);
    // Version 2: an entry may name an area where it names places.
    static const KindSet places{Kind::Place}, placesOrAreas{Kind::Place, Kind::Area},
        lines{Kind::Line}, sources{Kind::Source};
    entry.places = refs(object, path, QStringLiteral("places"),
                        m_version >= 2 ? placesOrAreas : places, entry.id);
    entry.lines = refs(object, path, QStringLiteral("lines"), lines, entry.id);
    entry.related = refs(object, path, QStringLiteral("related"), entryKinds(), entry.id);
    entry.sources = refs(object, path, QStringLiteral("sources"), sources, entry.id);
    if (warnWithoutSources && entry.sources.isEmpty() && !object.value(u"sources").isArray()) {
        warning(path, BriefingValidator::tr("this entry cites no source; add \"sources\" so "
                                            "readers can check it"));
    }
}

void Walker::readVisit(const QJsonObject &object, const QString &path)
{
    checkKeys(object, path,
              {u"kind"_qs, u"guest"_qs, u"host"_qs, u"visitors"_qs, u"hosts"_qs, u"place"_qs,
               u"date"_qs, u"purpose"_qs, u"event"_qs, u"sources"_qs});
    Visit &visit = doc.visit;
    visit.kind = text(object, path, QStringLiteral("kind"), false);
    visit.guest = ref(object, path, QStringLiteral("guest"), {Kind::Country}, {}, true);
    visit.host = oneOrMore(object, path, QStringLiteral("host"), {Kind::Country},
                           BriefingValidator::tr("\"host\" takes one country id, not a list: "
                                                 "write one id in double quotes; a list of the "
                                                 "host countries of a tour is version 2 of the "
                                                 "format (\"version\": 2)"),
                           &visit.hostCountries);
    visit.visitors = refs(object, path, QStringLiteral("visitors"), {Kind::Person}, {}, true);
    visit.hosts = refs(object, path, QStringLiteral("hosts"), {Kind::Person}, {});
    visit.place = oneOrMore(object, path, QStringLiteral("place"), {Kind::Place},
                            BriefingValidator::tr("\"place\" takes one place id, not a list: "
                                                  "write one id in double quotes; a list of the "
                                                  "places of a tour is version 2 of the format "
                                                  "(\"version\": 2)"),
                            &visit.visitPlaces);
    visit.date = date(object, path, QStringLiteral("date"), true);
    // A visit happens on days the reader can plan for; a month or a year is no visit date.
    if (const QString found = notADay(visit.date, true); visit.date.isValid() && !found.isEmpty()) {
        error(field(path, QStringLiteral("date")),
              BriefingValidator::tr("the visit's \"date\" must be a day, such as \"2025-04-28\", or "
                                    "a span of days, such as \"2025-04-28/2025-04-30\", but "
                                    "\"%1\" is %2")
                  .arg(visit.date.toIsoString(), found));
    }
    visit.purpose = text(object, path, QStringLiteral("purpose"), true);
    visit.event = ref(object, path, QStringLiteral("event"), {Kind::Event}, {}, false);
    visit.sources = refs(object, path, QStringLiteral("sources"), {Kind::Source}, {});
}

void Walker::readGeography(const QJsonObject &root)
{
    list(root, {}, QStringLiteral("places"), false, [this](const QJsonObject &o, const QString &p) {
        checkKeys(o, p,
                  {u"id"_qs, u"name"_qs, u"kind"_qs, u"lat"_qs, u"lon"_qs, u"approximate"_qs,
                   u"note"_qs, u"sources"_qs},
                  {u"confidence"_qs});
        Place place;
        place.id = id(o, p);
        place.name = text(o, p, QStringLiteral("name"), true);
        place.kind = choice<Place::Kind>(o, p, QStringLiteral("kind"), Vocabulary::placeKinds(),
                                         Place::Kind::City, true,
                                         {u"station"_qs, u"airport"_qs, u"landmark"_qs});
        const bool hasLat = o.contains(u"lat");
        const bool hasLon = o.contains(u"lon");
        if (!hasLat && !hasLon && m_version >= 2) {
            // Listed, never drawn: a place whose position the sources do not give.
            place.hasPosition = false;
        } else if (hasLat != hasLon && m_version >= 2) {
            error(p, BriefingValidator::tr("this place has \"%1\" but no \"%2\": give both, or "
                                           "leave both out to list the place without drawing it")
                         .arg(hasLat ? u"lat"_qs : u"lon"_qs, hasLat ? u"lon"_qs : u"lat"_qs));
            place.hasPosition = false;
        } else if (!hasLat && !hasLon) {
            needsVersion2(p, BriefingValidator::tr("a place without \"lat\" and \"lon\""));
        } else {
            place.position.lat = coordinate(o, p, QStringLiteral("lat"), 90, true);
            place.position.lon = coordinate(o, p, QStringLiteral("lon"), 180, true);
        }
        place.approximate = flag(o, p, QStringLiteral("approximate"));
        place.note = text(o, p, QStringLiteral("note"), false);
        place.sources = refs(o, p, QStringLiteral("sources"), {Kind::Source}, place.id);
        place.confidence = choice(o, p, QStringLiteral("confidence"), Vocabulary::confidences(),
                                  Confidence::Unstated, false);
        doc.places.append(place);
    });
    list(root, {}, QStringLiteral("lines"), false, [this](const QJsonObject &o, const QString &p) {
        checkKeys(o, p,
                  {u"id"_qs, u"name"_qs, u"kind"_qs, u"points"_qs, u"approximate"_qs, u"note"_qs,
                   u"sources"_qs},
                  {u"confidence"_qs});
        MapLine line;
        line.id = id(o, p);
        line.name = text(o, p, QStringLiteral("name"), true);
        line.kind = choice<MapLine::Kind>(o, p, QStringLiteral("kind"), Vocabulary::lineKinds(),
                                          MapLine::Kind::Route, true, {u"flight"_qs});
        const QJsonArray points = array(o, p, QStringLiteral("points"), true);
        const QString pointsPath = field(p, QStringLiteral("points"));
        line.points = this->points(points, pointsPath);
        if (o.value(u"points").isArray() && points.size() < 2) {
            error(pointsPath, BriefingValidator::tr("a line needs at least two points, but this "
                                                    "one has %n", nullptr, int(points.size())));
        }
        line.approximate = flag(o, p, QStringLiteral("approximate"));
        line.note = text(o, p, QStringLiteral("note"), false);
        line.sources = refs(o, p, QStringLiteral("sources"), {Kind::Source}, line.id);
        line.confidence = choice(o, p, QStringLiteral("confidence"), Vocabulary::confidences(),
                                 Confidence::Unstated, false);
        doc.lines.append(line);
    });
    readAreas(root);
    const QJsonValue mapValue = root.value(u"map");
    if (mapValue.isUndefined())
        return;
    QJsonObject map;
    if (!object(mapValue, QStringLiteral("/map"), QStringLiteral("map"), &map))
        return;
    checkKeys(map, QStringLiteral("/map"), {u"region"_qs});
    const QJsonValue regionValue = map.value(u"region");
    QJsonObject region;
    if (regionValue.isUndefined()
        || !object(regionValue, QStringLiteral("/map/region"), QStringLiteral("region"), &region)) {
        return;
    }
    const QString path = QStringLiteral("/map/region");
    checkKeys(region, path, {u"south"_qs, u"west"_qs, u"north"_qs, u"east"_qs});
    const int before = m_errorCount;
    doc.region.south = coordinate(region, path, QStringLiteral("south"), 90, true);
    doc.region.west = coordinate(region, path, QStringLiteral("west"), 180, true);
    doc.region.north = coordinate(region, path, QStringLiteral("north"), 90, true);
    doc.region.east = coordinate(region, path, QStringLiteral("east"), 180, true);
    if (m_errorCount != before)
        return;
    if (doc.region.south >= doc.region.north) {
        error(path, BriefingValidator::tr("the region's south edge (%1) must be below its north "
                                          "edge (%2)")
                        .arg(doc.region.south)
                        .arg(doc.region.north));
        return;
    }
    if (doc.region.west == doc.region.east) {
        error(path, BriefingValidator::tr("the region's west and east edges are the same (%1)")
                        .arg(doc.region.west));
        return;
    }
    doc.hasRegion = true;
}

void Walker::resolveRefs()
{
    for (const PendingRef &ref : std::as_const(m_refs)) {
        const Briefing::Ref *target = doc.find(ref.id);
        if (!target) {
            error(ref.path(), BriefingValidator::tr("no entry has the id \"%1\" (expected %2)")
                                .arg(ref.id, kindList(ref.kinds)));
        } else if (!ref.kinds.contains(target->kind)) {
            error(ref.path(), BriefingValidator::tr("\"%1\" is %2, but %3 is expected here")
                                .arg(ref.id, kindName(target->kind), kindList(ref.kinds)));
        } else if (ref.id == ref.owner) {
            error(ref.path(), BriefingValidator::tr("an entry cannot name itself"));
        }
    }
}

void Walker::run(const QJsonValue &root)
{
    if (!root.isObject()) {
        error({}, BriefingValidator::tr("a briefing file holds one JSON object { … }, but this "
                                        "one holds %1")
                      .arg(typeName(root)));
        return;
    }
    const QJsonObject top = root.toObject();
    if (!readFormat(top))
        return;
    checkKeys(top, {},
              {u"format"_qs, u"version"_qs, u"languages"_qs, u"title"_qs, u"subtitle"_qs,
               u"summary"_qs, u"classification"_qs, u"author"_qs, u"produced"_qs, u"visit"_qs,
               u"countries"_qs, u"people"_qs, u"sources"_qs, u"agenda"_qs, u"tensions"_qs,
               u"background"_qs, u"outcomes"_qs, u"lanes"_qs, u"periods"_qs, u"events"_qs,
               u"places"_qs, u"lines"_qs, u"map"_qs, u"itinerary"_qs, u"areas"_qs});

    // The sections in the order the format lists them, so problems come in the file's order.
    readLanguagesAndTitles(top);
    readParties(top);
    readSources(top);
    const QJsonValue visitValue = member(top, {}, QStringLiteral("visit"), true);
    QJsonObject visit;
    if (!visitValue.isUndefined() && object(visitValue, QStringLiteral("/visit"),
                                            QStringLiteral("visit"), &visit)) {
        readVisit(visit, QStringLiteral("/visit"));
    }
    readAgenda(top);
    readEntrySections(top);
    readTimeline(top);
    readItinerary(top);
    readGeography(top);

    doc.buildIndex();
    resolveRefs();
}

// "format" and "version": false when the rest cannot be read as this format.
bool Walker::readFormat(const QJsonObject &top)
{
    const QJsonValue format = top.value(u"format");
    if (format.isUndefined()) {
        error({}, BriefingValidator::tr("this JSON file is not a briefing: it lacks "
                                        "\"format\": \"briefing\""));
        return false;
    }
    if (format != QJsonValue(u"briefing"_qs)) {
        error(QStringLiteral("/format"), BriefingValidator::tr("\"format\" must be \"briefing\""));
        return false;
    }
    const QJsonValue version = top.value(u"version");
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())) {
        if (version.isUndefined())
            error({}, BriefingValidator::tr("the required field \"version\" is missing"));
        else
            wrongType(QStringLiteral("/version"), QStringLiteral("version"),
                      BriefingValidator::tr("a whole number"), version);
        return false;
    }
    if (version.toDouble() < BriefingValidator::FirstFormatVersion
        || version.toDouble() > BriefingValidator::FormatVersion) {
        error(QStringLiteral("/version"),
              BriefingValidator::tr("this file is in format version %1, but this program reads "
                                    "versions %2 to %3; open it with a newer Briefing Viewer")
                  .arg(version.toDouble())
                  .arg(BriefingValidator::FirstFormatVersion)
                  .arg(BriefingValidator::FormatVersion));
        return false;
    }
    m_version = version.toInt();
    doc.version = m_version;
    return true;
}

void Walker::readLanguagesAndTitles(const QJsonObject &top)
{
    const QJsonArray languages = array(top, {}, QStringLiteral("languages"), true);
    for (qsizetype i = 0; i < languages.size(); ++i) {
        const QString code = languages.at(i).toString();
        const QString path = element(QStringLiteral("/languages"), i);
        if (!languages.at(i).isString()) {
            error(path, BriefingValidator::tr("a language is written as a code such as \"en\", "
                                              "\"az\" or \"fa\""));
        } else if (!ProgramLanguages::codes().contains(code)) {
            error(path, notAProgramLanguage(code));
        } else if (doc.languages.contains(code)) {
            error(path, BriefingValidator::tr("the language \"%1\" is listed twice").arg(code));
        } else {
            doc.languages.append(code);
        }
    }
    if (top.value(u"languages").isArray() && doc.languages.isEmpty() && languages.isEmpty())
        error(QStringLiteral("/languages"), BriefingValidator::tr("name at least one language"));
    if (doc.languages.isEmpty())
        doc.languages.append(QStringLiteral("en")); // lets the rest be checked
    m_multilingual = doc.languages.size() > 1;

    doc.title = text(top, {}, QStringLiteral("title"), true);
    doc.subtitle = text(top, {}, QStringLiteral("subtitle"), false);
    doc.summary = text(top, {}, QStringLiteral("summary"), false);
    doc.classification = text(top, {}, QStringLiteral("classification"), false);
    doc.author = text(top, {}, QStringLiteral("author"), false);
    doc.produced = date(top, {}, QStringLiteral("produced"), false);
    if (const QString found = notADay(doc.produced, false);
        doc.produced.isValid() && !found.isEmpty()) {
        error(QStringLiteral("/produced"),
              BriefingValidator::tr("\"produced\" must be a day, such as \"2025-04-20\", but "
                                    "\"%1\" is %2")
                  .arg(doc.produced.toIsoString(), found));
    }
}

// The countries and the people of the briefing.
void Walker::readParties(const QJsonObject &top)
{
    list(top, {}, QStringLiteral("countries"), true, [this](const QJsonObject &o, const QString &p) {
        checkKeys(o, p, {u"id"_qs, u"name"_qs, u"iso3"_qs});
        Country country;
        country.id = id(o, p);
        country.name = text(o, p, QStringLiteral("name"), true);
        country.iso3 = string(o, p, QStringLiteral("iso3"), false);
        static const QRegularExpression iso3(QStringLiteral("^[A-Z]{3}$"));
        if (!country.iso3.isEmpty() && !iso3.match(country.iso3).hasMatch()) {
            error(field(p, QStringLiteral("iso3")),
                  BriefingValidator::tr("\"iso3\" is a three-letter country code in capitals, "
                                        "such as \"AZE\""));
        }
        doc.countries.append(country);
    });
    if (top.value(u"countries").isArray() && doc.countries.isEmpty())
        error(QStringLiteral("/countries"), BriefingValidator::tr("name at least one country"));

    list(top, {}, QStringLiteral("people"), false, [this](const QJsonObject &o, const QString &p) {
        checkKeys(o, p, {u"id"_qs, u"name"_qs, u"role"_qs, u"country"_qs});
        Person person;
        person.id = id(o, p);
        person.name = text(o, p, QStringLiteral("name"), true);
        person.role = text(o, p, QStringLiteral("role"), true);
        person.country = ref(o, p, QStringLiteral("country"), {Kind::Country}, {}, false);
        doc.people.append(person);
    });
}

void Walker::readSources(const QJsonObject &top)
{
    list(top, {}, QStringLiteral("sources"), true, [this](const QJsonObject &o, const QString &p) {
        checkKeys(o, p,
                  {u"id"_qs, u"title"_qs, u"publisher"_qs, u"url"_qs, u"date"_qs, u"language"_qs},
                  {u"note"_qs, u"confidence"_qs});
        Source source;
        source.id = id(o, p);
        source.title = text(o, p, QStringLiteral("title"), true, Translated::NotExpected);
        source.publisher = string(o, p, QStringLiteral("publisher"), true);
        source.url = string(o, p, QStringLiteral("url"), true);
        if (!source.url.isEmpty() && !WebLink::isWebAddress(source.url)) {
            // An address that is one once its spaces and quotes are encoded: say which.
            const qsizetype at = WebLink::forbiddenCharacter(source.url);
            const bool encodable = at >= 0
                && WebLink::isWebAddress(QUrl(source.url.trimmed(), QUrl::TolerantMode));
            error(field(p, QStringLiteral("url")),
                  encodable ? forbiddenCharacterMessage(source.url, at)
                            : BriefingValidator::tr("a source address must be a web address "
                                                    "starting with https:// or http://"));
        }
        source.date = date(o, p, QStringLiteral("date"), false);
        source.language = string(o, p, QStringLiteral("language"), false);
        if (!source.language.isEmpty() && !isLanguageCode(source.language)) {
            error(field(p, QStringLiteral("language")),
                  BriefingValidator::tr("\"%1\" is not a language code: write a code such as "
                                        "\"en\", \"pl\" or \"pt-BR\"")
                      .arg(excerpt(source.language)));
        }
        source.note = text(o, p, QStringLiteral("note"), false);
        source.confidence = choice(o, p, QStringLiteral("confidence"), Vocabulary::confidences(),
                                   Confidence::Unstated, false);
        doc.sources.append(source);
    });
    if (top.value(u"sources").isArray() && doc.sources.isEmpty())
        error(QStringLiteral("/sources"), BriefingValidator::tr("cite at least one source"));
}

const Walker::EntryKeys &Walker::entryKeys()
{
    static const EntryKeys keys = [] {
        EntryKeys k;
        k.entry = QStringList{u"id"_qs, u"title"_qs, u"text"_qs, u"note"_qs, u"places"_qs,
                              u"lines"_qs, u"related"_qs, u"sources"_qs};
        k.tension = k.entry + QStringList{u"parties"_qs, u"severity"_qs, u"status"_qs};
        k.outcome = k.entry + QStringList{u"status"_qs};
        k.event = k.entry + QStringList{u"date"_qs, u"lane"_qs, u"confidence"_qs};
        k.step = k.entry
            + QStringList{u"kind"_qs, u"date"_qs, u"place"_qs, u"country"_qs, u"met"_qs,
                          u"from"_qs, u"to"_qs, u"mode"_qs, u"line"_qs, u"confidence"_qs};
        k.version2 = QStringList{u"confidence"_qs};
        return k;
    }();
    return keys;
}

void Walker::readAgenda(const QJsonObject &top)
{
    const EntryKeys &keys = entryKeys();
    // Each area is a tab and an entry of the Tabs menu; past a couple of dozen neither reads.
    if (const qsizetype areas = top.value(u"agenda").toArray().size();
        areas > BriefingValidator::MaxAgendaAreas) {
        error(element(QStringLiteral("/agenda"), BriefingValidator::MaxAgendaAreas),
              BriefingValidator::tr("a briefing may have at most %L1 agenda areas, each shown as "
                                    "a tab, but this one has %L2; this is area %L3")
                  .arg(BriefingValidator::MaxAgendaAreas)
                  .arg(areas)
                  .arg(BriefingValidator::MaxAgendaAreas + 1));
    }
    list(top, {}, QStringLiteral("agenda"), true, [&](const QJsonObject &o, const QString &p) {
        checkKeys(o, p, {u"id"_qs, u"title"_qs, u"summary"_qs, u"items"_qs});
        AgendaArea area;
        area.id = id(o, p);
        area.title = text(o, p, QStringLiteral("title"), true);
        area.summary = text(o, p, QStringLiteral("summary"), false);
        list(o, p, QStringLiteral("items"), true, [&](const QJsonObject &io, const QString &ip) {
            checkKeys(io, ip, keys.entry, keys.version2);
            AgendaItem item;
            readEntry(item, io, ip, true, true);
            item.area = area.id;
            area.items.append(item);
        });
        doc.agenda.append(area);
    });
}

// The tensions, the background and the expected outcomes.
void Walker::readEntrySections(const QJsonObject &top)
{
    const EntryKeys &keys = entryKeys();
    list(top, {}, QStringLiteral("tensions"), false, [&](const QJsonObject &o, const QString &p) {
        checkKeys(o, p, keys.tension, keys.version2);
        Tension tension;
        readEntry(tension, o, p, true, true);
        tension.parties = refs(o, p, QStringLiteral("parties"), {Kind::Country, Kind::Person},
                               tension.id, true);
        tension.severity = choice<Tension::Severity>(o, p, QStringLiteral("severity"),
                                                     Vocabulary::severities(),
                                                     Tension::Severity::Medium, true);
        tension.status = choice<Tension::Status>(o, p, QStringLiteral("status"),
                                                 Vocabulary::tensionStatuses(),
                                                 Tension::Status::Open, true, {u"unknown"_qs});
        doc.tensions.append(tension);
    });

    list(top, {}, QStringLiteral("background"), false, [&](const QJsonObject &o, const QString &p) {
        checkKeys(o, p, keys.entry, keys.version2);
        BackgroundSection section;
        readEntry(section, o, p, true, false);
        doc.background.append(section);
    });

    list(top, {}, QStringLiteral("outcomes"), false, [&](const QJsonObject &o, const QString &p) {
        checkKeys(o, p, keys.outcome, keys.version2);
        Outcome outcome;
        readEntry(outcome, o, p, false, true);
        outcome.status = choice<Outcome::Status>(o, p, QStringLiteral("status"),
                                                 Vocabulary::outcomeStatuses(),
                                                 Outcome::Status::Expected, true,
                                                 {u"unclear"_qs});
        doc.outcomes.append(outcome);
    });
}

// The lanes, periods and events of the timeline.
void Walker::readTimeline(const QJsonObject &top)
{
    list(top, {}, QStringLiteral("lanes"), false, [this](const QJsonObject &o, const QString &p) {
        checkKeys(o, p, {u"id"_qs, u"title"_qs});
        Lane lane;
        lane.id = id(o, p);
        lane.title = text(o, p, QStringLiteral("title"), true);
        doc.lanes.append(lane);
    });

    list(top, {}, QStringLiteral("periods"), false, [this](const QJsonObject &o, const QString &p) {
        checkKeys(o, p, {u"id"_qs, u"title"_qs, u"date"_qs});
        Period period;
        period.id = id(o, p);
        period.title = text(o, p, QStringLiteral("title"), true);
        period.date = date(o, p, QStringLiteral("date"), true);
        if (period.date.isValid() && !period.date.isSpan()) {
            error(field(p, QStringLiteral("date")),
                  BriefingValidator::tr("a period needs a span such as \"2020-09-27/2020-11-10\""));
        }
        doc.periods.append(period);
    });

    list(top, {}, QStringLiteral("events"), false, [&](const QJsonObject &o, const QString &p) {
        checkKeys(o, p, entryKeys().event);
        TimelineEvent event;
        readEntry(event, o, p, false, true);
        event.date = date(o, p, QStringLiteral("date"), true);
        static const KindSet laneKinds{Kind::Lane, Kind::AgendaArea};
        event.lane = ref(o, p, QStringLiteral("lane"), laneKinds, event.id, false);
        doc.events.append(event);
    });
}

// Version 2: territories drawn as areas on the map.
void Walker::readAreas(const QJsonObject &top)
{
    // Said where the section is read, so that problems come in the order of the format.
    if (top.contains(u"areas"))
        needsVersion2(QStringLiteral("/areas"),
                      BriefingValidator::tr("the field \"%1\"").arg(u"areas"_qs));
    list(top, {}, QStringLiteral("areas"), false, [this](const QJsonObject &o, const QString &p) {
        checkKeys(o, p,
                  {u"id"_qs, u"name"_qs, u"kind"_qs, u"rings"_qs, u"approximate"_qs, u"note"_qs,
                   u"sources"_qs, u"confidence"_qs});
        MapArea area;
        area.id = id(o, p);
        area.name = text(o, p, QStringLiteral("name"), true);
        area.kind = choice<MapArea::Kind>(o, p, QStringLiteral("kind"), Vocabulary::areaKinds(),
                                          MapArea::Kind::Disputed, true);
        const QJsonArray rings = array(o, p, QStringLiteral("rings"), true);
        const QString ringsPath = field(p, QStringLiteral("rings"));
        if (o.value(u"rings").isArray() && rings.isEmpty()) {
            error(ringsPath, BriefingValidator::tr("an area needs at least one ring of points, "
                                                   "such as [[{\"lat\": …, \"lon\": …}, …]]"));
        }
        for (qsizetype i = 0; i < rings.size(); ++i) {
            const QString ringPath = element(ringsPath, i);
            if (!rings.at(i).isArray()) {
                error(ringPath, BriefingValidator::tr("each ring of an area is a list of points "
                                                      "[{\"lat\": …, \"lon\": …}, …], but this "
                                                      "one is %1")
                                    .arg(typeName(rings.at(i))));
                continue;
            }
            const QJsonArray ring = rings.at(i).toArray();
            if (ring.size() < 3) {
                error(ringPath, BriefingValidator::tr("a ring of an area needs at least three "
                                                      "points, but this one has %n; the ring "
                                                      "closes itself, so the first point is not "
                                                      "repeated at the end",
                                                      nullptr, int(ring.size())));
            }
            area.rings.append(points(ring, ringPath));
        }
        area.approximate = flag(o, p, QStringLiteral("approximate"));
        area.note = text(o, p, QStringLiteral("note"), false);
        area.sources = refs(o, p, QStringLiteral("sources"), {Kind::Source}, area.id);
        area.confidence = choice(o, p, QStringLiteral("confidence"), Vocabulary::confidences(),
                                 Confidence::Unstated, false);
        doc.areas.append(area);
    });
}

// Version 2: the guest's journey, stop by stop and leg by leg, in its order.
void Walker::readItinerary(const QJsonObject &top)
{
    static const QStringList stopKeys{u"place"_qs, u"country"_qs, u"met"_qs};
    static const QStringList legKeys{u"from"_qs, u"to"_qs, u"mode"_qs, u"line"_qs};
    if (top.contains(u"itinerary")) {
        needsVersion2(QStringLiteral("/itinerary"),
                      BriefingValidator::tr("the field \"%1\"").arg(u"itinerary"_qs));
    }
    FuzzyDate previous;
    list(top, {}, QStringLiteral("itinerary"), false, [&](const QJsonObject &o, const QString &p) {
        checkKeys(o, p, entryKeys().step);
        ItineraryStep step;
        readEntry(step, o, p, false, true);
        const int errors = m_errorCount;
        step.kind = choice<ItineraryStep::Kind>(o, p, QStringLiteral("kind"),
                                                Vocabulary::stepKinds(),
                                                ItineraryStep::Kind::Stop, true);
        const bool kindKnown = m_errorCount == errors;
        const bool stop = step.kind == ItineraryStep::Kind::Stop;
        step.date = date(o, p, QStringLiteral("date"), true);
        // A key of the other kind of step is a mistake the reader would not see otherwise.
        if (kindKnown) {
            for (const QString &key : stop ? legKeys : stopKeys) {
                if (!o.contains(key))
                    continue;
                error(field(p, key), stop ? BriefingValidator::tr("\"%1\" belongs to a leg, not "
                                                                  "to a stop")
                                                .arg(key)
                                          : BriefingValidator::tr("\"%1\" belongs to a stop, not "
                                                                  "to a leg")
                                                .arg(key));
            }
        }
        QStringList stepPlaces;
        if (stop && kindKnown) {
            step.place = ref(o, p, QStringLiteral("place"), {Kind::Place}, step.id, true);
            step.country = ref(o, p, QStringLiteral("country"), {Kind::Country}, step.id, false);
            if (!step.country.isEmpty() && !doc.visit.hostCountries.isEmpty()
                && !doc.visit.hostCountries.contains(step.country)) {
                error(field(p, QStringLiteral("country")),
                      BriefingValidator::tr("\"%1\" is not one of the visit's host countries "
                                            "(%2); a stop's \"country\" names the host country "
                                            "it is in, or is left out")
                          .arg(step.country, doc.visit.hostCountries.join(u", "_qs)));
            }
            step.met = refs(o, p, QStringLiteral("met"), {Kind::Person}, step.id);
            stepPlaces.append(step.place);
        } else if (kindKnown) {
            step.from = ref(o, p, QStringLiteral("from"), {Kind::Place}, step.id, true);
            step.to = ref(o, p, QStringLiteral("to"), {Kind::Place}, step.id, true);
            if (!step.from.isEmpty() && step.from == step.to) {
                error(field(p, QStringLiteral("to")),
                      BriefingValidator::tr("a leg goes from one place to another, but \"from\" "
                                            "and \"to\" are both \"%1\"")
                          .arg(step.to));
            }
            step.mode = choice(o, p, QStringLiteral("mode"), Vocabulary::travelModes(),
                               ItineraryStep::Mode::Unstated, false);
            step.line = ref(o, p, QStringLiteral("line"), {Kind::Line}, step.id, false);
            stepPlaces << step.from << step.to;
            if (!step.line.isEmpty() && !step.lines.contains(step.line))
                step.lines.prepend(step.line);
        }
        // "Entries here" and the map's selection find a step by its places, as any entry.
        for (auto it = stepPlaces.crbegin(); it != stepPlaces.crend(); ++it) {
            if (!it->isEmpty() && !step.places.contains(*it))
                step.places.prepend(*it);
        }
        if (step.date.isValid() && previous.isValid() && step.date.firstDay() < previous.firstDay()) {
            warning(field(p, QStringLiteral("date")),
                    BriefingValidator::tr("this step begins before the step above it; the "
                                          "itinerary lists its steps in the order of the journey"));
        }
        if (step.date.isValid())
            previous = step.date;
        doc.itinerary.append(step);
    });
}

} // namespace

BriefingValidator::Result BriefingValidator::validate(const QJsonValue &root,
                                                     FuzzyDate::Offsets offsets)
{
    Walker walker;
    walker.offsets = offsets;
    walker.run(root);
    Result result;
    // A good file in three languages can have hundreds of untranslated texts: one warning per
    // language says how many, pointing at the list of languages; the notes say which.
    for (auto missing = walker.m_untranslated.cbegin(); missing != walker.m_untranslated.cend();
         ++missing) {
        for (auto shown = missing->cbegin(); shown != missing->cend(); ++shown) {
            walker.problems.append(Problem{
                Problem::Severity::Warning,
                tr("%n text(s) have no %1 version; they are shown in %2. briefing --check lists "
                   "them.", nullptr, shown.value())
                    .arg(ProgramLanguages::name(missing.key()), ProgramLanguages::name(shown.key())),
                QStringLiteral("/languages"), {}, 0, 0});
        }
    }
    if (walker.m_problemCount > MaxProblems) {
        walker.problems.append(Problem{walker.m_errorCount > 0 ? Problem::Severity::Error
                                                               : Problem::Severity::Warning,
                                       tr("… and %n more problems", nullptr,
                                          walker.m_problemCount - MaxProblems),
                                       {}, {}, 0, 0});
    }
    // The notes are left out of a file that cannot be opened: its errors come first.
    if (walker.m_errorCount == 0) {
        qsizetype untranslated = 0;
        for (const auto &byShown : std::as_const(walker.m_untranslated)) {
            for (int count : byShown)
                untranslated += count;
        }
        walker.problems.append(walker.m_notes);
        if (untranslated > walker.m_notes.size()) {
            walker.problems.append(Problem{Problem::Severity::Note,
                                           tr("… and %n more text(s) without a translation",
                                              nullptr, int(untranslated - walker.m_notes.size())),
                                           {}, {}, 0, 0});
        }
    }
    result.problems = std::move(walker.problems);
    if (walker.m_errorCount == 0)
        result.briefing = std::make_shared<Briefing>(std::move(walker.doc));
    return result;
}
