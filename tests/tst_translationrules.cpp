// The translations keep their own rules: each term of translations/glossary.md is translated
// one way, in the interface (.ts) and in the built-in briefing; no two mnemonics of one menu or
// dialog share a letter, in any language; a mnemonic is a plain letter a reader can type on any
// keyboard layout; Persian counts are written in Persian digits (%Ln).
#include "testdata.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString sourcePath(const QString &relative)
{
    return testDataPath(u"../../"_qs + relative);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// One message of a .ts file: its context, source and translations (one per plural form).
struct Message
{
    QString context;
    QString source;
    QStringList translations;
};

QList<Message> readTs(const QString &language)
{
    QList<Message> messages;
    QXmlStreamReader xml(readAll(sourcePath(u"translations/briefing_"_qs + language + u".ts"_qs)));
    QString context;
    Message message;
    bool numerus = false;
    bool live = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = {context, {}, {}};
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                live = type != u"obsolete" && type != u"vanished";
                if (!numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (live)
                messages.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(language), qPrintable(xml.errorString()));
    return messages;
}

// Text without its mnemonic: "&File" -> "File", «پرونده (&F)» -> «پرونده», "&&" -> "&".
QString plain(QString text)
{
    static const QRegularExpression parenthesized(u"\\s*\\(&\\w\\)"_qs);
    text.remove(parenthesized);
    text.replace(u"&&"_qs, u"\x01"_qs);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

// The letter after a single '&', or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1);
    }
    return {};
}

QString fold(QString text, const QString &language)
{
    if (language == u"az") {
        text.replace(u'I', u'ı');
        text.replace(u'İ', u'i');
    }
    return text.toLower();
}

// A row of the glossary.
struct Term
{
    QStringList english; // a form in backticks matches a whole text; else whole words
    QString where;       // interface, briefing or both
    QHash<QString, QStringList> accepted; // language -> forms, any of which a translation holds
};

QList<Term> readGlossary()
{
    QList<Term> terms;
    const QString text = QString::fromUtf8(readAll(sourcePath(u"translations/glossary.md"_qs)));
    QStringList header;
    for (const QString &line : text.split(u'\n')) {
        if (!line.startsWith(u'|'))
            continue;
        QStringList cells = line.split(u'|');
        cells = cells.mid(1, cells.size() - 2);
        for (QString &cell : cells)
            cell = cell.trimmed();
        if (header.isEmpty()) {
            header = cells;
            continue;
        }
        if (cells.value(0).startsWith(u"---"))
            continue;
        Term term;
        const auto split = [](const QString &cell) {
            if (cell == u"—")
                return QStringList();
            QStringList forms = cell.split(u" / "_qs);
            for (QString &form : forms)
                form = form.trimmed();
            forms.removeAll(QString());
            return forms;
        };
        term.english = split(cells.value(header.indexOf(u"English"_qs)));
        term.where = cells.value(header.indexOf(u"Where"_qs));
        term.accepted.insert(u"az"_qs, split(cells.value(header.indexOf(u"Azerbaijani"_qs))));
        term.accepted.insert(u"fa"_qs, split(cells.value(header.indexOf(u"Persian"_qs))));
        terms.append(term);
    }
    return terms;
}

bool mentions(const QString &english, const QString &form)
{
    if (form.startsWith(u'`'))
        return plain(english).trimmed().compare(plain(form.mid(1, form.size() - 2)),
                                                 Qt::CaseInsensitive) == 0;
    QStringList words = form.split(u' ', Qt::SkipEmptyParts);
    for (QString &word : words)
        word = QRegularExpression::escape(word);
    words.last() += u"(?:s|es)?"_qs;
    const QRegularExpression pattern(u"(?<![\\w-])"_qs + words.join(u"\\s+"_qs)
                                         + u"(?![\\w-])"_qs,
                                     QRegularExpression::CaseInsensitiveOption);
    return pattern.match(plain(english)).hasMatch();
}

// Every text of the built-in briefing that has English and `language`.
void collectTexts(const QJsonValue &value, const QString &path, const QString &language,
                  QList<std::tuple<QString, QString, QString>> &texts)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.value(u"en").isString() && object.value(language).isString())
            texts.append({path, object.value(u"en").toString(), object.value(language).toString()});
        for (auto it = object.begin(); it != object.end(); ++it)
            collectTexts(it.value(), path + u'/' + it.key(), language, texts);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectTexts(array.at(i), path + u'/' + QString::number(i), language, texts);
    }
}

// The menus of the main window: each menu's title and action texts, and the menu bar's titles.
QList<QStringList> menuGroups()
{
    QXmlStreamReader xml(readAll(sourcePath(u"app/gui/mainwindow.ui"_qs)));
    QHash<QString, QString> texts;               // action or menu name -> its text
    QHash<QString, QStringList> members;         // menu or menu bar -> the names it adds
    QStringList stack;                           // enclosing widgets' names
    QSet<QString> menus;                         // the names of the menus and the menu bar
    QString property;
    QString action;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const auto attributes = xml.attributes();
            if (name == u"widget") {
                stack.append(attributes.value(QStringLiteral("name")).toString());
                const auto widgetClass = attributes.value(QStringLiteral("class"));
                if (widgetClass == u"QMenu" || widgetClass == u"QMenuBar")
                    menus.insert(stack.last());
            } else if (name == u"action") {
                action = attributes.value(QStringLiteral("name")).toString();
            } else if (name == u"addaction" && !stack.isEmpty()) {
                members[stack.last()].append(attributes.value(QStringLiteral("name")).toString());
            } else if (name == u"property") {
                property = attributes.value(QStringLiteral("name")).toString();
            } else if (name == u"string" && (property == u"title" || property == u"text")) {
                const QString owner = !action.isEmpty() ? action : stack.value(stack.size() - 1);
                texts.insert(owner, xml.readElementText());
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"widget")
                stack.removeLast();
            else if (xml.name() == u"action")
                action.clear();
            else if (xml.name() == u"property")
                property.clear();
        }
    }
    QList<QStringList> groups;
    for (auto it = members.begin(); it != members.end(); ++it) {
        // A toolbar has no mnemonics.
        if (!menus.contains(it.key()))
            continue;
        QStringList group;
        for (const QString &member : it.value()) {
            if (texts.contains(member))
                group.append(texts.value(member));
        }
        groups.append(group);
    }
    return groups;
}

// Each problem on a line of its own (a failure's message is cut at a few hundred characters).
void report(const QStringList &wrong)
{
    for (const QString &line : wrong)
        qWarning().noquote() << line;
    QVERIFY2(wrong.isEmpty(), qPrintable(QString::number(wrong.size()) + u" problem(s), listed above"_qs));
}

} // namespace

class TestTranslationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void glossaryTermsHaveOneTranslation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("az") << u"az"_qs;
        QTest::newRow("fa") << u"fa"_qs;
    }

    void glossaryTermsHaveOneTranslation()
    {
        QFETCH(QString, language);
        const QList<Term> terms = readGlossary();
        qsizetype rules = 0;
        for (const Term &term : terms)
            rules += term.accepted.value(language).isEmpty() ? 0 : 1;
        QVERIFY2(rules >= 15, "the glossary lists too few terms");
        QList<std::tuple<QString, QString, QString>> interface;
        for (const Message &message : readTs(language)) {
            for (const QString &translation : message.translations)
                interface.append({message.context, message.source, translation});
        }
        QVERIFY(interface.size() > 300);
        QList<std::tuple<QString, QString, QString>> briefing;
        collectTexts(QJsonDocument::fromJson(
                         readAll(sourcePath(
                             u"resources/briefings/pezeshkian-baku-2025.briefing.json"_qs)))
                         .object(),
                     QString(), language, briefing);
        QVERIFY(briefing.size() > 300);

        QStringList wrong;
        for (const Term &term : terms) {
            // "—": the row is for the other language.
            const QStringList &accepted = term.accepted.value(language);
            if (accepted.isEmpty())
                continue;
            const auto check = [&](const auto &texts) {
                for (const auto &[where, english, translated] : texts) {
                    bool meant = false;
                    for (const QString &form : term.english)
                        meant = meant || mentions(english, form);
                    if (!meant)
                        continue;
                    bool found = false;
                    for (const QString &form : accepted)
                        found = found || fold(plain(translated), language).contains(fold(plain(form), language));
                    if (!found) {
                        wrong.append(where + u": \""_qs + term.english.first() + u"\" should be "_qs
                                     + accepted.join(u" / "_qs) + u" in: "_qs + translated.left(120));
                    }
                }
            };
            if (term.where != u"briefing")
                check(interface);
            if (term.where != u"interface")
                check(briefing);
        }
        report(wrong);
    }

    void mnemonicsAreUniqueAndTypeable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_qs;
        QTest::newRow("az") << u"az"_qs;
        QTest::newRow("fa") << u"fa"_qs;
    }

    void mnemonicsAreUniqueAndTypeable()
    {
        QFETCH(QString, language);
        // English is the sources themselves.
        QHash<QString, QHash<QString, QString>> translated; // context -> source -> text
        if (language != u"en") {
            for (const Message &message : readTs(language)) {
                if (!message.translations.isEmpty())
                    translated[message.context].insert(message.source, message.translations.first());
            }
        }
        const auto text = [&](const QString &context, const QString &source) {
            return translated.value(context).value(source, source);
        };
        // The menus, from the form; the dialogs, all the strings of their context.
        QList<QStringList> groups;
        for (const QStringList &menu : menuGroups()) {
            QStringList group;
            for (const QString &source : menu)
                group.append(text(u"MainWindow"_qs, source));
            groups.append(group);
        }
        QVERIFY(groups.size() >= 6);
        QSet<QString> dialogSources;
        for (const Message &message : readTs(u"az"_qs)) {
            if (message.context == u"ExportDialog" || message.context == u"ProblemsDialog"
                || message.context == u"SearchPanel") {
                dialogSources.insert(message.context + u'\n' + message.source);
            }
        }
        for (const QString &context : {u"ExportDialog"_qs, u"ProblemsDialog"_qs, u"SearchPanel"_qs}) {
            QStringList group;
            for (const QString &key : std::as_const(dialogSources)) {
                if (key.section(u'\n', 0, 0) == context)
                    group.append(text(context, key.section(u'\n', 1)));
            }
            groups.append(group);
        }

        QStringList wrong;
        for (const QStringList &group : std::as_const(groups)) {
            QHash<QChar, QString> taken;
            for (const QString &item : group) {
                const QChar letter = mnemonic(item);
                if (letter.isNull())
                    continue;
                if (!(letter.toLatin1() && QChar(letter).isLetterOrNumber()))
                    wrong.append(u"not a plain letter: "_qs + item);
                const QChar key = letter.toLower();
                if (taken.contains(key))
                    wrong.append(u"\""_qs + taken.value(key) + u"\" and \""_qs + item
                                 + u"\" share "_qs + key);
                taken.insert(key, item);
            }
        }
        report(wrong);
    }

    void persianCountsUsePersianDigits()
    {
        static const QRegularExpression bareCount(u"(?<!L)%n"_qs);
        QStringList wrong;
        for (const Message &message : readTs(u"fa"_qs)) {
            for (const QString &translation : message.translations) {
                if (bareCount.match(translation).hasMatch())
                    wrong.append(message.context + u": "_qs + translation);
            }
        }
        report(wrong);
    }
};

QTEST_GUILESS_MAIN(TestTranslationRules)
#include "tst_translationrules.moc"
