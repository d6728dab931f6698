#include "logging.h"

Q_LOGGING_CATEGORY(lcSandbox, "gatehouse.sandbox", QtInfoMsg)
