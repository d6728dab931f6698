#pragma once

#include <functional>

class QAbstractButton;
class QWidget;

/// "Keep the focus while a dialog is busy", shared by every dialog that submits a write. Disabling the submit button
/// (or the field being typed in) hands the focus on, possibly to Cancel, where an impatient second Enter would close
/// the dialog and lose what was typed. While busy the focus stays on the dialog (Enter then finds the disabled
/// default button and does nothing); afterwards it goes back to \a submit.
namespace BusyFocus {

/// Runs \a applyBusy (which enables/disables the dialog's widgets), then settles the focus as above.
void setBusy(QWidget *dialog, bool busy, QAbstractButton *submit, const std::function<void()> &applyBusy);

} // namespace BusyFocus
