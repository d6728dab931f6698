#include "loadclient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

void LoadStats::add(const LoadStats &o)
{
    requests += o.requests;
    ok += o.ok;
    validation += o.validation;
    rateLimited += o.rateLimited;
    server += o.server;
    timeouts += o.timeouts;
    network += o.network;
    unexpected4xx += o.unexpected4xx;
    for (auto it = o.byOperation.cbegin(); it != o.byOperation.cend(); ++it)
        byOperation[it.key()] += it.value();
    for (const QString &s : o.samples)
        if (samples.size() < 10)
            samples.append(s);
    latencies += o.latencies;
}

qint64 LoadStats::percentile(double p) const
{
    if (latencies.isEmpty())
        return 0;
    QList<qint64> sorted = latencies;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size())));
}

void LoadClient::next()
{
    if (m_stopped || m_clock.elapsed() >= m_deadline)
        return;
    const int roll = int(m_rng.bounded(100));
    const QString db = QStringLiteral("/api/databases/") + m_addon;
    if (!m_writesOnly && roll < 25)
        return send("list users", "GET", db + QStringLiteral("/users"));
    if (!m_writesOnly && roll < 50)
        return send("list rules", "GET", db + QStringLiteral("/firewall_rules"));
    if (roll % 2 == 0) {
        // Users: keep at most two of our own.
        if (m_users.size() >= 2 || (!m_users.isEmpty() && m_rng.bounded(2) == 0)) {
            const QString name = m_users.takeFirst();
            return send("delete user", "DELETE", db + QStringLiteral("/users/") + name, {}, {204});
        }
        const QString name
                = QStringLiteral("%1c%2_%3").arg(m_tag).arg(m_index, 2, 10, QLatin1Char('0')).arg(++m_counter);
        const QJsonObject body{
                {QStringLiteral("database_user"),
                 QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("read_only"), m_counter % 3 == 0}}}};
        return send("create user", "POST", db + QStringLiteral("/users"), body, {201}, [this, name](int status) {
            if (status == 201)
                m_users.append(name);
        });
    }
    // Rules: at most one of our own at a time (a database holds 30 rules).
    if (!m_rule.isEmpty()) {
        const QString id = m_rule;
        m_rule.clear();
        return send("delete rule", "DELETE", db + QStringLiteral("/firewall_rules/") + id, {}, {204});
    }
    const QString cidr = QStringLiteral("10.%1.%2.0/24").arg(100 + m_index % 150).arg(++m_counter % 256);
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("custom_range")},
                           {QStringLiteral("cidr"), cidr},
                           {QStringLiteral("label"), QStringLiteral("load %1").arg(m_index)}};
    send("create rule", "POST", db + QStringLiteral("/firewall_rules"), body, {201},
         [this](int status) { Q_UNUSED(status) });
}

void LoadClient::send(const char *operation, const QByteArray &verb, const QString &path, const QJsonObject &body,
                      QList<int> expected, std::function<void(int)> done)
{
    QNetworkRequest request(QUrl(m_base.toString() + path));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setRawHeader("Content-Type", "application/json");
    request.setTransferTimeout(30000);
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, payload);
    m_inFlight = reply;
    QElapsedTimer timer;
    timer.start();
    const QString op = QString::fromLatin1(operation);
    connect(reply, &QNetworkReply::finished, this, [=] {
        m_inFlight = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        ++m_stats.requests;
        ++m_stats.byOperation[op];
        m_stats.latencies.append(timer.elapsed());
        if (status == 0) {
            if (reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError)
                ++m_stats.timeouts;
            else
                ++m_stats.network;
        } else if (expected.contains(status)) {
            ++m_stats.ok;
        } else if (status == 422) {
            ++m_stats.validation;
        } else if (status == 429) {
            ++m_stats.rateLimited;
        } else if (status >= 500) {
            ++m_stats.server;
        } else {
            ++m_stats.unexpected4xx;
        }
        if (status != 0 && !expected.contains(status) && status != 422 && m_stats.samples.size() < 5)
            m_stats.samples.append(QStringLiteral("%1 %2 -> %3 %4")
                                           .arg(QString::fromLatin1(verb), path)
                                           .arg(status)
                                           .arg(QString::fromUtf8(answer.left(200))));
        if (op == QLatin1String("create rule") && status == 201)
            m_rule = QJsonDocument::fromJson(answer)
                             .object()
                             .value(QStringLiteral("rule"))
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toString();
        if (done)
            done(status);
        reply->deleteLater();
        next();
    });
}
