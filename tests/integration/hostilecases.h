#pragma once

// The hostile requests tst_sandbox_hostile sends to the sandbox's HTTP API, by group, with the status each must get,
// and the JWT helpers it forges tokens with.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hostile {

enum class Auth {
    Addon, ///< this database's valid addon token
    None,
    Garbage, ///< "Bearer not-a-token"
    AlgNone, ///< unsigned JWT with addon claims
    Tampered, ///< our addon token with the payload changed (other addon), original signature
    Escalated, ///< user JWT payload with scope=addon, user signature
    UserJwt, ///< a valid user JWT on the DB API
    ApiToken, ///< the tk-us API token as a bearer
    Foreign, ///< a valid addon token of another sandbox (other secret, other addon)
    HugeHeader, ///< 48 KiB Authorization header
    BasicWrong, ///< Basic auth with a wrong API token (token exchange)
    BasicNone, ///< token exchange with a bearer header instead of Basic
};

struct Case
{
    QByteArray group;
    QByteArray name;
    QByteArray method;
    QByteArray target; ///< placeholders {A} addon id, {APP} app id, {OWNER} default user, {RULE} custom rule id,
                       ///< {FA} the foreign addon id
    QByteArray body;
    Auth auth = Auth::Addon;
    int expected = 0; ///< exact status, or 0 for "any 4xx"
};

QByteArray b64url(const QByteArray &data);
/// The claims of a JWT, unverified.
QJsonObject jwtPayload(const QString &token);
QByteArray json(const QJsonObject &o);

/// Every case, in groups; targets hold placeholders the test expands (see Case::target).
QList<Case> hostileCases();

} // namespace hostile
