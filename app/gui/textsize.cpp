#include "gui/textsize.h"

#include "gui/entrydetailview.h"
#include "gui/entrylistpage.h"

#include <QWidget>

#include <algorithm>
#include <array>

namespace {

// The steps of a browser's zoom: small ones near the normal size, larger ones beyond.
constexpr std::array<int, 10> Steps = {70, 80, 90, 100, 110, 125, 150, 175, 200, 250};
static_assert(Steps.front() == TextSize::Smallest && Steps.back() == TextSize::Largest);

void setScaledFont(QWidget *widget, int percent)
{
    if (percent == TextSize::Normal) {
        // An empty font inherits again, and follows a change of the desktop's font.
        widget->setFont(QFont());
        return;
    }
    const QWidget *parent = widget->parentWidget();
    QFont font = parent ? parent->font() : QFont();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * percent / 100.0);
    else
        font.setPixelSize(std::max(1, font.pixelSize() * percent / 100));
    widget->setFont(font);
}

// Scaled once, through its page, not a second time on its own.
bool insideListPage(const QWidget *widget)
{
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<const EntryListPage *>(up))
            return true;
    }
    return false;
}

} // namespace

int TextSize::bounded(int percent)
{
    if (percent <= 0)
        return Normal;
    return std::clamp(percent, Smallest, Largest);
}

int TextSize::bigger(int percent)
{
    const int current = bounded(percent);
    const auto next = std::upper_bound(Steps.begin(), Steps.end(), current);
    return next == Steps.end() ? Largest : *next;
}

int TextSize::smaller(int percent)
{
    const int current = bounded(percent);
    const auto next = std::lower_bound(Steps.begin(), Steps.end(), current);
    return next == Steps.begin() ? Smallest : *(next - 1);
}

void TextSize::apply(QWidget *root, int percent)
{
    if (!root)
        return;
    percent = bounded(percent);
    // A list page carries its list, heading, filter and details: its font reaches them all.
    QList<QWidget *> panes;
    for (EntryListPage *page : root->findChildren<EntryListPage *>())
        panes.append(page);
    for (EntryDetailView *view : root->findChildren<EntryDetailView *>()) {
        if (!insideListPage(view))
            panes.append(view);
    }
    if (qobject_cast<EntryListPage *>(root)
        || (qobject_cast<EntryDetailView *>(root) && !insideListPage(root)))
        panes.append(root);
    for (QWidget *pane : std::as_const(panes))
        setScaledFont(pane, percent);
}
