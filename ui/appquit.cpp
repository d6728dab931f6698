#include "appquit.h"

#include <QApplication>

namespace AppQuit {

namespace {
bool s_quitting = false;
}

void quitNow()
{
    s_quitting = true;
    QApplication::closeAllWindows(); // dialogs consult isQuitting() and close without asking
    // exit(), not quit(): quit() lets a window veto by ignoring its close event; exit() also ends nested loops
    // (a modal QDialog::exec() in progress).
    QApplication::exit(0);
}

bool isQuitting()
{
    return s_quitting;
}

} // namespace AppQuit
