#pragma once

#include "api/apierror.h"
#include "models/extensionsmodel.h"
#include "pg/pgconnection.h"

#include "models/accesscheck.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ExtensionsPage;
}
class DatabaseSession;
class MessageBanner;
class QSortFilterProxyModel;

/// Extensions tab: binds an ExtensionsModel (which owns the database connection and the API fallback) to the
/// widgets, and asks before enabling dependencies or cascading a drop. Telling the model it is in use while shown
/// makes it connect lazily and let the connection go after an idle minute. When the firewall keeps this computer
/// out it says so and offers "Allow my current IP" (allowMyIpRequested(), wired by the main window to the Internet
/// Access page) and Retry.
class ExtensionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExtensionsPage(QWidget *parent = nullptr);
    ~ExtensionsPage() override;

    /// Shows the session's extensions (DatabaseSession::extensions()).
    void setSession(DatabaseSession *session);
    /// The page's status line (the change history offers "Undo" there).
    MessageBanner *banner() const;
    /// Shows \a model (not owned). Until then the page has an unbound model of its own.
    void setModel(ExtensionsModel *model);
    /// A classic addon: no firewall, but Internet accessibility. Changes the explanations and the button
    /// (allowMyIpRequested() then means "show the Internet accessibility toggle").
    void setAddonMode(bool addon);
    ExtensionsModel *model() const { return m_model; }

public slots:
    void enableSelected();
    void disableSelected();
    void updateSelected();
    /// Connects again (e.g. once a new firewall rule has propagated) and reloads the list.
    void retry();

signals:
    void allowMyIpRequested();
    /// A fix offered by the access check (first thing offered when the connection fails), for another page.
    void accessFixRequested(AccessCheck::Fix fix, const QString &user);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void resetMessages();
    void updateActions();
    void updateState();
    void showConnectionProblem(const PgError &error);
    void track(PgQuery *query, const QString &name, const QString &doing,
               const std::function<void(const PgQuery *)> &onFinished);
    void reportFailure(const QString &what, const ApiError &error);
    void confirmCascade(const QString &name, const PgError &error);
    QString selectedName() const;
    void selectName(const QString &name);

    std::unique_ptr<Ui::ExtensionsPage> m_ui;
    ExtensionsModel *m_ownModel;
    QPointer<ExtensionsModel> m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<DatabaseSession> m_session;
    QString m_keepSelection;
    bool m_busy = false;
    bool m_addon = false;
};
