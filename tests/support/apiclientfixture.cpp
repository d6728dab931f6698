#include "apiclientfixture.h"

namespace ApiTest {

bool ApiClientFixture::start(int maxRetryDelayMs)
{
    m_server = std::make_unique<FakeApiServer>();
    if (!m_server->listen())
        return false;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setEndpoints(ApiEndpoints::single(m_server->url()));
    RequestPolicy policy;
    policy.timeoutMs = 300;
    policy.retryBaseDelayMs = 10;
    if (maxRetryDelayMs >= 0)
        policy.maxRetryDelayMs = maxRetryDelayMs;
    m_client->setPolicy(policy);
    m_client->setApiToken(m_server->apiToken);
    return true;
}

void ApiClientFixture::reset()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

DatabaseRef ApiClientFixture::ref() const
{
    return {*m_client->defaultRegion(), m_server->appId(), m_server->addonId()};
}

} // namespace ApiTest
