#pragma once

#include "databaseref.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

class QUrl;

/// One write Gatehouse made to a database, as the change history records it: what (kind, object, details), where
/// (database) and how it ended. Built from the request itself (classify()), never holding a password or token:
/// only the whitelisted fields below are copied out of a request body.
struct WriteEvent
{
    enum class Kind {
        RuleCreated,
        RuleDeleted,
        RuleRelabelled,
        UserCreated,
        UserDeleted,
        PasswordReset,
        PasswordSet,
        ExtensionEnabled,
        ExtensionDisabled,
        ExtensionUpdated,
        FeatureEnabled,
        FeatureDisabled,
    };
    enum class Outcome {
        Pending,
        Applied,
        Confirmed, ///< established by listing after a lost or unreadable reply
        Failed,
        Uncertain, ///< the reply was lost and nothing could establish the result
    };

    quint64 id = 0; ///< pairs writeStarted() with writeFinished() (per emitter)
    Kind kind = Kind::RuleCreated;
    DatabaseRef database;
    /// The object written: rule id, user name, extension or feature name ("" for a rule not created yet).
    QString object;
    /// Whitelisted facts: rule `type`, `cidr`, `label`, `range_id`; user `read_only`; extension `names` (created
    /// together), `cascade`; `version`.
    QJsonObject details;
    Outcome outcome = Outcome::Pending;
    /// Why it failed (an ApiError or PgError message), with any secret of the request removed.
    QString message;

    bool isSuccess() const { return outcome == Outcome::Applied || outcome == Outcome::Confirmed; }

    /// The event of a DB API write (verb, URL, JSON body); nullopt for anything that is not one of Kind's writes
    /// (reads, the list-extensions action...).
    static std::optional<WriteEvent> classify(const QByteArray &verb, const QUrl &url, const QByteArray &body);
    /// Every string of the body under a key naming a secret (password, token...): removed from messages.
    static QStringList secretsOf(const QByteArray &body);
    /// \a text with each of \a secrets replaced by "***".
    static QString scrub(QString text, const QStringList &secrets);

    /// Stable names for storage and CSV ("rule.created"...), and back.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString outcomeName(Outcome outcome);
    static Outcome outcomeFromName(const QString &name);
};

Q_DECLARE_METATYPE(WriteEvent)
