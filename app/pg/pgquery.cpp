// PgConnection's statement side: results, notices, cancellation (split from pgconnection.cpp to keep it short).
#include "pgconnection.h"

#include "common/logging.h"

#include <libpq-fe.h>

#include <thread>

QVariant PgResult::value(int row, const QString &column) const
{
    const auto col = columns.indexOf(column);
    if (col < 0 || row < 0 || row >= rows.size())
        return {};
    return rows.at(row).value(col);
}

void PgQuery::cancel()
{
    if (auto *connection = qobject_cast<PgConnection *>(parent()))
        connection->cancelQuery(this);
}

QString PgConnection::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.remove(QChar(0)); // libpq would cut the text there
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void PgConnection::absorb(pg_result *result)
{
    switch (PQresultStatus(result)) {
    case PGRES_TUPLES_OK:
    case PGRES_COMMAND_OK:
    case PGRES_EMPTY_QUERY: {
        PgResult &out = m_current->m_result;
        out = {};
        out.commandTag = QString::fromUtf8(PQcmdStatus(result));
        const int columns = PQnfields(result);
        for (int c = 0; c < columns; ++c)
            out.columns.append(QString::fromUtf8(PQfname(result, c)));
        const int rows = PQntuples(result);
        out.rows.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.append(PQgetisnull(result, r, c) ? QVariant()
                                                     : QVariant(QString::fromUtf8(PQgetvalue(result, r, c))));
            out.rows.append(row);
        }
        break;
    }
    default: {
        if (m_currentError.isError())
            break; // the first error explains the others
        auto field = [result](int code) { return QString::fromUtf8(PQresultErrorField(result, code)); };
        QString primary = field(PG_DIAG_MESSAGE_PRIMARY);
        if (primary.isEmpty())
            primary = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        m_currentError = PgError::fromSqlState(field(PG_DIAG_SQLSTATE), primary, field(PG_DIAG_MESSAGE_DETAIL),
                                               field(PG_DIAG_MESSAGE_HINT));
        if (m_current->m_cancelRequested && m_currentError.sqlState == QLatin1String("57014"))
            m_currentError = PgError(PgError::Kind::Cancelled, primary);
        qCInfo(lcSql) << "statement failed:" << m_currentError.sqlState << Redact::text(primary);
        break;
    }
    }
}

void PgConnection::noticeReceiver(void *self, const pg_result *notice)
{
    auto *connection = static_cast<PgConnection *>(self);
    const QString text = QString::fromUtf8(PQresultErrorField(notice, PG_DIAG_MESSAGE_PRIMARY));
    qCDebug(lcSql) << "notice:" << Redact::text(text);
    if (connection->m_current)
        connection->m_current->m_notices.append(text);
}

void PgConnection::finishQuery(PgQuery *query, const PgError &error)
{
    if (query->m_finished)
        return;
    query->m_finished = true;
    query->m_error = error;
    // Always asynchronous, so a caller can connect to finished() after exec() even when it fails at once.
    QMetaObject::invokeMethod(
            query,
            [query] {
                emit query->finished();
                query->deleteLater();
            },
            Qt::QueuedConnection);
}

void PgConnection::cancelQuery(PgQuery *query)
{
    if (query->m_finished)
        return;
    if (query != m_current) {
        m_queue.removeAll(query);
        finishQuery(query, PgError(PgError::Kind::Cancelled, tr("cancelled before it started")));
        return;
    }
    if (query->m_cancelRequested || !m_conn)
        return;
    query->m_cancelRequested = true;
    // PQcancel() opens its own connection and waits: never on this thread.
    if (PGcancel *cancel = PQgetCancel(m_conn)) {
        std::thread([cancel] {
            char message[256];
            PQcancel(cancel, message, sizeof message);
            PQfreeCancel(cancel);
        }).detach();
    }
}
