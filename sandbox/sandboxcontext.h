#pragma once

#include "sandboxconfig.h"

class ClusterManager;
class FeaturesService;
class FirewallService;
class RateLimiter;
class StateStore;
class TokenService;
class UsersService;

/// The services route handlers use; owned by Sandbox, which outlives the routes.
struct SandboxContext
{
    const SandboxConfig *config = nullptr;
    StateStore *store = nullptr;
    TokenService *tokens = nullptr;
    RateLimiter *limiter = nullptr;
    ClusterManager *cluster = nullptr;
    UsersService *users = nullptr;
    FirewallService *firewall = nullptr;
    FeaturesService *features = nullptr;
    QString userId;
};
