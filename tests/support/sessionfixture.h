#pragma once
// A DatabaseSession on a fresh in-process FakeApiServer: the setup of the model and page tests that need no sandbox.
// A test class derives from it (after QObject) and keeps the names m_server, m_nam, m_client and m_session:
//
//     createServer()->users = manyUsers();   // the server's model, before it listens
//     QVERIFY(startSession());
//     ...
//     resetSession();                        // in cleanup(), after the widgets and models that use the session

#include "api/apiclient.h"
#include "fakeapiserver.h"
#include "models/databasesession.h"

#include <QNetworkAccessManager>

#include <memory>

namespace ApiTest {

class SessionFixture
{
public:
    /// A new server with its Scalingo model as installed, not listening yet: give it users or rules now.
    FakeApiServer *createServer();
    /// Listens, then builds a client on the server (its API token set) and a session on that client. False if the
    /// server could not listen.
    bool startSession();
    /// Opens the server's database (its app id and name) in the session.
    void openDatabase();
    /// Session, client, network manager, then server: replies never outlive their server.
    void resetSession();

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DatabaseSession> m_session;
};

} // namespace ApiTest
