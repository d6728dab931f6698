#include "passwordpolicy.h"

#include <QRandomGenerator>

#include <algorithm>

QStringList PasswordPolicy::validateUsername(const QString &name)
{
    QStringList problems;
    if (name.size() < MinUsernameLength || name.size() > MaxUsernameLength)
        problems << tr("The name must contain between %1 and %2 characters.")
                            .arg(MinUsernameLength)
                            .arg(MaxUsernameLength);
    const bool allowedCharacters = std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('_');
    });
    if (!allowedCharacters)
        problems << tr("Only lower-case letters (a-z), digits (0-9) and _ are allowed.");
    // PostgreSQL folds unquoted identifiers to lower case, and the user docs require a leading letter.
    if (name.isEmpty() || name.at(0) < QLatin1Char('a') || name.at(0) > QLatin1Char('z'))
        problems << tr("The name must start with a lower-case letter.");
    return problems;
}

QStringList PasswordPolicy::validatePassword(const QString &password)
{
    QStringList problems;
    const qsizetype length = password.toUcs4().size();
    if (length < MinPasswordLength || length > MaxPasswordLength)
        problems << tr("The password must contain between %1 and %2 characters.")
                            .arg(MinPasswordLength)
                            .arg(MaxPasswordLength);
    if (password.contains(QLatin1Char('"')) || password.contains(QLatin1Char('\'')))
        problems << tr("The password must not contain quotes (\" or ').");
    // NUL would cut the password short in C code on the way; a line break or other control character cannot be
    // typed back reliably and ends up in logs as a statement break. The server refuses them too (422).
    if (std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        problems << tr("The password must not contain control characters (such as a line break, a tab or NUL).");
    return problems;
}

QStringList PasswordPolicy::validateConfirmation(const QString &password, const QString &confirmation)
{
    if (password == confirmation)
        return {};
    return {tr("The confirmation does not match the password.")};
}

QString PasswordPolicy::passwordAlphabet()
{
    return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
}

QString PasswordPolicy::generatePassword(int length)
{
    const QString alphabet = passwordAlphabet();
    QString password;
    if (length <= 0)
        return password;
    password.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        password.append(alphabet.at(random->bounded(int(alphabet.size())))); // bounded() is unbiased
    return password;
}
