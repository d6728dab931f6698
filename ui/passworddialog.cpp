#include "passworddialog.h"
#include "ui_passworddialog.h"

#include "appquit.h"
#include "clipboardguard.h"
#include "confirmdialog.h"
#include "dialogfit.h"
#include "domain/connectionuri.h"
#include "icons.h"
#include "plaintext.h"

#include <QLayout>
#include <QStyle>
#include <QStyleOptionFrame>

PasswordDialog::PasswordDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    m_ui->copyPasswordButton->setIcon(Icons::icon(QStringLiteral("copy")));
    m_ui->copyUriButton->setIcon(Icons::icon(QStringLiteral("copy")));
    m_ui->resetAgainButton->setIcon(Icons::icon(QStringLiteral("key")));
    m_ui->resetAgainButton->hide();
    m_ui->clipboardLabel->hide();
    QFont bold = m_ui->headlineLabel->font();
    bold.setBold(true);
    m_ui->headlineLabel->setFont(bold);
    QFont mono = QFont(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_ui->passwordEdit->setFont(mono);

    const auto copy = [this](const QString &text) {
        ClipboardGuard::instance()->copySecret(text);
        m_ui->clipboardLabel->setText(tr("Copied. The clipboard will be cleared in %n second(s) if it still holds "
                                         "this secret.",
                                         nullptr, ClipboardGuard::instance()->clearDelay() / 1000));
        m_ui->clipboardLabel->show();
    };
    connect(m_ui->copyPasswordButton, &QPushButton::clicked, this, [this, copy] { copy(m_ui->passwordEdit->text()); });
    connect(m_ui->copyUriButton, &QPushButton::clicked, this, [this, copy] { copy(m_ui->uriEdit->text()); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->resetAgainButton, &QPushButton::clicked, this, [this] {
        emit resetAgainRequested(m_username);
        QDialog::done(QDialog::Rejected);
    });
    DialogFit::apply(this, 80);
}

PasswordDialog::~PasswordDialog()
{
    // Don't leave the secret in widget buffers longer than needed.
    m_ui->passwordEdit->clear();
    m_ui->uriEdit->clear();
}

void PasswordDialog::showPassword(const QString &username, const QString &password, const QString &baseUri)
{
    m_username = username;
    m_lost = false;
    setWindowTitle(tr("New password for %1").arg(PlainText::visible(username)));
    PlainText::setLabel(m_ui->headlineLabel, tr("The password of %1 is:").arg(username));
    m_ui->passwordEdit->setText(password);
    // The whole password in view, from its first character: a 64-character one showed only its end, which reads like
    // a whole (wrong) password to someone copying it by hand. The dialog grows with the field's minimum width.
    QLineEdit *edit = m_ui->passwordEdit;
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    const QSize text(edit->fontMetrics().horizontalAdvance(password) + 2 * 2 + 2, // QLineEdit's margins, the cursor
                     edit->fontMetrics().height());
    edit->setMinimumWidth(edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option, text, edit).width());
    // DialogFit gave the dialog an explicit minimum width, which the layout does not raise by itself: without this
    // the wider field slid under the Copy button.
    layout()->activate();
    const int needed = layout()->totalMinimumSize().width();
    setMinimumWidth(qMax(minimumWidth(), needed));
    if (width() < needed)
        resize(needed, height());
    m_ui->passwordEdit->setCursorPosition(0);
    const auto uri = ConnectionUri::parse(baseUri);
    const bool haveUri = uri.has_value();
    m_ui->uriEdit->setText(haveUri ? uri->withCredentials(username, password).toString() : QString());
    m_ui->uriLabel->setVisible(haveUri);
    m_ui->uriEdit->setVisible(haveUri);
    m_ui->copyUriButton->setVisible(haveUri);
    m_ui->uriEdit->setCursorPosition(0);
}

void PasswordDialog::showLost(const QString &username, bool created)
{
    m_username = username;
    m_lost = true;
    setWindowTitle(tr("Password of %1").arg(PlainText::visible(username)));
    if (created) {
        PlainText::setLabel(m_ui->headlineLabel, tr("The user %1 was created, but the password Scalingo generated "
                                                    "for it could not be shown (the answer was lost on the way).")
                                                         .arg(username));
        m_ui->onceLabel->setText(tr("Reset its password to get one you can use."));
        m_ui->resetAgainButton->setText(tr("&Reset password"));
    } else {
        PlainText::setLabel(m_ui->headlineLabel, tr("The password of %1 was probably changed, but the new one could "
                                                    "not be shown (the answer was lost on the way).")
                                                         .arg(username));
        m_ui->onceLabel->setText(tr("Reset it again to get a password you can use. Applications using the old "
                                    "password may already be refused."));
    }
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_ui->passwordLabel, m_ui->passwordEdit, m_ui->copyPasswordButton,
                                          m_ui->uriLabel, m_ui->uriEdit, m_ui->copyUriButton})
        w->hide();
    m_ui->resetAgainButton->show();
    m_ui->closeButton->setText(tr("Close"));
}

QString PasswordDialog::connectionUri() const
{
    return m_ui->uriEdit->text();
}

void PasswordDialog::done(int result)
{
    // When the session ends (SIGTERM, logout) the question must not keep the application alive.
    if (!m_lost && !AppQuit::isQuitting()) {
        ConfirmRequest request;
        request.title = tr("Password stored?");
        request.headline = tr("Have you stored the password of %1?").arg(m_username);
        request.message = tr("It will not be shown again. If you lose it, you will have to reset it.");
        request.confirmText = tr("Yes, close");
        request.destructive = false;
        if (!ConfirmDialog::ask(this, request))
            return;
    }
    QDialog::done(result);
}
