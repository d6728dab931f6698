#include "busyfocus.h"

#include <QAbstractButton>
#include <QWidget>

namespace BusyFocus {

void setBusy(QWidget *dialog, bool busy, QAbstractButton *submit, const std::function<void()> &applyBusy)
{
    QWidget *focused = dialog->focusWidget();
    applyBusy();
    if (busy && dialog->focusWidget() != focused)
        dialog->setFocus();
    else if (!busy && dialog->focusWidget() == dialog && submit && submit->isEnabled())
        submit->setFocus();
}

} // namespace BusyFocus
