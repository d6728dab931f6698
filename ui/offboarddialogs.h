#pragma once

#include "domain/database.h"
#include "domain/offboardquery.h"

#include <QDialog>

#include <memory>

class QAbstractItemModel;
class MessageBanner;
class QPushButton;
namespace Ui {
class OffboardDialog;
class CopyRulesDialog;
class ChangePreviewDialog;
} // namespace Ui

/// "Offboard a person", first step: who (a name, label, IP address or network) and what to look for (rules, users).
/// Values in, a value out (query()); the search and everything after are OffboardFlow's.
class OffboardDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OffboardDialog(QWidget *parent = nullptr);
    ~OffboardDialog() override;

    /// How many databases the search will read (said before it starts).
    void setDatabaseCount(int count);
    void setText(const QString &text);
    OffboardQuery query() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    std::unique_ptr<Ui::OffboardDialog> m_ui;
    int m_count = 0;
};

/// "Copy rules", first step: the database to copy from and the databases to copy to (Dedicated Resources only:
/// classic addons have no firewall rules). Values in (setDatabases()), values out (source(), targets()).
class CopyRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CopyRulesDialog(QWidget *parent = nullptr);
    ~CopyRulesDialog() override;

    /// The databases to choose from; classic addons are left out.
    void setDatabases(const QList<Database> &databases);
    void setSource(const Database &database);
    /// Ticks \a database in the list of targets (as a click on its box would).
    void setTargetChecked(const Database &database, bool checked);
    Database source() const;
    QList<Database> targets() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildTargets();
    void update();

    std::unique_ptr<Ui::CopyRulesDialog> m_ui;
    QList<Database> m_databases;
    QSet<QString> m_checked; ///< "region/id" of the ticked targets
};

/// Shows a cross-database operation from search to results (OffboardFlow drives it): the search's progress, then the
/// preview of every change per database (a BatchPlanModel, checkable: untick what must stay), then the progress
/// of applying it and each change's result, with "Retry failed" after failures only. Values in, requests out.
class ChangePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Stage { Searching, Preview, Applying, Results };

    explicit ChangePreviewDialog(QWidget *parent = nullptr);
    ~ChangePreviewDialog() override;

    void setModel(QAbstractItemModel *model);
    void setIntro(const QString &text);
    /// The label of the button that applies the preview ("Delete selected", "Create rules").
    void setApplyText(const QString &text, bool destructive);
    void setStage(Stage stage);
    Stage stage() const { return m_stage; }
    void setProgress(int done, int total);
    void setSummary(const QString &text);
    void setApplyEnabled(bool enabled);
    void setRetryVisible(bool visible);
    MessageBanner *banner() const;
    QPushButton *applyButton() const;
    QPushButton *retryButton() const;
    QPushButton *stopButton() const;
    /// Cancel / Close: stops a search; refused while writes are on their way (Stop first).
    void reject() override;

signals:
    void applyRequested();
    void retryRequested();
    void stopRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ChangePreviewDialog> m_ui;
    Stage m_stage = Stage::Searching;
};
