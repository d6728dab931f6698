#pragma once

#include "accesscheck.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiReply;
class DatabaseSession;

/// The Overview's "This computer:" line, answered as soon as a database opens, before anyone runs Check access:
/// this computer's public IPv4 is looked up once per opening, then compared with the rules (custom CIDRs by
/// containment) or, for a classic addon, with Internet accessibility. That prediction says "allowed by rule …" or
/// "blocked: …" with the fix; once the full AccessCheck has run, its real answer (a login was tried) replaces it.
/// The address it finds also marks the rules that admit this computer in the rules table.
class AccessGlance : public QObject
{
    Q_OBJECT

public:
    enum class Verdict { Unknown, Checking, Allowed, CanConnect, Blocked };
    Q_ENUM(Verdict)

    AccessGlance(ApiClient *client, DatabaseSession *session, QObject *parent = nullptr);

    Verdict verdict() const { return m_verdict; }
    /// One line, plain text: "allowed by the rule 203.0.113.0/24", "blocked: …", "can connect (checked as …)".
    QString text() const { return m_text; }
    /// What the Overview offers as a button next to the line (None: nothing to fix from here).
    AccessCheck::Fix fix() const { return m_fix; }

signals:
    void changed();

private:
    void onOpened();
    void lookUpPublicIp();
    void update();
    void set(Verdict verdict, const QString &text, AccessCheck::Fix fix = AccessCheck::Fix::None);

    QPointer<ApiClient> m_client;
    QPointer<DatabaseSession> m_session;
    QPointer<ApiReply> m_reply;
    QString m_publicIp;
    QString m_ipError;
    bool m_checkStale = false; ///< the rules changed since the last full check
    Verdict m_verdict = Verdict::Unknown;
    QString m_text;
    AccessCheck::Fix m_fix = AccessCheck::Fix::None;
};
