#include "seeding.h"

#include "logging.h"
#include "sqlhelpers.h"
#include "statestore.h"
#include "usersservice.h"

#include <QElapsedTimer>

bool Seeding::seedUsers(StateStore *store, int count, QString *error)
{
    if (count <= 0)
        return true;
    const QList<DatabaseRecord> databases = store->databases();
    if (databases.isEmpty()) {
        *error = QStringLiteral("--seed-users: no database to seed");
        return false;
    }
    const DatabaseRecord &db = databases.first();
    QElapsedTimer timer;
    timer.start();
    // One verifier for all: hashing 10,000 passwords would dominate the seeding time for no benefit.
    const QString verifier = Sql::passwordForRole(UsersService::generatePassword());
    // Only generated names and our own verifier reach the DO block; %% survives the outer format() as the
    // inner one's placeholder.
    if (!Sql::execFormatted(store->stateDb(),
                            QStringLiteral("DO $seed$ DECLARE n text; BEGIN FOR i IN 1..%s LOOP "
                                           "n := 'seed_user_' || lpad(i::text, 5, '0'); "
                                           "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = n) THEN "
                                           "EXECUTE format('CREATE ROLE %%I LOGIN PASSWORD %%L', n, %L); END IF; "
                                           "END LOOP; END $seed$"),
                            {QString::number(count), verifier}, error))
        return false;
    if (!Sql::run(store->stateDb(),
                  QStringLiteral("INSERT INTO database_users (app_id, name, read_only, protected) "
                                 "SELECT :app, 'seed_user_' || lpad(i::text, 5, '0'), i % 3 = 0, false "
                                 "FROM generate_series(1, :count) AS i ON CONFLICT DO NOTHING"),
                  {{QStringLiteral("app"), db.appId}, {QStringLiteral("count"), count}}, error))
        return false;
    qCInfo(lcSandbox).noquote() << "seeded" << count << "users in" << db.name << "in" << timer.elapsed() << "ms";
    return true;
}
