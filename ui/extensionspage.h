#pragma once

#include "pg/pgconnection.h"
#include "domain/extension.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ExtensionsPage;
}
class DatabaseSession;
class ExtensionsModel;
class QSortFilterProxyModel;
class QTimer;

/// Extensions tab: lists, enables, disables and updates PostgreSQL extensions over the database's own TLS
/// connection (never blocking the UI). Connects lazily, the first time the tab is shown with a known URI, and keeps
/// that connection while the tab is in use. When the firewall keeps this computer out it says so and offers
/// "Allow my current IP" (allowMyIpRequested(), wired by the main window to the Internet Access page) and Retry.
class ExtensionsPage : public QWidget
{
    Q_OBJECT

public:
    /// Asks Scalingo's API for the enabled extensions (the `list-extensions` action) when SQL is impossible; calls
    /// `done` with the list or an error text. `context` bounds the request's lifetime.
    using ApiFallback = std::function<void(
            QObject *context, std::function<void(const QList<Extension> &extensions, const QString &error)> done)>;

    explicit ExtensionsPage(QWidget *parent = nullptr);
    ~ExtensionsPage() override;

    /// Follows the session's connection URI (SCALINGO_POSTGRESQL_URL of the default user).
    void setSession(DatabaseSession *session);
    /// Uses this URI directly (tests, or a user-chosen one); an empty URI disconnects.
    void setConnectionUri(const QString &uri);
    /// Timeouts and the root certificate (verify-full when set). Reconnects on next use.
    void setOptions(const PgOptions &options);
    void setApiFallback(ApiFallback fallback);
    /// A classic addon: no firewall, but Internet accessibility. Changes the explanations and the button
    /// (allowMyIpRequested() then means "show the Internet accessibility toggle").
    void setAddonMode(bool addon);

    PgConnection *connection() const { return m_connection; }
    ExtensionsModel *model() const { return m_model; }

public slots:
    void enableSelected();
    void disableSelected();
    void updateSelected();
    /// Connects again (e.g. once a new firewall rule has propagated) and reloads the list.
    void retry();

signals:
    void allowMyIpRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void load();
    void updateActions();
    void updateState();
    void showConnectionProblem(const PgError &error);
    void requestFallback();
    void track(PgQuery *query, const QString &name, const QString &doing,
               const std::function<void(const PgQuery *)> &onFinished);
    void reportFailure(const QString &what, const PgError &error);
    void confirmCascade(const QString &name, const PgError &error);
    QString selectedName() const;
    void selectName(const QString &name);

    std::unique_ptr<Ui::ExtensionsPage> m_ui;
    PgConnection *m_connection;
    ExtensionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer *m_idleTimer;
    QPointer<DatabaseSession> m_session;
    ApiFallback m_fallback;
    PgError m_connectionError;
    QString m_connectionUri; // a secret: never logged or shown
    QString m_keepSelection;
    bool m_needsLoad = false;
    bool m_busy = false;
    bool m_addon = false;
};
