#include "securefs.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SecureFs {

namespace {

QString describe(const QString &what, const QString &path)
{
    return QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
}

// Writes all of `data` to `fd`, retrying interrupted and partial writes; false on an error.
bool writeAll(int fd, const QByteArray &data)
{
    for (qsizetype done = 0; done < data.size();) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Sets mode and owner of the directory `path` whose lstat() result is `expected`, through a descriptor.
bool fixDir(const QString &path, const struct stat &expected, mode_t mode, const Owner &owner, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *error = describe(QStringLiteral("cannot open directory"), path);
        return false;
    }
    struct stat st = {};
    bool ok = ::fstat(fd, &st) == 0 && st.st_dev == expected.st_dev && st.st_ino == expected.st_ino;
    if (!ok)
        *error = QStringLiteral("%1 changed while being prepared").arg(path);
    if (ok && (st.st_uid != owner.uid || st.st_gid != owner.gid) && ::fchown(fd, owner.uid, owner.gid) != 0) {
        *error = describe(QStringLiteral("cannot chown"), path);
        ok = false;
    }
    if (ok && (st.st_mode & 07777) != mode && ::fchmod(fd, mode) != 0) {
        *error = describe(QStringLiteral("cannot chmod"), path);
        ok = false;
    }
    ::close(fd);
    return ok;
}

} // namespace

Owner self()
{
    return Owner{::geteuid(), ::getegid()};
}

bool postgresUser(Owner *owner, QString *error)
{
    const struct passwd *pw = ::getpwnam("postgres");
    if (!pw) {
        *error = QStringLiteral("the postgres system user does not exist");
        return false;
    }
    *owner = Owner{pw->pw_uid, pw->pw_gid};
    return true;
}

bool ensureDir(const QString &path, mode_t mode, const Owner &owner, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    // Created with no permissions for anyone else from the start; the final mode is applied below.
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        *error = describe(QStringLiteral("cannot create"), path);
        return false;
    }
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0) {
        *error = describe(QStringLiteral("cannot inspect"), path);
        return false;
    }
    // An existing path must be a real directory (a symlink would redirect our chmod/chown) that we or the
    // cluster's owner own and nobody else can write into.
    if (!S_ISDIR(st.st_mode) || (st.st_uid != ::geteuid() && st.st_uid != owner.uid) || (st.st_mode & 022) != 0) {
        *error = QStringLiteral("refusing %1: not a directory owned by this user or postgres and private to it")
                         .arg(path);
        return false;
    }
    return fixDir(path, st, mode, owner, error);
}

QString makeTempDir(const QString &prefix, const Owner &owner, QString *error)
{
    QByteArray pattern = QFile::encodeName(prefix) + "XXXXXX";
    if (!::mkdtemp(pattern.data())) {
        *error = describe(QStringLiteral("cannot create a directory like"), prefix);
        return QString();
    }
    const QString path = QFile::decodeName(pattern);
    struct stat st = {};
    if (::lstat(pattern.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()) {
        *error = QStringLiteral("%1 is not the directory just created").arg(path);
        return QString();
    }
    if (!fixDir(path, st, 0700, owner, error))
        return QString();
    return path;
}

bool writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    const int fd
            = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = describe(QStringLiteral("cannot write"), path);
        return false;
    }
    const bool ok = ::fchmod(fd, 0600) == 0 && writeAll(fd, data);
    if (!ok)
        *error = describe(QStringLiteral("cannot write"), path);
    return ::close(fd) == 0 && ok;
}

bool replaceFile(const QString &path, const QByteArray &data, QString *error)
{
    struct stat current = {};
    if (::lstat(QFile::encodeName(path).constData(), &current) != 0 || !S_ISREG(current.st_mode)) {
        *error = describe(QStringLiteral("not a regular file"), path);
        return false;
    }
    const QString temp = path + QStringLiteral(".new");
    const QByteArray tempName = QFile::encodeName(temp);
    ::unlink(tempName.constData()); // a leftover of a crash between create and rename
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = describe(QStringLiteral("cannot create"), temp);
        return false;
    }
    bool ok = ::fchown(fd, current.st_uid, current.st_gid) == 0 && ::fchmod(fd, current.st_mode & 07777) == 0
            && writeAll(fd, data);
    ok = ok && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    ok = ok && ::rename(tempName.constData(), QFile::encodeName(path).constData()) == 0;
    if (!ok) {
        *error = describe(QStringLiteral("cannot replace"), path);
        ::unlink(tempName.constData());
    }
    return ok;
}

bool restrictFile(const QString &path, mode_t mode, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st = {};
    const bool ok = fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::fchmod(fd, mode) == 0;
    if (!ok)
        *error = describe(QStringLiteral("cannot restrict"), path);
    if (fd >= 0)
        ::close(fd);
    return ok;
}

} // namespace SecureFs
