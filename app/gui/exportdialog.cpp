#include "gui/exportdialog.h"

#include "document/programlanguages.h"
#include "ui_exportdialog.h"

#include "gui/mnemonictext.h"

#include <QPushButton>

ExportDialog::ExportDialog(Format format, BriefingPtr briefing, const QString &language,
                           const QString &areaId, const QStringList &eventIds, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()),
      m_briefing(std::move(briefing)), m_areaId(areaId), m_eventIds(eventIds)
{
    m_ui->setupUi(this);
    if (format == Format::Html) {
        setWindowTitle(tr("Export HTML"));
        m_ui->formLayout->setRowVisible(m_ui->paperCombo, false);
    }
    m_ui->paperCombo->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_ui->paperCombo->addItem(tr("US Letter (8.5 × 11 in)"), int(QPageSize::Letter));

    // Each language is named in itself, as readers look for their own.
    for (const QString &code : ProgramLanguages::codes())
        m_ui->languageCombo->addItem(ProgramLanguages::nativeName(code), code);
    const int current = m_ui->languageCombo->findData(language);
    m_ui->languageCombo->setCurrentIndex(current >= 0 ? current : 0);

    const AgendaArea *area = m_briefing ? m_briefing->agendaArea(areaId) : nullptr;
    m_ui->areaRadio->setEnabled(area != nullptr);
    if (area) {
        m_ui->areaRadio->setText(
            tr("Only the agenda area “%1”")
                .arg(MnemonicText::literal(m_briefing->text(area->title, language).text)));
    } else {
        m_ui->areaRadio->setText(tr("The current agenda area (open an agenda area's tab to "
                                    "choose it)"));
    }
    m_ui->eventsRadio->setEnabled(!eventIds.isEmpty());
    if (!eventIds.isEmpty()) {
        m_ui->eventsRadio->setText(tr("Only the %n filtered event(s)", nullptr, int(eventIds.size())));
    } else {
        m_ui->eventsRadio->setText(tr("The filtered events (filter the Timeline tab's list to "
                                      "choose them)"));
    }

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ExportDialog::~ExportDialog() = default;

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.pageSize = QPageSize::PageSizeId(m_ui->paperCombo->currentData().toInt());
    options.language = m_ui->languageCombo->currentData().toString();
    if (m_ui->areaRadio->isChecked() && m_ui->areaRadio->isEnabled()) {
        options.scope = ExportOptions::Scope::Area;
        options.areaId = m_areaId;
    } else if (m_ui->eventsRadio->isChecked() && m_ui->eventsRadio->isEnabled()) {
        options.scope = ExportOptions::Scope::Events;
        options.eventIds = m_eventIds;
    }
    return options;
}
