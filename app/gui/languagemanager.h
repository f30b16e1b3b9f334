#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

// Switches the interface language at run time: the program's own translation and Qt's (for
// standard dialogs), the default locale for numbers and dates, and, through the translation's
// QT_LAYOUT_DIRECTION entry, the direction of the whole interface. No list of right-to-left
// languages is kept here: the translation says which way it reads.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // The interface languages the program ships, source language first.
    static QStringList languages();
    // The system's language when the program has it, else English.
    static QString systemLanguage();

    // Installs the translations for `language`; false when the program does not have it.
    bool setLanguage(const QString &language);
    const QString &language() const { return m_language; }

    // While an export in another language than the interface's is written: the program's own
    // words on its pages (headings, the map's legend) come from that language's translation.
    // The window hears nothing of it: Qt's announcement of a new translation is held back, so
    // nothing is translated again, and a Persian export does not turn an English window
    // around. endExport() puts the interface's translation back; nothing happens for an
    // export in the interface's language.
    void beginExport(const QString &language);
    void endExport();

Q_SIGNALS:
    void languageChanged(const QString &language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_language = QStringLiteral("en");
    QTranslator m_program;
    QTranslator m_qt;
    QTranslator m_export;
    bool m_exporting = false;
};
