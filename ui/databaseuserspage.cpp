#include "databaseuserspage.h"
#include "ui_databaseuserspage.h"

#include <QEvent>

#include "icons.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/modelroles.h"
#include "messagebanner.h"
#include "usersproxymodel.h"
#include "plaintext.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTimer>

DatabaseUsersPage::DatabaseUsersPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DatabaseUsersPage>())
    , m_proxy(new UsersProxyModel(this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->addButton->setIcon(Icons::icon(QStringLiteral("add")));
    m_ui->resetButton->setIcon(Icons::icon(QStringLiteral("key")));
    m_ui->copyUriButton->setIcon(Icons::icon(QStringLiteral("copy")));
    m_ui->deleteButton->setIcon(Icons::icon(QStringLiteral("delete")));
    m_ui->searchEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_ui->messageLabel->hide();
    m_ui->md5Label->hide();

    m_ui->usersView->setModel(m_proxy);
    PlainText::install(m_ui->usersView); // names and labels come from the server
    m_ui->usersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Measuring 1,000 rows per column (Qt's default) stalls the UI with large user lists; 100 is plenty.
    m_ui->usersView->horizontalHeader()->setResizeContentsPrecision(100);
    m_ui->usersView->horizontalHeader()->setStretchLastSection(true);

    // Filter once typing pauses, not on every keystroke: each filter pass visits every user.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_ui->searchEdit->text()); });
    connect(m_ui->addButton, &QPushButton::clicked, this, &DatabaseUsersPage::addUser);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &DatabaseUsersPage::resetPassword);
    connect(m_ui->setPasswordButton, &QPushButton::clicked, this, &DatabaseUsersPage::setPassword);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &DatabaseUsersPage::deleteUser);
    connect(m_ui->copyUriButton, &QPushButton::clicked, this, &DatabaseUsersPage::copyConnectionUri);
    m_ui->testLoginButton->setIcon(Icons::icon(QStringLiteral("shield")));
    m_ui->testLoginButton->setToolTip(tr("Check that this user can log in with a password (typed for this test "
                                         "only, never saved)"));
    connect(m_ui->testLoginButton, &QPushButton::clicked, this, &DatabaseUsersPage::testLogin);
    connect(m_ui->messageLabel, &MessageBanner::linkTriggered, this, [this](const QString &link) {
        if (link == QLatin1String("retry") && m_session)
            m_session->users()->reload();
    });
    connect(m_ui->md5Label, &QLabel::linkActivated, this, [this](const QString &link) {
        m_proxy->setMd5Only(link == QLatin1String("md5"));
        updateMd5Notice();
    });

    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &DatabaseUsersPage::addUser);
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    connect(deleteAction, &QAction::triggered, this, &DatabaseUsersPage::deleteUser);
    addActions({newAction, deleteAction});

    connect(m_ui->usersView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_ui->usersView->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_ui->resetButton->icon(), m_ui->resetButton->text(), this, &DatabaseUsersPage::resetPassword)
                ->setEnabled(m_ui->resetButton->isEnabled());
        menu.addAction(m_ui->setPasswordButton->text(), this, &DatabaseUsersPage::setPassword)
                ->setEnabled(m_ui->setPasswordButton->isEnabled());
        menu.addAction(m_ui->testLoginButton->icon(), m_ui->testLoginButton->text(), this, &DatabaseUsersPage::testLogin)
                ->setEnabled(m_ui->testLoginButton->isEnabled());
        menu.addAction(m_ui->copyUriButton->icon(), m_ui->copyUriButton->text(), this,
                       &DatabaseUsersPage::copyConnectionUri);
        menu.addSeparator();
        menu.addAction(m_ui->deleteButton->icon(), m_ui->deleteButton->text(), this, &DatabaseUsersPage::deleteUser)
                ->setEnabled(m_ui->deleteButton->isEnabled());
        menu.exec(m_ui->usersView->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

DatabaseUsersPage::~DatabaseUsersPage() = default;

void DatabaseUsersPage::setSession(DatabaseSession *session)
{
    m_session = session;
    DatabaseUsersModel *model = session->users();
    m_proxy->setUsersModel(model);
    m_ui->usersView->sortByColumn(DatabaseUsersModel::UsernameColumn, Qt::AscendingOrder);
    // The buttons follow at once (O(1): rowOf() uses the model's index, changes come as ranges); the MD5 count visits
    // every user, so it is recounted once per event-loop pass however many ranges a refresh changed.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DatabaseUsersPage::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &DatabaseUsersPage::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &DatabaseUsersPage::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DatabaseUsersPage::scheduleMd5Notice);
    connect(model, &QAbstractItemModel::modelReset, this, &DatabaseUsersPage::scheduleMd5Notice);
    connect(model, &QAbstractItemModel::dataChanged, this, &DatabaseUsersPage::scheduleMd5Notice);
    connect(model, &ResourceModel::stateChanged, this, &DatabaseUsersPage::updateActions);
    connect(model, &ResourceModel::errorOccurred, this, [this](const ApiError &error) {
        // Some addon plans do not offer user management: the platform answers 4xx. Say so, not "try again".
        const bool refused = error.kind() == ApiError::Kind::Forbidden || error.kind() == ApiError::Kind::NotFound
                || error.kind() == ApiError::Kind::Validation || error.kind() == ApiError::Kind::Conflict;
        if (refused && m_session->database().isAddon()) {
            m_ui->messageLabel->showInfo(
                    tr("Scalingo does not offer user management for this addon (plan %1). The server said: %2")
                            .arg(m_session->database().plan, error.message()));
            return;
        }
        m_ui->messageLabel->showError(tr("The users could not be loaded: %1").arg(error.message()),
                                      {{QStringLiteral("retry"), tr("Try again")}});
    });
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatabaseUsersPage::updateActions);
    updateActions();
}

void DatabaseUsersPage::scheduleMd5Notice()
{
    if (m_md5NoticeQueued)
        return;
    m_md5NoticeQueued = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_md5NoticeQueued = false;
                if (m_session)
                    updateMd5Notice();
            },
            Qt::QueuedConnection);
}

DatabaseUser DatabaseUsersPage::selectedUser() const
{
    const QModelIndexList rows
            = m_ui->usersView->selectionModel() ? m_ui->usersView->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? DatabaseUser() : rows.first().data(ModelRoles::ValueRole).value<DatabaseUser>();
}

void DatabaseUsersPage::updateActions()
{
    DatabaseUsersModel *model = m_session ? m_session->users() : nullptr;
    const bool ready = model && m_session->isOpen() && model->hasData();
    const DatabaseUser user = selectedUser();
    const bool selected = ready && !user.name.isEmpty();
    const bool pending = selected && model->rowOf(user.name) >= 0
            && model->index(model->rowOf(user.name), 0).data(ModelRoles::PendingRole).toBool();
    const bool editable = selected && !user.isProtected && !pending;
    m_ui->addButton->setEnabled(ready);
    m_ui->resetButton->setEnabled(editable);
    m_ui->setPasswordButton->setEnabled(editable);
    m_ui->deleteButton->setEnabled(editable);
    m_ui->copyUriButton->setEnabled(selected && !m_session->connectionUri().isEmpty());
    m_ui->testLoginButton->setEnabled(selected && !m_session->connectionUri().isEmpty());
    const QString lockedReason = PlainText::toolTip(
            tr("%1 was created with the database; it can't be removed or reset.").arg(PlainText::visible(user.name)));
    m_ui->resetButton->setToolTip(selected && user.isProtected ? lockedReason
                                                               : tr("Let Scalingo generate a new password"));
    m_ui->deleteButton->setToolTip(selected && user.isProtected ? lockedReason : tr("Delete the selected user (Del)"));
    m_ui->setPasswordButton->setToolTip(selected && user.isProtected ? lockedReason : tr("Choose a new password"));
    updateEmptyState();
}

void DatabaseUsersPage::updateEmptyState()
{
    DatabaseUsersModel *model = m_session ? m_session->users() : nullptr;
    const bool hasData = model && model->hasData();
    if (!hasData)
        m_ui->emptyLabel->setText(model && model->isLoading() ? tr("Loading the database users…")
                                                              : tr("Select a database to see its users."));
    m_ui->viewStack->setCurrentWidget(hasData ? static_cast<QWidget *>(m_ui->usersView) : m_ui->emptyLabel);
}

void DatabaseUsersPage::updateMd5Notice()
{
    // One line and one link whatever the number of users: a link per user made Qt lay out thousands of them.
    int md5 = 0;
    for (const DatabaseUser &user : m_session->users()->users())
        md5 += UsersProxyModel::usesMd5(user) && !user.isProtected ? 1 : 0;
    if (md5 == 0 && !m_proxy->isMd5Only()) {
        m_ui->md5Label->hide();
        return;
    }
    const QString text = tr("%n user(s) still use MD5 password hashing: reset their passwords to switch to "
                            "SCRAM-SHA-256.",
                            nullptr, md5);
    const QString link = m_proxy->isMd5Only() ? QStringLiteral("<a href=\"all\">%1</a>").arg(tr("Show all users"))
                                              : QStringLiteral("<a href=\"md5\">%1</a>").arg(tr("Show them"));
    m_ui->md5Label->setText(text.toHtmlEscaped() + QLatin1Char(' ') + link);
    m_ui->md5Label->show();
}

void DatabaseUsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateActions();
        if (m_session)
            updateMd5Notice();
    }
    QWidget::changeEvent(event);
}

MessageBanner *DatabaseUsersPage::banner() const
{
    return m_ui->messageLabel;
}
