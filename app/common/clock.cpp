#include "clock.h"

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}
