#pragma once
// The ApiClient every tst_apiclient* test starts from: a fresh FakeApiServer, a client pointed at it with short
// timeouts and retry delays (so failure paths run in milliseconds), and the server's API token set.

#include "api/apiclient.h"
#include "fakeapiserver.h"

#include <QNetworkAccessManager>

#include <memory>

namespace ApiTest {

class ApiClientFixture
{
public:
    /// Starts the server and builds the client; false if the server could not listen. `maxRetryDelayMs` caps
    /// Retry-After and backoff (RequestPolicy's default when negative).
    bool start(int maxRetryDelayMs = 1500);
    /// Client first, then its network manager, then the server (replies must not outlive their server).
    void reset();

    /// The fake server's database in the client's default region.
    DatabaseRef ref() const;

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
};

} // namespace ApiTest
