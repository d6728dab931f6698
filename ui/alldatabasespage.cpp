#include "alldatabasespage.h"
#include "ui_alldatabasespage.h"

#include "models/alldatabasesmodel.h"
#include "models/modelroles.h"
#include "plaintext.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace {
constexpr int StaleAfterSeconds = 120; // from then on, say how old the figures are
} // namespace

AllDatabasesPage::AllDatabasesPage(AllDatabasesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AllDatabasesPage>())
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_ageTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelRoles::RawRole);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->databasesView->setModel(m_proxy);
    PlainText::install(m_ui->databasesView); // names and plans come from the server
    m_ui->databasesView->sortByColumn(AllDatabasesModel::NameColumn, Qt::AscendingOrder);
    m_ui->databasesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->databasesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->databasesView->verticalHeader()->hide();
    m_ui->databasesView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // The answer most people look for first, next to the name.
    m_ui->databasesView->horizontalHeader()->moveSection(AllDatabasesModel::ThisComputerColumn, 1);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_model, [this] { m_model->refresh(true); });
    connect(m_ui->cancelButton, &QPushButton::clicked, m_model, &AllDatabasesModel::cancel);
    connect(m_ui->openButton, &QPushButton::clicked, this, &AllDatabasesPage::openCurrent);
    connect(m_ui->databasesView, &QAbstractItemView::activated, this, &AllDatabasesPage::openCurrent);
    connect(m_ui->databasesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ui->openButton->setEnabled(m_ui->databasesView->selectionModel()->hasSelection()); });
    connect(m_model, &AllDatabasesModel::progress, this, &AllDatabasesPage::updateProgress);
    connect(m_model, &AllDatabasesModel::finished, this, [this] {
        updateProgress();
        updateAge();
    });
    connect(m_ageTimer, &QTimer::timeout, this, &AllDatabasesPage::updateAge);
    m_ageTimer->start(30 * 1000);
    m_ui->openButton->setEnabled(false);
    updateProgress();
    updateAge();
}

AllDatabasesPage::~AllDatabasesPage() = default;

void AllDatabasesPage::addToolbarButton(QAbstractButton *button)
{
    // A row of their own, left-aligned: after the search and Refresh all they made the page, hence the window, wider
    // than 1000 px in French (1017 px).
    m_ui->flowsLayout->insertWidget(m_ui->flowsLayout->count() - 1, button);
}

void AllDatabasesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown: read what is missing or stale (figures younger than the model's maxAge are kept).
    if (!m_model->isRunning())
        m_model->refresh(false);
}

void AllDatabasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateProgress();
        updateAge();
    }
    QWidget::changeEvent(event);
}

void AllDatabasesPage::updateProgress()
{
    const bool running = m_model->isRunning();
    m_ui->progressBar->setVisible(running);
    m_ui->cancelButton->setVisible(running);
    m_ui->refreshButton->setEnabled(!running);
    m_ui->progressBar->setMaximum(qMax(1, m_model->total()));
    m_ui->progressBar->setValue(m_model->done());
}

void AllDatabasesPage::updateAge()
{
    if (m_model->isRunning()) {
        m_ui->ageLabel->setText(tr("Reading figures: %1 of %2 databases").arg(m_model->done()).arg(m_model->total()));
        return;
    }
    const QDateTime oldest = m_model->oldestFigures();
    if (!oldest.isValid()) {
        m_ui->ageLabel->setText(tr("No figures yet."));
        return;
    }
    const qint64 minutes = oldest.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    if (oldest.secsTo(QDateTime::currentDateTimeUtc()) < StaleAfterSeconds) {
        m_ui->ageLabel->setText(tr("Figures are up to date."));
        return;
    }
    m_ui->ageLabel->setText(
            tr("Some figures are %n minute(s) old (read at %1). Refresh all to read them again.", nullptr, int(minutes))
                    .arg(QLocale().toString(oldest.toLocalTime().time(), QLocale::ShortFormat)));
}

void AllDatabasesPage::openCurrent()
{
    const QModelIndex current = m_ui->databasesView->currentIndex();
    if (!current.isValid())
        return;
    emit openRequested(m_proxy->data(current, ModelRoles::ValueRole).value<Database>());
}
