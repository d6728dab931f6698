#include "signinpage.h"
#include "ui_signinpage.h"

#include <QEvent>

#include "icons.h"

SignInPage::SignInPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::SignInPage>())
{
    m_ui->setupUi(this);
    m_ui->logoLabel->setPixmap(Icons::appIcon().pixmap(40, 40));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->errorLabel->hide();
    m_ui->progressBar->hide();
    m_ui->keychainLabel->hide();
    m_ui->signInButton->setAccessibleName(tr("Sign in"));
    m_ui->sandboxButton->setAccessibleName(tr("Try the local sandbox"));
    m_ui->sandboxButton->setIcon(Icons::icon(QStringLiteral("database")));

    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->errorLabel->clearMessage();
        updateButtons();
    });
    connect(m_ui->tokenEdit, &QLineEdit::returnPressed, m_ui->signInButton, &QPushButton::click);
    connect(m_ui->signInButton, &QPushButton::clicked, this, [this] {
        if (!token().isEmpty())
            emit signInRequested(token(), remember());
    });
    connect(m_ui->sandboxButton, &QPushButton::clicked, this, &SignInPage::sandboxRequested);
    updateButtons();
}

SignInPage::~SignInPage() = default;

QString SignInPage::token() const
{
    // Tokens pasted from a browser often carry spaces or a newline.
    return m_ui->tokenEdit->text().trimmed();
}

bool SignInPage::remember() const
{
    return m_ui->rememberCheck->isEnabled() && m_ui->rememberCheck->isChecked();
}

void SignInPage::setRemember(bool remember)
{
    m_ui->rememberCheck->setChecked(remember);
}

void SignInPage::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->progressBar->setAccessibleDescription(status);
    m_ui->progressBar->setToolTip(status);
    m_ui->tokenEdit->setEnabled(!busy);
    if (busy)
        m_ui->errorLabel->clearMessage();
    updateButtons();
}

void SignInPage::setInfo(const QString &message)
{
    setBusy(false);
    m_ui->errorLabel->showInfo(message);
}

void SignInPage::setError(const QString &message)
{
    setBusy(false);
    m_ui->errorLabel->showError(message);
}

void SignInPage::setKeychainAvailable(bool available, const QString &detail)
{
    m_ui->rememberCheck->setEnabled(available);
    if (!available)
        m_ui->rememberCheck->setChecked(false);
    m_ui->keychainLabel->setTextFormat(Qt::PlainText); // the detail is the keychain's own words
    m_ui->keychainLabel->setText(
            available ? QString()
                      : tr("No system keychain is available (%1): the token will be kept in memory until you quit.")
                                .arg(detail.isEmpty() ? tr("unknown reason") : detail));
    m_ui->keychainLabel->setVisible(!available);
}

void SignInPage::clearToken()
{
    m_ui->tokenEdit->clear();
}

void SignInPage::updateButtons()
{
    m_ui->signInButton->setEnabled(!m_busy && !token().isEmpty());
    m_ui->sandboxButton->setEnabled(!m_busy);
}

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateButtons();
    }
    QWidget::changeEvent(event);
}
