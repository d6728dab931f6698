#include "sessionfixture.h"

#include "domain/database.h"

namespace ApiTest {

FakeApiServer *SessionFixture::createServer()
{
    m_server = std::make_unique<FakeApiServer>();
    return m_server.get();
}

bool SessionFixture::startSession()
{
    if (!m_server)
        createServer();
    if (!m_server->listen())
        return false;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setEndpoints(ApiEndpoints::single(m_server->url()));
    m_client->setApiToken(m_server->apiToken);
    m_session = std::make_unique<DatabaseSession>(m_client.get());
    return true;
}

void SessionFixture::openDatabase()
{
    Database database;
    database.id = m_server->appId();
    database.name = m_server->appName();
    m_session->open(database);
}

void SessionFixture::resetSession()
{
    m_session.reset();
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

} // namespace ApiTest
