#pragma once

#include "domain/database.h"
#include "models/onboardplanner.h"

#include <QWizard>

#include <memory>

class BatchPlanModel;
namespace Ui {
class OnboardWizard;
}

/// "Onboard a person": who and from where (and an optional user and duration) → which databases → preview → apply
/// with per-database progress → generated passwords, shown once. The wizard only shows and gives values back
/// (request(), selectedDatabases()); OnboardFlow plans, applies and feeds it (setPlanModel(), setProgress(),
/// setPasswords()).
class OnboardWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { PersonPage, DatabasesPage, PreviewPage, ApplyPage, PasswordsPage };
    Q_ENUM(Page)
    struct Password
    {
        QString database;
        QString user;
        QString password; ///< empty: the user was created but its password never reached Gatehouse (lost reply)
    };

    explicit OnboardWizard(QWidget *parent = nullptr);
    ~OnboardWizard() override;

    /// The databases to choose from (the All databases list).
    void setDatabases(const QList<Database> &databases);
    /// This computer's public IPv4 address ("This computer" fills the network with it); empty when unknown.
    void setThisComputerAddress(const QString &address);
    /// The plan shown in the preview and, live, while it is applied.
    void setPlanModel(BatchPlanModel *model);
    /// Apply progress; \a running false shows the summary and enables Retry when \a failed > 0.
    void setProgress(int done, int total, bool running, int failed = 0);
    /// The passwords the platform generated, shown once on the last page (never written anywhere).
    void setPasswords(const QList<Password> &passwords);

    OnboardRequest request() const;
    QList<Database> selectedDatabases() const;

signals:
    /// Entering the preview: the flow plans request() on selectedDatabases() and calls setPlanModel().
    void planRequested();
    /// Leaving the preview with "Apply".
    void applyRequested();
    void stopRequested();
    void retryRequested();

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void applyFilter();
    void updateSelection();
    void updateUserFields();
    void retranslate();

    std::unique_ptr<Ui::OnboardWizard> m_ui;
    BatchPlanModel *m_model = nullptr;
    QString m_thisComputer;
    bool m_userNameEdited = false;
    bool m_running = false;
};
