#include "platform.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QSocketNotifier>

#ifdef Q_OS_LINUX
#include <csignal>
#include <ctime>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Platform {

#ifdef Q_OS_LINUX

namespace {
int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_signalPipe[0], &byte, 1); // async-signal-safe
}
} // namespace

bool disableCoreDumps()
{
    const rlimit none = {0, 0};
    const bool limited = ::setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return limited && undumpable;
}

bool coreDumpsDisabled()
{
    rlimit limit = {};
    const bool noCore = ::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0;
    return noCore || ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

bool onTerminationRequest(QObject *context, std::function<void()> handler)
{
    if (s_signalPipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    auto *notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler = std::move(handler)] {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(s_signalPipe[1], &byte, 1);
        handler();
    });
    return true;
}

void terminateChildWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

double monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

#else // to port: Windows (SetConsoleCtrlHandler, WER settings, job objects), macOS (POSIX signals, setrlimit)

bool disableCoreDumps()
{
    return false;
}

bool coreDumpsDisabled()
{
    return false;
}

bool onTerminationRequest(QObject *, std::function<void()>)
{
    return false;
}

void terminateChildWithParent(QProcess &) { }

double monotonicMs()
{
    return double(QElapsedTimer().msecsSinceReference());
}

#endif

} // namespace Platform
