#include "document/briefingreader.h"
#include "gui/exportdialog.h"
#include "testdata.h"

#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QTest>

// The export dialog offers only what there is to export, and hands back what was chosen.
class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    BriefingPtr m_briefing;

private Q_SLOTS:
    void initTestCase()
    {
        m_briefing = BriefingReader::readFile(BriefingReader::builtInFileName()).briefing;
        QVERIFY(m_briefing);
    }

    void wholeBriefingWhenNothingIsSelected()
    {
        ExportDialog dialog(ExportDialog::Format::Pdf, m_briefing, u"fa"_qs, QString(), {});
        QVERIFY(!dialog.findChild<QRadioButton *>(u"areaRadio"_qs)->isEnabled());
        QVERIFY(!dialog.findChild<QRadioButton *>(u"eventsRadio"_qs)->isEnabled());
        const ExportOptions options = dialog.options();
        QCOMPARE(options.scope, ExportOptions::Scope::Whole);
        QCOMPARE(options.language, u"fa"_qs);
        QCOMPARE(options.pageSize, QPageSize::A4);
    }

    // A web page has no paper; its dialog says what it exports.
    void htmlHasNoPaperSize()
    {
        ExportDialog pdf(ExportDialog::Format::Pdf, m_briefing, u"en"_qs, QString(), {});
        pdf.show();
        QCOMPARE(pdf.windowTitle(), u"Export PDF"_qs);
        QVERIFY(pdf.findChild<QComboBox *>(u"paperCombo"_qs)->isVisible());
        ExportDialog html(ExportDialog::Format::Html, m_briefing, u"en"_qs, QString(), {});
        html.show();
        QCOMPARE(html.windowTitle(), u"Export HTML"_qs);
        QVERIFY(!html.findChild<QComboBox *>(u"paperCombo"_qs)->isVisible());
        QVERIFY(!html.findChild<QLabel *>(u"paperLabel"_qs)->isVisible());
    }

    // An area called "R&D" is offered as "R&D", not as "RD" with "D" underlined.
    void areaTitleShowsItsAmpersand()
    {
        QByteArray data;
        {
            QFile minimal(testDataPath(u"valid/minimal.briefing.json"_qs));
            QVERIFY(minimal.open(QIODevice::ReadOnly));
            data = minimal.readAll();
        }
        data.replace("\"agenda\": []",
                     "\"agenda\": [{\"id\": \"rnd\", \"title\": \"R&D\", \"items\": []}]");
        const BriefingPtr briefing = BriefingReader::readData(data, u"t.json"_qs).briefing;
        QVERIFY(briefing);
        ExportDialog dialog(ExportDialog::Format::Pdf, briefing, u"en"_qs, u"rnd"_qs, {});
        auto *areaRadio = dialog.findChild<QRadioButton *>(u"areaRadio"_qs);
        QVERIFY(areaRadio->isEnabled());
        QAccessibleInterface *radio = QAccessible::queryAccessibleInterface(areaRadio);
        QVERIFY(radio);
        QCOMPARE(radio->text(QAccessible::Name), u"Only the agenda area “R&D”"_qs);
    }

    // A choice that cannot be made says what would make it possible.
    void disabledChoicesSayWhy()
    {
        ExportDialog dialog(ExportDialog::Format::Pdf, m_briefing, u"en"_qs, QString(), {});
        auto *areaRadio = dialog.findChild<QRadioButton *>(u"areaRadio"_qs);
        auto *eventsRadio = dialog.findChild<QRadioButton *>(u"eventsRadio"_qs);
        QVERIFY(!areaRadio->isEnabled());
        QVERIFY2(areaRadio->text().contains(u"open an agenda area"_qs), qPrintable(areaRadio->text()));
        QVERIFY(!eventsRadio->isEnabled());
        QVERIFY2(eventsRadio->text().contains(u"filter the Timeline"_qs), qPrintable(eventsRadio->text()));
    }

    void exportWhatISee()
    {
        const AgendaArea &area = m_briefing->agenda.at(2);
        const QStringList events{m_briefing->events.at(0).id, m_briefing->events.at(1).id};
        ExportDialog dialog(ExportDialog::Format::Pdf, m_briefing, u"en"_qs, area.id, events);
        auto *areaRadio = dialog.findChild<QRadioButton *>(u"areaRadio"_qs);
        auto *eventsRadio = dialog.findChild<QRadioButton *>(u"eventsRadio"_qs);
        QVERIFY(areaRadio->isEnabled());
        QVERIFY(areaRadio->text().contains(m_briefing->text(area.title, u"en"_qs).text));
        QVERIFY(eventsRadio->isEnabled());

        areaRadio->setChecked(true);
        ExportOptions options = dialog.options();
        QCOMPARE(options.scope, ExportOptions::Scope::Area);
        QCOMPARE(options.areaId, area.id);

        eventsRadio->setChecked(true);
        auto *paper = dialog.findChild<QComboBox *>(u"paperCombo"_qs);
        paper->setCurrentIndex(paper->findData(int(QPageSize::Letter)));
        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_qs);
        language->setCurrentIndex(language->findData(u"az"_qs));
        options = dialog.options();
        QCOMPARE(options.scope, ExportOptions::Scope::Events);
        QCOMPARE(options.eventIds, events);
        QCOMPARE(options.pageSize, QPageSize::Letter);
        QCOMPARE(options.language, u"az"_qs);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
