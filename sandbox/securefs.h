#pragma once

#include <QByteArray>
#include <QString>

#include <sys/types.h>

/// File-system steps that must not be redirected by someone else's symlink or pre-created path: directories are
/// created fresh or accepted only when they are real directories owned by us (or by the cluster's owner), and modes
/// and owners are changed through a descriptor opened with O_NOFOLLOW, never by path.
namespace SecureFs {

struct Owner
{
    uid_t uid = 0;
    gid_t gid = 0;
};

/// Ourselves (effective ids).
Owner self();
/// The `postgres` system user; false when it does not exist.
bool postgresUser(Owner *owner, QString *error);

/// Creates `path` (not its parents) with `mode`, or accepts an existing real directory owned by us or by `owner`
/// and not writable by anyone else; then sets `mode` and `owner` through an O_NOFOLLOW descriptor.
bool ensureDir(const QString &path, mode_t mode, const Owner &owner, QString *error);
/// A fresh directory `<prefix>XXXXXX` (mkdtemp: unpredictable, created by us, 0700), then `owner`. Empty on failure.
QString makeTempDir(const QString &prefix, const Owner &owner, QString *error);
/// Writes a secret: created with mode 0600 from the first byte (never through a symlink); an existing file is
/// truncated and reset to 0600.
bool writePrivateFile(const QString &path, const QByteArray &data, QString *error);
/// Replaces the regular file `path` as a whole: the data goes to a fresh sibling (O_EXCL, never through a symlink),
/// given the current file's owner and mode, synced, then renamed over it. A crash leaves the old or the new file,
/// never a truncated one.
bool replaceFile(const QString &path, const QByteArray &data, QString *error);
/// chmod of a regular file through an O_NOFOLLOW descriptor.
bool restrictFile(const QString &path, mode_t mode, QString *error);

} // namespace SecureFs
