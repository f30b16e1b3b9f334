#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QUrl>

class QWidget;

// The one way a link from a briefing leaves the program. Only http and https addresses pass,
// and only after the reader has seen the whole address and agreed; anything else (file:,
// javascript:, data:, smb:, ...) is refused with a message.
class LinkGate
{
    Q_DECLARE_TR_FUNCTIONS(LinkGate)

public:
    static bool isAllowed(const QUrl &url);
    // Returns true when the address was handed to the desktop's browser.
    static bool open(QWidget *parent, const QUrl &url);

    // Test seam: the next question is answered with `answer` instead of being asked.
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon,
                                           const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons);
};
