#pragma once

class QWidget;

// How large the reading panes' text is (the overview, the lists and the entries' details), in
// percent of the interface's own size: in steps, between Smallest and Largest. The map and the
// timeline keep their figures' sizes; the menus and tabs keep the desktop's.
class TextSize
{
public:
    static constexpr int Normal = 100;
    static constexpr int Smallest = 70;
    static constexpr int Largest = 250;

    // The next step up or down from `percent`, held within the bounds.
    static int bigger(int percent);
    static int smaller(int percent);
    // `percent` within the bounds; anything unreadable (0, negative) is Normal.
    static int bounded(int percent);

    // Sets the text of the reading panes in `root` (and root itself, if it is one) to
    // `percent` of the font they would inherit.
    static void apply(QWidget *root, int percent);
};
