#include "onboardwizard.h"
#include "ui_onboardwizard.h"

#include "clipboardguard.h"
#include "icons.h"
#include "models/batchplanmodel.h"
#include "domain/cidr.h"
#include "plaintext.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>

namespace {
constexpr int DatabaseRole = Qt::UserRole + 1;
} // namespace

OnboardWizard::OnboardWizard(QWidget *parent) : QWizard(parent), m_ui(std::make_unique<Ui::OnboardWizard>())
{
    m_ui->setupUi(this);
    setButtonText(QWizard::CommitButton, tr("&Apply"));
    m_ui->previewPage->setCommitPage(true);
    for (QTableView *view : {m_ui->previewView, m_ui->applyView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        PlainText::install(view); // names come from the server
    }
    m_ui->databasesTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->passwordsTable->verticalHeader()->hide();
    m_ui->passwordsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->passwordsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch); // the password, whole
    m_ui->passwordsTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->thisComputerButton->setIcon(Icons::icon(QStringLiteral("my-ip")));
    m_ui->thisComputerButton->setEnabled(false);
    m_ui->durationPicker->setDuration(RuleExpiry::Duration::Permanent);

    connect(m_ui->whoEdit, &QLineEdit::textChanged, this, [this](const QString &who) {
        if (!m_userNameEdited)
            m_ui->userNameEdit->setText(who.trimmed().isEmpty() ? QString() : OnboardPlanner::defaultUserName(who));
        m_ui->personBanner->clearMessage();
    });
    connect(m_ui->userNameEdit, &QLineEdit::textEdited, this, [this] { m_userNameEdited = true; });
    connect(m_ui->networkEdit, &QLineEdit::textChanged, m_ui->personBanner, &MessageBanner::clearMessage);
    connect(m_ui->thisComputerButton, &QPushButton::clicked, this,
            [this] { m_ui->networkEdit->setText(m_thisComputer); });
    connect(m_ui->createUserCheck, &QCheckBox::toggled, this, &OnboardWizard::updateUserFields);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &OnboardWizard::applyFilter);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &OnboardWizard::applyFilter);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &OnboardWizard::applyFilter);
    connect(m_ui->databasesTree, &QTreeWidget::itemChanged, this, &OnboardWizard::updateSelection);
    connect(m_ui->selectShownButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->databasesTree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_ui->databasesTree->topLevelItem(i);
            if (!item->isHidden())
                item->setCheckState(0, Qt::Checked);
        }
    });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->databasesTree->topLevelItemCount(); ++i)
            m_ui->databasesTree->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    });
    connect(m_ui->stopButton, &QPushButton::clicked, this, &OnboardWizard::stopRequested);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &OnboardWizard::retryRequested);
    retranslate();
    updateUserFields();
    updateSelection();
    resize(820, 560);
}

OnboardWizard::~OnboardWizard() = default;

void OnboardWizard::retranslate()
{
    const int region = m_ui->regionCombo->currentIndex();
    const QStringList regions = [this] {
        QStringList out;
        for (int i = 1; i < m_ui->regionCombo->count(); ++i)
            out << m_ui->regionCombo->itemText(i);
        return out;
    }();
    m_ui->regionCombo->clear();
    m_ui->regionCombo->addItem(tr("All regions"));
    m_ui->regionCombo->addItems(regions);
    m_ui->regionCombo->setCurrentIndex(qMax(0, region));
    const int kind = m_ui->kindCombo->currentIndex();
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(tr("All kinds"));
    m_ui->kindCombo->addItem(tr("Dedicated Resources"), int(Database::Kind::Dedicated));
    m_ui->kindCombo->addItem(tr("Classic addons"), int(Database::Kind::Addon));
    m_ui->kindCombo->setCurrentIndex(qMax(0, kind));
    m_ui->passwordsNoteLabel->setText(
            tr("Closing this window forgets the passwords. A lost password can be reset from the Users tab."));
    setButtonText(QWizard::CommitButton, tr("&Apply"));
}

void OnboardWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateSelection();
    }
    QWizard::changeEvent(event);
}

void OnboardWizard::setDatabases(const QList<Database> &databases)
{
    QSet<QString> checked;
    for (const Database &db : selectedDatabases())
        checked.insert(db.region + QLatin1Char('/') + db.id);
    QSignalBlocker block(m_ui->databasesTree);
    m_ui->databasesTree->clear();
    QStringList regions;
    for (const Database &db : databases) {
        auto *item = new QTreeWidgetItem(m_ui->databasesTree);
        item->setText(0, db.isAddon() ? db.appName : db.name);
        item->setText(1, db.region);
        item->setText(2, db.isAddon() ? tr("Classic addon") : tr("Dedicated Resources"));
        item->setData(0, DatabaseRole, QVariant::fromValue(db));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, checked.contains(db.region + QLatin1Char('/') + db.id) ? Qt::Checked : Qt::Unchecked);
        if (!regions.contains(db.region))
            regions << db.region;
    }
    m_ui->databasesTree->sortItems(0, Qt::AscendingOrder);
    regions.sort();
    const QString region = m_ui->regionCombo->currentIndex() > 0 ? m_ui->regionCombo->currentText() : QString();
    QSignalBlocker blockRegion(m_ui->regionCombo);
    while (m_ui->regionCombo->count() > 1)
        m_ui->regionCombo->removeItem(1);
    m_ui->regionCombo->addItems(regions);
    m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findText(region)));
    applyFilter();
    updateSelection();
}

void OnboardWizard::setThisComputerAddress(const QString &address)
{
    m_thisComputer = address;
    m_ui->thisComputerButton->setEnabled(!address.isEmpty());
    m_ui->thisComputerButton->setToolTip(address.isEmpty() ? tr("This computer's public address is not known yet")
                                                           : tr("Use this computer's public address, %1").arg(address));
}

void OnboardWizard::setPlanModel(BatchPlanModel *model)
{
    m_model = model;
    m_ui->previewView->setModel(model);
    m_ui->applyView->setModel(model);
    for (QTableView *view : {m_ui->previewView, m_ui->applyView}) {
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    if (!model)
        return;
    const BatchPlan &plan = model->plan();
    const int apply = plan.toApply();
    const int skipped = plan.count(BatchItem::Status::Skipped);
    const int impossible = plan.count(BatchItem::Status::Impossible);
    m_ui->previewSummaryLabel->setText(
            tr("%n change(s) to apply", nullptr, apply) + QStringLiteral(" · ")
            + tr("%n already there (skipped)", nullptr, skipped) + QStringLiteral(" · ")
            + tr("%n impossible", nullptr, impossible));
}

void OnboardWizard::setProgress(int done, int total, bool running, int failed)
{
    m_running = running;
    m_ui->applyProgress->setMaximum(qMax(total, 1));
    m_ui->applyProgress->setValue(total == 0 ? 1 : done);
    m_ui->stopButton->setEnabled(running);
    m_ui->retryButton->setEnabled(!running && failed > 0);
    if (running) {
        m_ui->applySummaryLabel->setText(tr("Applying… %1 of %2").arg(done).arg(total));
    } else if (failed > 0) {
        m_ui->applySummaryLabel->setText(
                tr("%n change(s) failed or were not sent. Retry sends only those; nothing is created twice.", nullptr,
                   failed));
    } else {
        m_ui->applySummaryLabel->setText(tr("Done."));
    }
    if (QAbstractButton *next = button(QWizard::CommitButton))
        next->setEnabled(!running);
    if (QAbstractButton *next = button(QWizard::NextButton))
        next->setEnabled(!running);
}

void OnboardWizard::setPasswords(const QList<Password> &passwords)
{
    QTableWidget *table = m_ui->passwordsTable;
    table->setRowCount(0);
    table->setRowCount(int(passwords.size()));
    for (int row = 0; row < passwords.size(); ++row) {
        const Password &p = passwords.at(row);
        table->setItem(row, 0, new QTableWidgetItem(p.database));
        table->setItem(row, 1, new QTableWidgetItem(p.user));
        if (p.password.isEmpty()) { // created, but the answer carrying the password was lost
            table->setItem(row, 2, new QTableWidgetItem(tr("Never received: reset it from the Users tab")));
            continue;
        }
        auto *secret = new QTableWidgetItem(p.password);
        secret->setFont(QFont(QStringLiteral("monospace")));
        table->setItem(row, 2, secret);
        auto *copy = new QPushButton(Icons::icon(QStringLiteral("copy")), tr("Copy"), table);
        copy->setObjectName(QStringLiteral("copyPassword%1").arg(row));
        copy->setAccessibleName(tr("Copy the password of %1 on %2").arg(p.user, p.database));
        const QString password = p.password;
        connect(copy, &QPushButton::clicked, this, [password] { ClipboardGuard::instance()->copySecret(password); });
        table->setCellWidget(row, 3, copy);
    }
    if (passwords.isEmpty())
        m_ui->passwordsNoteLabel->setText(tr("No password was generated."));
}

OnboardRequest OnboardWizard::request() const
{
    OnboardRequest r;
    r.who = m_ui->whoEdit->text().simplified();
    const QString network = m_ui->networkEdit->text().trimmed();
    const std::optional<Cidr> cidr = Cidr::parse(network);
    r.cidr = cidr ? cidr->toString() : network;
    r.createUser = m_ui->createUserCheck->isChecked();
    r.userName = m_ui->userNameEdit->text().trimmed();
    r.readOnly = m_ui->readOnlyRadio->isChecked();
    r.expiresAt = m_ui->durationPicker->expiryUtc();
    return r;
}

QList<Database> OnboardWizard::selectedDatabases() const
{
    QList<Database> out;
    for (int i = 0; i < m_ui->databasesTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->databasesTree->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            out << item->data(0, DatabaseRole).value<Database>();
    }
    return out;
}

void OnboardWizard::applyFilter()
{
    const QString text = m_ui->filterEdit->text().trimmed();
    const QString region = m_ui->regionCombo->currentIndex() > 0 ? m_ui->regionCombo->currentText() : QString();
    const QVariant kind = m_ui->kindCombo->currentData();
    for (int i = 0; i < m_ui->databasesTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->databasesTree->topLevelItem(i);
        const Database db = item->data(0, DatabaseRole).value<Database>();
        const bool shown = (text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive))
                && (region.isEmpty() || db.region == region) && (!kind.isValid() || int(db.kind) == kind.toInt());
        item->setHidden(!shown); // a hidden database stays ticked: the filter only narrows the view
    }
}

void OnboardWizard::updateSelection()
{
    const int count = int(selectedDatabases().size());
    m_ui->selectionLabel->setText(tr("%n database(s) ticked", nullptr, count));
}

void OnboardWizard::updateUserFields()
{
    const bool on = m_ui->createUserCheck->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->userNameLabel, m_ui->userNameEdit, m_ui->accessLabel,
                                                       m_ui->readOnlyRadio, m_ui->readWriteRadio})
        w->setEnabled(on);
}

bool OnboardWizard::validateCurrentPage()
{
    switch (currentId()) {
    case PersonPage: {
        const QString problem = OnboardPlanner::validate(request());
        if (!problem.isEmpty()) {
            m_ui->personBanner->showError(problem);
            return false;
        }
        return true;
    }
    case DatabasesPage:
        if (selectedDatabases().isEmpty()) {
            m_ui->selectionLabel->setText(tr("Tick at least one database."));
            return false;
        }
        return true;
    case PreviewPage:
        if (!m_model || m_model->plan().toApply() == 0) {
            m_ui->previewSummaryLabel->setText(tr("Nothing to apply: every change is already there or impossible."));
            return false;
        }
        emit applyRequested();
        return true;
    case ApplyPage:
        return !m_running;
    default:
        return true;
    }
}

void OnboardWizard::initializePage(int id)
{
    if (id == PreviewPage)
        emit planRequested();
    QWizard::initializePage(id);
}

void OnboardWizard::reject()
{
    if (m_running) {
        emit stopRequested(); // the writes in flight still end; the window closes when they have
        return;
    }
    QWizard::reject();
}
