#include "document/jsonscanner.h"

#include <rapidjson/error/error.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}


// Receives RapidJSON's SAX events and keeps the path of the value being read, so that a
// failure (or a value looked for) can be named by its JSON Pointer and its byte offset.
class PathTracker : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, PathTracker>
{
public:
    // Frames are kept when their value closes and reused by the next value at that depth, so
    // reading a file allocates for its deepest path and its widest object, not for each value.
    struct Frame
    {
        bool object = false;
        int nextIndex = 0;                 // arrays: index of the next element
        std::string key;                   // objects: the key of the value being read
        std::vector<std::string> keys;     // objects: keys seen so far (the first keyCount)
        size_t keyCount = 0;
        std::unordered_set<std::string> manyKeys; // objects with many keys: all of them
        static constexpr size_t FewKeys = 16; // up to here a look through the list is quickest

        // False when the object already has the current key.
        bool addKey()
        {
            if (keyCount < FewKeys) {
                const auto seen = keys.cbegin() + qsizetype(keyCount);
                if (std::find(keys.cbegin(), seen, key) != seen)
                    return false;
                if (keyCount < keys.size())
                    keys[keyCount] = key;
                else
                    keys.push_back(key);
                ++keyCount;
                return true;
            }
            if (keyCount == FewKeys)
                manyKeys.insert(keys.cbegin(), keys.cbegin() + qsizetype(FewKeys));
            if (!manyKeys.insert(key).second)
                return false;
            ++keyCount;
            return true;
        }

        void reset(bool isObject)
        {
            object = isObject;
            nextIndex = 0;
            key.clear();
            if (keyCount > FewKeys)
                manyKeys.clear();
            keyCount = 0;
        }
    };

    PathTracker(const rapidjson::MemoryStream &stream, const QByteArray &data)
        : m_stream(stream), m_data(data)
    {
    }

    // What the caller wants from the pass.
    const JsonScanner::Limits *limits = nullptr;
    const QSet<QString> *wanted = nullptr;
    QList<JsonScanner::RepeatedKey> *repeated = nullptr; // listed here instead of failing
    QHash<QString, qsizetype> found;
    std::optional<JsonScanner::Failure> failure;

    bool Null() { return scalar(); }
    bool Bool(bool) { return scalar(); }
    bool Int(int) { return scalar(); }
    bool Uint(unsigned) { return scalar(); }
    bool Int64(int64_t) { return scalar(); }
    bool Uint64(uint64_t) { return scalar(); }
    bool Double(double) { return scalar(); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return scalar(); }

    bool String(const char *, rapidjson::SizeType length, bool)
    {
        if (limits && qsizetype(length) > limits->maxStringBytes) {
            fail(valueStart(), JsonScanner::tr("this text is longer than the limit of about "
                                               "%n characters", nullptr,
                                               int(limits->maxStringBytes / 4)));
            return false;
        }
        return scalar();
    }

    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        Frame &frame = m_frames[m_depth - 1];
        frame.key.assign(text, length);
        if (limits) {
            if (!frame.addKey()) {
                const qsizetype keyStart = valueStart();
                m_lastEnd = m_stream.Tell();
                const QString key = QString::fromUtf8(text, length);
                if (repeated) {
                    repeated->append({keyStart, key, path()});
                    return true;
                }
                fail(keyStart, JsonScanner::repeatedKeyMessage(key));
                return false;
            }
        }
        m_lastEnd = m_stream.Tell();
        return true;
    }

    bool StartObject() { return open(true); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(false); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    QString path() const
    {
        QString pointer;
        for (size_t i = 0; i < m_depth; ++i) {
            const Frame &frame = m_frames[i];
            if (frame.object) {
                if (!frame.key.empty())
                    pointer += u'/' + JsonScanner::pointerToken(QString::fromStdString(frame.key));
            } else {
                pointer += u'/' + QString::number(frame.nextIndex);
            }
        }
        return pointer;
    }

private:
    // The value that starts now lies after whatever separates it from the previous token.
    qsizetype valueStart() const
    {
        qsizetype at = qsizetype(m_lastEnd);
        while (at < m_data.size()) {
            const char c = m_data.at(at);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ':' && c != ',')
                break;
            ++at;
        }
        return at;
    }

    bool looking() const { return wanted && !wanted->isEmpty(); }

    void noteValue(qsizetype start)
    {
        const QString here = path();
        if (wanted->contains(here))
            found.insert(here, start);
    }

    void advance()
    {
        if (m_depth > 0) {
            Frame &frame = m_frames[m_depth - 1];
            if (frame.object)
                frame.key.clear();
            else
                ++frame.nextIndex;
        }
        m_lastEnd = m_stream.Tell();
    }

    bool scalar()
    {
        if (looking())
            noteValue(valueStart());
        advance();
        return true;
    }

    bool open(bool object)
    {
        const qsizetype start = valueStart();
        if (looking())
            noteValue(start);
        if (limits && int(m_depth) >= limits->maxDepth) {
            fail(start, JsonScanner::tr("the data is nested deeper than %1 levels")
                            .arg(limits->maxDepth));
            return false;
        }
        if (m_depth == m_frames.size())
            m_frames.emplace_back();
        m_frames[m_depth++].reset(object);
        // The iterative parser reports the bracket before it moves past it.
        m_lastEnd = size_t(start) + 1;
        return true;
    }

    bool close()
    {
        --m_depth;
        // The closing bracket is the first token after this container's last value (or its
        // opening bracket). The parser may report it before it moves past it; and after "]}"
        // the character before its position is a bracket either way, so only this tells
        // whether the next value starts past the bracket.
        qsizetype bracket = qsizetype(m_lastEnd);
        while (bracket < m_data.size() && isJsonSpace(m_data.at(bracket)))
            ++bracket;
        advance();
        if (bracket < m_data.size() && (m_data.at(bracket) == '}' || m_data.at(bracket) == ']')) {
            m_lastEnd = size_t(bracket + 1);
            return true;
        }
        // Otherwise step over the bracket, or the next value would be placed at the bracket,
        // on the line before it.
        qsizetype at = qsizetype(m_lastEnd);
        if (at == 0 || (m_data.at(at - 1) != '}' && m_data.at(at - 1) != ']')) {
            while (at < m_data.size() && m_data.at(at) != '}' && m_data.at(at) != ']')
                ++at;
            m_lastEnd = size_t(std::min(at + 1, m_data.size()));
        }
        return true;
    }

    void fail(qsizetype offset, const QString &message)
    {
        failure = JsonScanner::Failure{offset, message, path()};
    }

    const rapidjson::MemoryStream &m_stream;
    const QByteArray &m_data;
    std::vector<Frame> m_frames; // the first m_depth are the path to the current value
    size_t m_depth = 0;
    size_t m_lastEnd = 0;
};

QString syntaxMessage(rapidjson::ParseErrorCode code)
{
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
        return JsonScanner::tr("the file holds no JSON value");
    case rapidjson::kParseErrorDocumentRootNotSingular:
        return JsonScanner::tr("there is more text after the end of the JSON value");
    case rapidjson::kParseErrorValueInvalid:
        return JsonScanner::tr("this is not a JSON value (a missing quote, or a stray "
                               "character?)");
    case rapidjson::kParseErrorObjectMissName:
        return JsonScanner::tr("expected a key in double quotes (a trailing comma?)");
    case rapidjson::kParseErrorObjectMissColon:
        return JsonScanner::tr("expected \":\" after the key");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        return JsonScanner::tr("expected \",\" or \"}\" (a missing comma?)");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return JsonScanner::tr("expected \",\" or \"]\" (a missing comma?)");
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
    case rapidjson::kParseErrorStringEscapeInvalid:
        return JsonScanner::tr("a backslash escape in this text is not valid JSON");
    case rapidjson::kParseErrorStringMissQuotationMark:
        return JsonScanner::tr("a text is not closed with a double quote");
    case rapidjson::kParseErrorStringInvalidEncoding:
        return JsonScanner::tr("the text is not valid UTF-8; save the file with UTF-8 encoding");
    case rapidjson::kParseErrorNumberTooBig:
        return JsonScanner::tr("this number is too large");
    case rapidjson::kParseErrorNumberMissFraction:
    case rapidjson::kParseErrorNumberMissExponent:
        return JsonScanner::tr("this number is incomplete");
    default:
        break;
    }
    return JsonScanner::tr("this is not valid JSON");
}

} // namespace

QString JsonScanner::repeatedKeyMessage(const QString &key)
{
    return tr("the key \"%1\" appears twice in this object; keep one of them").arg(key);
}

std::optional<JsonScanner::Failure> JsonScanner::check(const QByteArray &data, const Limits &limits,
                                                       QList<RepeatedKey> *repeated)
{
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        return Failure{nul, tr("the file contains a NUL byte: it is not a text file, or it is "
                               "damaged"), {}};
    }
    if (data.isEmpty())
        return Failure{0, tr("the file is empty"), {}};
    if (std::all_of(data.cbegin(), data.cend(), isJsonSpace)) {
        return Failure{0, tr("the file holds only white space (spaces, tabs or line breaks) and "
                             "no briefing"), {}};
    }

    rapidjson::MemoryStream stream(data.constData(), size_t(data.size()));
    PathTracker tracker(stream, data);
    tracker.limits = &limits;
    tracker.repeated = repeated;
    rapidjson::Reader reader;
    const rapidjson::ParseResult result =
        reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(
            stream, tracker);
    if (tracker.failure)
        return tracker.failure;
    if (result.IsError()) {
        const qsizetype offset = qsizetype(result.Offset());
        QString message = syntaxMessage(result.Code());
        if (offset >= data.size()) {
            message = tr("the file ends before the JSON is complete (was it cut off?)");
        }
        return Failure{offset, message, tracker.path()};
    }
    return std::nullopt;
}

QHash<QString, qsizetype> JsonScanner::locate(const QByteArray &data, const QSet<QString> &paths)
{
    rapidjson::MemoryStream stream(data.constData(), size_t(data.size()));
    PathTracker tracker(stream, data);
    tracker.wanted = &paths;
    rapidjson::Reader reader;
    reader.Parse<rapidjson::kParseIterativeFlag>(stream, tracker);
    return tracker.found;
}

QList<std::pair<int, int>> JsonScanner::lineColumns(const QByteArray &data,
                                                    const QList<qsizetype> &offsets)
{
    std::vector<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\n')
            lineStarts.push_back(i + 1);
    }
    QList<std::pair<int, int>> result;
    result.reserve(offsets.size());
    for (qsizetype offset : offsets) {
        offset = std::clamp<qsizetype>(offset, 0, data.size());
        const auto next = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), offset);
        const qsizetype lineStart = *(next - 1);
        int column = 1;
        for (qsizetype i = lineStart; i < offset; ++i) {
            // UTF-8 continuation bytes (10xxxxxx) do not start a character.
            if ((static_cast<unsigned char>(data.at(i)) & 0xC0) != 0x80)
                ++column;
        }
        result.append({int(next - lineStarts.cbegin()), column});
    }
    return result;
}

QString JsonScanner::pointerToken(const QString &key)
{
    if (!key.contains(u'~') && !key.contains(u'/'))
        return key; // the usual case, and no copy
    QString token = key;
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}
