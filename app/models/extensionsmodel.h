#pragma once

#include "pg/pgconnection.h"
#include "pg/pgerror.h"
#include "domain/extension.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

/// The database's extensions, read and changed over its own connection (PgConnection). Same conventions as
/// ResourceModel (State, lastError(), reload(), loaded()), with PgError instead of ApiError. Enabled extensions come
/// first. When SQL is impossible the page may show Scalingo's own list instead (setApiList(), read-only).
class ExtensionsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State { Empty, Loading, Loaded, Error };
    Q_ENUM(State)
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

    void setConnection(PgConnection *connection);
    PgConnection *connection() const { return m_connection; }

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    bool hasData() const { return m_hasData; }
    PgError lastError() const { return m_lastError; }
    /// True while the rows come from the API fallback: nothing can be changed.
    bool isReadOnly() const { return m_readOnly; }
    /// Whether the connected user is a superuser (may enable untrusted extensions).
    bool isSuperuser() const { return m_superuser; }

    const QList<Extension> &extensions() const { return m_rows; }
    Extension extension(const QString &name) const { return m_rows.value(rowOf(name)); }
    int rowOf(const QString &name) const;
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

    /// Shows the extensions Scalingo's API reports as enabled (no SQL connection): read-only rows.
    void setApiList(const QList<Extension> &installed);

    // Pure helpers (unit-tested).
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    /// Lists the extensions again; a list in flight is dropped.
    void reload();
    void clear();

signals:
    void stateChanged(ExtensionsModel::State state);
    void errorOccurred(const PgError &error);
    void loaded();

private:
    PgQuery *runAction(const QString &sql, const QStringList &names, bool script);
    void applyRows(QList<Extension> rows);
    void setState(State state);
    void emitRowChanged(const QString &name);

    QPointer<PgConnection> m_connection;
    QList<Extension> m_rows;
    QSet<QString> m_pending;
    State m_state = State::Empty;
    PgError m_lastError;
    quint64 m_generation = 0;
    bool m_hasData = false;
    bool m_readOnly = false;
    bool m_superuser = false;
};
