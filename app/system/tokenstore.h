#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

/// Where the Scalingo API token is remembered between runs. The token never goes to QSettings, logs or plain files:
/// either the OS keychain (KeychainTokenStore) or nowhere (MemoryTokenStore keeps it for this run only).
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(std::optional<QString> token, QString error)>;
    using WriteCallback = std::function<void(bool ok, QString error)>;

    using QObject::QObject;

    /// False when the store forgets everything at exit.
    virtual bool isPersistent() const = 0;
    /// Callbacks run asynchronously and only while `context` is alive.
    virtual void read(const QString &account, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &account, const QString &token, QObject *context, WriteCallback done) = 0;
    virtual void remove(const QString &account, QObject *context, WriteCallback done) = 0;
};

class MemoryTokenStore : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    bool isPersistent() const override { return false; }
    void read(const QString &account, QObject *context, ReadCallback done) override;
    void write(const QString &account, const QString &token, QObject *context, WriteCallback done) override;
    void remove(const QString &account, QObject *context, WriteCallback done) override;

private:
    QHash<QString, QString> m_tokens;
};

/// The OS keychain through QtKeychain (Secret Service on Linux). Errors such as "no keychain running" are reported
/// to the callback so the UI can say the token will be kept in memory only.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT

public:
    explicit KeychainTokenStore(QString service, QObject *parent = nullptr);

    bool isPersistent() const override { return true; }
    void read(const QString &account, QObject *context, ReadCallback done) override;
    void write(const QString &account, const QString &token, QObject *context, WriteCallback done) override;
    void remove(const QString &account, QObject *context, WriteCallback done) override;

    /// True when the library was built in (the package may be absent on exotic systems).
    static bool isCompiledIn();

private:
    QString m_service;
};
