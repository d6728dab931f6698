#include "accesscheckdialog.h"
#include "ui_accesscheckdialog.h"

#include "domain/connectionuri.h"
#include "icons.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "plaintext.h"

#include <QEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

AccessCheckDialog::AccessCheckDialog(DatabaseSession *session, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccessCheckDialog>())
    , m_session(session)
    , m_check(mode == Mode::FullCheck ? session->accessCheck() : new AccessCheck(nullptr, this))
    , m_mode(mode)
{
    m_ui->setupUi(this);
    if (mode == Mode::LoginTest)
        m_check->setSession(session);
    m_rows = {{m_ui->step0Icon, m_ui->step0Title, m_ui->step0Message, m_ui->step0Fix},
              {m_ui->step1Icon, m_ui->step1Title, m_ui->step1Message, m_ui->step1Fix},
              {m_ui->step2Icon, m_ui->step2Title, m_ui->step2Message, m_ui->step2Fix},
              {m_ui->step3Icon, m_ui->step3Title, m_ui->step3Message, m_ui->step3Fix},
              {m_ui->step4Icon, m_ui->step4Title, m_ui->step4Message, m_ui->step4Fix}};
    for (int step = 0; step < AccessCheck::StepCount; ++step) {
        const Row &row = m_rows.at(step);
        row.message->setTextFormat(Qt::PlainText); // may quote the server's words
        row.message->setMinimumWidth(360);
        QFont bold = row.title->font();
        bold.setBold(true);
        row.title->setFont(bold);
        connect(row.fix, &QPushButton::clicked, this, [this, step] {
            const AccessCheck::Fix fix = m_check->fix(AccessCheck::Step(step));
            if (fix == AccessCheck::Fix::Retry) {
                startCheck();
            } else if (fix == AccessCheck::Fix::ChooseUser) {
                m_ui->userCombo->setFocus();
                m_ui->userCombo->lineEdit()->selectAll();
            } else {
                emit fixRequested(fix, m_check->checkedUser());
                accept();
            }
        });
        // A login test shows the login step only.
        const bool shown = mode == Mode::FullCheck || step == AccessCheck::LoginStep;
        for (QWidget *w : {static_cast<QWidget *>(row.icon), static_cast<QWidget *>(row.title),
                           static_cast<QWidget *>(row.message), static_cast<QWidget *>(row.fix)})
            w->setVisible(shown);
    }
    if (const auto uri = ConnectionUri::parse(session->connectionUri()))
        m_defaultUser = uri->user();
    QStringList names;
    for (const DatabaseUser &user : session->users()->users())
        names.append(user.name);
    if (!m_defaultUser.isEmpty() && !names.contains(m_defaultUser))
        names.prepend(m_defaultUser);
    for (const QString &name : std::as_const(names))
        m_ui->userCombo->addItem(PlainText::visible(name), name);
    m_ui->userCombo->setCurrentIndex(qMax(0, names.indexOf(m_defaultUser)));

    connect(m_ui->userCombo, &QComboBox::currentTextChanged, this, &AccessCheckDialog::updateLoginFields);
    connect(m_ui->startButton, &QPushButton::clicked, this, &AccessCheckDialog::startCheck);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &AccessCheckDialog::startCheck);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_check, &AccessCheck::cancel);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &AccessCheck::stepChanged, this, &AccessCheckDialog::updateStep);
    connect(m_check, &AccessCheck::started, this, &AccessCheckDialog::updateAll);
    connect(m_check, &AccessCheck::finished, this, &AccessCheckDialog::updateAll);
    if (mode == Mode::LoginTest) {
        setWindowTitle(tr("Test login"));
        m_ui->introLabel->setText(tr("Logs in to the database once with this user and password, to see whether they "
                                     "work. The password is used for this test only and never saved."));
        m_ui->startButton->setText(tr("&Test login"));
    }
    updateLoginFields();
    updateAll();
}

AccessCheckDialog::~AccessCheckDialog() = default;

AccessCheckDialog *AccessCheckDialog::openFor(QWidget *parent, DatabaseSession *session, Mode mode, const QString &user)
{
    auto *dialog = new AccessCheckDialog(session, mode, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!user.isEmpty())
        dialog->setUser(user);
    dialog->open();
    if (mode == Mode::FullCheck && !dialog->m_check->isRunning())
        dialog->startCheck();
    else if (mode == Mode::LoginTest)
        dialog->m_ui->passwordEdit->setFocus();
    return dialog;
}

void AccessCheckDialog::setUser(const QString &user)
{
    const int row = m_ui->userCombo->findData(user);
    if (row >= 0)
        m_ui->userCombo->setCurrentIndex(row);
    else
        m_ui->userCombo->setEditText(user);
    updateLoginFields();
}

bool AccessCheckDialog::isDefaultUser() const
{
    return !m_defaultUser.isEmpty() && m_ui->userCombo->currentText() == PlainText::visible(m_defaultUser);
}

void AccessCheckDialog::updateLoginFields()
{
    const bool known = isDefaultUser() && m_mode == Mode::FullCheck;
    m_ui->passwordEdit->setEnabled(!known);
    m_ui->passwordEdit->setPlaceholderText(known ? tr("Known: the default user's password")
                                                 : tr("Used for this check only, never saved"));
    if (known)
        m_ui->passwordEdit->clear();
}

void AccessCheckDialog::startCheck()
{
    if (!m_session || m_check->isRunning())
        return;
    const int row = m_ui->userCombo->findText(m_ui->userCombo->currentText());
    const QString user
            = row >= 0 ? m_ui->userCombo->itemData(row).toString() : m_ui->userCombo->currentText().trimmed();
    const QString password = m_ui->passwordEdit->text();
    m_ui->passwordEdit->clear(); // typed for this run only
    m_ui->messageLabel->clearMessage();
    if (m_mode == Mode::LoginTest) {
        m_check->startLoginOnly(user, password);
    } else if (isDefaultUser()) {
        m_check->start();
    } else if (password.isEmpty()) {
        m_ui->messageLabel->showError(
                tr("Type the password of %1, or pick the default user.").arg(PlainText::visible(user)));
        m_ui->passwordEdit->setFocus();
    } else {
        m_check->start(user, password);
    }
}

QString AccessCheckDialog::fixText(AccessCheck::Fix fix)
{
    switch (fix) {
    case AccessCheck::Fix::None:
        return {};
    case AccessCheck::Fix::AllowMyIp:
        return tr("Allow my current IP");
    case AccessCheck::Fix::EnableInternetAccessibility:
        return tr("Internet accessibility…");
    case AccessCheck::Fix::ResetPassword:
        return tr("Reset password…");
    case AccessCheck::Fix::ChooseUser:
        return tr("Choose another user");
    case AccessCheck::Fix::Retry:
        return tr("Check again");
    }
    return {};
}

void AccessCheckDialog::updateStep(AccessCheck::Step step)
{
    const Row &row = m_rows.at(step);
    const AccessCheck::State state = m_check->state(step);
    QString icon;
    QString stateName;
    switch (state) {
    case AccessCheck::State::Pending:
        stateName = tr("waiting");
        break;
    case AccessCheck::State::Running:
        icon = QStringLiteral("refresh");
        stateName = tr("running");
        break;
    case AccessCheck::State::Ok:
        icon = QStringLiteral("check");
        stateName = tr("passed");
        break;
    case AccessCheck::State::Failed:
        icon = QStringLiteral("warning");
        stateName = tr("failed");
        break;
    case AccessCheck::State::Skipped:
        icon = QStringLiteral("info");
        stateName = tr("skipped");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    row.icon->setPixmap(icon.isEmpty() ? QPixmap() : Icons::icon(icon).pixmap(size, size));
    row.icon->setAccessibleName(stateName);
    row.icon->setToolTip(stateName);
    row.title->setText(AccessCheck::title(step));
    row.message->setText(m_check->message(step));
    const QString fix = state == AccessCheck::State::Failed ? fixText(m_check->fix(step)) : QString();
    row.fix->setText(fix);
    row.fix->setVisible(!fix.isEmpty() && (m_mode == Mode::FullCheck || step == AccessCheck::LoginStep));
}

void AccessCheckDialog::updateAll()
{
    for (int step = 0; step < AccessCheck::StepCount; ++step)
        updateStep(AccessCheck::Step(step));
    const bool running = m_check->isRunning();
    m_ui->startButton->setEnabled(!running);
    m_ui->cancelButton->setEnabled(running);
    m_ui->userCombo->setEnabled(!running);
    if (!running && m_check->hasRun() && m_mode == Mode::FullCheck)
        m_ui->startButton->setText(tr("&Check again"));
    if (!running && m_check->hasRun()) {
        const bool ok = m_check->state(AccessCheck::LoginStep) == AccessCheck::State::Ok;
        if (ok)
            m_ui->messageLabel->showInfo(m_mode == Mode::LoginTest ? tr("The login works.")
                                                                   : tr("This computer can connect to the database."));
        else if (m_check->state(AccessCheck::LoginStep) == AccessCheck::State::Skipped
                 && m_check->message(AccessCheck::LoginStep) == tr("Cancelled."))
            m_ui->messageLabel->showInfo(tr("Check stopped."));
        else
            m_ui->messageLabel->showError(tr("This computer cannot connect yet: see the failed step."));
    }
    updateLoginFields();
    // Results wrap onto more lines than the placeholders: grow to fit them (height for the current width).
    QTimer::singleShot(0, this, [this] {
        layout()->activate();
        resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
    });
}

void AccessCheckDialog::done(int result)
{
    if (m_mode == Mode::FullCheck)
        m_check->cancel(); // a dialog closed mid-check stops it (the session's check keeps the finished results)
    m_ui->passwordEdit->clear();
    QDialog::done(result);
}

void AccessCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateAll();
    }
    QDialog::changeEvent(event);
}
