#pragma once
// Test helpers for the app's SQL layer: wait for a PgQuery or an ExtensionsModel load inside a local event loop.
#include "pg/pgconnection.h"
#include "models/extensionsmodel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace PgWait {

/// What a finished PgQuery reported (copied inside finished(): the query deletes itself afterwards).
struct Outcome
{
    bool finished = false;
    PgError error;
    PgResult result;
    QStringList notices;
    QString first() const { return result.rows.value(0).value(0).toString(); }
    QStringList column() const
    {
        QStringList out;
        for (const QVariantList &row : result.rows)
            out.append(row.value(0).toString());
        return out;
    }
};

inline Outcome wait(PgQuery *query, int timeoutMs = 15000)
{
    Outcome out;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(query, &PgQuery::finished, &loop, [&] {
        out.finished = true;
        out.error = query->error();
        out.result = query->result();
        out.notices = query->notices();
        loop.quit();
    });
    loop.exec();
    return out;
}

/// Reloads `model` and waits for it; false (with a warning) when it failed or timed out.
inline bool waitLoaded(ExtensionsModel &model, int timeoutMs = 15000)
{
    QSignalSpy loaded(&model, &ExtensionsModel::loaded);
    QSignalSpy failed(&model, &ExtensionsModel::errorOccurred);
    model.reload();
    QElapsedTimer clock;
    clock.start();
    while (loaded.isEmpty() && failed.isEmpty() && clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (!failed.isEmpty())
        qWarning() << "loading failed:" << model.lastError().message();
    return !loaded.isEmpty();
}

} // namespace PgWait
