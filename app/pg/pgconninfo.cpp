#include "pgconninfo.h"

#include <libpq-fe.h>

PgConnInfo PgConnInfo::fromUri(const QString &uri, const PgOptions &options, QString *error)
{
    PgConnInfo info;
    const QString trimmed = uri.trimmed();
    if (!trimmed.startsWith(QLatin1String("postgres://")) && !trimmed.startsWith(QLatin1String("postgresql://"))) {
        if (error)
            *error = tr("the address must start with postgresql://");
        return info;
    }
    char *parseError = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(trimmed.toUtf8().constData(), &parseError);
    if (!parsed) {
        if (error)
            *error = parseError ? QString::fromUtf8(parseError).trimmed() : tr("the address is not valid");
        PQfreemem(parseError);
        return info;
    }
    for (PQconninfoOption *option = parsed; option->keyword; ++option) {
        if (option->val && *option->val)
            info.m_params.append({QByteArray(option->keyword), QByteArray(option->val)});
    }
    PQconninfoFree(parsed);

    if (info.value("host").isEmpty() || info.value("host").startsWith('/')) {
        if (error)
            *error = tr("the address names no database host");
        info.m_params.clear();
        return info;
    }

    const QByteArray mode = info.value("sslmode");
    if (!options.rootCertificatePath.isEmpty()) {
        info.set("sslmode", "verify-full");
        info.set("sslrootcert", options.rootCertificatePath.toLocal8Bit());
    } else if (mode != "verify-ca" && mode != "verify-full") {
        info.set("sslmode", "require"); // never fall back to plain text, whatever the URI says
    }
    // Kerberos is never used by Scalingo; skipping the GSS probe saves a round trip.
    info.set("gssencmode", "disable");
    info.set("connect_timeout", QByteArray::number(qMax(2, (options.connectTimeoutMs + 999) / 1000)));
    if (options.statementTimeoutMs > 0) {
        const QByteArray timeout = "-c statement_timeout=" + QByteArray::number(options.statementTimeoutMs);
        const QByteArray existing = info.value("options");
        info.set("options", existing.isEmpty() ? timeout : existing + ' ' + timeout);
    }
    if (info.value("application_name").isEmpty() && !options.applicationName.isEmpty())
        info.set("application_name", options.applicationName.toUtf8());
    info.set("client_encoding", "UTF8");
    return info;
}

QByteArray PgConnInfo::value(const QByteArray &keyword) const
{
    for (const auto &param : m_params) {
        if (param.first == keyword)
            return param.second;
    }
    return {};
}

void PgConnInfo::set(const QByteArray &keyword, const QByteArray &value)
{
    for (auto &param : m_params) {
        if (param.first == keyword) {
            param.second = value;
            return;
        }
    }
    m_params.append({keyword, value});
}

QString PgConnInfo::redacted() const
{
    const QByteArray port = value("port");
    return QStringLiteral("%1@%2%3/%4 (sslmode=%5)")
            .arg(user(), host(), port.isEmpty() ? QString() : QLatin1Char(':') + QString::fromUtf8(port), database(),
                 QString::fromUtf8(value("sslmode")));
}
