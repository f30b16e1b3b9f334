#include "document/vocabulary.h"
#include "gui/chipdelegate.h"
#include "models/chipstyle.h"
#include "models/eventmodel.h"
#include "models/fallbackmark.h"
#include "models/tensionmodel.h"
#include "v2briefing.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QTest>
#include <QTextLayout>
#include <QTreeView>

// The chips and badges of the lists as a reader sees them: a status on its chip, and the
// confidence of an entry as a badge right after its name, whole even when the name is cut.
class TestChipDelegate : public QObject
{
    Q_OBJECT

    // The horizontal extent, in the viewport, of the pixels of `fill` in the cell's rectangle;
    // an empty range when there are none.
    static std::pair<int, int> extentOf(const QImage &image, const QRect &cell, const QString &fill)
    {
        const QRgb wanted = QColor::fromString(fill).rgb();
        int first = -1;
        int last = -1;
        for (int y = cell.top(); y <= cell.bottom(); ++y) {
            for (int x = cell.left(); x <= cell.right(); ++x) {
                if (image.pixel(x, y) != wanted)
                    continue;
                first = first < 0 ? x : std::min(first, x);
                last = std::max(last, x);
            }
        }
        return {first, last};
    }

    static QImage grab(QTreeView &view)
    {
        const qreal ratio = view.viewport()->devicePixelRatioF();
        QImage image = view.viewport()->grab().toImage();
        // The cells' rectangles are in logical pixels.
        return ratio == 1 ? image : image.scaled(view.viewport()->size());
    }

    struct List
    {
        EventModel model;
        QTreeView view;

        List(const BriefingPtr &briefing, Qt::LayoutDirection direction)
        {
            model.setBriefing(briefing);
            view.setLayoutDirection(direction);
            view.setModel(&model);
            view.setItemDelegate(new ChipDelegate(&view));
            view.setRootIsDecorated(false);
            view.resize(900, 400);
            view.header()->resizeSection(EventModel::DateColumn, 160);
            view.header()->resizeSection(EventModel::TitleColumn, 500);
        }
    };

    // The delegate's text of a cell, as it lays it out.
    struct Probe : ChipDelegate
    {
        using ChipDelegate::ChipDelegate;
        QString text(const QStyleOptionViewItem &option, const QModelIndex &index) const
        {
            QStyleOptionViewItem opt = option;
            initStyleOption(&opt, index);
            return opt.text;
        }
    };

    // Tensions for a Persian list: the version 2 briefing's, its title in both languages, after
    // one whose title is in English only and ends with a full stop.
    static BriefingPtr persianTensions()
    {
        const BriefingPtr v2 = V2Briefing::make();
        auto b = std::make_shared<Briefing>(*v2);
        Tension english = b->tensions.constFirst();
        english.id = u"tension-licences"_qs;
        english.title = {};
        english.title.set(u"en"_qs, u"Fishing licences lapse."_qs);
        b->tensions.prepend(english);
        b->buildIndex();
        return b;
    }

private Q_SLOTS:
    // An English title in a Persian list reads "Fishing licences lapse.", its full stop at its
    // end (on the right), not ".Fishing licences lapse" as a right-to-left line would put it.
    void anEnglishTitleKeepsItsFullStopAtItsEnd()
    {
        const BriefingPtr b = persianTensions();
        TensionModel model;
        model.setBriefing(b);
        model.setLanguage(u"fa"_qs);
        QTreeView view;
        view.setLayoutDirection(Qt::RightToLeft);
        view.setModel(&model);
        Probe delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        QCOMPARE(option.direction, Qt::RightToLeft);
        const QModelIndex title = model.index(0, TensionModel::TitleColumn);
        const QString text = delegate.text(option, title);
        QVERIFY(text.contains(u"Fishing licences lapse."_qs));

        QTextLayout layout(text, option.font);
        QTextOption direction;
        direction.setTextDirection(Qt::RightToLeft);
        layout.setTextOption(direction);
        layout.beginLayout();
        const QTextLine line = layout.createLine();
        layout.endLayout();
        // Where the full stop ends, in its own direction, and where the second letter starts.
        int stop = int(text.lastIndexOf(u'.'));
        int letter = int(text.indexOf(u'F')) + 1;
        const qreal fullStop = line.cursorToX(&stop, QTextLine::Trailing);
        const qreal secondLetter = line.cursorToX(&letter, QTextLine::Leading);
        QVERIFY2(fullStop > secondLetter,
                 qPrintable(u"full stop ends at %1, i starts at %2"_qs.arg(fullStop).arg(secondLetter)));

        // A Persian title is left as it is.
        const QModelIndex persian =
            model.index(model.rowOf(V2Briefing::TensionId), TensionModel::TitleColumn);
        QCOMPARE(delegate.text(option, persian), persian.data().toString());
    }

    // The English title in the Persian list carries the fallback mark, as in the detail pane
    // and the PDF; the Persian one does not.
    void aFallbackTitleIsMarked()
    {
        const BriefingPtr b = persianTensions();
        TensionModel model;
        model.setBriefing(b);
        model.setLanguage(u"fa"_qs);
        QTreeView view;
        view.setLayoutDirection(Qt::RightToLeft);
        view.setModel(&model);
        view.setItemDelegate(new ChipDelegate(&view));
        view.setRootIsDecorated(false);
        view.resize(1000, 300);
        view.header()->resizeSection(TensionModel::TitleColumn, 450);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = grab(view);
        const QString amber = FallbackMark::colours().fill;
        const QModelIndex english = model.index(0, TensionModel::TitleColumn);
        const QRect cell = view.visualRect(english);
        const auto [first, last] = extentOf(image, cell, amber);
        QVERIFY2(first >= 0, "no fallback mark after an English title in a Persian list");
        // After the title in the reading direction: on its left.
        const int titleWidth = view.fontMetrics().horizontalAdvance(english.data().toString());
        QVERIFY2(last < cell.right() - titleWidth, qPrintable(QString::number(last)));
        const QModelIndex persian =
            model.index(model.rowOf(V2Briefing::TensionId), TensionModel::TitleColumn);
        QCOMPARE(extentOf(image, view.visualRect(persian), amber).first, -1);
        // Nor elsewhere in the English title's row.
        const QModelIndex parties = english.siblingAtColumn(TensionModel::PartiesColumn);
        QCOMPARE(extentOf(image, view.visualRect(parties), amber).first, -1);
    }

    void aBadgeFollowsTheName_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("left to right") << Qt::LeftToRight;
        QTest::newRow("right to left") << Qt::RightToLeft;
    }

    void aBadgeFollowsTheName()
    {
        QFETCH(Qt::LayoutDirection, direction);
        const BriefingPtr b = V2Briefing::make();
        List list(b, direction);
        list.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list.view));
        const QImage image = grab(list.view);
        const QString partly = ChipStyle::of(Confidence::PartlyVerified).fill;
        const QString verified = ChipStyle::of(Confidence::Verified).fill;

        const QModelIndex relief =
            list.model.index(list.model.rowOf(u"ev-relief"_qs), EventModel::TitleColumn);
        const QRect cell = list.view.visualRect(relief);
        const auto [first, last] = extentOf(image, cell, partly);
        QVERIFY2(first >= 0, "no badge after a partly verified event");
        // After the name, in the reading direction: at the cell's far side from where the name
        // starts, not over it.
        const int nameWidth = list.view.fontMetrics().horizontalAdvance(relief.data().toString());
        if (direction == Qt::LeftToRight)
            QVERIFY2(first > cell.left() + nameWidth, qPrintable(QString::number(first)));
        else
            QVERIFY2(last < cell.right() - nameWidth, qPrintable(QString::number(last)));
        // Nowhere else in the row.
        const QModelIndex date = relief.siblingAtColumn(EventModel::DateColumn);
        QCOMPARE(extentOf(image, list.view.visualRect(date), partly).first, -1);

        // An event without a confidence has no badge.
        const QModelIndex unstated =
            list.model.index(list.model.rowOf(u"ev-patrol-trial"_qs), EventModel::TitleColumn);
        const QRect plain = list.view.visualRect(unstated);
        for (const QString &fill : {partly, verified, ChipStyle::of(Confidence::Unverified).fill})
            QCOMPARE(extentOf(image, plain, fill).first, -1);
    }

    // A narrow column cuts the name, not the badge.
    void theBadgeStaysWholeInANarrowColumn()
    {
        const BriefingPtr b = V2Briefing::make();
        List list(b, Qt::LeftToRight);
        list.view.header()->resizeSection(EventModel::TitleColumn, 190);
        list.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list.view));
        const QImage image = grab(list.view);
        const QModelIndex relief =
            list.model.index(list.model.rowOf(u"ev-relief"_qs), EventModel::TitleColumn);
        const QRect cell = list.view.visualRect(relief);
        const auto [first, last] = extentOf(image, cell, ChipStyle::of(Confidence::PartlyVerified).fill);
        QVERIFY(first >= 0);
        QFont small = list.view.font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        const int word = QFontMetrics(small).horizontalAdvance(
            Vocabulary::name(Confidence::PartlyVerified));
        QVERIFY2(last - first >= word, qPrintable(QStringLiteral("%1 < %2").arg(last - first).arg(word)));
        QVERIFY(last <= cell.right());
    }

    // The list asks for room for the badge, so that a column fitted to its contents keeps both.
    void theCellAsksForRoomForTheBadge()
    {
        const BriefingPtr b = V2Briefing::make();
        List list(b, Qt::LeftToRight);
        ChipDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&list.view);
        const QModelIndex relief =
            list.model.index(list.model.rowOf(u"ev-relief"_qs), EventModel::TitleColumn);
        const int withBadge = delegate.sizeHint(option, relief).width();
        const int text = QFontMetrics(option.font).horizontalAdvance(relief.data().toString());
        const int word = QFontMetrics(option.font).horizontalAdvance(
            Vocabulary::name(Confidence::PartlyVerified));
        QVERIFY2(withBadge > text + word * 0.8,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(withBadge).arg(text).arg(word)));
    }

    // A tension of unknown status has its grey chip beside its severity's.
    void theUnknownStatusHasItsChip()
    {
        const BriefingPtr b = V2Briefing::make();
        TensionModel model;
        model.setBriefing(b);
        QTreeView view;
        view.setModel(&model);
        view.setItemDelegate(new ChipDelegate(&view));
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = grab(view);
        const int row = model.rowOf(V2Briefing::TensionId);
        const QRect status = view.visualRect(model.index(row, TensionModel::StatusColumn));
        QVERIFY(extentOf(image, status, ChipStyle::of(Tension::Status::Unknown).fill).first >= 0);
    }
};

QTEST_MAIN(TestChipDelegate)
#include "tst_chipdelegate.moc"
