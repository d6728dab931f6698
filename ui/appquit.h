#pragma once

/// Leaving the application when the session ends (SIGTERM/SIGINT: logout, shutdown, a script). No window may hold
/// the quit back: questions such as "Have you stored the password?" are not asked any more (and one already open is
/// answered "no"), every window closes (state saved, sandbox stopped) and every event loop, nested ones included,
/// is left.
namespace AppQuit {

void quitNow();
bool isQuitting();

} // namespace AppQuit
