#pragma once

#include <QAction>

class QToolButton;

// "Zoom to selection" on a page that draws the selection (the map, the timeline): one key,
// Ctrl+J, answered only by the page on screen, and a tooltip that says why when it cannot.
class ZoomToSelectionAction : public QAction
{
    Q_OBJECT

public:
    // Adds itself to `page` and becomes `button`'s action.
    ZoomToSelectionAction(QWidget *page, QToolButton *button);

    // Enables the action when the selection has something to show; the tooltip then says what
    // it does (with its key), else `whyNot`.
    void setPossible(bool possible, const QString &what, const QString &whyNot);
};
