// The floor the start-up benchmark measures against: the least a Qt Widgets program with a
// tabbed main window can do to show its first frame and write it to a PNG.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QTabWidget>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QMainWindow window;
    auto *tabs = new QTabWidget(&window);
    tabs->addTab(new QLabel(QStringLiteral("Floor")), QStringLiteral("Tab"));
    window.setCentralWidget(tabs);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 2000); // as briefing --screenshot
    // Grabbed as briefing --screenshot grabs its frame.
    const QPixmap frame = window.screen()->grabWindow(window.winId());
    return frame.save(QString::fromLocal8Bit(argv[1]), "PNG") ? 0 : 1;
}
