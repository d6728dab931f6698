#pragma once

class QDialog;
class QWidget;

/// Sizes a dialog to its content, so it never opens with an empty band under its fields nor squeezes its text into
/// a narrow column (seen on screen, issue 16 item 5). The width is at least \a minimumChars average characters (or
/// what the content needs); the height is what the content needs at that width.
namespace DialogFit {

enum class Mode {
    /// Forms: the height keeps following the content as parts appear or hide (a warning, a progress bar) and as
    /// the person changes the width; it is not stretched by hand, since there is nothing to fill.
    FollowContent,
    /// Dialogs with a list that can use more room: fitted once, then freely resizable.
    Initial,
};

void apply(QDialog *dialog, int minimumChars = 60, Mode mode = Mode::FollowContent);
/// The height \a dialog's layout needs at its current width (margins included).
int contentHeight(QWidget *dialog);

} // namespace DialogFit
