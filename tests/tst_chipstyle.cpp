#include "document/briefingreader.h"
#include "document/vocabulary.h"
#include "models/chipstyle.h"
#include "models/entryroles.h"
#include "models/tensionmodel.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

namespace {

// WCAG relative luminance of a #rrggbb colour.
double luminance(const QString &hex)
{
    const auto channel = [&hex](int at) {
        const double c = hex.mid(at, 2).toInt(nullptr, 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

// The hue of a #rrggbb colour in degrees, 0..360.
double hue(const QString &hex)
{
    const double r = hex.mid(1, 2).toInt(nullptr, 16) / 255.0;
    const double g = hex.mid(3, 2).toInt(nullptr, 16) / 255.0;
    const double b = hex.mid(5, 2).toInt(nullptr, 16) / 255.0;
    const double max = std::max({r, g, b});
    const double range = max - std::min({r, g, b});
    if (range <= 0)
        return 0;
    const double h = max == r ? std::fmod((g - b) / range, 6.0)
        : max == g            ? (b - r) / range + 2
                              : (r - g) / range + 4;
    return std::fmod(h * 60 + 360, 360);
}

double contrast(const QString &a, const QString &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

template <typename Enum>
QList<ChipStyle::Colours> scale(const Vocabulary::Words<Enum> &words)
{
    QList<ChipStyle::Colours> colours;
    for (const auto &word : words)
        colours.append(ChipStyle::of(word.second));
    return colours;
}

} // namespace

// Which colour a severity or a status has: each value of a scale its own, its word readable
// on it, and the values told apart by lightness too, not by hue alone.
class TestChipStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachValueHasItsOwnReadableColour_data()
    {
        QTest::addColumn<QList<ChipStyle::Colours>>("colours");
        QTest::newRow("severity") << scale(Vocabulary::severities());
        QTest::newRow("tension status") << scale(Vocabulary::tensionStatuses());
        QTest::newRow("outcome status") << scale(Vocabulary::outcomeStatuses());
        QTest::newRow("confidence") << scale(Vocabulary::confidences());
    }

    void eachValueHasItsOwnReadableColour()
    {
        QFETCH(QList<ChipStyle::Colours>, colours);
        const QRegularExpression hex(u"^#[0-9a-f]{6}$"_qs);
        QSet<QString> fills;
        QList<double> lightness;
        for (const ChipStyle::Colours &chip : colours) {
            QVERIFY2(hex.match(chip.fill).hasMatch() && hex.match(chip.ink).hasMatch(),
                     qPrintable(chip.fill + u' ' + chip.ink));
            fills.insert(chip.fill);
            // The word on its chip reads as body text does (WCAG AA).
            QVERIFY2(contrast(chip.fill, chip.ink) >= 4.5, qPrintable(chip.fill));
            lightness.append(luminance(chip.fill));
        }
        QCOMPARE(fills.size(), colours.size());
        // Without hue, the values of a scale still differ in lightness.
        std::sort(lightness.begin(), lightness.end());
        for (qsizetype i = 1; i < lightness.size(); ++i)
            QVERIFY2((lightness.at(i) + 0.05) / (lightness.at(i - 1) + 0.05) >= 1.25,
                     qPrintable(QString::number(i)));
    }

    // A tension's row shows its severity and its status side by side: no severity chip may
    // pass for a status chip, told apart by hue or by lightness.
    void severityAndStatusChipsDiffer()
    {
        for (const ChipStyle::Colours &severity : scale(Vocabulary::severities())) {
            for (const ChipStyle::Colours &status : scale(Vocabulary::tensionStatuses())) {
                const double hues = std::abs(hue(severity.fill) - hue(status.fill));
                const double hueDistance = std::min(hues, 360 - hues);
                const double lighter = std::max(luminance(severity.fill), luminance(status.fill));
                const double darker = std::min(luminance(severity.fill), luminance(status.fill));
                QVERIFY2(hueDistance >= 30 || (lighter + 0.05) / (darker + 0.05) >= 1.25,
                         qPrintable(severity.fill + u" and "_qs + status.fill));
            }
        }
    }

    void theChipCarriesItsWord()
    {
        const QString html = ChipStyle::html(u"<b>High</b>"_qs, ChipStyle::of(Tension::Severity::High));
        QVERIFY(html.contains(u"&lt;b&gt;High&lt;/b&gt;"_qs));
        QVERIFY(html.contains(ChipStyle::of(Tension::Severity::High).fill));
        // A chip of two words stays on one line.
        QVERIFY(ChipStyle::html(u"Not reached"_qs, ChipStyle::of(Outcome::Status::NotReached))
                    .contains(u"Not&nbsp;reached"_qs));
        // No colours, no chip: the word alone.
        QCOMPARE(ChipStyle::html(u"x"_qs, ChipStyle::of(TimelineEvent::Confidence::Unstated)),
                 u"x"_qs);
    }

    void theTensionListShowsTheWordOnItsChip()
    {
        const auto result = BriefingReader::readFile(BriefingReader::builtInFileName());
        QVERIFY(result.briefing);
        TensionModel model;
        model.setBriefing(result.briefing);
        for (int row = 0; row < model.rowCount(); ++row) {
            const Tension &tension = result.briefing->tensions.at(row);
            const QModelIndex severity = model.index(row, TensionModel::SeverityColumn);
            const QModelIndex status = model.index(row, TensionModel::StatusColumn);
            QCOMPARE(severity.data().toString(), Vocabulary::name(tension.severity));
            QCOMPARE(status.data().toString(), Vocabulary::name(tension.status));
            QCOMPARE(severity.data(EntryRoles::ChipRole).value<ChipStyle::Colours>(),
                     ChipStyle::of(tension.severity));
            QCOMPARE(status.data(EntryRoles::ChipRole).value<ChipStyle::Colours>(),
                     ChipStyle::of(tension.status));
            QVERIFY(!model.index(row, TensionModel::TitleColumn).data(EntryRoles::ChipRole).isValid());
        }
    }
};

QTEST_GUILESS_MAIN(TestChipStyle)
#include "tst_chipstyle.moc"
