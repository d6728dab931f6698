#include "usersservice.h"

#include "logging.h"
#include "sqlhelpers.h"
#include "tokenservice.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>

namespace {

const QStringList KnownAttributes{QStringLiteral("database_id"), QStringLiteral("name"), QStringLiteral("read_only"),
                                  QStringLiteral("password"), QStringLiteral("password_confirmation")};

QString notFoundMessage()
{
    return QStringLiteral("User not found");
}

} // namespace

QString UsersService::generatePassword()
{
    return TokenService::randomString(64);
}

QString UsersService::usernameProblem(const QString &name)
{
    // The whole string: with ^...$ "abcdef\n" matched (`$` also matches before a final newline) and became a role.
    static const QRegularExpression valid(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]{5,31}")));
    if (name.isEmpty())
        return QStringLiteral("can't be blank");
    if (!valid.match(name).hasMatch())
        return QStringLiteral("is invalid: use 6 to 32 characters (lower-case letters, digits and underscores), "
                              "starting with a letter");
    if (name.startsWith(QLatin1String("pg_")) || name == QLatin1String("postgres"))
        return QStringLiteral("is reserved by PostgreSQL, choose another name");
    return QString();
}

namespace {
// The scheme of a role's password (as the API names it: "SCRAM-SHA-256", "MD5" or empty), from pg_authid `a`.
// One expression for the single-user query and the PostgreSQL-rendered list.
const char PasswordEncryptionSql[] = "CASE WHEN a.rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'SCRAM-SHA-256' "
                                     "WHEN a.rolpassword LIKE 'md5%' THEN 'MD5' ELSE '' END";
} // namespace

QList<UsersService::User> UsersService::users(const DatabaseRecord &db, const QString &onlyName)
{
    QList<User> out;
    QString error;
    // pg_authid is a shared catalog: readable from the state database connection.
    auto q = Sql::run(m_store->stateDb(),
                      QStringLiteral("SELECT u.name, u.read_only, u.protected, ") + QLatin1String(PasswordEncryptionSql)
                              + QStringLiteral(" FROM database_users u JOIN pg_authid a ON a.rolname = u.name::name "
                                               "WHERE u.app_id = :app AND (:only = '' OR u.name = :only2) "
                                               "ORDER BY u.protected DESC, u.created_at, u.name"),
                      {{QStringLiteral("app"), db.appId},
                       {QStringLiteral("only"), onlyName},
                       {QStringLiteral("only2"), onlyName}},
                      &error);
    while (q && q->next())
        out.append(User{q->value(0).toString(), q->value(1).toBool(), q->value(2).toBool(), q->value(3).toString()});
    return out;
}

std::optional<UsersService::User> UsersService::find(const DatabaseRecord &db, const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    const QList<User> found = users(db, name);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool UsersService::roleExists(const QString &name)
{
    QString error;
    auto q = Sql::run(m_store->stateDb(), QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                      {{QStringLiteral("name"), name}}, &error);
    return !q || q->next(); // on error, assume taken rather than risk a duplicate
}

HttpResponse UsersService::userResponse(const DatabaseRecord &db, const QString &name, const QString &password,
                                        int status)
{
    const std::optional<User> user = find(db, name);
    if (!user)
        return HttpResponse::internalError();
    QJsonObject object{{QStringLiteral("name"), user->name},
                       {QStringLiteral("read_only"), user->readOnly},
                       {QStringLiteral("protected"), user->isProtected}};
    if (!password.isEmpty())
        object.insert(QStringLiteral("password"), password);
    if (!user->passwordEncryption.isEmpty())
        object.insert(QStringLiteral("dbms_attributes"),
                      QJsonObject{{QStringLiteral("password_encryption"), user->passwordEncryption}});
    return HttpResponse::json(QJsonObject{{QStringLiteral("database_user"), object}}, status);
}

namespace {

// The users version, alone: what a cached list is checked against (one round trip, a trivial plan).
const char UsersVersionSql[] = "SELECT value FROM change_counters WHERE name = 'users'";
// The users version and the list rendered by PostgreSQL (json_agg) in the same statement, hence the same snapshot:
// the body is exact for the version returned. The join casts to `name` so that pg_authid's rolname index serves it
// (text = text would scan pg_authid once per user). %1 = the app id (hex, checked), %2 = PasswordEncryptionSql.
// No parameters: one round trip (QPSQL's prepared statements cost three: prepare, execute, deallocate).
const char UsersListSql[]
        = "SELECT c.value, (SELECT json_build_object('database-users', "
          "COALESCE(json_agg(CASE WHEN e.enc = '' "
          "THEN json_build_object('name', u.name, 'read_only', u.read_only, 'protected', u.protected) "
          "ELSE json_build_object('name', u.name, 'read_only', u.read_only, 'protected', u.protected, "
          "'dbms_attributes', json_build_object('password_encryption', e.enc)) END "
          "ORDER BY u.protected DESC, u.created_at, u.name), '[]'::json))::text "
          "FROM database_users u JOIN pg_authid a ON a.rolname = u.name::name "
          "CROSS JOIN LATERAL (SELECT %2 AS enc) e "
          "WHERE u.app_id = '%1') FROM change_counters c WHERE c.name = 'users'";

HttpResponse listBody(const QByteArray &body)
{
    HttpResponse ok;
    ok.body = body;
    return ok;
}

} // namespace

HttpResponse UsersService::list(const DatabaseRecord &db)
{
    // On a worker thread: a 10,000-user body takes PostgreSQL tens of ms to build, so it is built once per users
    // version (UsersListCache) and a repeated GET costs one trivial query.
    HttpResponse response;
    StateStore *store = m_store;
    UsersListCache *cache = &m_listCache;
    const QString appId = db.appId;
    response.work = [store, cache, appId] {
        // Our own id (StateStore::provision), but it is inlined in SQL text: hex only.
        static const QRegularExpression hex(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{1,64}")));
        QString error;
        const QSqlDatabase reader = store->readerDb(&error);
        if (!hex.match(appId).hasMatch() || !reader.isValid())
            return HttpResponse::internalError();
        if (cache->versionOf(appId) >= 0) {
            QSqlQuery version(reader);
            if (!version.exec(QString::fromLatin1(UsersVersionSql)) || !version.next()) {
                qCWarning(lcSandbox).noquote() << "users version failed:" << version.lastError().text();
                return HttpResponse::internalError();
            }
            if (const std::optional<QByteArray> body = cache->find(appId, version.value(0).toLongLong()))
                return listBody(*body);
        }
        QSqlQuery q(reader);
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(UsersListSql).arg(appId, QLatin1String(PasswordEncryptionSql))) || !q.next()) {
            qCWarning(lcSandbox).noquote() << "users list failed:" << q.lastError().text();
            return HttpResponse::internalError();
        }
        const QByteArray body = q.value(1).toString().toUtf8();
        cache->store(appId, q.value(0).toLongLong(), body);
        return listBody(body);
    };
    return response;
}

void UsersService::validatePassword(const QJsonObject &body, FieldErrors *errors, QString *password)
{
    const QJsonValue pw = body.value(QStringLiteral("password"));
    const QJsonValue confirmation = body.value(QStringLiteral("password_confirmation"));
    if (!pw.isUndefined() && !pw.isNull() && !pw.isString())
        (*errors)[QStringLiteral("password")].append(QStringLiteral("must be a string"));
    if (!confirmation.isUndefined() && !confirmation.isNull() && !confirmation.isString())
        (*errors)[QStringLiteral("password_confirmation")].append(QStringLiteral("must be a string"));
    *password = pw.toString();
    if (!password->isEmpty()) {
        if (password->size() < 24 || password->size() > 64)
            (*errors)[QStringLiteral("password")].append(QStringLiteral("must contain between 24 and 64 characters"));
        if (password->contains(QLatin1Char('"')) || password->contains(QLatin1Char('\'')))
            (*errors)[QStringLiteral("password")].append(QStringLiteral("must not contain quotes (\" or ')"));
        // NUL cut the statement short (500, and the password quoted in the error); no control character belongs
        // in a password anyway (C0, DEL, C1).
        if (std::any_of(password->cbegin(), password->cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control; }))
            (*errors)[QStringLiteral("password")].append(
                    QStringLiteral("must not contain control characters (such as NUL, tab or newline)"));
    }
    // The confirmation is optional (the JS client omits it), but when sent it must match.
    if (confirmation.isString() && confirmation.toString() != *password)
        (*errors)[QStringLiteral("password_confirmation")].append(QStringLiteral("doesn't match password"));
}

HttpResponse UsersService::create(const DatabaseRecord &db, const QJsonObject &rawBody)
{
    const QJsonObject body = Json::unwrap(rawBody, QStringLiteral("database_user"));
    FieldErrors errors;
    Json::rejectUnknown(body, KnownAttributes, &errors);

    const QJsonValue nameValue = body.value(QStringLiteral("name"));
    QString name;
    if (!nameValue.isUndefined() && !nameValue.isNull() && !nameValue.isString()) {
        errors[QStringLiteral("name")].append(QStringLiteral("must be a string"));
    } else {
        name = nameValue.toString();
        const QString problem = usernameProblem(name);
        if (!problem.isEmpty())
            errors[QStringLiteral("name")].append(problem);
        else if (roleExists(name))
            errors[QStringLiteral("name")].append(QStringLiteral("has already been taken"));
    }
    const QJsonValue readOnlyValue = body.value(QStringLiteral("read_only"));
    if (!readOnlyValue.isUndefined() && !readOnlyValue.isNull() && !readOnlyValue.isBool())
        errors[QStringLiteral("read_only")].append(QStringLiteral("must be true or false"));
    const bool readOnly = readOnlyValue.toBool(false);
    const QJsonValue databaseId = body.value(QStringLiteral("database_id"));
    if (!databaseId.isUndefined() && !databaseId.isNull()) {
        if (!databaseId.isString())
            errors[QStringLiteral("database_id")].append(QStringLiteral("must be a string"));
        else if (!databaseId.toString().isEmpty() && databaseId.toString() != db.addonId
                 && databaseId.toString() != db.dbapiId)
            errors[QStringLiteral("database_id")].append(QStringLiteral("does not match this database"));
    }
    QString password;
    validatePassword(body, &errors, &password);
    if (!errors.isEmpty())
        return HttpResponse::validation(errors);

    const bool generated = password.isEmpty();
    if (generated)
        password = generatePassword();
    QString error;
    QSqlDatabase target = m_store->targetDb(db, &error);
    if (!target.isValid())
        return HttpResponse::internalError();
    // Crash safety (kill -9 between statements): the row first (a row without its role is invisible in the API and
    // removed at the next start, see StateStore::open), then the role and its grants in ONE transaction, so a role
    // never exists without its grants nor without its row. A leftover row of a crash is reused (ON CONFLICT).
    if (!Sql::run(m_store->stateDb(),
                  QStringLiteral("INSERT INTO database_users (app_id, name, read_only, protected) "
                                 "VALUES (:app, :name, :ro, false) ON CONFLICT (app_id, name) DO UPDATE "
                                 "SET read_only = EXCLUDED.read_only, protected = false, created_at = now()"),
                  {{QStringLiteral("app"), db.appId}, {QStringLiteral("name"), name}, {QStringLiteral("ro"), readOnly}},
                  &error))
        return HttpResponse::internalError();
    target.transaction();
    if (!Sql::execFormatted(target, QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"),
                            {name, Sql::passwordForRole(password)}, &error, Sql::Secrecy::Secret)
        || !Privileges::grant(target, name, db.pgDatabase, db.ownerUser, readOnly, &error) || !target.commit()) {
        // Nothing of the role survives the rollback; drop the row so the name stays free.
        target.rollback();
        QString ignored;
        Sql::run(m_store->stateDb(), QStringLiteral("DELETE FROM database_users WHERE app_id = :app AND name = :name"),
                 {{QStringLiteral("app"), db.appId}, {QStringLiteral("name"), name}}, &ignored);
        return HttpResponse::internalError();
    }
    // The row was inserted before the role existed (the list joins both): the list changed again now.
    if (!m_store->bumpUsersVersion(&error))
        return HttpResponse::internalError();
    qCInfo(lcSandbox).noquote() << "created user" << name << (readOnly ? "(read-only)" : "(read-write)");
    return userResponse(db, name, generated ? password : QString(), 201);
}

bool UsersService::setPassword(const QString &name, const QString &password, QString *error)
{
    // The list shows each password's encryption (an MD5 user becomes SCRAM): a new users version.
    return Sql::execFormatted(m_store->stateDb(), QStringLiteral("ALTER ROLE %I PASSWORD %L"),
                              {name, Sql::passwordForRole(password)}, error, Sql::Secrecy::Secret)
            && m_store->bumpUsersVersion(error);
}

HttpResponse UsersService::update(const DatabaseRecord &db, const QString &name, const QJsonObject &rawBody)
{
    const std::optional<User> user = find(db, name);
    if (!user)
        return HttpResponse::error(404, notFoundMessage());
    if (user->isProtected)
        return HttpResponse::error(
                403, QStringLiteral("Protected user is managed by the platform: its password cannot be changed."));
    const QJsonObject body = Json::unwrap(rawBody, QStringLiteral("database_user"));
    FieldErrors errors;
    Json::rejectUnknown(body, KnownAttributes, &errors);
    const QJsonValue newName = body.value(QStringLiteral("name"));
    if (!newName.isUndefined() && !newName.isNull() && newName.toString() != name)
        errors[QStringLiteral("name")].append(QStringLiteral("cannot be changed"));
    const QJsonValue readOnly = body.value(QStringLiteral("read_only"));
    if (!readOnly.isUndefined() && !readOnly.isNull() && (!readOnly.isBool() || readOnly.toBool() != user->readOnly))
        errors[QStringLiteral("read_only")].append(QStringLiteral("cannot be changed"));
    QString password;
    validatePassword(body, &errors, &password);
    if (password.isEmpty() && !errors.contains(QStringLiteral("password")))
        errors[QStringLiteral("password")].append(QStringLiteral("can't be blank"));
    if (!errors.isEmpty())
        return HttpResponse::validation(errors);
    QString error;
    if (!setPassword(name, password, &error))
        return HttpResponse::internalError();
    return userResponse(db, name, QString(), 200);
}

HttpResponse UsersService::resetPassword(const DatabaseRecord &db, const QString &name)
{
    const std::optional<User> user = find(db, name);
    if (!user)
        return HttpResponse::error(404, notFoundMessage());
    if (user->isProtected)
        return HttpResponse::error(
                403, QStringLiteral("Protected user is managed by the platform: its password cannot be reset."));
    const QString password = generatePassword();
    QString error;
    if (!setPassword(name, password, &error))
        return HttpResponse::internalError();
    return userResponse(db, name, password, 200);
}

HttpResponse UsersService::remove(const DatabaseRecord &db, const QString &name)
{
    const std::optional<User> user = find(db, name);
    if (!user)
        return HttpResponse::error(404, notFoundMessage());
    if (user->isProtected)
        return HttpResponse::error(403,
                                   QStringLiteral("Protected user is managed by the platform and cannot be deleted."));
    QString error;
    QSqlDatabase target = m_store->targetDb(db, &error);
    if (!target.isValid())
        return HttpResponse::internalError();
    Sql::run(m_store->stateDb(),
             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :name"),
             {{QStringLiteral("name"), name}}, &error);
    // Objects the user created go to the owner; its grants go away; then the role itself: one transaction, so a
    // crash never leaves a role stripped of its grants. The row goes last (a row without role is cleaned up at start).
    target.transaction();
    if (!Sql::execFormatted(target, QStringLiteral("REASSIGN OWNED BY %I TO %I"), {name, db.ownerUser}, &error)
        || !Sql::execFormatted(target, QStringLiteral("DROP OWNED BY %I"), {name}, &error)
        || !Sql::execFormatted(target, QStringLiteral("DROP ROLE %I"), {name}, &error) || !target.commit()) {
        target.rollback();
        return HttpResponse::internalError();
    }
    Sql::run(m_store->stateDb(), QStringLiteral("DELETE FROM database_users WHERE app_id = :app AND name = :name"),
             {{QStringLiteral("app"), db.appId}, {QStringLiteral("name"), name}}, &error);
    qCInfo(lcSandbox).noquote() << "deleted user" << name;
    return HttpResponse::noContent();
}
