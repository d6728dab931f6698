#include "tokenstore.h"

#include <QHash>
#include <QMetaObject>
#include <QPointer>

#ifdef GATEHOUSE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {
// Defers a callback so every store behaves asynchronously, as the keychain does.
void later(QObject *context, std::function<void()> fn)
{
    QMetaObject::invokeMethod(context, std::move(fn), Qt::QueuedConnection);
}
} // namespace

void MemoryTokenStore::read(const QString &account, QObject *context, ReadCallback done)
{
    const auto it = m_tokens.constFind(account);
    const std::optional<QString> token = it == m_tokens.constEnd() ? std::nullopt : std::optional<QString>(*it);
    later(context, [done = std::move(done), token] { done(token, QString()); });
}

void MemoryTokenStore::write(const QString &account, const QString &token, QObject *context, WriteCallback done)
{
    m_tokens.insert(account, token);
    later(context, [done = std::move(done)] { done(true, QString()); });
}

void MemoryTokenStore::remove(const QString &account, QObject *context, WriteCallback done)
{
    m_tokens.remove(account);
    later(context, [done = std::move(done)] { done(true, QString()); });
}

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent)
    : TokenStore(parent), m_service(std::move(service))
{ }

bool KeychainTokenStore::isCompiledIn()
{
#ifdef GATEHOUSE_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

#ifdef GATEHOUSE_HAVE_KEYCHAIN

void KeychainTokenStore::read(const QString &account, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [guard, done = std::move(done)](QKeychain::Job *j) {
        if (!guard)
            return;
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError)
            done(readJob->textData(), QString());
        else if (j->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else
            done(std::nullopt, j->errorString());
    });
    job->start();
}

void KeychainTokenStore::write(const QString &account, const QString &token, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError, j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &account, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : j->errorString());
    });
    job->start();
}

#else

void KeychainTokenStore::read(const QString &, QObject *context, ReadCallback done)
{
    later(context, [done = std::move(done)] { done(std::nullopt, tr("No keychain support in this build.")); });
}

void KeychainTokenStore::write(const QString &, const QString &, QObject *context, WriteCallback done)
{
    later(context, [done = std::move(done)] { done(false, tr("No keychain support in this build.")); });
}

void KeychainTokenStore::remove(const QString &, QObject *context, WriteCallback done)
{
    later(context, [done = std::move(done)] { done(true, QString()); });
}

#endif
