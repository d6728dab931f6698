// The Extensions page's actions: enable (with what an extension needs), disable (and CASCADE after a second
// confirmation), update, and how their outcome is shown. Construction and bindings are in extensionspage.cpp.
#include "extensionspage.h"
#include "ui_extensionspage.h"

#include "confirmdialog.h"
#include "messagebanner.h"
#include "models/extensionsmodel.h"

namespace {
QString bulletList(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += QStringLiteral("\n• ") + line;
    return text + QLatin1Char('\n');
}
} // namespace

void ExtensionsPage::track(PgQuery *query, const QString &name, const QString &doing,
                           const std::function<void(const PgQuery *)> &onFinished)
{
    if (!query)
        return;
    m_busy = true;
    m_ui->messageLabel->showInfo(doing);
    updateActions();
    selectName(name);
    connect(query, &PgQuery::finished, this, [this, query, onFinished] {
        m_busy = false;
        onFinished(query);
        updateActions();
    });
}

void ExtensionsPage::reportFailure(const QString &what, const ApiError &error)
{
    const PgError *cause = error.databaseCause();
    if (cause && cause->isConnectionError()) {
        m_ui->messageLabel->clearMessage();
        showConnectionProblem(*cause);
        return;
    }
    QString text = QStringLiteral("%1 %2").arg(what, error.message());
    if (!error.serverMessage().isEmpty() && (!cause || cause->kind() != PgError::Kind::Sql))
        text += QLatin1Char('\n') + error.serverMessage();
    m_ui->messageLabel->showError(text);
}

void ExtensionsPage::enableSelected()
{
    const Extension ext = m_model->extension(selectedName());
    if (ext.name.isEmpty() || !m_ui->enableButton->isEnabled())
        return;
    const QStringList missing = m_model->missingDependencies(ext.name);
    for (const QString &dependency : missing) {
        const int row = m_model->rowOf(dependency);
        if (row < 0 || m_model->extensions().at(row).allowed == false) {
            m_ui->messageLabel->showError(
                    tr("%1 needs %2, which cannot be enabled on this database.").arg(ext.name, dependency));
            return;
        }
    }
    if (!missing.isEmpty()) {
        ConfirmRequest request;
        request.title = tr("Enable extension");
        request.headline = tr("Enable %1 and what it needs?").arg(ext.name);
        request.message = tr("%1 needs these extensions, which are not enabled yet:\n%2\nGatehouse enables them "
                             "first, then %1, in one step.")
                                  .arg(ext.name, bulletList(missing));
        request.confirmText = tr("Enable %n extension(s)", nullptr, int(missing.size()) + 1);
        request.destructive = false;
        if (!ConfirmDialog::ask(this, request))
            return;
    }
    const QString name = ext.name;
    track(m_model->enable(name, missing), name, tr("Enabling %1…").arg(name), [this, name](const PgQuery *query) {
        if (query->isSuccess())
            m_ui->messageLabel->showInfo(tr("%1 is enabled.").arg(name));
        else
            reportFailure(tr("%1 could not be enabled:").arg(name), ExtensionsModel::toApiError(query->error()));
    });
}

void ExtensionsPage::disableSelected()
{
    const Extension ext = m_model->extension(selectedName());
    if (ext.name.isEmpty() || !m_ui->disableButton->isEnabled())
        return;
    ConfirmRequest request;
    request.title = tr("Disable extension");
    request.headline = tr("Disable %1?").arg(ext.name);
    request.message = tr("Its functions, types and operators are removed from the database. If your tables or views "
                         "use them, nothing is removed: Gatehouse lists them first and asks again.");
    request.confirmText = tr("Disable");
    if (!ConfirmDialog::ask(this, request))
        return;
    const QString name = ext.name;
    track(m_model->disable(name), name, tr("Disabling %1…").arg(name), [this, name](const PgQuery *query) {
        if (query->isSuccess())
            m_ui->messageLabel->showInfo(tr("%1 is disabled.").arg(name));
        else if (query->error().kind() == PgError::Kind::DependentObjects)
            confirmCascade(name, query->error());
        else
            reportFailure(tr("%1 could not be disabled:").arg(name), ExtensionsModel::toApiError(query->error()));
    });
}

void ExtensionsPage::confirmCascade(const QString &name, const PgError &error)
{
    m_ui->messageLabel->showError(tr("%1 is still enabled: other objects depend on it.").arg(name));
    ConfirmRequest request;
    request.title = tr("Disable extension");
    request.headline = tr("Other objects depend on %1").arg(name);
    request.message
            = tr("The database reports:\n%1\nDisabling %2 anyway also deletes these objects, with their data. "
                 "This cannot be undone, not even from the History tab.")
                      .arg(bulletList(error.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts)), name);
    request.typeToConfirm = name;
    request.confirmText = tr("Disable and delete");
    if (!ConfirmDialog::ask(this, request))
        return;
    track(m_model->disable(name, true), name, tr("Disabling %1 and what depends on it…").arg(name),
          [this, name](const PgQuery *query) {
              if (!query->isSuccess()) {
                  reportFailure(tr("%1 could not be disabled:").arg(name), ExtensionsModel::toApiError(query->error()));
                  return;
              }
              QString text = tr("%1 is disabled.").arg(name);
              if (!query->notices().isEmpty())
                  text += tr(" Also removed:") + bulletList(query->notices());
              m_ui->messageLabel->showInfo(text);
          });
}

void ExtensionsPage::updateSelected()
{
    const Extension ext = m_model->extension(selectedName());
    if (ext.name.isEmpty() || !m_ui->updateButton->isEnabled())
        return;
    const QString name = ext.name;
    const QString version = ext.defaultVersion;
    track(m_model->update(name), name, tr("Updating %1 to version %2…").arg(name, version),
          [this, name, version](const PgQuery *query) {
              if (query->isSuccess())
                  m_ui->messageLabel->showInfo(tr("%1 is now at version %2.").arg(name, version));
              else
                  reportFailure(tr("%1 could not be updated:").arg(name), ExtensionsModel::toApiError(query->error()));
          });
}
