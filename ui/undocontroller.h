#pragma once

#include "history/historyentry.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class ChangeHistory;
class DatabaseSession;
class MessageBanner;
class QWidget;

/// Undoes what can be undone, through the open database's models (so the tables follow, and the writes go through
/// the client's reconciled paths: a lost reply is settled by listing, never by sending twice):
/// - a rule deletion: the same CIDR with the same label, or the same managed range, is created again;
/// - a rule creation: the rule is deleted;
/// - a user creation: the user is deleted (after the usual confirmation);
/// - an extension enabled: it is disabled, only when nothing enabled depends on it;
/// - an extension disabled without CASCADE: it is enabled again.
/// The undo is itself a line of the history, linked to the line it undid. Right after such a write ends, "Undo" is
/// offered for a minute in the banner of the page that shows that kind of object (offerIn()).
class UndoController : public QObject
{
    Q_OBJECT

public:
    /// How long "Undo" stays in a page's banner after a change.
    static constexpr int OfferMs = 60 * 1000;

    UndoController(ChangeHistory *history, DatabaseSession *session, QWidget *dialogParent);

    /// Offers "Undo" in \a banner after a successful write of one of \a kinds on the open database.
    void offerIn(MessageBanner *banner, const QList<WriteEvent::Kind> &kinds);
    /// Why \a entry cannot be undone now (translated), or empty when it can.
    QString refusal(const HistoryEntry &entry) const;
    /// Starts undoing \a entry; the outcome is reported in \a banner. False (with the reason in \a banner) when it
    /// cannot start or the user declined the confirmation.
    bool undo(const HistoryEntry &entry, MessageBanner *banner);

signals:
    /// An undo ended (\a ok: applied).
    void undone(qint64 entryId, bool ok);

private:
    void offer(const HistoryEntry &entry);
    void withdrawOffers();
    void report(MessageBanner *banner, const HistoryEntry &entry, bool ok, const QString &error);

    QPointer<ChangeHistory> m_history;
    QPointer<DatabaseSession> m_session;
    QPointer<QWidget> m_dialogParent;
    QHash<MessageBanner *, QSet<int>> m_banners; ///< banner → kinds it offers undo for
    QHash<MessageBanner *, qint64> m_offered; ///< banner → the entry its "Undo" undoes
};
