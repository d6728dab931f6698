#pragma once

#include "api/writeevent.h"
#include "domain/extension.h"
#include "keyedlistmodel.h"
#include "pg/pgconnection.h"

#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

class QTimer;

/// The database's extensions, read and changed over its own connection, which the model owns (PgConnection: opened
/// on first use, closed after a minute out of use). Same shape as the other models (ResourceModel's State,
/// lastError(), reload(), loaded()); a SQL failure is an ApiError of Kind::Database carrying the PgError. When SQL
/// cannot connect, the model shows Scalingo's own `list-extensions` answer instead, read-only (isReadOnly()).
/// DatabaseSession binds it to the open database (bind() for the API, setConnectionUri() for SQL). Enabled
/// extensions come first.
class ExtensionsModel : public KeyedListModel<Extension>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        InstalledVersionColumn,
        DefaultVersionColumn,
        AllowedColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ExtensionsModel(QObject *parent = nullptr);
    ~ExtensionsModel() override;

    /// The database's URI (a secret). A new one closes the connection and forgets the rows; the list loads on next
    /// use (setInUse()). Empty: nothing to connect to.
    void setConnectionUri(const QString &uri);
    bool hasConnectionUri() const { return m_connection && m_connection->hasConnectionUri(); }
    /// Timeouts and the root certificate (verify-full when set). Applies from the next connection.
    void setOptions(const PgOptions &options);
    /// Uses \a connection (owned elsewhere, e.g. by a test or benchmark) instead of the model's own.
    void setConnection(PgConnection *connection);
    PgConnection *connection() const { return m_connection; }
    /// Someone shows the list (true) or stopped showing it (false): loads on first use, closes the connection after
    /// an idle minute (reconnects and reloads when used again).
    void setInUse(bool inUse);

    /// True while the rows come from the API fallback: nothing can be changed.
    bool isReadOnly() const { return m_readOnly; }
    /// Whether the connected user is a superuser (may enable untrusted extensions).
    bool isSuperuser() const { return m_superuser; }

    const QList<Extension> &extensions() const { return items(); }
    Extension extension(const QString &name) const { return itemAt(rowOfKey(name)); }
    int rowOf(const QString &name) const { return rowOfKey(name); }
    bool isPending(const QString &name) const { return m_pending.contains(name); }
    bool hasPendingAction() const { return !m_pending.isEmpty(); }

    /// Extensions `name` needs that are not enabled yet, dependencies first (so they can be created in order).
    QStringList missingDependencies(const QString &name) const;
    /// Enabled extensions that require `name` (dropping it needs CASCADE).
    QStringList installedDependents(const QString &name) const;

    /// CREATE EXTENSION for `dependencies` then `name`, in one transaction. Reloads afterwards.
    PgQuery *enable(const QString &name, const QStringList &dependencies = {});
    /// DROP EXTENSION, with CASCADE only when asked (after the user saw what depends on it).
    PgQuery *disable(const QString &name, bool cascade = false);
    /// ALTER EXTENSION … UPDATE to the default version.
    PgQuery *update(const QString &name);

    /// Shows `installed` as Scalingo's API reports it (no SQL connection): read-only rows.
    void setApiList(const QList<Extension> &installed);
    /// The one error type of models: Kind::Database with \a error as its cause (Cancelled stays Cancelled).
    static ApiError toApiError(const PgError &error);

    // Pure helpers (unit-tested; extensionsmodel_sql.cpp).
    static QString listSql();
    static QString enableSql(const QStringList &namesInOrder);
    static QString disableSql(const QString &name, bool cascade);
    static QString updateSql(const QString &name);
    /// The allow-list (`extwlist.extensions`) decides when present; otherwise superusers may enable anything and
    /// others the trusted extensions (given CREATE on the database).
    static bool isAllowed(const QString &name, bool trusted, bool superuser, bool canCreate,
                          const std::optional<QStringList> &allowList);
    /// Installed first, then by name.
    static void sortRows(QList<Extension> &rows);
    /// Enabled, and the server offers a newer default version.
    static bool canUpdate(const Extension &extension);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void connectionUriChanged();
    /// The connection's state changed (Connecting, Connected, Failed...): pages say so.
    void connectionStateChanged();
    /// An enable, disable or update was sent / ended (same shape as ApiClient's, for the change history).
    void writeStarted(const WriteEvent &event);
    void writeFinished(const WriteEvent &event);

protected:
    bool beginLoad(quint64 generation) override;
    void clearRows() override;

private:
    QString keyOf(const Extension &extension) const override { return extension.name; }
    void requestApiList(quint64 generation);
    void applyApiRows(QList<Extension> rows);
    /// The rows of listSql()'s result, and whether we are a superuser.
    static QList<Extension> rowsFromResult(const PgResult &result, bool *superuser);
    PgQuery *runAction(const QString &sql, const QStringList &names, bool script, WriteEvent event);
    void applyRows(QList<Extension> rows);
    void emitRowChanged(const QString &name);
    void watchConnection();

    PgConnection *m_ownConnection;
    QPointer<PgConnection> m_connection;
    QTimer *m_idleTimer;
    QString m_connectionUri; // a secret: never logged or shown
    QSet<QString> m_pending;
    bool m_readOnly = false;
    bool m_superuser = false;
    bool m_inUse = false;
    bool m_needsLoad = false;
};
