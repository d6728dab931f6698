#include "historypage.h"
#include "ui_historypage.h"

#include "history/changehistory.h"
#include "history/historycsv.h"
#include "history/historymodel.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/extensionsmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"
#include "plaintext.h"
#include "undocontroller.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QStandardPaths>

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_model(new HistoryModel(this))
    , m_filter(new HistoryFilter(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    // Server and user text in the cells (database names, labels, messages) is drawn plainly.
    m_ui->historyView->setModel(PlainText::visibleModel(m_filter, this));
    m_ui->historyView->sortByColumn(HistoryModel::WhenColumn, Qt::DescendingOrder);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->verticalHeader()->hide();
    // Fixed starting widths: sizing to contents would read every row (up to HistoryModel::LoadLimit).
    for (const auto &[column, width] : {std::pair{HistoryModel::WhenColumn, 180}, {HistoryModel::AccountColumn, 150},
                                        {HistoryModel::DatabaseColumn, 150}, {HistoryModel::ActionColumn, 170},
                                        {HistoryModel::DetailsColumn, 260}, {HistoryModel::OutcomeColumn, 170}})
        m_ui->historyView->setColumnWidth(column, width);
    fillKinds();
    fillOperations();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_ui->kindCombo->currentData();
        m_filter->setKind(kind.isValid() ? std::optional<WriteEvent::Kind>(WriteEvent::Kind(kind.toInt()))
                                         : std::nullopt);
    });
    connect(m_ui->operationCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOperationId(m_ui->operationCombo->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::fillOperations);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::fillOperations);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryPage::fillOperations);
    // After the filter has applied them (connected above).
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &HistoryPage::updateEmptyState);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &HistoryPage::updateEmptyState);
    connect(m_ui->operationCombo, &QComboBox::currentIndexChanged, this, &HistoryPage::updateEmptyState);
    connect(m_ui->scopeCombo, &QComboBox::currentIndexChanged, this, &HistoryPage::updateScope);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &HistoryPage::undoSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryPage::exportCsv);
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::updateActions);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &HistoryPage::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryPage::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HistoryPage::updateEmptyState);
    m_ui->emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    updateActions();
    updateEmptyState();
}

HistoryPage::~HistoryPage() = default;

MessageBanner *HistoryPage::banner() const
{
    return m_ui->messageLabel;
}

void HistoryPage::setHistory(ChangeHistory *history, DatabaseSession *session)
{
    m_session = session;
    m_undo = new UndoController(history, session, this);
    connect(m_undo, &UndoController::undone, this, &HistoryPage::updateActions);
    m_model->setHistory(history);
    connect(session, &DatabaseSession::opened, this, &HistoryPage::updateScope);
    // Undo depends on the open database's rows (is the rule still there? what depends on the extension?).
    for (QAbstractItemModel *rows :
         std::initializer_list<QAbstractItemModel *>{session->rules(), session->users(), session->extensions()}) {
        connect(rows, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateActions);
        connect(rows, &QAbstractItemModel::rowsRemoved, this, &HistoryPage::updateActions);
        connect(rows, &QAbstractItemModel::modelReset, this, &HistoryPage::updateActions);
    }
    updateScope();
}

void HistoryPage::offerUndoIn(MessageBanner *banner, const QList<WriteEvent::Kind> &kinds)
{
    if (m_undo)
        m_undo->offerIn(banner, kinds);
}

void HistoryPage::setAllDatabases(bool all)
{
    m_ui->scopeCombo->setCurrentIndex(all ? 1 : 0);
}

QString HistoryPage::emptyText() const
{
    return m_ui->emptyLabel->isHidden() ? QString() : m_ui->emptyLabel->text();
}

void HistoryPage::updateEmptyState()
{
    QString text;
    const bool all = m_ui->scopeCombo->currentIndex() == 1;
    if (m_filter->rowCount() > 0)
        text.clear();
    else if (!all && !(m_session && m_session->isOpen()))
        text = tr("Open a database to see the changes made to it, or show all databases.");
    else if (m_model->rowCount() > 0)
        text = tr("No change matches the search, the kind or the operation chosen.");
    else if (all)
        text = tr("No change recorded yet. Every change Gatehouse makes from this computer (rules, users, extensions, "
                  "Internet accessibility) will be listed here.");
    else
        text = tr("No change recorded for this database yet. The changes Gatehouse makes to it from this computer "
                  "will be listed here.");
    m_ui->emptyLabel->setText(text);
    m_ui->emptyLabel->setVisible(!text.isEmpty());
    m_ui->historyView->setVisible(text.isEmpty());
}

void HistoryPage::updateScope()
{
    const bool all = m_ui->scopeCombo->currentIndex() == 1;
    // With no database open yet, "this database" shows nothing rather than everything.
    const QString key = m_session && m_session->isOpen() ? m_session->ref().addonId : QStringLiteral("-");
    m_model->setDatabaseKey(all ? QString() : key);
    m_ui->historyView->setColumnHidden(HistoryModel::DatabaseColumn, !all);
    updateActions();
    updateEmptyState();
}

void HistoryPage::fillKinds()
{
    const QVariant current = m_ui->kindCombo->currentData();
    const QSignalBlocker blocker(m_ui->kindCombo);
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(tr("All changes"));
    for (int kind = int(WriteEvent::Kind::RuleCreated); kind <= int(WriteEvent::Kind::FeatureDisabled); ++kind)
        m_ui->kindCombo->addItem(HistoryEntry::kindText(WriteEvent::Kind(kind)), kind);
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(current)));
}

void HistoryPage::fillOperations()
{
    const QList<QPair<QString, QString>> operations = m_model->operations();
    QList<QPair<QString, QString>> listed;
    for (int i = 1; i < m_ui->operationCombo->count(); ++i)
        listed.append({m_ui->operationCombo->itemData(i).toString(), m_ui->operationCombo->itemText(i)});
    if (listed != operations || m_ui->operationCombo->count() == 0) {
        const QString current = m_ui->operationCombo->currentData().toString();
        {
            const QSignalBlocker blocker(m_ui->operationCombo);
            m_ui->operationCombo->clear();
            m_ui->operationCombo->addItem(tr("All operations"));
            for (const auto &[id, title] : operations)
                m_ui->operationCombo->addItem(title, id);
            m_ui->operationCombo->setCurrentIndex(std::max(0, m_ui->operationCombo->findData(current)));
        }
        // The operation chosen may be gone (another database shown): the filter follows the combo.
        m_filter->setOperationId(m_ui->operationCombo->currentData().toString());
        updateEmptyState();
    }
    m_ui->operationCombo->setVisible(!operations.isEmpty());
}

void HistoryPage::showOperation(const QString &operationId)
{
    m_ui->operationCombo->setCurrentIndex(std::max(0, m_ui->operationCombo->findData(operationId)));
}

void HistoryPage::updateActions()
{
    const QModelIndexList rows = m_ui->historyView->selectionModel()->selectedRows();
    QString refusal = tr("Select a change to undo.");
    if (!rows.isEmpty() && m_undo) {
        const HistoryEntry entry = rows.first().data(ModelRoles::ValueRole).value<HistoryEntry>();
        refusal = m_undo->refusal(entry);
    }
    m_ui->undoButton->setEnabled(refusal.isEmpty());
    // Says why before anyone tries, e.g. that a deleted user cannot be restored.
    m_ui->undoButton->setToolTip(PlainText::toolTip(refusal.isEmpty() ? tr("Undo the selected change") : refusal));
    m_ui->exportButton->setEnabled(m_filter->rowCount() > 0);
}

void HistoryPage::undoSelected()
{
    const QModelIndexList rows = m_ui->historyView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_undo)
        return;
    m_undo->undo(rows.first().data(ModelRoles::ValueRole).value<HistoryEntry>(), m_ui->messageLabel);
    updateActions();
}

void HistoryPage::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("gatehouse-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the history"), QDir(folder).filePath(name),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

bool HistoryPage::exportCsvTo(const QString &path)
{
    QString error;
    if (!HistoryCsv::write(m_filter, path, &error)) {
        m_ui->messageLabel->showError(tr("The history could not be exported: %1").arg(error));
        return false;
    }
    m_ui->messageLabel->showInfo(
            tr("%n change(s) exported to %1.", nullptr, m_filter->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void HistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int scope = m_ui->scopeCombo->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->scopeCombo->setCurrentIndex(scope);
        fillKinds();
        m_ui->operationCombo->setItemText(0, tr("All operations"));
        m_model->retranslate();
        updateActions();
        updateEmptyState();
    }
    QWidget::changeEvent(event);
}
