#pragma once

#include <QFrame>
#include <QUrl>

#include <functional>

class QLabel;
class QPushButton;

// The bar that says an export was written and offers to open the file or the folder it is in.
// It asks nothing and blocks nothing: the reader may use it, close it, or go on reading.
class ExportNotice : public QFrame
{
    Q_OBJECT

public:
    using Opener = std::function<bool(const QUrl &)>;

    explicit ExportNotice(QWidget *parent = nullptr);

    // Shows the bar for the file just written.
    void showFor(const QString &fileName);
    const QString &fileName() const { return m_fileName; }

    // Test seam: how a file or folder is handed to the desktop (QDesktopServices::openUrl
    // unless set), so that a test launches no program. An empty opener restores the default.
    static void setOpener(Opener opener);

protected:
    void changeEvent(QEvent *event) override;

private:
    void open(const QUrl &url);
    void retranslate();

    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_showFolder;
    QPushButton *m_close;
    QString m_fileName;
};
