// The sandbox's whole-file replacement of pg_hba.conf: a kill -9 mid-update must leave the old or the new file, so
// the content goes to a fresh sibling that is renamed over the file, keeping its mode (and owner), never following a
// symlink planted where the sibling goes.
#include "securefs.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

struct stat statOf(const QString &path)
{
    struct stat st = {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

} // namespace

class TestSecureFs : public QObject
{
    Q_OBJECT

private slots:
    void replaceSwapsTheWholeFileKeepingItsMode();
    void replaceIgnoresALeftoverOrPlantedSibling();
    void replaceRefusesASymlinkOrMissingFile();
};

void TestSecureFs::replaceSwapsTheWholeFileKeepingItsMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pg_hba.conf"));
    QVERIFY(writeFile(path, "local all all trust\nold rules\n"));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
    const struct stat before = statOf(path);

    QString error;
    QVERIFY2(SecureFs::replaceFile(path, "hostssl all all 10.0.0.0/8 scram-sha-256\n", &error), qPrintable(error));
    const struct stat after = statOf(path);
    QCOMPARE(contentOf(path), QByteArray("hostssl all all 10.0.0.0/8 scram-sha-256\n"));
    // A new inode: the file was never truncated in place.
    QVERIFY(after.st_ino != before.st_ino);
    QCOMPARE(after.st_mode & 07777, mode_t(0640));
    QCOMPARE(after.st_uid, before.st_uid);
    QCOMPARE(after.st_gid, before.st_gid);
    QVERIFY(!QFile::exists(path + QStringLiteral(".new")));
}

void TestSecureFs::replaceIgnoresALeftoverOrPlantedSibling()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pg_hba.conf"));
    const QString victim = dir.filePath(QStringLiteral("victim"));
    QVERIFY(writeFile(path, "old\n"));
    QVERIFY(writeFile(victim, "untouched\n"));
    // A crash between create and rename left a sibling; here it is even a symlink to another file.
    QVERIFY(QFile::link(victim, path + QStringLiteral(".new")));

    QString error;
    QVERIFY2(SecureFs::replaceFile(path, "new\n", &error), qPrintable(error));
    QCOMPARE(contentOf(path), QByteArray("new\n"));
    QCOMPARE(contentOf(victim), QByteArray("untouched\n"));
    QVERIFY(S_ISREG(statOf(path).st_mode));
}

void TestSecureFs::replaceRefusesASymlinkOrMissingFile()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("elsewhere"));
    const QString path = dir.filePath(QStringLiteral("pg_hba.conf"));
    QVERIFY(writeFile(target, "keep\n"));
    QVERIFY(QFile::link(target, path));
    QString error;
    QVERIFY(!SecureFs::replaceFile(path, "new\n", &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(contentOf(target), QByteArray("keep\n"));
    QVERIFY(!SecureFs::replaceFile(dir.filePath(QStringLiteral("missing")), "new\n", &error));
}

QTEST_GUILESS_MAIN(TestSecureFs)
#include "tst_securefs.moc"
