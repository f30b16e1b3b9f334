#pragma once

#include <QDialog>

class QTextBrowser;
class QUrl;

// The reader's manual, offline: one page per language compiled into the program
// (resources/manual/), shown in the interface's language and switched with it. Links inside
// the page go to its sections; a web address goes through LinkGate like any other.
class ManualDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManualDialog(const QString &language, QWidget *parent = nullptr);

    // The manual in `language` ("en", "az", "fa"), or in English when there is none.
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }
    QTextBrowser *browser() const { return m_browser; }

    // The resource that holds the manual in `language`.
    static QString resourcePath(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followLink(const QUrl &url);

    QTextBrowser *m_browser;
    QString m_language;
};
