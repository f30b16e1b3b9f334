#include "gui/zoomtoselectionaction.h"

#include <QToolButton>

ZoomToSelectionAction::ZoomToSelectionAction(QWidget *page, QToolButton *button)
    : QAction(page)
{
    setObjectName(QStringLiteral("zoomToSelectionAction"));
    button->setObjectName(QStringLiteral("zoomToSelection"));
    // The map and the timeline share the key; only the page on screen answers it.
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(this);
    button->setDefaultAction(this);
}

void ZoomToSelectionAction::setPossible(bool possible, const QString &what, const QString &whyNot)
{
    setEnabled(possible);
    setToolTip(possible ? QStringLiteral("%1 (%2)").arg(what, shortcut().toString(QKeySequence::NativeText))
                        : whyNot);
}
