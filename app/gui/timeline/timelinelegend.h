#pragma once

#include <QWidget>

class QLabel;

// The timeline's legend: what its symbols mean. A widget beside the chart rather than QLegend,
// because it follows the application's layout direction (QLegend does not) and lists symbols,
// which are not series. The lanes are named on the chart's own axis.
class TimelineLegend : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineLegend(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateIcons();

    QList<QLabel *> m_icons;
    QList<QLabel *> m_texts;
    QLabel *m_heading;
};
