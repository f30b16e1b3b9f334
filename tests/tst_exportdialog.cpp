#include "document/briefingreader.h"
#include "gui/exportdialog.h"

#include <QComboBox>
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
        ExportDialog dialog(m_briefing, u"fa"_qs, QString(), {});
        QVERIFY(!dialog.findChild<QRadioButton *>(u"areaRadio"_qs)->isEnabled());
        QVERIFY(!dialog.findChild<QRadioButton *>(u"eventsRadio"_qs)->isEnabled());
        const ExportOptions options = dialog.options();
        QCOMPARE(options.scope, ExportOptions::Scope::Whole);
        QCOMPARE(options.language, u"fa"_qs);
        QCOMPARE(options.pageSize, QPageSize::A4);
    }

    void exportWhatISee()
    {
        const AgendaArea &area = m_briefing->agenda.at(2);
        const QStringList events{m_briefing->events.at(0).id, m_briefing->events.at(1).id};
        ExportDialog dialog(m_briefing, u"en"_qs, area.id, events);
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
