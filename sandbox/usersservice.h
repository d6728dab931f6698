#pragma once

#include "httpresponse.h"
#include "statestore.h"
#include "userslistcache.h"

/// Database users of the DB API, backed by real LOGIN roles with SCRAM passwords and grants.
/// Each method validates, changes PostgreSQL and answers the contract's status and JSON shape.
class UsersService
{
public:
    explicit UsersService(StateStore *store) : m_store(store) { }

    HttpResponse list(const DatabaseRecord &db);
    HttpResponse create(const DatabaseRecord &db, const QJsonObject &body);
    HttpResponse update(const DatabaseRecord &db, const QString &name, const QJsonObject &body);
    HttpResponse resetPassword(const DatabaseRecord &db, const QString &name);
    HttpResponse remove(const DatabaseRecord &db, const QString &name);

    /// 64 characters from A-Za-z0-9 and '_', like the platform's generated passwords.
    static QString generatePassword();
    /// Empty when valid; else the 422 message for `name`.
    static QString usernameProblem(const QString &name);

private:
    struct User
    {
        QString name;
        bool readOnly = false;
        bool isProtected = false;
        QString passwordEncryption; // SCRAM-SHA-256, MD5 or empty
    };

    QList<User> users(const DatabaseRecord &db, const QString &onlyName = QString());
    std::optional<User> find(const DatabaseRecord &db, const QString &name);
    bool roleExists(const QString &name);
    bool setPassword(const QString &name, const QString &password, QString *error);
    HttpResponse userResponse(const DatabaseRecord &db, const QString &name, const QString &password, int status);
    /// Checks password + confirmation of a body; `*password` is empty when none was given.
    static void validatePassword(const QJsonObject &body, FieldErrors *errors, QString *password);

    StateStore *m_store;
    UsersListCache m_listCache;
};
