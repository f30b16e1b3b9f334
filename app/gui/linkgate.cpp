#include "gui/linkgate.h"

#include "document/weblink.h"

#include <QDesktopServices>

namespace {

QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;

} // namespace

bool LinkGate::isAllowed(const QUrl &url)
{
    return WebLink::isWebAddress(url);
}

void LinkGate::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QMessageBox::StandardButton LinkGate::ask(QWidget *parent, QMessageBox::Icon icon,
                                          const QString &title, const QString &text,
                                          QMessageBox::StandardButtons buttons)
{
    if (nextAnswer != QMessageBox::NoButton) {
        const auto answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}

bool LinkGate::open(QWidget *parent, const QUrl &url)
{
    // The address is shown encoded, so look-alike letters and direction tricks stay visible.
    const QString shown = QString::fromLatin1(url.toEncoded());
    if (!isAllowed(url)) {
        ask(parent, QMessageBox::Warning, tr("Link refused"),
            tr("This link is not a web address and will not be opened:\n\n%1").arg(shown),
            QMessageBox::Ok);
        return false;
    }
    const auto answer = ask(parent, QMessageBox::Question, tr("Open web page"),
                            tr("Open this address in your web browser?\n\n%1").arg(shown),
                            QMessageBox::Open | QMessageBox::Cancel);
    if (answer != QMessageBox::Open)
        return false;
    return QDesktopServices::openUrl(url);
}
