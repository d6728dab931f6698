// The change history's core (issue 17 item 2): what a write is (WriteEvent::classify, never a secret), the SQLite
// store (persistence across a kill -9 of the writing process, the size bound), the table model and its filter
// (QAbstractItemModelTester), and CSV export (quoting, formula injection).
#include "api/apiclient.h"
#include "api/writeevent.h"
#include "history/changehistory.h"
#include "history/historycsv.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "models/modelroles.h"
#include "testhistory.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <cstdio>

namespace {

constexpr char kChildEnv[] = "GATEHOUSE_TST_HISTORY_CHILD";
constexpr int kChildEntries = 25;

using HistoryFixtures::sample;

// The child: records entries the way the app does (through ChangeHistory), says so, then waits to be killed.
int childMain(const QString &path)
{
    ChangeHistory history(path);
    if (!history.isOpen())
        return 2;
    for (int i = 0; i < kChildEntries; ++i)
        history.record(sample(i));
    std::fputs("written\n", stdout);
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void classifiesWrites_data();
    void classifiesWrites();
    void ignoresReads();
    void neverKeepsSecrets();
    void survivesKill9();
    void prunesOldest();
    void expectationsLinkUndo();
    void modelFollowsRecorder();
    void filterByKindAndSearch();
    void operationColumnAndFilter();
    void csvQuotesAndNeutralisesFormulas();
    void csvFromModel();
    void undoRefusals();
};

void TestHistory::classifiesWrites_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("object");

    const QString base = QStringLiteral("https://db-api.example/api/databases/ad-9/");
    QTest::newRow("rule created") << QByteArray("POST") << base + QStringLiteral("firewall_rules")
                                  << QByteArray(R"({"type":"custom_range","cidr":"1.2.3.4/32","label":"x"})")
                                  << int(WriteEvent::Kind::RuleCreated) << QString();
    QTest::newRow("rule deleted") << QByteArray("DELETE") << base + QStringLiteral("firewall_rules/fw-1")
                                  << QByteArray() << int(WriteEvent::Kind::RuleDeleted) << QStringLiteral("fw-1");
    QTest::newRow("rule relabelled") << QByteArray("PATCH") << base + QStringLiteral("firewall_rules/fw-1")
                                     << QByteArray(R"({"firewall_rule":{"label":"new"}})")
                                     << int(WriteEvent::Kind::RuleRelabelled) << QStringLiteral("fw-1");
    QTest::newRow("user created") << QByteArray("POST") << base + QStringLiteral("users")
                                  << QByteArray(R"({"database_user":{"name":"bob_reader","read_only":true}})")
                                  << int(WriteEvent::Kind::UserCreated) << QStringLiteral("bob_reader");
    QTest::newRow("user deleted") << QByteArray("DELETE") << base + QStringLiteral("users/bob_reader") << QByteArray()
                                  << int(WriteEvent::Kind::UserDeleted) << QStringLiteral("bob_reader");
    QTest::newRow("password set") << QByteArray("PATCH") << base + QStringLiteral("users/bob_reader")
                                  << QByteArray(R"({"database_user":{"password":"p","password_confirmation":"p"}})")
                                  << int(WriteEvent::Kind::PasswordSet) << QStringLiteral("bob_reader");
    QTest::newRow("password reset") << QByteArray("POST") << base + QStringLiteral("users/bob_reader/reset_password")
                                    << QByteArray("{}") << int(WriteEvent::Kind::PasswordReset)
                                    << QStringLiteral("bob_reader");
    QTest::newRow("feature on") << QByteArray("POST") << base + QStringLiteral("features")
                                << QByteArray(R"({"feature":{"name":"force-ssl"}})")
                                << int(WriteEvent::Kind::FeatureEnabled) << QStringLiteral("force-ssl");
    QTest::newRow("feature off") << QByteArray("DELETE") << base + QStringLiteral("features?feature=publicly-available")
                                 << QByteArray() << int(WriteEvent::Kind::FeatureDisabled)
                                 << QStringLiteral("publicly-available");
}

void TestHistory::classifiesWrites()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, object);
    const std::optional<WriteEvent> event = WriteEvent::classify(verb, QUrl(path), body);
    QVERIFY(event);
    QCOMPARE(int(event->kind), kind);
    QCOMPARE(event->object, object);
    QCOMPARE(event->database.addonId, QStringLiteral("ad-9"));
    if (event->kind == WriteEvent::Kind::RuleCreated) {
        QCOMPARE(event->details.value(QStringLiteral("cidr")).toString(), QStringLiteral("1.2.3.4/32"));
        QCOMPARE(event->details.value(QStringLiteral("label")).toString(), QStringLiteral("x"));
    }
}

void TestHistory::ignoresReads()
{
    const QUrl base(QStringLiteral("https://db-api.example/api/databases/ad-9/"));
    QVERIFY(!WriteEvent::classify("GET", base.resolved(QUrl(QStringLiteral("users"))), {}));
    // The list-extensions action is a read sent as POST.
    QVERIFY(!WriteEvent::classify("POST", base.resolved(QUrl(QStringLiteral("action"))), "{}"));
    QVERIFY(!WriteEvent::classify("POST", QUrl(QStringLiteral("https://auth.example/v1/tokens/exchange")), {}));
}

void TestHistory::neverKeepsSecrets()
{
    const QByteArray body
            = R"({"database_user":{"database_id":"ad-9","name":"carol_rw","read_only":false,)"
              R"("password":"S3cret-Passw0rd-Never-Stored!","password_confirmation":"S3cret-Passw0rd-Never-Stored!"}})";
    const auto event
            = WriteEvent::classify("POST", QUrl(QStringLiteral("https://x.example/api/databases/ad-9/users")), body);
    QVERIFY(event);
    QVERIFY(!QJsonDocument(event->details).toJson().contains("S3cret"));
    QCOMPARE(WriteEvent::secretsOf(body),
             QStringList({QStringLiteral("S3cret-Passw0rd-Never-Stored!"),
                          QStringLiteral("S3cret-Passw0rd-Never-Stored!")}));
    QCOMPARE(WriteEvent::scrub(QStringLiteral("refused: S3cret-Passw0rd-Never-Stored! is weak"),
                               WriteEvent::secretsOf(body)),
             QStringLiteral("refused: *** is weak"));
}

void TestHistory::survivesKill9()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kChildEnv), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QByteArray out;
    while (!out.contains("written") && child.waitForReadyRead(30000))
        out += child.readAllStandardOutput();
    QVERIFY2(out.contains("written"), out.constData());
    child.kill(); // SIGKILL: no destructor, no close, no checkpoint
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    HistoryStore store(path);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    const QList<HistoryEntry> entries = store.entries();
    QCOMPARE(entries.size(), kChildEntries);
    QCOMPARE(entries.first().object, QStringLiteral("rule-0"));
    QCOMPARE(entries.last().object, QStringLiteral("rule-%1").arg(kChildEntries - 1));
    QCOMPARE(entries.last().details.value(QStringLiteral("label")).toString(),
             QStringLiteral("office %1").arg(kChildEntries - 1));
    QCOMPARE(entries.last().account, QStringLiteral("alice@example.com"));
    QCOMPARE(entries.last().at.timeSpec(), Qt::UTC);
}

void TestHistory::prunesOldest()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("h.sqlite")), 100);
    QVERIFY(store.isOpen());
    for (int i = 0; i < 250; ++i) {
        HistoryEntry entry = sample(i);
        QVERIFY(store.insert(entry));
    }
    QCOMPARE(store.count(), 100);
    const QList<HistoryEntry> kept = store.entries();
    QCOMPARE(kept.size(), 100);
    QCOMPARE(kept.first().object, QStringLiteral("rule-150")); // the oldest went first
    QCOMPARE(kept.last().object, QStringLiteral("rule-249"));
    QCOMPARE(store.entries(QString(), 10).size(), 10);
    QCOMPARE(store.entries(QString(), 10).last().object, QStringLiteral("rule-249"));
    QCOMPARE(HistoryStore::DefaultMaxEntries, 50000);
}

void TestHistory::expectationsLinkUndo()
{
    QTemporaryDir dir;
    ChangeHistory history(dir.filePath(QStringLiteral("h.sqlite")));
    history.setAccount(QStringLiteral("alice"));
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    history.watch(&client);
    const HistoryEntry original = history.record(sample(1));
    QVERIFY(original.id > 0);

    // The client's two signals, as a deletion through it emits them.
    WriteEvent event;
    event.id = 7;
    event.kind = WriteEvent::Kind::RuleDeleted;
    event.object = QStringLiteral("rule-1");
    event.database.addonId = QStringLiteral("ad-1");
    history.expect(QStringLiteral("ad-1"), WriteEvent::Kind::RuleDeleted, QStringLiteral("rule-1"), QString(),
                   original.id);
    QSignalSpy recorded(&history, &ChangeHistory::recorded);
    QSignalSpy updated(&history, &ChangeHistory::updated);
    emit client.writeStarted(event);
    QCOMPARE(recorded.count(), 1);
    const HistoryEntry started = recorded.at(0).at(0).value<HistoryEntry>();
    QCOMPARE(started.outcome, WriteEvent::Outcome::Pending); // a crash now leaves "in progress", not nothing
    QCOMPARE(history.entry(started.id)->outcome, WriteEvent::Outcome::Pending);
    QCOMPARE(started.undoOf, original.id);
    QCOMPARE(started.account, QStringLiteral("alice"));
    event.outcome = WriteEvent::Outcome::Confirmed;
    emit client.writeFinished(event);
    QCOMPARE(history.entry(started.id)->outcome, WriteEvent::Outcome::Confirmed);
    QCOMPARE(history.entry(original.id)->undoneBy, started.id); // the original now says it was undone
    QCOMPARE(updated.count(), 2);
    QVERIFY(!ChangeHistory::undoRefusal(*history.entry(original.id)).isEmpty());

    // A reason given beforehand (e.g. an expired temporary rule) lands on the matching write only.
    history.expect(QStringLiteral("ad-1"), WriteEvent::Kind::RuleDeleted, QStringLiteral("rule-2"),
                   QStringLiteral("expired temporary rule"));
    event.id = 8;
    event.outcome = WriteEvent::Outcome::Pending;
    emit client.writeStarted(event); // rule-1 again: no reason
    event.id = 9;
    event.object = QStringLiteral("rule-2");
    emit client.writeStarted(event);
    QCOMPARE(recorded.at(1).at(0).value<HistoryEntry>().reason, QString());
    QCOMPARE(recorded.at(2).at(0).value<HistoryEntry>().reason, QStringLiteral("expired temporary rule"));
}

void TestHistory::modelFollowsRecorder()
{
    QTemporaryDir dir;
    ChangeHistory history(dir.filePath(QStringLiteral("h.sqlite")));
    for (int i = 0; i < 5; ++i)
        history.record(sample(i, i % 2 ? QStringLiteral("ad-odd") : QStringLiteral("ad-even")));
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HistoryFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(&history);
    QCOMPARE(model.rowCount(), 5);
    model.setDatabaseKey(QStringLiteral("ad-odd"));
    QCOMPARE(model.rowCount(), 2);
    history.record(sample(10, QStringLiteral("ad-odd")));
    history.record(sample(11, QStringLiteral("ad-even"))); // another database: not shown
    QCOMPARE(model.rowCount(), 3);
    HistoryEntry changed = model.entryAt(2);
    changed.outcome = WriteEvent::Outcome::Failed;
    changed.message = QStringLiteral("refused");
    emit history.updated(changed);
    QCOMPARE(model.index(2, HistoryModel::OutcomeColumn).data().toString(), QStringLiteral("Failed: refused"));
    QCOMPARE(model.index(2, HistoryModel::WhenColumn).data(ModelRoles::IdRole).toLongLong(), changed.id);
    model.setDatabaseKey(QString());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.headerData(HistoryModel::DetailsColumn, Qt::Horizontal).toString(), QStringLiteral("Details"));
}

void TestHistory::filterByKindAndSearch()
{
    QTemporaryDir dir;
    ChangeHistory history(dir.filePath(QStringLiteral("h.sqlite")));
    history.record(sample(1));
    HistoryEntry user = sample(2);
    user.kind = WriteEvent::Kind::UserCreated;
    user.object = QStringLiteral("reporting_ro");
    user.details = {};
    history.record(user);
    HistoryModel model;
    model.setHistory(&history);
    HistoryFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), 2);
    filter.setKind(WriteEvent::Kind::UserCreated);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, HistoryModel::DetailsColumn).data().toString(), QStringLiteral("user reporting_ro"));
    filter.setKind(std::nullopt);
    filter.setFilterFixedString(QStringLiteral("OFFICE 1"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, HistoryModel::DetailsColumn).data().toString(), QStringLiteral("10.0.1.0/24 (office 1)"));
}

// Issue 18: a batch operation's lines show its title (column Operation, empty for single changes), can be filtered
// to that operation, and the search matches the title; the title survives the write's end and a reload.
void TestHistory::operationColumnAndFilter()
{
    QTemporaryDir dir;
    ChangeHistory history(dir.filePath(QStringLiteral("h.sqlite")));
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(&history);
    HistoryFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const HistoryEntry single = history.record(sample(1));
    const HistoryEntry first = history.record(sample(2, QStringLiteral("ad-1")));
    const HistoryEntry second = history.record(sample(3, QStringLiteral("ad-2")));
    QVERIFY(history.setOperation(first.id, QStringLiteral("op-1"), QStringLiteral("Onboard Alice")));
    QVERIFY(history.setOperation(second.id, QStringLiteral("op-1"), QStringLiteral("Onboard Alice")));

    QCOMPARE(model.headerData(HistoryModel::OperationColumn, Qt::Horizontal).toString(), QStringLiteral("Operation"));
    QCOMPARE(model.index(model.rowOfId(single.id), HistoryModel::OperationColumn).data().toString(), QString());
    QCOMPARE(model.index(model.rowOfId(first.id), HistoryModel::OperationColumn).data().toString(),
             QStringLiteral("Onboard Alice"));
    QCOMPARE(model.index(model.rowOfId(second.id), HistoryModel::WhenColumn)
                     .data(HistoryModel::OperationIdRole)
                     .toString(),
             QStringLiteral("op-1"));
    QCOMPARE(model.operations(), (QList<QPair<QString, QString>>{{QStringLiteral("op-1"), QStringLiteral("Onboard Alice")}}));

    filter.setOperationId(QStringLiteral("op-1"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setOperationId(QString());
    QCOMPARE(filter.rowCount(), 3);
    filter.setFilterFixedString(QStringLiteral("onboard alice"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setFilterFixedString(QString());

    // The line itself carries the operation (undo, CSV); a reload reads it from the file.
    QCOMPARE(model.entryAt(model.rowOfId(first.id)).operationTitle, QStringLiteral("Onboard Alice"));
    model.reload();
    QCOMPARE(model.index(model.rowOfId(second.id), HistoryModel::OperationColumn).data().toString(),
             QStringLiteral("Onboard Alice"));
    QCOMPARE(history.entry(first.id)->operationId, QStringLiteral("op-1"));
}

void TestHistory::csvQuotesAndNeutralisesFormulas()
{
    QCOMPARE(HistoryCsv::cell(QStringLiteral("plain")), QStringLiteral("\"plain\""));
    QCOMPARE(HistoryCsv::cell(QString()), QStringLiteral("\"\""));
    QCOMPARE(HistoryCsv::cell(QStringLiteral("a \"quoted\", b")), QStringLiteral("\"a \"\"quoted\"\", b\""));
    QCOMPARE(HistoryCsv::cell(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    QCOMPARE(HistoryCsv::cell(QStringLiteral("=HYPERLINK(\"http://x\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    QCOMPARE(HistoryCsv::cell(QStringLiteral("+1")), QStringLiteral("\"'+1\""));
    QCOMPARE(HistoryCsv::cell(QStringLiteral("-2+3")), QStringLiteral("\"'-2+3\""));
    QCOMPARE(HistoryCsv::cell(QStringLiteral("@SUM(A1)")), QStringLiteral("\"'@SUM(A1)\""));
    QCOMPARE(HistoryCsv::cell(QStringLiteral("\tx")), QStringLiteral("\"'\tx\""));
    QCOMPARE(HistoryCsv::cell(QStringLiteral("a=b")), QStringLiteral("\"a=b\"")); // only a leading sign matters
}

void TestHistory::csvFromModel()
{
    QTemporaryDir dir;
    ChangeHistory history(dir.filePath(QStringLiteral("h.sqlite")));
    HistoryEntry hostile = sample(3);
    hostile.details.insert(QStringLiteral("label"), QStringLiteral("=cmd|' /C calc'!A0"));
    hostile.at = QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);
    history.record(hostile);
    HistoryModel model;
    model.setHistory(&history);
    const QByteArray csv = HistoryCsv::fromModel(&model);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF\"When\",\"Account\",\"Database\",\"Change\",\"Details\",\"Outcome\",\"Operation\"\r\n"));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, and the empty piece after the last CRLF
    QVERIFY2(lines.at(1).startsWith("\"2026-12-01T08:30:00Z\",\"alice@example.com\",\"db-ad-1\",\"Rule created\","),
             lines.at(1).constData());
    // The label is inside the cell, after the CIDR: not at the start, so no formula; quotes doubled.
    QVERIFY2(lines.at(1).contains("\"10.0.3.0/24 (=cmd|' /C calc'!A0)\""), lines.at(1).constData());
    const QString file = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY(HistoryCsv::write(&model, file, &error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), csv);
}

void TestHistory::undoRefusals()
{
    HistoryEntry entry = sample(1);
    QVERIFY(ChangeHistory::undoRefusal(entry).isEmpty());
    entry.kind = WriteEvent::Kind::UserDeleted;
    QVERIFY(!ChangeHistory::undoRefusal(entry).isEmpty());
    entry.kind = WriteEvent::Kind::PasswordReset;
    QVERIFY(!ChangeHistory::undoRefusal(entry).isEmpty());
    entry.kind = WriteEvent::Kind::PasswordSet;
    QVERIFY(!ChangeHistory::undoRefusal(entry).isEmpty());
    entry.kind = WriteEvent::Kind::ExtensionDisabled;
    entry.details = {{QStringLiteral("cascade"), false}};
    QVERIFY(ChangeHistory::undoRefusal(entry).isEmpty());
    entry.details = {{QStringLiteral("cascade"), true}};
    QVERIFY(ChangeHistory::undoRefusal(entry).contains(QStringLiteral("CASCADE")));
    entry = sample(1);
    entry.outcome = WriteEvent::Outcome::Failed;
    QVERIFY(!ChangeHistory::undoRefusal(entry).isEmpty());
    entry = sample(1);
    entry.undoneBy = 9;
    QVERIFY(!ChangeHistory::undoRefusal(entry).isEmpty());
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kChildEnv)) {
        QCoreApplication app(argc, argv);
        return childMain(qEnvironmentVariable(kChildEnv));
    }
    QCoreApplication app(argc, argv);
    TestHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_history.moc"
