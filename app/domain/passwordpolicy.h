#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Rules for database user names and passwords, the strictest of Scalingo's three sources (user docs, DB API docs,
/// CLI): name `^[a-z][a-z0-9_]{5,31}$`, password 24–64 characters without quotes. Pure functions; the messages are
/// translated and meant to be shown next to the field.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int MinUsernameLength = 6;
    static constexpr int MaxUsernameLength = 32;
    static constexpr int MinPasswordLength = 24;
    static constexpr int MaxPasswordLength = 64;

    PasswordPolicy() = delete;

    /// Every problem with \a name (empty list: valid): length 6–32, only a-z 0-9 _, starts with a letter. Checks
    /// every character of the whole string (unlike `^…$` in a regex, a trailing "\n" is refused).
    static QStringList validateUsername(const QString &name);
    /// Every problem with \a password (empty list: valid): 24–64 characters, no `"` or `'`, no control character
    /// (C0, DEL, C1: NUL, tab, line breaks...).
    /// Length counts characters (Unicode code points), not UTF-16 units.
    static QStringList validatePassword(const QString &password);
    /// One problem when the two differ, else empty.
    static QStringList validateConfirmation(const QString &password, const QString &confirmation);

    /// \a length characters from A-Z a-z 0-9 and `_`, drawn from QRandomGenerator::system() (a CSPRNG).
    /// 64 characters of this alphabet carry about 382 bits; the default passes validatePassword().
    static QString generatePassword(int length = MaxPasswordLength);
    /// The characters generatePassword() draws from.
    static QString passwordAlphabet();
};
