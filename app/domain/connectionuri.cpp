#include "connectionuri.h"

#include "asciidigits.h"

#include <QUrl>

namespace {

QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encode(const QString &text)
{
    // Everything but the RFC 3986 unreserved characters: safe in any URI component, whatever the password holds.
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

qsizetype firstOf(const QString &text, QLatin1String characters, qsizetype from = 0)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (QLatin1String(characters).contains(text.at(i)))
            return i;
    }
    return -1;
}

} // namespace

std::optional<ConnectionUri> ConnectionUri::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ConnectionUri> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString mustEncode = tr("Characters such as / ? # @ in the user name or password must be percent-encoded.");

    const QString trimmed = text.trimmed();
    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return fail(tr("A connection URI starts with postgresql://."));
    ConnectionUri uri;
    uri.m_scheme = trimmed.left(schemeEnd).toLower();
    if (uri.m_scheme != QLatin1String("postgresql") && uri.m_scheme != QLatin1String("postgres"))
        return fail(tr("A connection URI starts with postgresql://, not %1://.").arg(trimmed.left(schemeEnd)));

    const QString rest = trimmed.mid(schemeEnd + 3);
    qsizetype authorityEnd = firstOf(rest, QLatin1String("/?#"));
    if (authorityEnd < 0)
        authorityEnd = rest.size();
    const QString authority = rest.left(authorityEnd);
    const QString remainder = rest.mid(authorityEnd);

    // The last '@' ends the user info, so an unencoded '@' in a password still parses.
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at < 0 && remainder.contains(QLatin1Char('@')))
        return fail(mustEncode); // a raw '/', '?' or '#' in the password cut the authority short
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        uri.m_user = decode(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            uri.m_password = decode(userInfo.mid(colon + 1));
    }

    const QString hostPort = authority.mid(at + 1);
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype closing = hostPort.indexOf(QLatin1Char(']'));
        if (closing < 0)
            return fail(tr("The host name is missing its closing \"]\"."));
        uri.m_host = decode(hostPort.mid(1, closing - 1)); // libpq decodes every URI component, brackets too
        const QString after = hostPort.mid(closing + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return fail(tr("Unexpected characters after the host name: %1.").arg(after));
        portText = after.mid(1);
    } else {
        const qsizetype colon = hostPort.indexOf(QLatin1Char(':'));
        uri.m_host = decode(colon < 0 ? hostPort : hostPort.left(colon));
        if (colon >= 0)
            portText = hostPort.mid(colon + 1);
    }
    if (uri.m_host.isEmpty())
        return fail(tr("The connection URI has no host name."));
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!Ascii::isDigits(portText) || !ok || port < 1 || port > 65535)
            return fail(tr("The port must be a number from 1 to 65535, not %1.").arg(portText) + QLatin1Char(' ')
                        + mustEncode);
        uri.m_port = port;
    }

    QString pathAndQuery = remainder;
    const qsizetype hash = pathAndQuery.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        pathAndQuery.truncate(hash); // a fragment means nothing to libpq
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    const QString path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    if (path.startsWith(QLatin1Char('/')))
        uri.m_database = decode(path.mid(1));
    if (question >= 0) {
        const QStringList pairs = pathAndQuery.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            const QString key = decode(equals < 0 ? pair : pair.left(equals));
            const QString value = equals < 0 ? QString() : decode(pair.mid(equals + 1));
            uri.m_query.append(qMakePair(key, value));
        }
    }
    if (error)
        error->clear();
    return uri;
}

QString ConnectionUri::queryValue(const QString &key) const
{
    for (const auto &item : m_query) {
        if (item.first == key)
            return item.second;
    }
    return QString();
}

bool ConnectionUri::hasQueryItem(const QString &key) const
{
    for (const auto &item : m_query) {
        if (item.first == key)
            return true;
    }
    return false;
}

void ConnectionUri::setQueryItem(const QString &key, const QString &value)
{
    for (auto &item : m_query) {
        if (item.first == key) {
            item.second = value;
            return;
        }
    }
    m_query.append(qMakePair(key, value));
}

void ConnectionUri::removeQueryItem(const QString &key)
{
    m_query.removeIf([&key](const QPair<QString, QString> &item) { return item.first == key; });
}

ConnectionUri ConnectionUri::withCredentials(const QString &user, const QString &password) const
{
    ConnectionUri uri = *this;
    uri.m_user = user;
    uri.m_password = password;
    uri.setQueryItem(QStringLiteral("sslmode"), QStringLiteral("require"));
    return uri;
}

QString ConnectionUri::toString() const
{
    return build(false);
}

QString ConnectionUri::redacted() const
{
    return build(true);
}

QString ConnectionUri::build(bool redactPassword) const
{
    QString out = m_scheme + QLatin1String("://");
    if (!m_user.isEmpty() || !m_password.isEmpty()) {
        out += encode(m_user);
        if (!m_password.isEmpty())
            out += QLatin1Char(':') + (redactPassword ? QStringLiteral("***") : encode(m_password));
        out += QLatin1Char('@');
    }
    // The host is percent-encoded like the other components (parse() decodes it), so that '@', '/', '?', '#', '['
    // or '%' in it cannot move the boundaries. An IPv6 literal keeps its colons, inside brackets, or they would
    // read as the port separator.
    if (m_host.contains(QLatin1Char(':')))
        out += QLatin1Char('[') + QString::fromLatin1(QUrl::toPercentEncoding(m_host, QByteArrayLiteral(":")))
                + QLatin1Char(']');
    else
        out += encode(m_host);
    out += QLatin1Char(':') + QString::number(m_port);
    if (!m_database.isEmpty() || !m_query.isEmpty())
        out += QLatin1Char('/') + encode(m_database);
    if (!m_query.isEmpty()) {
        QStringList pairs;
        for (const auto &item : m_query)
            pairs.append(encode(item.first) + QLatin1Char('=') + encode(item.second));
        out += QLatin1Char('?') + pairs.join(QLatin1Char('&'));
    }
    return out;
}
