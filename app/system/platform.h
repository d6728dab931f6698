#pragma once

#include <functional>

class QObject;
class QProcess;

/// Every call specific to the operating system (today: Linux/POSIX) lives behind these functions, so porting
/// Gatehouse to Windows or macOS means porting platform.cpp, not hunting through the code. On a platform without
/// an implementation each function does nothing and says so through its return value.
namespace Platform {

/// Stops the process from writing core dumps (it holds the API token and passwords in memory) and from being
/// inspected by other processes of the same user: PR_SET_DUMPABLE 0 and RLIMIT_CORE 0. True when both applied.
bool disableCoreDumps();
/// True when this process cannot dump core (not dumpable, or a core size limit of 0).
bool coreDumpsDisabled();

/// Calls \a handler on \a context's thread, from the event loop, each time the process receives a termination
/// request (SIGTERM, SIGINT: logout, Ctrl+C, a script stopping the app). The signal handler itself only writes one
/// byte to a socket pair (async-signal-safe). Install once. False when not supported or the pipe failed.
bool onTerminationRequest(QObject *context, std::function<void()> handler);

/// Makes \a process's child receive SIGTERM if this process dies without stopping it (crash, kill -9), so a
/// sandbox never outlives Gatehouse. Call before QProcess::start().
void terminateChildWithParent(QProcess &process);

/// A monotonic clock in milliseconds, comparable between processes of this machine (for the startup probe).
double monotonicMs();

} // namespace Platform
