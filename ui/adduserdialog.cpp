#include "adduserdialog.h"
#include "ui_adduserdialog.h"

#include "busyfocus.h"
#include "dialogfit.h"
#include "domain/passwordpolicy.h"
#include "icons.h"
#include "messagebanner.h"
#include "plaintext.h"

#include <QPushButton>

namespace {
void setHint(QLabel *label, const QStringList &problems, const QString &okText)
{
    label->setTextFormat(Qt::PlainText); // may quote the typed name or the server's words
    label->setText(PlainText::visible(problems.isEmpty() ? okText : problems.join(QLatin1Char(' '))));
    MessageBanner::styleHint(label, problems.isEmpty() ? MessageBanner::Kind::Info : MessageBanner::Kind::Error);
}

void setNeutralHint(QLabel *label, const QString &text)
{
    label->setText(text);
    MessageBanner::styleHint(label, MessageBanner::Kind::Info);
}
} // namespace

AddUserDialog::AddUserDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddUserDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setText(mode == Mode::AddUser ? tr("Add this user") : tr("Set password"));
    if (mode == Mode::SetPassword) {
        setWindowTitle(tr("Set password"));
        m_ui->usernameEdit->setReadOnly(true);
        m_ui->readOnlyCheck->hide();
        m_ui->passwordEdit->setPlaceholderText(tr("24 to 64 characters"));
    } else {
        m_ui->passwordEdit->setPlaceholderText(tr("Leave empty to let Scalingo generate one"));
    }
    m_ui->readOnlyHint->setText(tr("A read-only user can read every table but change nothing; a read-write user can "
                                   "also insert, update, delete and create tables."));
    if (mode == Mode::SetPassword) // said before it happens: the history cannot undo it
        m_ui->readOnlyHint->setText(tr("The current password is replaced and cannot be restored afterwards (this "
                                       "change cannot be undone)."));
    m_ui->showPasswordButton->setIcon(Icons::icon(QStringLiteral("eye")));
    m_ui->showPasswordButton->setToolTip(tr("Show the password"));
    m_ui->errorLabel->hide();
    m_ui->progressBar->hide();

    connect(m_ui->showPasswordButton, &QToolButton::toggled, this, [this](bool shown) {
        const auto echo = shown ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->passwordEdit->setEchoMode(echo);
        m_ui->confirmationEdit->setEchoMode(echo);
        m_ui->showPasswordButton->setIcon(Icons::icon(shown ? QStringLiteral("eye-off") : QStringLiteral("eye")));
        m_ui->showPasswordButton->setToolTip(shown ? tr("Hide the password") : tr("Show the password"));
    });
    connect(m_ui->generateButton, &QPushButton::clicked, this, [this] {
        const QString generated = PasswordPolicy::generatePassword(64);
        m_ui->passwordEdit->setText(generated);
        m_ui->confirmationEdit->setText(generated);
        m_ui->showPasswordButton->setChecked(true);
    });
    for (QLineEdit *edit : {m_ui->usernameEdit, m_ui->passwordEdit, m_ui->confirmationEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_ui->errorLabel->clearMessage();
            updateState();
        });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isValid() && !m_busy)
            emit submitted();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    DialogFit::apply(this, 80);
}

AddUserDialog::~AddUserDialog() = default;

void AddUserDialog::setExistingUsernames(const QStringList &names)
{
    m_taken.clear();
    for (const QString &name : names)
        m_taken.insert(name.toLower());
    updateState();
}

void AddUserDialog::setUsername(const QString &name)
{
    m_ui->usernameEdit->setText(name);
    setWindowTitle(m_mode == Mode::SetPassword ? tr("Set the password of %1").arg(PlainText::visible(name))
                                               : windowTitle());
}

NewDatabaseUser AddUserDialog::user() const
{
    NewDatabaseUser user;
    user.name = m_ui->usernameEdit->text().trimmed();
    user.readOnly = m_ui->readOnlyCheck->isChecked();
    user.password = m_ui->passwordEdit->text();
    return user;
}

QString AddUserDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool AddUserDialog::isValid() const
{
    const QString name = m_ui->usernameEdit->text().trimmed();
    const QString pw = m_ui->passwordEdit->text();
    const QString confirmation = m_ui->confirmationEdit->text();
    if (m_mode == Mode::AddUser) {
        if (!PasswordPolicy::validateUsername(name).isEmpty() || m_taken.contains(name.toLower()))
            return false;
        if (pw.isEmpty() && confirmation.isEmpty())
            return true; // Scalingo generates the password
    }
    return PasswordPolicy::validatePassword(pw).isEmpty() && pw == confirmation;
}

void AddUserDialog::updateState()
{
    const QString name = m_ui->usernameEdit->text().trimmed();
    const QString pw = m_ui->passwordEdit->text();
    const QString confirmation = m_ui->confirmationEdit->text();

    if (m_mode == Mode::AddUser) {
        QStringList problems = name.isEmpty() ? QStringList() : PasswordPolicy::validateUsername(name);
        if (problems.isEmpty() && m_taken.contains(name.toLower()))
            problems << tr("A user named %1 already exists.").arg(name);
        if (name.isEmpty()) {
            setNeutralHint(m_ui->usernameHint, tr("6 to 32 characters: lower-case letters, digits and _, starting "
                                                  "with a letter."));
        } else {
            setHint(m_ui->usernameHint, problems, tr("Available."));
        }
    } else {
        m_ui->usernameHint->hide();
    }

    const bool generated = m_mode == Mode::AddUser && pw.isEmpty() && confirmation.isEmpty();
    if (generated) {
        setNeutralHint(m_ui->passwordHint, tr("Empty: Scalingo will generate a strong password and show it once."));
        m_ui->confirmationHint->clear();
    } else {
        setHint(m_ui->passwordHint, PasswordPolicy::validatePassword(pw),
                tr("%n character(s), no quotes: good.", nullptr, int(pw.size())));
        if (confirmation.isEmpty()) {
            setNeutralHint(m_ui->confirmationHint, tr("Type the password again."));
        } else {
            setHint(m_ui->confirmationHint,
                    confirmation == pw ? QStringList() : QStringList{tr("The two passwords differ.")},
                    tr("The passwords match."));
        }
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && isValid());
}

void AddUserDialog::setBusy(bool busy)
{
    BusyFocus::setBusy(this, busy, m_ui->buttonBox->button(QDialogButtonBox::Ok), [this, busy] {
        m_busy = busy;
        m_ui->progressBar->setVisible(busy);
        for (QWidget *w : std::initializer_list<QWidget *>{m_ui->passwordEdit, m_ui->confirmationEdit,
                                                           m_ui->generateButton, m_ui->readOnlyCheck})
            w->setEnabled(!busy);
        m_ui->usernameEdit->setReadOnly(busy || m_mode == Mode::SetPassword);
        updateState();
    });
}

void AddUserDialog::setError(const ApiError &error)
{
    setBusy(false);
    QStringList general;
    const auto fields = error.fieldErrors();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString text = it.value().join(QLatin1Char(' '));
        if (it.key() == QLatin1String("name") && m_mode == Mode::AddUser) {
            setHint(m_ui->usernameHint, {text}, QString());
            m_ui->usernameEdit->setFocus();
        } else if (it.key() == QLatin1String("password")) {
            setHint(m_ui->passwordHint, {text}, QString());
            m_ui->passwordEdit->setFocus();
        } else if (it.key() == QLatin1String("password_confirmation")) {
            setHint(m_ui->confirmationHint, {text}, QString());
        } else {
            general << text;
        }
    }
    if (fields.isEmpty())
        general << error.message();
    m_ui->errorLabel->showError(general.join(QLatin1Char('\n')));
}
