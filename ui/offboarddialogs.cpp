#include "offboarddialogs.h"
#include "ui_changepreviewdialog.h"
#include "ui_copyrulesdialog.h"
#include "ui_offboarddialog.h"

#include "confirmdialog.h"
#include "dialogfit.h"
#include "icons.h"
#include "plaintext.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace {

QString keyOf(const Database &db)
{
    return db.region + QLatin1Char('/') + db.id;
}

QString nameOf(const Database &db)
{
    return PlainText::visible(db.isAddon() ? db.appName : db.name);
}

} // namespace

// --- OffboardDialog -------------------------------------------------------------------------------------------------

OffboardDialog::OffboardDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::OffboardDialog>())
{
    m_ui->setupUi(this);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("searchButton"));
    ok->setIcon(Icons::icon(QStringLiteral("search")));
    connect(m_ui->whoEdit, &QLineEdit::textChanged, this, &OffboardDialog::update);
    connect(m_ui->rulesCheck, &QCheckBox::toggled, this, &OffboardDialog::update);
    connect(m_ui->usersCheck, &QCheckBox::toggled, this, &OffboardDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!query().isEmpty())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    DialogFit::apply(this, 90);
}

OffboardDialog::~OffboardDialog() = default;

void OffboardDialog::setDatabaseCount(int count)
{
    m_count = count;
    update();
}

void OffboardDialog::setText(const QString &text)
{
    m_ui->whoEdit->setText(text);
}

OffboardQuery OffboardDialog::query() const
{
    return OffboardQuery(m_ui->whoEdit->text(), m_ui->rulesCheck->isChecked(), m_ui->usersCheck->isChecked());
}

void OffboardDialog::update()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Search"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!query().isEmpty() && m_count > 0);
    const OffboardQuery q = query();
    QString scope = tr("Searches %n database(s), a few at a time within the API's limit of 60 requests per minute "
                       "per region.",
                       nullptr, m_count);
    if (q.network())
        scope += QLatin1Char(' ')
                + tr("As an address, it also finds the rules whose network contains it or lies inside it.");
    m_ui->scopeLabel->setText(scope);
}

void OffboardDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        update();
    }
    QDialog::changeEvent(event);
}

// --- CopyRulesDialog ------------------------------------------------------------------------------------------------

CopyRulesDialog::CopyRulesDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::CopyRulesDialog>())
{
    m_ui->setupUi(this);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("previewButton"));
    ok->setIcon(Icons::icon(QStringLiteral("copy")));
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, &CopyRulesDialog::rebuildTargets);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &CopyRulesDialog::rebuildTargets);
    connect(m_ui->targetsList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString key = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked)
            m_checked.insert(key);
        else
            m_checked.remove(key);
        update();
    });
    connect(m_ui->allButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_ui->targetsList->count(); ++i)
            m_ui->targetsList->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_ui->noneButton, &QPushButton::clicked, this, [this] {
        m_checked.clear();
        rebuildTargets();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!targets().isEmpty())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    DialogFit::apply(this, 90, DialogFit::Mode::Initial);
}

CopyRulesDialog::~CopyRulesDialog() = default;

void CopyRulesDialog::setDatabases(const QList<Database> &databases)
{
    m_databases.clear();
    for (const Database &db : databases) {
        if (!db.isAddon())
            m_databases.append(db);
    }
    std::sort(m_databases.begin(), m_databases.end(), [](const Database &a, const Database &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const QSignalBlocker blocker(m_ui->sourceCombo);
    m_ui->sourceCombo->clear();
    for (const Database &db : std::as_const(m_databases))
        m_ui->sourceCombo->addItem(tr("%1 (%2)").arg(nameOf(db), db.region), keyOf(db));
    rebuildTargets();
}

void CopyRulesDialog::setSource(const Database &database)
{
    const int index = m_ui->sourceCombo->findData(keyOf(database));
    if (index >= 0)
        m_ui->sourceCombo->setCurrentIndex(index);
}

void CopyRulesDialog::setTargetChecked(const Database &database, bool checked)
{
    if (checked)
        m_checked.insert(keyOf(database));
    else
        m_checked.remove(keyOf(database));
    rebuildTargets();
}

Database CopyRulesDialog::source() const
{
    const QString key = m_ui->sourceCombo->currentData().toString();
    for (const Database &db : m_databases) {
        if (keyOf(db) == key)
            return db;
    }
    return {};
}

QList<Database> CopyRulesDialog::targets() const
{
    const QString sourceKey = m_ui->sourceCombo->currentData().toString();
    QList<Database> out;
    for (const Database &db : m_databases) {
        if (keyOf(db) != sourceKey && m_checked.contains(keyOf(db)))
            out.append(db);
    }
    return out;
}

void CopyRulesDialog::rebuildTargets()
{
    const QString sourceKey = m_ui->sourceCombo->currentData().toString();
    const QString filter = m_ui->filterEdit->text().trimmed();
    const QSignalBlocker blocker(m_ui->targetsList);
    m_ui->targetsList->clear();
    for (const Database &db : std::as_const(m_databases)) {
        if (keyOf(db) == sourceKey)
            continue;
        if (!filter.isEmpty() && !db.name.contains(filter, Qt::CaseInsensitive)
            && !db.region.contains(filter, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(nameOf(db), db.region), m_ui->targetsList);
        item->setData(Qt::UserRole, keyOf(db));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_checked.contains(keyOf(db)) ? Qt::Checked : Qt::Unchecked);
    }
    update();
}

void CopyRulesDialog::update()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Preview"));
    const int count = int(targets().size());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(count > 0 && m_ui->sourceCombo->currentIndex() >= 0);
    // An empty list says why: "Tick the databases…" over nothing to tick read like a fault (seen with the sandbox's
    // one Dedicated Resources database and its classic addon).
    QString summary = tr("%n database(s) selected.", nullptr, count);
    if (count == 0 && m_databases.size() < 2)
        summary = tr("There is no other database to copy these rules to: classic addons have no firewall rules.");
    else if (count == 0 && m_ui->targetsList->count() == 0)
        summary = tr("No database matches the filter.");
    else if (count == 0)
        summary = tr("Tick the databases that should get these rules.");
    m_ui->summaryLabel->setText(summary);
}

void CopyRulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rebuildTargets();
    }
    QDialog::changeEvent(event);
}

// --- ChangePreviewDialog --------------------------------------------------------------------------------------------

ChangePreviewDialog::ChangePreviewDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePreviewDialog>())
{
    m_ui->setupUi(this);
    m_ui->planView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->planView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    PlainText::install(m_ui->planView); // names, labels and errors come from the server
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ChangePreviewDialog::applyRequested);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ChangePreviewDialog::retryRequested);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ChangePreviewDialog::stopRequested);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ChangePreviewDialog::reject);
    m_ui->retryButton->setIcon(Icons::icon(QStringLiteral("refresh")));
    setStage(Stage::Searching);
    setRetryVisible(false);
    DialogFit::apply(this, 120, DialogFit::Mode::Initial);
    // Room for a database name, its region and a rule with its label on one line.
    resize(qMax(width(), fontMetrics().averageCharWidth() * 150), qMax(height(), fontMetrics().height() * 30));
}

ChangePreviewDialog::~ChangePreviewDialog() = default;

void ChangePreviewDialog::setModel(QAbstractItemModel *model)
{
    m_ui->planView->setModel(model);
    QHeaderView *header = m_ui->planView->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents); // database
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents); // region
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents); // the change, with its label; the result stretches
}

void ChangePreviewDialog::setIntro(const QString &text)
{
    m_ui->introLabel->setText(text);
}

void ChangePreviewDialog::setApplyText(const QString &text, bool destructive)
{
    m_ui->applyButton->setText(text);
    if (destructive)
        ConfirmDialog::styleDestructive(m_ui->applyButton, QStringLiteral("delete"));
    else
        m_ui->applyButton->setIcon(Icons::icon(QStringLiteral("add")));
}

void ChangePreviewDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool busy = stage == Stage::Searching || stage == Stage::Applying;
    m_ui->progressBar->setVisible(busy);
    m_ui->stopButton->setVisible(busy);
    m_ui->applyButton->setVisible(stage == Stage::Preview);
    m_ui->closeButton->setText(stage == Stage::Preview || stage == Stage::Searching ? tr("&Cancel") : tr("&Close"));
    m_ui->closeButton->setEnabled(stage != Stage::Applying);
    if (stage != Stage::Results)
        setRetryVisible(false);
}

void ChangePreviewDialog::setProgress(int done, int total)
{
    m_ui->progressBar->setMaximum(qMax(1, total));
    m_ui->progressBar->setValue(done);
}

void ChangePreviewDialog::setSummary(const QString &text)
{
    m_ui->summaryLabel->setText(text);
}

void ChangePreviewDialog::setApplyEnabled(bool enabled)
{
    m_ui->applyButton->setEnabled(enabled);
}

void ChangePreviewDialog::setRetryVisible(bool visible)
{
    m_ui->retryButton->setVisible(visible);
}

MessageBanner *ChangePreviewDialog::banner() const
{
    return m_ui->banner;
}

QPushButton *ChangePreviewDialog::applyButton() const
{
    return m_ui->applyButton;
}

QPushButton *ChangePreviewDialog::retryButton() const
{
    return m_ui->retryButton;
}

QPushButton *ChangePreviewDialog::stopButton() const
{
    return m_ui->stopButton;
}

void ChangePreviewDialog::reject()
{
    if (m_stage == Stage::Applying)
        return; // writes are on their way: Stop first, then the results show
    if (m_stage == Stage::Searching) {
        setStage(Stage::Results); // closing: the search's end must not close it a second time
        emit stopRequested();
    }
    QDialog::reject();
}

void ChangePreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setStage(m_stage);
    }
    QDialog::changeEvent(event);
}
