#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

// Lists every action of a window's menus that has a keyboard shortcut, menu by menu in the
// menu bar's order, read from the actions themselves so that the list never goes stale. The
// field above it filters by the action's name or its keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }

    // The keys of an action as the menus show them, the second key after the first.
    static QString keysText(const QList<QKeySequence> &shortcuts);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};
