#pragma once

#include "api/writeevent.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPage;
}
class ChangeHistory;
class DatabaseSession;
class HistoryFilter;
class HistoryModel;
class MessageBanner;
class UndoController;

/// The History tab: the change history of the open database or of all databases, searchable, filtered by kind,
/// exported as CSV, and the way to undo a change (UndoController). It also offers "Undo" in other pages' banners
/// right after their changes (offerUndoIn()).
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(QWidget *parent = nullptr);
    ~HistoryPage() override;

    void setHistory(ChangeHistory *history, DatabaseSession *session);
    /// After a successful write of one of \a kinds, \a banner offers "Undo" for a while.
    void offerUndoIn(MessageBanner *banner, const QList<WriteEvent::Kind> &kinds);

    HistoryModel *model() const { return m_model; }
    HistoryFilter *filter() const { return m_filter; }
    UndoController *undoController() const { return m_undo; }
    MessageBanner *banner() const;
    /// Every database (true) or the open one.
    void setAllDatabases(bool all);
    /// The sentence shown instead of the table (empty while the table has rows), for tests.
    QString emptyText() const;
    /// Shows only the lines of batch operation \a operationId (empty: every line), as the operation filter does.
    void showOperation(const QString &operationId);

public slots:
    void undoSelected();
    /// Asks where, then writes the rows shown (search and filter applied) as CSV.
    void exportCsv();
    /// Writes the rows shown to \a path; false with the reason in the banner.
    bool exportCsvTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateScope();
    void updateActions();
    /// With no row to show, the table gives way to a sentence saying why: nothing recorded yet, no database open, or
    /// nothing matching the search or the kind chosen.
    void updateEmptyState();
    void fillKinds();
    /// The operation filter lists the batch operations among the lines loaded (hidden when there is none).
    void fillOperations();

    std::unique_ptr<Ui::HistoryPage> m_ui;
    HistoryModel *m_model;
    HistoryFilter *m_filter;
    UndoController *m_undo = nullptr;
    QPointer<DatabaseSession> m_session;
};
