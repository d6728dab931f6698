#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}
class DatabaseSession;

/// Overview: status, version, plan, endpoint and the default user's connection string (masked; reveal and copy).
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    void setSession(DatabaseSession *session);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateInfo();
    void updateUri();

    std::unique_ptr<Ui::OverviewPage> m_ui;
    QPointer<DatabaseSession> m_session;
};
