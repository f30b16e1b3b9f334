#pragma once

#include <QWidget>

#include <functional>

// A tab's page that is built the first time it is shown or asked for, so that the tabs a
// reader has not opened cost nothing before the first frame.
class DeferredPage : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget *()>;

    explicit DeferredPage(Factory factory, QWidget *parent = nullptr);

    // The page, built now if it was not yet. It takes this widget's object name.
    QWidget *page();
    bool isBuilt() const { return m_page != nullptr; }

Q_SIGNALS:
    // The page was just built.
    void built(QWidget *page);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_factory;
    QWidget *m_page = nullptr;
};
