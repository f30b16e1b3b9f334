#pragma once

#include "document/problem.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProblemsDialog;
}

// Lists what is wrong with a briefing file that could not be opened: line, column, the
// problem in words, and the JSON path; "Copy" puts the list on the clipboard for a bug report.
class ProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    ProblemsDialog(const QString &fileName, const Problems &problems, QWidget *parent = nullptr);
    ~ProblemsDialog() override;

private:
    std::unique_ptr<Ui::ProblemsDialog> m_ui;
    Problems m_problems;
};
