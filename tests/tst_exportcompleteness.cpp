// The PDF and the HTML copy say everything the detail pane says about every entry, place and
// line, in every language: the pane's own page compared with the export read back as a reader
// gets it (poppler's pdftotext, and the HTML's text).

#include "document/briefingreader.h"
#include "document/textlist.h"
#include "export/briefingexporter.h"
#include "gui/languagemanager.h"
#include "document/vocabulary.h"
#include "models/entryfields.h"
#include "models/entryhtml.h"
#include "testdata.h"
#include "v2briefing.h"
#include "tourbriefing.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of the pages without their running header and footer (the title, "Page 1 of 9",
// the date), which would otherwise stand in the middle of a paragraph that runs onto the next
// page: only the A4 content area (24 mm from the top, 22 mm from the bottom) is read.
// The lines a page clips at its edges are in its content too, and come out without the
// crop.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments{u"-x"_qs, u"0"_qs, u"-y"_qs, u"64"_qs, u"-W"_qs, u"595"_qs,
                          u"-H"_qs, u"720"_qs, pdf, u"-"_qs};
    if (page > 0)
        arguments = QStringList{u"-f"_qs, QString::number(page), u"-l"_qs,
                                QString::number(page)} + arguments;
    return run(u"pdftotext"_qs, arguments);
}

// Text as it is compared: extraction yields presentation forms and drops joiners and direction
// marks, and lines wrap at other places on paper than in the pane, so all white space goes.
QString comparable(const QString &text)
{
    QString plain = text.normalized(QString::NormalizationForm_KC);
    plain.remove(QRegularExpression(
        u"[\\s\\x{200c}-\\x{200f}\\x{2060}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}\\x{fffc}]"_qs));
    // The font's final forms of Persian yeh and kaf extract as their Arabic twins.
    plain.replace(QChar(0x064A), QChar(0x06CC)).replace(QChar(0x0643), QChar(0x06A9));
    // Punctuation and marks go too: pdftotext puts a Persian sentence's full stop at its
    // start, a hamza after the letter that follows its own («فوریٔه»), and drops a hyphen where
    // a line breaks after it. The letters stay.
    plain.remove(QRegularExpression(u"[\\p{P}\\p{S}\\p{M}]"_qs));
    return plain;
}

// Whether `haystack` (comparable) holds `string`. pdftotext orders a line that mixes Persian
// words, digits and Latin words in its own way (a Latin name wrapped in a Persian line comes
// out with the rest of the line between its words), and a table row that runs onto the next
// page has the table's header row in its middle there; so a string also counts as found when
// all its words stand close together, in any order.
bool holds(const QString &haystack, const QString &string)
{
    const QString needle = comparable(string);
    if (haystack.contains(needle))
        return true;
    QStringList words;
    for (const QString &word : string.split(QRegularExpression(u"[\\s\\p{P}\\p{S}]+"_qs))) {
        if (const QString w = comparable(word); !w.isEmpty())
            words << w;
    }
    if (words.isEmpty())
        return false;
    const QString longest =
        *std::max_element(words.cbegin(), words.cend(),
                          [](const QString &a, const QString &b) { return a.size() < b.size(); });
    const qsizetype reach = needle.size() + 200;
    for (qsizetype at = haystack.indexOf(longest); at >= 0; at = haystack.indexOf(longest, at + 1)) {
        const QString near = haystack.mid(qMax<qsizetype>(0, at - reach), 2 * reach);
        if (std::all_of(words.cbegin(), words.cend(),
                        [&near](const QString &word) { return near.contains(word); }))
            return true;
    }
    return false;
}

QStringList allIds(const Briefing &b)
{
    QStringList ids;
    for (const AgendaArea &area : b.agenda) {
        for (const AgendaItem &item : area.items)
            ids << item.id;
    }
    for (const Tension &tension : b.tensions)
        ids << tension.id;
    for (const BackgroundSection &section : b.background)
        ids << section.id;
    for (const Outcome &outcome : b.outcomes)
        ids << outcome.id;
    for (const TimelineEvent &event : b.events)
        ids << event.id;
    for (const Place &place : b.places)
        ids << place.id;
    for (const MapLine &line : b.lines)
        ids << line.id;
    for (const MapArea &area : b.areas)
        ids << area.id;
    for (const ItineraryStep &step : b.itinerary)
        ids << step.id;
    return ids;
}

} // namespace

class TestExportCompleteness : public QObject
{
    Q_OBJECT

    struct Exported
    {
        QString pdfText;
        QString html;
        QString htmlText;
    };

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    QHash<QString, BriefingPtr> m_briefings;
    QHash<QString, Exported> m_exports; // by briefing and language

    BriefingPtr briefing(const QString &name)
    {
        if (!m_briefings.contains(name)) {
            if (name == u"person-party"_qs) {
                m_briefings.insert(name, withPersonAmongParties());
            } else if (name == u"v2"_qs) {
                m_briefings.insert(name, version2());
            } else if (name == u"tour"_qs) {
                m_briefings.insert(name, TourBriefing::make());
            } else if (name == u"tour-example"_qs) {
                m_briefings.insert(name, BriefingReader::readFile(testDataPath(
                                             u"valid/tour-example.briefing.json"_qs))
                                             .briefing);
            } else {
                const QString file = name == u"built-in"_qs ? BriefingReader::builtInFileName()
                    : name == u"xi"_qs
                    ? testDataPath(u"valid/xi-latin-america-2024.briefing.json"_qs)
                    : testDataPath(u"valid/fiji-working-visit.briefing.json"_qs);
                m_briefings.insert(name, BriefingReader::readFile(file).briefing);
            }
        }
        return m_briefings.value(name);
    }

    // The built-in briefing with a person among the parties of its first tension, as a
    // briefing may name one ("Parties: Iran, Volodymyr Zelensky").
    static BriefingPtr withPersonAmongParties()
    {
        QFile file(BriefingReader::builtInFileName());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QString person = root.value(u"people"_qs).toArray().first().toObject()
                                   .value(u"id"_qs).toString();
        QJsonArray tensions = root.value(u"tensions"_qs).toArray();
        QJsonObject tension = tensions.first().toObject();
        QJsonArray parties = tension.value(u"parties"_qs).toArray();
        parties.append(person);
        tension.insert(u"parties"_qs, parties);
        tensions.replace(0, tension);
        root.insert(u"tensions"_qs, tensions);
        return BriefingReader::readData(QJsonDocument(root).toJson(), u"person-party.json"_qs)
            .briefing;
    }

    // What version 2 adds (confidence on every kind of entry and on sources, an area, a place
    // without a position, the new statuses), built in the test. Its itinerary is left out: the
    // programme that shows it has tests of its own.
    static BriefingPtr version2()
    {
        const BriefingPtr made = V2Briefing::make();
        if (!made)
            return {};
        auto b = std::make_shared<Briefing>(*made);
        b->itinerary.clear();
        b->buildIndex();
        return b;
    }

    QString pdfFile(const QString &name, const QString &language) const
    {
        return m_dir.filePath(name + u'-' + language + u".pdf"_qs);
    }

    // The briefing exported whole, as PDF and HTML, once per language.
    const Exported &exported(const QString &name, const QString &language)
    {
        const QString key = name + u'/' + language;
        if (!m_exports.contains(key)) {
            ExportOptions options;
            options.language = language;
            const BriefingExporter exporter(briefing(name), options);
            const QString pdf = pdfFile(name, language);
            Exported result;
            if (exporter.writePdf(pdf, nullptr))
                result.pdfText = pdfText(pdf);
            result.html = exporter.html();
            QTextDocument document;
            document.setHtml(result.html);
            result.htmlText = document.toPlainText();
            m_exports.insert(key, result);
        }
        return m_exports[key];
    }

    // The strings the detail pane shows for `id`: its page's runs of text, cut at the
    // separators of lists and facts (which paper may set differently), the fallback notice
    // left out (marking fallback text is a rule of its own).
    QStringList paneStrings(const BriefingPtr &b, const QString &language, const QString &id)
    {
        QTextDocument pane;
        pane.setHtml(EntryHtml(b, language).entry(id));
        const QLocale locale(language);
        const QRegularExpression cuts(QRegularExpression::escape(TextList::separator(locale))
                                      + u'|' + QRegularExpression::escape(TextList::comma(locale))
                                      + u"|\\s—\\s"_qs);
        QStringList notice =
            EntryHtml::tr("(not available in this language; shown in %1)").split(u"%1"_qs);
        for (QString &part : notice)
            part = QRegularExpression::escape(part);
        const QRegularExpression fallback(u"^"_qs + notice.join(u".*"_qs) + u'$');
        // The pane numbers its sources as a list; paper cites them by their own numbers.
        static const QRegularExpression listNumber(u"^\\p{Nd}+\\.\\s"_qs);
        QStringList strings;
        for (QTextBlock block = pane.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QString run = it.fragment().text().simplified().remove(listNumber);
                if (run.isEmpty() || fallback.match(run).hasMatch())
                    continue;
                for (const QString &piece : run.split(cuts, Qt::SkipEmptyParts)) {
                    if (!comparable(piece).isEmpty())
                        strings << piece.trimmed();
                }
            }
        }
        return strings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
            QFAIL("pdftotext is missing (poppler-utils)");
        QVERIFY(m_dir.isValid());
        QVERIFY(briefing(u"built-in"_qs));
        QVERIFY(briefing(u"fiji"_qs));
        QVERIFY(briefing(u"xi"_qs));
        QVERIFY(briefing(u"person-party"_qs));
        QVERIFY(briefing(u"v2"_qs));
        QVERIFY(briefing(u"tour"_qs));
    }

    void programme_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("en") << u"en"_qs
                            << QStringList{u"Host countries"_qs, u"Fiji and Tonga"_qs,
                                           u"In Fiji:"_qs, u"Losana Example"_qs, u"In Tonga:"_qs,
                                           u"Aisake Eke"_qs, u"Programme"_qs, u"28 April 2025"_qs,
                                           u"14:05–18:30"_qs, u"Talks in Suva"_qs,
                                           u"21:00 (UTC+12)"_qs, u"Night drive to Nadi"_qs,
                                           u"from Suva to Nadi"_qs, u"By road"_qs, u"29 April 2025"_qs,
                                           u"Flight to Tonga"_qs, u"By air"_qs, u"Visit to Tonga"_qs,
                                           u"Met: Aisake Eke"_qs, u"Timeline of events"_qs,
                                           u"Itinerary"_qs};
        QTest::newRow("fa") << u"fa"_qs
                            << QStringList{u"۸ اردیبهشت ۱۴۰۴"_qs, u"گفت‌وگو در سووا"_qs,
                                           u"سفر شبانه به نادی"_qs, u"۹ اردیبهشت ۱۴۰۴"_qs,
                                           u"پرواز به تونگا"_qs, u"دیدار از تونگا"_qs};
    }

    // The PDF has the programme after the overview: every day, every step in order, with its
    // time, its places and how the guest travelled; the events table has the steps too.
    void programme()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, order);
        QVERIFY(m_languages.setLanguage(language));
        const QString pdf = comparable(exported(u"tour"_qs, language).pdfText);
        qsizetype previous = -1;
        for (const QString &part : std::as_const(order)) {
            const qsizetype at = pdf.indexOf(comparable(part), previous + 1);
            QVERIFY2(at > previous, qPrintable(part));
            previous = at;
        }
        // The example tour file, read as version 2, has its programme in order too.
        if (language == u"en"_qs) {
            const QString example = comparable(exported(u"tour-example"_qs, language).pdfText);
            previous = -1;
            for (const QString &part :
                 {u"Programme"_qs, u"10 March 2031"_qs, u"Flight to the capital of Country B"_qs,
                  u"Talks in the capital of Country B"_qs, u"11 March 2031"_qs,
                  u"21:30 (UTC+2)"_qs, u"Overnight train to the capital of Country C"_qs,
                  u"12 March 2031"_qs, u"Meeting with the President of Country C"_qs}) {
                const qsizetype at = example.indexOf(comparable(part), previous + 1);
                QVERIFY2(at > previous, qPrintable(part));
                previous = at;
            }
        }
        // A version 1 briefing has no programme section.
        QVERIFY(!exported(u"fiji"_qs, language).pdfText.contains(u"Met:"_qs));
    }

    void everyFieldOfThePane_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        for (const QString &name : {u"built-in"_qs, u"fiji"_qs, u"v2"_qs, u"tour"_qs, u"xi"_qs}) {
            for (const QString &language : {u"en"_qs, u"az"_qs, u"fa"_qs})
                QTest::addRow("%s %s", qPrintable(name), qPrintable(language)) << name << language;
        }
    }

    // Every string the pane shows for every entry, place, line and area is in the PDF and in
    // the HTML: texts, notes, confidence, names, places and lines, related entries, sources
    // with their confidence and notes.
    void everyFieldOfThePane()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        const BriefingPtr b = briefing(name);
        const Exported &copy = exported(name, language);
        QVERIFY(!copy.pdfText.isEmpty());
        const QString pdf = comparable(copy.pdfText);
        const QString html = comparable(copy.htmlText);
        QStringList missing;
        int checked = 0;
        for (const QString &id : allIds(*b)) {
            for (const QString &string : paneStrings(b, language, id)) {
                ++checked;
                if (!holds(pdf, string))
                    missing << id + u" (PDF): "_qs + string;
                if (!holds(html, string))
                    missing << id + u" (HTML): "_qs + string;
            }
        }
        QVERIFY(checked > 100);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 12).join(u'\n')
                                               + u"\n… "_qs + QString::number(missing.size())));
    }

    void crossReferences_data() { everyFieldOfThePane_data(); }

    // Each entry the pane links to is a link in the HTML copy, to an anchor that is there.
    void crossReferences()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        const BriefingPtr b = briefing(name);
        const QString &html = exported(name, language).html;
        QSet<QString> anchors;
        static const QRegularExpression anchor(u"\\sid=\"([^\"]+)\""_qs);
        for (const QRegularExpressionMatch &match : anchor.globalMatch(html))
            anchors.insert(match.captured(1));
        static const QRegularExpression link(u"href=\"#([^\"]+)\""_qs);
        int links = 0;
        for (const QRegularExpressionMatch &match : link.globalMatch(html)) {
            ++links;
            QVERIFY2(anchors.contains(match.captured(1)), qPrintable(match.captured(1)));
        }
        for (const QString &id : allIds(*b)) {
            QTextDocument pane;
            pane.setHtml(EntryHtml(b, language).entry(id));
            for (QTextBlock block = pane.begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QString target =
                        EntryHtml::idFromLink(QUrl(it.fragment().charFormat().anchorHref()));
                    if (!target.isEmpty()) {
                        QVERIFY2(html.contains(u"href=\"#"_qs + target + u'"'),
                                 qPrintable(id + u" → "_qs + target));
                    }
                }
            }
        }
        QVERIFY(links > 10);
    }

    void crossReferencesNameTheirPages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        for (const QString &name : {u"built-in"_qs, u"xi"_qs}) {
            for (const QString &language : {u"en"_qs, u"az"_qs, u"fa"_qs})
                QTest::addRow("%s %s", qPrintable(name), qPrintable(language)) << name << language;
        }
    }

    // In the PDF each related entry, place and line is named with its page ("p. 7", «ص ۷»),
    // and that page carries the entry's heading. The HTML copy links the same entries in the
    // same order, so its links say which entry each page number is for.
    void crossReferencesNameTheirPages()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        const BriefingPtr b = briefing(name);
        const Exported &copy = exported(name, language);
        QVERIFY(!copy.pdfText.isEmpty());
        QStringList targets;
        static const QRegularExpression link(u"href=\"#([^\"]+)\""_qs);
        static const QRegularExpression navigation(u"^section-\\d+$"_qs);
        for (const QRegularExpressionMatch &match : link.globalMatch(copy.html)) {
            if (!navigation.match(match.captured(1)).hasMatch())
                targets << match.captured(1);
        }
        QVERIFY(targets.size() > 50);

        // The word before the number as the translation gives it ("p.", «ص»), not inside a
        // word. pdftotext mirrors the brackets of a right-to-left line and moves them about
        // («باکو )ص (۴۲»), so they are left out.
        const QStringList around =
            BriefingExporter::tr("(p. %1)", "a cross-reference: the page the entry is on")
                .split(u"%1"_qs);
        QCOMPARE(around.size(), 2);
        const QString word = QString(around.first()).remove(u'(').remove(u')').trimmed();
        QVERIFY(!word.isEmpty());
        const QRegularExpression mark(u"(?<!\\p{L})"_qs + QRegularExpression::escape(word)
                                      + u"\\s*(\\p{Nd}+)"_qs);
        const QRegularExpression bracketed(u"(?<!\\p{L})"_qs + QRegularExpression::escape(word)
                                           + u"\\s*[()]\\s*(\\p{Nd}+)"_qs);
        const QRegularExpression alone(u"(?<!\\p{L})"_qs + QRegularExpression::escape(word)
                                       + u"(?!\\p{L})"_qs);
        static const QRegularExpression leadingNumber(u"^\\s*[()]\\s*(\\p{Nd}+)\\s"_qs);
        static const QRegularExpression directionMarks(
            u"[\\x{200e}\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]"_qs);

        const int pages = run(u"pdfinfo"_qs, {pdfFile(name, language)})
                              .section(u"Pages:"_qs, 1).split(u'\n').first().trimmed().toInt();
        QVERIFY(pages > 10);
        static const QRegularExpression digits(u"\\p{Nd}"_qs);
        QStringList pageTexts{QString()}; // 1-based, comparable(), without digits
        struct Mark
        {
            int page = 0;  // where it is printed
            int names = 0; // the page it names
            qsizetype at = 0; // where it ends in its page's comparable text
        };
        QList<Mark> marks;
        for (int page = 1; page <= pages; ++page) {
            // Persian letters are extracted in their presentation forms.
            QString text = pdfText(pdfFile(name, language), page)
                               .normalized(QString::NormalizationForm_KC);
            text.remove(directionMarks);
            pageTexts << comparable(text).remove(digits);
            const auto add = [&](const QString &numeral, qsizetype end) {
                int number = 0;
                for (const QChar digit : numeral)
                    number = number * 10 + digit.digitValue();
                marks.append({page, number, comparable(text.left(end)).remove(digits).size()});
            };
            qsizetype lineStart = 0;
            for (const QString &line : text.split(u'\n')) {
                // In a right-to-left line the number may follow a bracket after the word
                // («باکو )ص (۴۲»), or come out at the line's start with the word at its end
                // («(۱۹ )ص۱۳۸۸ اردیبهشت۸ …», where the digits after the word are a date's).
                bool found = false;
                for (const QRegularExpressionMatch &match : bracketed.globalMatch(line)) {
                    add(match.captured(1), lineStart + match.capturedEnd());
                    found = true;
                }
                if (!found && alone.match(line).hasMatch()) {
                    if (const QRegularExpressionMatch start = leadingNumber.match(line);
                        start.hasMatch()) {
                        add(start.captured(1), lineStart + line.size());
                        found = true;
                    }
                }
                if (!found) {
                    for (const QRegularExpressionMatch &match : mark.globalMatch(line))
                        add(match.captured(1), lineStart + match.capturedEnd());
                }
                lineStart += line.size() + 1;
            }
        }
        QCOMPARE(marks.size(), targets.size());

        // A title is looked for by the words of its start, letters only, close together in
        // any order: a title that wraps in a table cell is extracted with the other columns
        // between its lines, and pdftotext may turn a right-to-left title about («نه عضویت،
        // هم‌افزایی: «کمربند و راه») or swap the parts of a number («۲۰۲۳–۲۰۲۰»).
        const EntryFields fields(*b, language);
        const auto titleWords = [&](const QString &id) {
            QStringList start;
            qsizetype letters = 0;
            const QString title = b->text(fields.localizedTitle(id), language).text;
            for (const QString &piece : title.split(QRegularExpression(u"[\\s\\p{P}\\p{S}]+"_qs))) {
                const QString w = comparable(piece).remove(digits);
                if (w.isEmpty())
                    continue;
                start << w;
                if ((letters += w.size()) >= 24)
                    break;
            }
            return start;
        };
        // How often the words stand together in `text`, each time around its longest word.
        const auto count = [](const QString &text, const QStringList &start) {
            const QString longest = *std::max_element(
                start.cbegin(), start.cend(),
                [](const QString &x, const QString &y) { return x.size() < y.size(); });
            const qsizetype reach = start.join(QString()).size() + 40;
            int found = 0;
            for (qsizetype at = text.indexOf(longest); at >= 0;
                 at = text.indexOf(longest, at + longest.size())) {
                const QString near = text.mid(qMax<qsizetype>(0, at - reach), 2 * reach);
                found += std::all_of(start.cbegin(), start.cend(),
                                     [&near](const QString &w) { return near.contains(w); });
            }
            return found;
        };
        // The mentions of each entry's title that are cross-references, by page: the page
        // that carries its heading has its title once more. A cross-reference whose first
        // line ends the page before is not a mention on the page of its number.
        QHash<std::pair<int, QString>, int> mentions;
        for (qsizetype i = 0; i < marks.size(); ++i) {
            const Mark &m = marks.at(i);
            const qsizetype reach = 200;
            const QString before =
                pageTexts.at(m.page).mid(qMax<qsizetype>(0, m.at - reach), qMin(reach, m.at));
            if (count(before, titleWords(targets.at(i))) > 0)
                ++mentions[{m.page, targets.at(i)}];
        }
        QStringList wrong;
        for (qsizetype i = 0; i < marks.size(); ++i) {
            const QString &target = targets.at(i);
            const int page = marks.at(i).names;
            const QStringList start = titleWords(target);
            QVERIFY2(!start.isEmpty(), qPrintable(target));
            if (page < 1 || page > pages
                || count(pageTexts.at(page), start) <= mentions.value({page, target})) {
                wrong << u"page %1 names %2 on page %3"_qs.arg(marks.at(i).page)
                             .arg(target).arg(page);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 12).join(u'\n') + u"\n… "_qs
                                             + QString::number(wrong.size())));
    }

    // What a reader of the PDF gets of version 2: each kind of entry says how far it is
    // verified, in words, on the line under its title; the area is described among the places
    // and routes; the place without a position says so and never shows degrees; the new
    // statuses are named; a source gives its confidence and note.
    void version2InThePdf()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        const BriefingPtr b = briefing(u"v2"_qs);
        const QString raw = exported(u"v2"_qs, language).pdfText;
        const QString pdf = comparable(raw);
        QVERIFY(!pdf.isEmpty());
        const EntryFields fields(*b, language);
        const QStringList ids{b->agenda[0].items[0].id, V2Briefing::TensionId,
                              b->background[0].id,      b->outcomes[0].id,
                              b->outcomes[1].id,        u"ev-relief"_qs,
                              b->places[2].id,          V2Briefing::UnplacedId,
                              b->lines[0].id,           V2Briefing::AreaId};
        for (const QString &id : ids) {
            const std::optional<EntryFields::Fields> entry = fields.of(id);
            QVERIFY(entry);
            QString meta;
            for (const EntryFields::MetaPart &part : entry->meta)
                meta += part.text;
            const Confidence confidence = EntryFields::confidence(*b, id);
            if (confidence != Confidence::Unstated)
                QVERIFY2(meta.endsWith(Vocabulary::name(confidence)), qPrintable(meta));
            const QString title = b->text(entry->title, language).text;
            QVERIFY2(holds(pdf, title + u' ' + meta), qPrintable(id + u": "_qs + meta));
        }
        // The new statuses, in their words.
        QVERIFY(holds(pdf, Vocabulary::name(Tension::Status::Unknown)));
        QVERIFY(holds(pdf, Vocabulary::name(Outcome::Status::Unclear)));

        const std::optional<EntryFields::Fields> clinic = fields.of(V2Briefing::UnplacedId);
        QVERIFY(clinic->meta.first().text.contains(EntryFields::tr("no position given")));
        // The text after its heading, up to the next place's, has no degrees: comparable() would
        // drop the sign, so only white space, marks of direction and letter forms are undone.
        const auto squeezed = [](const QString &text) {
            QString plain = text.normalized(QString::NormalizationForm_KC);
            plain.remove(QRegularExpression(u"[\\s\\x{200c}-\\x{200f}\\x{2066}-\\x{2069}]"_qs));
            return plain.replace(QChar(0x064A), QChar(0x06CC)).replace(QChar(0x0643), QChar(0x06A9));
        };
        const QString text = squeezed(raw);
        const qsizetype heading = text.lastIndexOf(squeezed(b->text(clinic->title, language).text));
        QVERIFY(heading >= 0);
        QVERIFY2(!text.mid(heading, 120).contains(u'°'), qPrintable(text.mid(heading, 120)));

        const Source &source = b->sources[1];
        QVERIFY(holds(pdf, Vocabulary::name(source.confidence) + u' '
                               + b->text(source.note, language).text));
    }

    void version2InThePdf_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_qs, u"fa"_qs})
            QTest::newRow(qPrintable(language)) << language;
    }

    void namesNotIds_data()
    {
        everyFieldOfThePane_data();
        for (const QString &language : {u"en"_qs, u"fa"_qs})
            QTest::addRow("person among parties %s", qPrintable(language))
                << u"person-party"_qs << language;
    }

    // Where a person, place, country or line has a name, the PDF never shows its id instead
    // ("Parties: zelensky").
    void namesNotIds()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language));
        const BriefingPtr b = briefing(name);
        QString text = exported(name, language).pdfText;
        // Web addresses may hold an id's letters ("…/baku-talks/").
        text.remove(QRegularExpression(u"\\S*(https?:|www\\.|/)\\S*"_qs));
        QHash<QString, LocalizedText> named;
        for (const Person &person : b->people)
            named.insert(person.id, person.name);
        for (const Country &country : b->countries)
            named.insert(country.id, country.name);
        for (const Place &place : b->places)
            named.insert(place.id, place.name);
        for (const MapLine &line : b->lines)
            named.insert(line.id, line.name);
        for (auto it = named.cbegin(); it != named.cend(); ++it) {
            const QString shown = b->text(it.value(), language).text;
            if (shown.isEmpty() || shown.contains(it.key()))
                continue;
            const QRegularExpression word(u"(?<![\\w.-])"_qs + QRegularExpression::escape(it.key())
                                          + u"(?![\\w-])"_qs);
            const QRegularExpressionMatch match = word.match(text);
            QVERIFY2(!match.hasMatch(),
                     qPrintable(it.key() + u": …"_qs
                                + text.mid(qMax(0, match.capturedStart() - 40), 80) + u'…'));
        }
    }
};

QTEST_MAIN(TestExportCompleteness)
#include "tst_exportcompleteness.moc"
