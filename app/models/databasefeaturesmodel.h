#pragma once

#include "api/apierror.h"
#include "api/databaseref.h"
#include "domain/databasefeature.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;

/// Internet exposure of a classic addon: its two database features, Force TLS (`force-ssl`) and Internet
/// accessibility (`publicly-available`, which needs Force TLS). Polls every 3 s while a change is pending (as the
/// CLI does), turns Force TLS on first when Internet accessibility is asked for, and refuses to turn Force TLS off
/// while Internet accessibility is on. Replies for another database or an older request are dropped.
class DatabaseFeaturesModel : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 3000;

    explicit DatabaseFeaturesModel(QObject *parent = nullptr);

    /// Binds to a classic addon (an invalid ref unbinds) and loads.
    void bind(ApiClient *client, const DatabaseRef &database);
    void reload();
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }

    DatabaseFeature forceTls() const { return DatabaseFeature::find(m_features, QLatin1String(DatabaseFeature::ForceTls)); }
    DatabaseFeature internetAccessibility() const
    {
        return DatabaseFeature::find(m_features, QLatin1String(DatabaseFeature::InternetAccessibility));
    }
    bool isLoaded() const { return m_loaded; }
    /// A request is under way or a feature is pending (the toggles wait).
    bool isBusy() const;
    /// Internet accessibility was asked for and waits for Force TLS to be activated.
    bool isQueued() const { return !m_queued.isEmpty(); }

    /// Turns a feature on or off. Turning Internet accessibility on turns Force TLS on first.
    /// Returns false (and emits refused()) when the change is not allowed now.
    bool setEnabled(const QString &name, bool on);
    /// Why turning \a name off is refused now; empty when it is allowed.
    QString offRefusal(const QString &name) const;

signals:
    void changed();
    void errorOccurred(const ApiError &error);
    void refused(const QString &reason);

private:
    void send(const QString &name, bool on);
    void afterLoad();

    QPointer<ApiClient> m_client;
    DatabaseRef m_ref;
    QList<DatabaseFeature> m_features;
    QStringList m_queued; ///< names to enable once Force TLS is activated
    QTimer m_poll;
    quint64 m_generation = 0;
    int m_inFlight = 0;
    bool m_loaded = false;
};
