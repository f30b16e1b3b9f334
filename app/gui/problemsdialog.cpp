#include "gui/problemsdialog.h"

#include "ui_problemsdialog.h"

#include "document/textlist.h"
#include "models/entryhtml.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>

ProblemsDialog::ProblemsDialog(const QString &fileName, const Problems &problems, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProblemsDialog>()), m_problems(problems)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("problemsDialog"));
    int errors = 0;
    for (const Problem &problem : problems) {
        if (problem.severity == Problem::Severity::Error)
            ++errors;
        auto *item = new QTreeWidgetItem(m_ui->problems);
        item->setText(0, problem.line > 0 ? QString::number(problem.line) : QString());
        item->setText(1, problem.line > 0 ? QString::number(problem.column) : QString());
        switch (problem.severity) {
        case Problem::Severity::Error: item->setText(2, problem.message); break;
        case Problem::Severity::Warning:
            item->setText(2, tr("Warning: %1").arg(problem.message));
            break;
        case Problem::Severity::Note: item->setText(2, tr("Note: %1").arg(problem.message)); break;
        }
        item->setText(3, problem.path);
        item->setToolTip(2, EntryHtml::toolTip(problem.message));
    }
    m_ui->problems->resizeColumnToContents(0);
    m_ui->problems->resizeColumnToContents(1);
    m_ui->problems->setColumnWidth(2, 420);
    // Isolated, so that a Latin file name keeps its place in a Persian sentence.
    const QString name = TextList::isolated(QFileInfo(fileName).fileName());
    if (errors > 0) {
        m_ui->summary->setText(tr("%1 could not be opened: %n problem(s) found.", nullptr, errors)
                                   .arg(name));
    } else {
        m_ui->summary->setText(tr("%1 is open; %n warning(s) about it:", nullptr,
                                  int(warningCount(problems)))
                                   .arg(name));
    }

    QPushButton *copy = m_ui->buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (const Problem &problem : std::as_const(m_problems))
            lines.append(problem.toString());
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    });
}

ProblemsDialog::~ProblemsDialog() = default;
