// PasswordPolicy: user name and password rules (the strictest of Scalingo's sources) and the password generator.
#include "domain/passwordpolicy.h"

#include <QSet>
#include <QTest>

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void usernames_data();
    void usernames();
    void passwords_data();
    void passwords();
    void confirmation();
    void generatorDefaults();
    void generatorLengths_data();
    void generatorLengths();
    void generatorUsesWholeAlphabet();
    void generatorIsNotRepeating();
};

void TestPasswordPolicy::usernames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("lengthProblem");
    QTest::addColumn<bool>("characterProblem");
    QTest::addColumn<bool>("startProblem");

    QTest::newRow("docs example") << QStringLiteral("my_app_4553_ro") << false << false << false;
    QTest::newRow("metabase") << QStringLiteral("metabase") << false << false << false;
    QTest::newRow("6 chars") << QStringLiteral("abcdef") << false << false << false;
    QTest::newRow("32 chars") << QString(32, QLatin1Char('a')) << false << false << false;
    QTest::newRow("letter then digits") << QStringLiteral("a12345") << false << false << false;
    QTest::newRow("5 chars") << QStringLiteral("abcde") << true << false << false;
    QTest::newRow("33 chars") << QString(33, QLatin1Char('a')) << true << false << false;
    QTest::newRow("empty") << QString() << true << false << true;
    QTest::newRow("upper case start") << QStringLiteral("My_app") << false << true << true;
    QTest::newRow("upper case inside") << QStringLiteral("myApp1") << false << true << false;
    QTest::newRow("digit start") << QStringLiteral("1abcdef") << false << false << true;
    QTest::newRow("underscore start") << QStringLiteral("_abcdef") << false << false << true;
    QTest::newRow("hyphens (DB API docs style)") << QStringLiteral("my-app-1") << false << true << false;
    QTest::newRow("space") << QStringLiteral("my app") << false << true << false;
    QTest::newRow("accent") << QStringLiteral("r\u00e9union") << false << true << false;
    QTest::newRow("short and bad start") << QStringLiteral("9ab") << true << false << true;
    QTest::newRow("everything wrong") << QStringLiteral("-") << true << true << true;
    // Issue 12 item 3: the whole string is checked, as the server must (`^…$` would accept a final newline).
    QTest::newRow("trailing newline") << QStringLiteral("abcdef\n") << false << true << false;
    QTest::newRow("leading newline") << QStringLiteral("\nabcdef") << false << true << true;
    QTest::newRow("trailing CR") << QStringLiteral("abcdef\r") << false << true << false;
    QTest::newRow("RLO look-alike") << QStringLiteral("abc\u202edef") << false << true << false;
    QTest::newRow("zero-width space") << QStringLiteral("abc\u200bdef") << false << true << false;
}

void TestPasswordPolicy::usernames()
{
    QFETCH(QString, name);
    QFETCH(bool, lengthProblem);
    QFETCH(bool, characterProblem);
    QFETCH(bool, startProblem);

    const QStringList problems = PasswordPolicy::validateUsername(name);
    const auto mentions = [&problems](const char *text) {
        return std::any_of(problems.cbegin(), problems.cend(),
                           [text](const QString &p) { return p.contains(QLatin1String(text)); });
    };
    QCOMPARE(mentions("between 6 and 32 characters"), lengthProblem);
    QCOMPARE(mentions("Only lower-case letters"), characterProblem);
    QCOMPARE(mentions("must start with a lower-case letter"), startProblem);
    QCOMPARE(problems.size(), int(lengthProblem) + int(characterProblem) + int(startProblem));
}

void TestPasswordPolicy::passwords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("lengthProblem");
    QTest::addColumn<bool>("quoteProblem");
    QTest::addColumn<bool>("controlProblem");

    QTest::newRow("23 chars") << QString(23, QLatin1Char('x')) << true << false << false;
    QTest::newRow("24 chars") << QString(24, QLatin1Char('x')) << false << false << false;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('x')) << false << false << false;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('x')) << true << false << false;
    QTest::newRow("empty") << QString() << true << false << false;
    QTest::newRow("docs example") << QStringLiteral("K_gaef6ripo7Ao4Uaxai6Kiey") << false << false << false;
    QTest::newRow("double quote") << (QString(30, QLatin1Char('x')) + QLatin1Char('"')) << false << true << false;
    QTest::newRow("single quote") << (QLatin1Char('\'') + QString(30, QLatin1Char('x'))) << false << true << false;
    QTest::newRow("short with quotes") << QStringLiteral("a'b\"c") << true << true << false;
    QTest::newRow("other symbols are fine") << QStringLiteral("@:/?#%&=+ !$()*,;[]{}<>|\\^`~-") << false << false << false;
    // Length counts characters: 24 rockets are 48 UTF-16 units but 24 characters.
    QString rockets;
    for (int i = 0; i < 24; ++i)
        rockets += QStringLiteral("\U0001F680");
    QTest::newRow("24 astral characters") << rockets << false << false << false;
    QTest::newRow("40 astral characters") << (rockets + rockets.left(32)) << false << false << false;
    QTest::newRow("23 astral characters") << rockets.left(46) << true << false << false;
    // Issue 12 item 5: control characters are refused (NUL reached the server's logs before).
    const QString base = QString(30, QLatin1Char('x'));
    QTest::newRow("NUL") << (base + QChar(0) + base.left(5)) << false << false << true;
    QTest::newRow("newline") << (base + QLatin1Char('\n')) << false << false << true;
    QTest::newRow("tab") << (QLatin1Char('\t') + base) << false << false << true;
    QTest::newRow("escape") << (base + QChar(0x1b)) << false << false << true;
    QTest::newRow("DEL") << (base + QChar(0x7f)) << false << false << true;
    QTest::newRow("C1 NEL") << (base + QChar(0x85)) << false << false << true;
}

void TestPasswordPolicy::passwords()
{
    QFETCH(QString, password);
    QFETCH(bool, lengthProblem);
    QFETCH(bool, quoteProblem);
    QFETCH(bool, controlProblem);
    const QStringList problems = PasswordPolicy::validatePassword(password);
    const auto mentions = [&problems](const char *text) {
        return std::any_of(problems.cbegin(), problems.cend(),
                           [text](const QString &p) { return p.contains(QLatin1String(text)); });
    };
    QCOMPARE(mentions("between 24 and 64 characters"), lengthProblem);
    QCOMPARE(mentions("must not contain quotes"), quoteProblem);
    QCOMPARE(mentions("must not contain control characters"), controlProblem);
    QCOMPARE(problems.size(), int(lengthProblem) + int(quoteProblem) + int(controlProblem));
}

void TestPasswordPolicy::confirmation()
{
    const QString pw = QStringLiteral("K_gaef6ripo7Ao4Uaxai6Kiey");
    QVERIFY(PasswordPolicy::validateConfirmation(pw, pw).isEmpty());
    QVERIFY(PasswordPolicy::validateConfirmation(QString(), QString()).isEmpty());
    QCOMPARE(PasswordPolicy::validateConfirmation(pw, pw.toLower()).size(), 1);
    QCOMPARE(PasswordPolicy::validateConfirmation(pw, pw + QLatin1Char(' ')).size(), 1);
    QCOMPARE(PasswordPolicy::validateConfirmation(pw, QString()).size(), 1);
    QVERIFY(PasswordPolicy::validateConfirmation(pw, QString()).first().contains(QLatin1String("does not match")));
}

void TestPasswordPolicy::generatorDefaults()
{
    const QString alphabet = PasswordPolicy::passwordAlphabet();
    QCOMPARE(alphabet.size(), 63);
    QCOMPARE(QSet<QChar>(alphabet.cbegin(), alphabet.cend()).size(), 63);

    const QString password = PasswordPolicy::generatePassword();
    QCOMPARE(password.size(), 64);
    for (QChar c : password) {
        const bool allowed = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('_');
        QVERIFY2(allowed, qPrintable(password));
    }
    QVERIFY(PasswordPolicy::validatePassword(password).isEmpty());
}

void TestPasswordPolicy::generatorLengths_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("24") << 24 << 24 << true;
    QTest::newRow("40") << 40 << 40 << true;
    QTest::newRow("64") << 64 << 64 << true;
    QTest::newRow("1") << 1 << 1 << false;
    QTest::newRow("100") << 100 << 100 << false;
    QTest::newRow("0") << 0 << 0 << false;
    QTest::newRow("negative") << -5 << 0 << false;
}

void TestPasswordPolicy::generatorLengths()
{
    QFETCH(int, length);
    QFETCH(int, expected);
    QFETCH(bool, valid);
    const QString password = PasswordPolicy::generatePassword(length);
    QCOMPARE(password.size(), expected);
    QCOMPARE(PasswordPolicy::validatePassword(password).isEmpty(), valid);
}

void TestPasswordPolicy::generatorUsesWholeAlphabet()
{
    // 200 x 64 draws: the chance that one of the 63 characters never shows up is below 1e-80.
    QSet<QChar> seen;
    for (int i = 0; i < 200; ++i) {
        const QString password = PasswordPolicy::generatePassword();
        for (QChar c : password)
            seen.insert(c);
    }
    const QString alphabet = PasswordPolicy::passwordAlphabet();
    QCOMPARE(seen, QSet<QChar>(alphabet.cbegin(), alphabet.cend()));
}

void TestPasswordPolicy::generatorIsNotRepeating()
{
    QSet<QString> passwords;
    for (int i = 0; i < 100; ++i)
        passwords.insert(PasswordPolicy::generatePassword());
    QCOMPARE(passwords.size(), 100);
}

QTEST_APPLESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
