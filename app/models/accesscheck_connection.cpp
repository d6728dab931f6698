// "Can I connect?" steps 3 to 5: a TCP connection to the endpoint, then one libpq (async) connection attempt whose
// TLS handshake and login are reported as two steps.
#include "accesscheck.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "common/logging.h"
#include "databasesession.h"
#include "domain/connectionuri.h"
#include "pg/pgconnection.h"

#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTimer>

// --- 3: TCP ---------------------------------------------------------------------------------------------------------

AccessCheck::Outcome AccessCheck::tcpOutcome(QAbstractSocket::SocketError error, const QString &host, int port,
                                             const QString &errorString)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return {State::Failed, Fix::Retry,
                tr("Refused: nothing accepts connections on %1 port %2. The database may be stopped or restarting, "
                   "or the address is wrong.")
                        .arg(host)
                        .arg(port)};
    case QAbstractSocket::HostNotFoundError:
        return {State::Failed, Fix::Retry,
                tr("The name %1 could not be found: check this computer's Internet connection and DNS.").arg(host)};
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketAccessError:
        return {State::Failed, Fix::Retry, tr("This computer's network could not reach %1: %2").arg(host, errorString)};
    default:
        return {State::Failed, Fix::Retry,
                tr("The connection to %1 port %2 failed: %3").arg(host).arg(port).arg(errorString)};
    }
}

AccessCheck::Outcome AccessCheck::tcpTimeoutOutcome(int seconds, bool rulesAdmit)
{
    const QString what = tr("No answer within %n second(s).", nullptr, seconds);
    if (!rulesAdmit)
        return {State::Failed, Fix::AllowMyIp,
                what + QLatin1Char(' ')
                        + tr("The database's firewall drops connections from addresses it does not admit.")};
    return {State::Failed, Fix::Retry,
            what + QLatin1Char(' ')
                    + tr("A firewall on this network (office, hotel, VPN) may block outgoing connections to this port, "
                         "or a new rule is not applied yet.")};
}

void AccessCheck::runTcp()
{
    const auto uri = ConnectionUri::parse(connectionUri());
    if (!uri || uri->host().isEmpty()) {
        set(TcpStep, State::Failed, tr("The database's connection address is not known."), Fix::Retry);
        set(TlsStep, State::Skipped);
        set(LoginStep, State::Skipped);
        finish();
        return;
    }
    const QString host = uri->host();
    const int port = uri->port();
    set(TcpStep, State::Running, tr("Connecting to %1 port %2…").arg(host).arg(port));
    m_socket = new QTcpSocket(this);
    const quint64 generation = m_generation;
    auto failed = [this, generation](const Outcome &outcome) {
        if (generation != m_generation)
            return;
        set(TcpStep, outcome);
        set(TlsStep, State::Skipped, tr("Needs a connection to the server."));
        set(LoginStep, State::Skipped, tr("Needs a connection to the server."));
        finish();
    };
    connect(m_socket, &QTcpSocket::connected, this, [this, host, port] {
        m_tcpTimer->stop();
        set(TcpStep, State::Ok, tr("%1 port %2 accepts connections.").arg(host).arg(port));
        m_socket->abort();
        runTls();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this, host, port, failed](QAbstractSocket::SocketError e) {
        m_tcpTimer->stop();
        failed(tcpOutcome(e, host, port, m_socket->errorString()));
    });
    connect(m_tcpTimer, &QTimer::timeout, this, [this, failed] {
        const bool admitted = m_steps[RulesStep].state != State::Failed;
        failed(tcpTimeoutOutcome((m_tcpTimeoutMs + 999) / 1000, admitted));
    });
    m_tcpTimer->start(m_tcpTimeoutMs);
    // Firewall rules are IPv4: test the path a rule governs.
    m_socket->connectToHost(host, quint16(port), QIODevice::ReadWrite, QAbstractSocket::IPv4Protocol);
}

// --- 4 and 5: TLS and login over one libpq connection attempt
// ---------------------------------------------------------

void AccessCheck::runTls()
{
    set(TlsStep, State::Running, tr("Fetching the certificate authority of Scalingo's databases…"));
    if (!m_client || !m_session || !m_session->ref().region.databaseApi.isValid()) {
        connectPg();
        return;
    }
    const quint64 generation = m_generation;
    m_reply = m_client->databaseCaCertificate(m_session->ref().region);
    connect(m_reply, &ApiReply::finished, this, [this, reply = m_reply.data(), generation] {
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        if (reply->isSuccess()) {
            // A public certificate, not a secret: libpq wants a file.
            m_caFile = std::make_unique<QTemporaryFile>();
            if (m_caFile->open()) {
                m_caFile->write(reply->value<QByteArray>());
                m_caFile->flush();
            } else {
                m_caFile.reset();
            }
        }
        connectPg();
    });
}

void AccessCheck::connectPg()
{
    const auto base = ConnectionUri::parse(connectionUri());
    if (!base) {
        set(LoginStep, State::Failed, tr("The database's connection address is not known."), Fix::Retry);
        if (!m_loginOnly)
            set(TlsStep, State::Skipped);
        finish();
        return;
    }
    m_verified = m_caFile != nullptr;
    if (!m_loginOnly)
        set(TlsStep, State::Running, tr("Negotiating encryption with %1…").arg(base->host()));
    else
        set(LoginStep, State::Running, tr("Logging in as %1…").arg(m_user));
    PgOptions options;
    options.connectTimeoutMs = m_pgTimeoutMs;
    if (m_caFile)
        options.rootCertificatePath = m_caFile->fileName();
    m_pg = new PgConnection(this);
    m_pg->setOptions(options);
    m_pg->setConnectionUri(base->withCredentials(m_user, m_password).toString());
    connect(m_pg, &PgConnection::tlsEstablished, this, [this] {
        m_tlsSeen = true;
        if (!m_loginOnly)
            set(TlsStep, State::Ok,
                m_verified ? tr("Encrypted; the server's certificate is valid for this address.")
                           : tr("Encrypted. The certificate was not verified (the certificate authority could not be "
                                "fetched)."));
        set(LoginStep, State::Running, tr("Logging in as %1…").arg(m_user));
    });
    connect(m_pg, &PgConnection::connected, this, [this] {
        set(LoginStep, State::Ok, tr("%1 logged in.").arg(m_user));
        finish();
    });
    connect(m_pg, &PgConnection::connectionFailed, this, &AccessCheck::onPgFailed);
    m_pg->open();
}

void AccessCheck::onPgFailed(const PgError &error)
{
    qCInfo(lcModels) << "access check: connection failed:" << Redact::text(error.serverMessage);
    if (!m_tlsSeen && !m_loginOnly) {
        const Outcome outcome
                = error.kind() == PgError::Kind::Tls ? tlsOutcome(error) : loginOutcome(error, m_user, m_userListed);
        set(TlsStep, outcome);
        set(LoginStep, State::Skipped, tr("Needs a secure connection."));
    } else {
        set(LoginStep,
            error.kind() == PgError::Kind::Tls ? tlsOutcome(error) : loginOutcome(error, m_user, m_userListed));
    }
    finish();
}
