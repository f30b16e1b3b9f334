#include "document/briefingreader.h"
#include "export/briefingexporter.h"
#include "testdata.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinefigure.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The timeline as figures of a page, which a reader cannot zoom or hover: every event in them
// is titled or marked with its number in the events table, a badge lists the numbers it
// holds, period and lane names are whole words, and a long span is shown whole in a strip
// above a closer figure of the months around the visit.
class TestTimelineFigure : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_fiji;
    BriefingPtr m_tour;
    BriefingPtr m_long;
    QTemporaryDir m_dir;

    // Events from 1954 to 2028, most of them crowded in the year around a visit in April
    // 2025, in four lanes, one with a long name; a period whose name is long for its band.
    static BriefingPtr longSpan()
    {
        auto b = std::make_shared<Briefing>();
        b->languages = QStringList{u"en"_qs, u"fa"_qs};
        const auto text = [](const QString &en, const QString &fa) {
            LocalizedText t;
            t.set(u"en"_qs, en);
            t.set(u"fa"_qs, fa);
            return t;
        };
        const QList<std::pair<QString, LocalizedText>> lanes = {
            {u"diplomacy"_qs, text(u"Diplomacy"_qs, u"دیپلماسی"_qs)},
            {u"culture"_qs, text(u"Culture and people-to-people ties"_qs,
                                 u"فرهنگ و پیوندهای مردم با مردم"_qs)},
            {u"energy"_qs, text(u"Energy and transport corridors"_qs,
                                u"انرژی و دالان‌های ترابری"_qs)},
            {u"security"_qs, text(u"Security"_qs, u"امنیت"_qs)},
        };
        for (const auto &spec : lanes) {
            Lane lane;
            lane.id = spec.first;
            lane.title = spec.second;
            b->lanes.append(lane);
        }
        Period era;
        era.id = u"era"_qs;
        era.title = text(u"The first agreements"_qs, u"نخستین توافق‌ها"_qs);
        era.date = FuzzyDate::parse(u"1954/1970"_qs);
        b->periods.append(era);
        Period talks;
        talks.id = u"talks"_qs;
        talks.title = text(u"Preparatory talks for the state visit in the capital"_qs,
                           u"گفت‌وگوهای آماده‌سازی دیدار رسمی در پایتخت"_qs);
        talks.date = FuzzyDate::parse(u"2025-03-01/2025-04-10"_qs);
        b->periods.append(talks);

        const auto add = [&](const QString &date, int lane, const QString &en,
                             const QString &fa) {
            TimelineEvent event;
            event.id = u"ev"_qs + QString::number(b->events.size());
            event.title = text(en, fa);
            event.date = FuzzyDate::parse(date);
            event.lane = lanes.at(lane).first;
            b->events.append(event);
        };
        add(u"1954-05-10"_qs, 0, u"Treaty of friendship signed"_qs, u"امضای پیمان دوستی"_qs);
        add(u"1962"_qs, 2, u"First pipeline agreement"_qs, u"نخستین توافق خط لوله"_qs);
        add(u"1978-09"_qs, 1, u"Cultural exchange programme"_qs, u"برنامه‌ی تبادل فرهنگی"_qs);
        add(u"1991-12-26"_qs, 0, u"Relations re-established"_qs, u"برقراری دوباره‌ی روابط"_qs);
        add(u"2008"_qs, 3, u"Border security protocol"_qs, u"پروتکل امنیت مرز"_qs);
        for (int i = 0; i < 80; ++i) {
            const QDate day = QDate(2024, 11, 1).addDays(i * 4);
            add(day.toString(Qt::ISODate), i % 4,
                u"Working group meeting on the joint programme, round "_qs + QString::number(i),
                u"نشست گروه کاری برنامه‌ی مشترک، دور "_qs + QString::number(i));
        }
        add(u"2025-04-28/2025-04-30"_qs, 0, u"State visit"_qs, u"دیدار رسمی"_qs);
        b->visit.event = b->events.last().id;
        b->visit.date = b->events.last().date;
        add(u"2026-06"_qs, 2, u"Corridor opens to freight"_qs, u"گشایش دالان برای بار"_qs);
        add(u"2028"_qs, 1, u"Joint festival year"_qs, u"سال جشنواره‌ی مشترک"_qs);
        b->buildIndex();
        return b;
    }

    // The events of a briefing numbered as the export's table numbers them.
    static QHash<QString, int> numbers(const Briefing &briefing)
    {
        QHash<QString, int> numbers;
        for (qsizetype i = 0; i < briefing.events.size(); ++i)
            numbers.insert(briefing.events.at(i).id, int(i) + 1);
        return numbers;
    }

    // The numbers a badge's key names ("3–5, 9"), in the language's digits.
    static QSet<int> keyNumbers(const QString &key, const QLocale &locale)
    {
        QSet<int> numbers;
        static const QRegularExpression separator(u"[,،]\\s*"_qs);
        for (const QString &run : key.split(separator, Qt::SkipEmptyParts)) {
            const QStringList ends = run.split(u'–');
            const int first = locale.toInt(ends.first());
            const int last = locale.toInt(ends.last());
            if (first <= 0 || last < first)
                return {};
            for (int n = first; n <= last; ++n)
                numbers.insert(n);
        }
        return numbers;
    }

    // `shown` is `whole`, or `whole` cut after a whole word with an ellipsis.
    static bool wholeWords(const QString &shown, const QString &whole)
    {
        if (shown == whole)
            return true;
        if (!shown.endsWith(u'…'))
            return false;
        const QString head = shown.chopped(1);
        return !head.isEmpty() && whole.startsWith(head)
            && (whole.at(head.size()).isSpace() || whole.at(head.size()).isPunct());
    }

    static const TimelineFigure *figureOf(const ExportOptions::TimelineView &view)
    {
        return view.paint.target<TimelineFigure>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fiji =
            BriefingReader::readFile(testDataPath(u"valid/fiji-working-visit.briefing.json"_qs))
                .briefing;
        QVERIFY(m_fiji);
        m_tour = BriefingReader::readFile(
                     testDataPath(u"valid/xi-latin-america-2024.briefing.json"_qs))
                     .briefing;
        QVERIFY(m_tour);
        m_long = longSpan();
        QVERIFY(m_dir.isValid());
    }

    void longSpanHasOverviewAndMonthsAroundVisit()
    {
        const auto views = TimelineFigure(m_long, u"en"_qs)(numbers(*m_long));
        QCOMPARE(views.size(), 2);
        QVERIFY(views.at(0).overview);
        QVERIFY(views.at(0).aspect < views.at(1).aspect);
        QVERIFY(!views.at(1).overview);
        const double visit = TimeScale::dayOf(QDate(2025, 4, 29));
        QVERIFY(views.at(1).start < visit && visit < views.at(1).end);
        QVERIFY(views.at(1).end - views.at(1).start < 400);

        // A briefing of a few years is one figure.
        const auto fiji = TimelineFigure(m_fiji, u"en"_qs)(numbers(*m_fiji));
        QCOMPARE(fiji.size(), 1);
        QVERIFY(!fiji.first().overview);
    }

    void everyEventIsTitledOrNumbered_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("view");
        for (const QString &language : {u"en"_qs, u"fa"_qs}) {
            QTest::addRow("long span, overview, %s", qPrintable(language))
                << u"long"_qs << language << 0;
            QTest::addRow("long span, months around the visit, %s", qPrintable(language))
                << u"long"_qs << language << 1;
            QTest::addRow("Fiji, %s", qPrintable(language)) << u"fiji"_qs << language << 0;
            QTest::addRow("tour, overview, %s", qPrintable(language)) << u"tour"_qs << language << 0;
            QTest::addRow("tour, months around the visit, %s", qPrintable(language))
                << u"tour"_qs << language << 1;
        }
    }

    void everyEventIsTitledOrNumbered()
    {
        QFETCH(QString, which);
        QFETCH(QString, language);
        QFETCH(int, view);
        const BriefingPtr briefing = which == u"long" ? m_long
            : which == u"tour"                        ? m_tour
                                                      : m_fiji;
        const QHash<QString, int> numbered = numbers(*briefing);
        const auto views = TimelineFigure(briefing, language)(numbered);
        const ExportOptions::TimelineView &shown = views.at(view);
        QGraphicsScene scene;
        auto *chart = new TimelineChart;
        scene.addItem(chart);
        QVERIFY(figureOf(shown));
        figureOf(shown)->prepare(chart, QSizeF(1000, 1000 * shown.aspect));
        const QLocale locale(language);
        const TimelineLayout &layout = chart->timelineLayout();
        const QRectF plot = chart->plotArea();

        // What the badges in view hold, by their keys.
        QSet<int> keyed;
        int badges = 0;
        for (int lane = 0; lane < layout.lanes().size(); ++lane) {
            for (int c = 0; c < chart->clusterCount(lane); ++c) {
                if (!chart->clusterRect({lane, c}).intersects(plot))
                    continue;
                ++badges;
                const TimelineLayout::Cluster &cluster = chart->cluster({lane, c});
                const QSet<int> key = keyNumbers(chart->clusterKey(cluster), locale);
                for (int item : cluster.items) {
                    const int n = chart->itemNumber(item);
                    if (n == 0) // framed on the overview: shown in the closer figure
                        continue;
                    QVERIFY2(key.contains(n), qPrintable(u"badge %1 lacks %2"_qs.arg(
                                                  chart->clusterKey(cluster)).arg(n)));
                    keyed.insert(item);
                }
            }
        }
        QHash<int, TimelineChart::PlacedTitle> marks;
        for (const TimelineChart::PlacedTitle &title : chart->placedTitles())
            marks.insert(title.item, title);

        int inView = 0;
        int titled = 0;
        for (int item = 0; item < layout.items().size(); ++item) {
            const double x = chart->scale().toX(layout.items().at(item).center());
            if (x < plot.left() || x > plot.right())
                continue;
            ++inView;
            if (keyed.contains(item))
                continue;
            // The overview leaves the months it frames to the closer figure.
            const double center = layout.items().at(item).center();
            if (views.size() > 1 && view == 0 && center >= views.at(1).start
                && center <= views.at(1).end) {
                continue;
            }
            QVERIFY2(marks.contains(item), qPrintable(chart->eventTitle(item)));
            const TimelineChart::PlacedTitle &mark = marks.value(item);
            if (mark.numbered) {
                QCOMPARE(mark.text, locale.toString(numbered.value(
                                        briefing->events.at(layout.items().at(item).event).id)));
            } else {
                QVERIFY2(wholeWords(mark.text, chart->eventTitle(item)), qPrintable(mark.text));
                ++titled;
            }
        }
        QVERIFY(inView > 0);
        // The closer figure and Fiji's have room for titles; an overview, for badges.
        if (views.size() > 1 && view == 0)
            QVERIFY(badges > 0);
        else
            QVERIFY2(titled > 0, qPrintable(QString::number(titled)));
    }

    void labelsAreWholeWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_qs;
        QTest::newRow("fa") << u"fa"_qs;
    }

    void labelsAreWholeWords()
    {
        QFETCH(QString, language);
        const auto views = TimelineFigure(m_long, language)(numbers(*m_long));
        int periods = 0;
        for (const ExportOptions::TimelineView &view : views) {
            QGraphicsScene scene;
            auto *chart = new TimelineChart;
            scene.addItem(chart);
            figureOf(view)->prepare(chart, QSizeF(1000, 1000 * view.aspect));
            // Lanes: every word of the name, on lines broken between words.
            const QList<QStringList> lanes = chart->laneLabelLines();
            QCOMPARE(lanes.size(), m_long->lanes.size());
            for (int lane = 0; lane < lanes.size(); ++lane) {
                const QString name =
                    m_long->text(m_long->lanes.at(lane).title, language).text;
                // Whole where the lanes are high enough for its lines, as on the closer
                // figure; else cut after a whole word.
                if (view.overview)
                    QVERIFY2(wholeWords(lanes.at(lane).join(u' '), name), qPrintable(name));
                else
                    QCOMPARE(lanes.at(lane).join(u' '), name);
            }
            // What Qt Charts draws of them, which elides a label too wide or too high for it.
            int drawn = 0;
            for (QGraphicsItem *item : scene.items()) {
                const auto *label = dynamic_cast<QGraphicsTextItem *>(item);
                if (!label || !label->isVisible() || !label->toPlainText().startsWith(u'■'))
                    continue;
                ++drawn;
                const QString shown =
                    label->toPlainText().mid(1).simplified().replace(u'\u2028', u' ');
                const bool known = std::any_of(
                    m_long->lanes.cbegin(), m_long->lanes.cend(), [&](const Lane &l) {
                        return wholeWords(shown, m_long->text(l.title, language).text);
                    });
                QVERIFY2(known, qPrintable(shown));
            }
            QCOMPARE(drawn, int(m_long->lanes.size()));
            // Periods: whole, or cut after a whole word.
            for (const QString &label : chart->periodLabels()) {
                ++periods;
                const bool known = std::any_of(
                    m_long->periods.cbegin(), m_long->periods.cend(), [&](const Period &p) {
                        return wholeWords(label, m_long->text(p.title, language).text);
                    });
                QVERIFY2(known, qPrintable(label));
            }
        }
        QVERIFY(periods > 0);
    }

    void wrappedLaneNamesKeepTheirWords()
    {
        const QFontMetricsF metrics(QApplication::font());
        const QString name = u"Culture and people-to-people ties"_qs;
        const double width = metrics.horizontalAdvance(u"Culture and"_qs) + 1;
        const QStringList lines = TimelineChart::wrappedTitle(name, metrics, width, 3);
        QVERIFY(lines.size() > 1);
        QCOMPARE(lines.join(u' '), name);
        const QStringList two = TimelineChart::wrappedTitle(name, metrics, width, 2);
        QCOMPARE(two.size(), 2);
        QVERIFY(wholeWords(two.join(u' '), name));
    }

    // The PDF: both figures, every number drawn in them is a row of the events table.
    void pdfNumbersAreTheTablesNumbers()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_qs);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        ExportOptions options;
        options.language = u"en"_qs;
        options.timelineFigure = TimelineFigure(m_long, u"en"_qs);
        const QString file = m_dir.filePath(u"long.pdf"_qs);
        QString error;
        QVERIFY2(BriefingExporter(m_long, options).writePdf(file, &error), qPrintable(error));
        if (const QString keep = qEnvironmentVariable("BRIEFING_EXPORT_KEEP"); !keep.isEmpty()) {
            QFile::copy(file, keep + u"/long-span.pdf"_qs);
            ExportOptions persian;
            persian.language = u"fa"_qs;
            persian.timelineFigure = TimelineFigure(m_long, u"fa"_qs);
            BriefingExporter(m_long, persian).writePdf(keep + u"/long-span-fa.pdf"_qs, &error);
        }
        QProcess process;
        process.start(pdftotext, {u"-layout"_qs, file, u"-"_qs});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(text.contains(u"the whole timeline"_qs));
        QVERIFY(text.contains(u"the months around the visit"_qs));
        // Each event's row starts with its number and then its date.
        const DateFormatter dates{QLocale(u"en"_qs)};
        for (qsizetype i = 0; i < m_long->events.size(); ++i) {
            const TimelineEvent &event = m_long->events.at(i);
            const QRegularExpression row(
                u"(^|\\n)\\s*%1\\s+%2"_qs.arg(i + 1).arg(
                    QRegularExpression::escape(dates.format(event.date).section(u' ', 0, 1))));
            QVERIFY2(text.contains(row), qPrintable(dates.format(event.date)));
        }
    }
};

QTEST_MAIN(TestTimelineFigure)
#include "tst_timelinefigure.moc"
