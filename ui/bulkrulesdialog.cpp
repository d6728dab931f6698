#include "bulkrulesdialog.h"
#include "ui_bulkrulesdialog.h"

#include "dialogfit.h"
#include "icons.h"
#include "plaintext.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

BulkRulesDialog::BulkRulesDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::BulkRulesDialog>())
{
    m_ui->setupUi(this);
    m_ui->reviewTable->setColumnCount(ColumnCount);
    m_ui->reviewTable->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::ResizeToContents);
    m_ui->reviewTable->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Interactive);
    m_ui->reviewTable->setColumnWidth(LabelColumn, 150);
    m_ui->progressBar->hide();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("addRulesButton"));
    ok->setIcon(Icons::icon(QStringLiteral("add")));

    connect(m_ui->pasteEdit, &QPlainTextEdit::textChanged, this, &BulkRulesDialog::reparse);
    connect(m_ui->reviewTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_updatingTable && item->column() == AddressColumn)
            setLineSelected(item->row(), item->checkState() == Qt::Checked);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        const QList<int> send = linesToSend();
        if (m_sending || send.isEmpty() || BulkRules::isOverQuota(m_lines))
            return;
        QList<NewFirewallRule> rules;
        for (int index : send)
            rules.append(m_lines.at(index).rule());
        setSending(true);
        emit submitted(send, rules);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reparse();
    DialogFit::apply(this, 90, DialogFit::Mode::Initial); // the review list may use the room a person gives it
}

BulkRulesDialog::~BulkRulesDialog() = default;

void BulkRulesDialog::setExistingRules(const QList<FirewallRule> &rules)
{
    m_existing = rules;
    review();
}

void BulkRulesDialog::setMaxRules(int maxRules)
{
    m_maxRules = maxRules;
    review();
}

void BulkRulesDialog::setText(const QString &text)
{
    m_ui->pasteEdit->setPlainText(text);
}

QList<int> BulkRulesDialog::linesToSend() const
{
    QList<int> indexes;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).selected && m_states.at(i) != State::Added)
            indexes.append(i);
    }
    return indexes;
}

void BulkRulesDialog::setLineSelected(int index, bool selected)
{
    if (index < 0 || index >= m_lines.size() || m_sending)
        return;
    m_lines[index].selected = selected;
    review();
}

QList<FirewallRule> BulkRulesDialog::rulesAlreadyThere() const
{
    // What this dialog added counts against the quota and for coverage like the rules that were there before.
    QList<FirewallRule> rules = m_existing;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_states.at(i) != State::Added)
            continue;
        const QString cidr = m_lines.at(i).rule().cidr;
        if (std::any_of(m_existing.cbegin(), m_existing.cend(),
                        [&cidr](const FirewallRule &existing) { return existing.cidr == cidr; }))
            continue; // the rules were listed again since: it is there already
        FirewallRule rule;
        rule.type = FirewallRule::Type::Custom;
        rule.cidr = m_lines.at(i).rule().cidr;
        rule.label = m_lines.at(i).label;
        rules.append(rule);
    }
    return rules;
}

void BulkRulesDialog::reparse()
{
    if (m_sending || m_states.contains(State::Added))
        return; // rows are being reported on: the paste is read-only until the dialog closes
    m_lines = BulkRules::parse(m_ui->pasteEdit->toPlainText(), &m_skipped);
    m_states = QList<State>(m_lines.size(), State::Review);
    m_results = QStringList(m_lines.size(), QString());
    BulkRules::selectDefaults(m_lines, rulesAlreadyThere(), m_maxRules);
    rebuildTable();
    updateSummary();
}

void BulkRulesDialog::review()
{
    BulkRules::review(m_lines, rulesAlreadyThere(), m_maxRules);
    for (int row = 0; row < m_lines.size(); ++row)
        updateRow(row);
    updateSummary();
}

void BulkRulesDialog::rebuildTable()
{
    m_updatingTable = true;
    m_ui->reviewTable->clearContents();
    m_ui->reviewTable->setRowCount(int(m_lines.size()));
    m_ui->reviewTable->setHorizontalHeaderLabels({tr("Address"), tr("Label"), tr("Verdict")});
    for (int row = 0; row < m_lines.size(); ++row) {
        for (int column = 0; column < ColumnCount; ++column)
            m_ui->reviewTable->setItem(row, column, new QTableWidgetItem);
    }
    m_updatingTable = false;
    for (int row = 0; row < m_lines.size(); ++row)
        updateRow(row);
}

void BulkRulesDialog::updateRow(int row)
{
    using Verdict = BulkRuleLine::Verdict;
    const BulkRuleLine &line = m_lines.at(row);
    QTableWidgetItem *address = m_ui->reviewTable->item(row, AddressColumn);
    QTableWidgetItem *label = m_ui->reviewTable->item(row, LabelColumn);
    QTableWidgetItem *verdict = m_ui->reviewTable->item(row, VerdictColumn);
    if (!address || !label || !verdict)
        return;
    m_updatingTable = true;
    const State state = m_states.at(row);
    const bool tickable = line.isSelectable() && state != State::Added && !m_sending;
    address->setText(PlainText::visible(line.text)); // pasted text: shown as it is, invisible characters visible
    address->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                      | (tickable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
    address->setCheckState(line.selected || state == State::Added ? Qt::Checked : Qt::Unchecked);
    label->setText(PlainText::visible(line.label));

    QString name;
    QIcon icon;
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
    switch (state) {
    case State::Sending:
        name = tr("Adding…");
        break;
    case State::Added:
        name = tr("Added");
        icon = Icons::icon(QStringLiteral("check"));
        break;
    case State::Failed:
        name = tr("Not added");
        icon = error;
        break;
    case State::Review:
        switch (line.verdict) {
        case Verdict::Ok:
            name = line.selected ? tr("OK") : tr("OK, not ticked");
            icon = Icons::icon(QStringLiteral("check"));
            break;
        case Verdict::Invalid:
            name = tr("Invalid");
            icon = error;
            break;
        case Verdict::Duplicate:
            name = tr("Duplicate");
            icon = Icons::icon(QStringLiteral("info"));
            break;
        case Verdict::Exists:
            name = tr("Already allowed");
            icon = Icons::icon(QStringLiteral("info"));
            break;
        case Verdict::Covered:
            name = tr("Already covered");
            icon = Icons::icon(QStringLiteral("info"));
            break;
        case Verdict::OverQuota:
            name = tr("Over quota");
            icon = error;
            break;
        case Verdict::PrivateRange:
            name = tr("Not a public address");
            icon = Icons::icon(QStringLiteral("warning"));
            break;
        }
        break;
    }
    const QString reason = state == State::Review ? line.reason : m_results.at(row);
    const QString text = reason.isEmpty() ? name : tr("%1: %2").arg(name, reason);
    verdict->setText(PlainText::visible(text));
    verdict->setIcon(icon);
    verdict->setToolTip(PlainText::visible(text));
    m_updatingTable = false;
    m_ui->reviewTable->resizeRowToContents(row);
}

void BulkRulesDialog::updateSummary()
{
    const int found = int(m_lines.size());
    const int ticked = int(linesToSend().size());
    const int after = int(rulesAlreadyThere().size()) + ticked;
    QStringList parts;
    if (found == 0)
        parts << tr("Paste addresses above: nothing is sent before you click the button below.");
    else
        parts << tr("%n address(es) found.", nullptr, found)
              << tr("With the %n ticked one(s), the database would have %1 of its %2 rules.", nullptr, ticked)
                         .arg(after)
                         .arg(m_maxRules);
    if (m_skipped > 0)
        parts << tr("%n line(s) without an address skipped.", nullptr, m_skipped);
    m_ui->summaryLabel->setText(parts.join(QLatin1Char(' ')));

    const bool overQuota = BulkRules::isOverQuota(m_lines);
    if (overQuota)
        m_ui->errorLabel->showError(tr("Too many rules: untick %n line(s), or delete rules first. Nothing is sent "
                                       "while the ticked lines exceed the quota.",
                                       nullptr, after - m_maxRules));
    else if (m_ui->errorLabel->kind() == MessageBanner::Kind::Error && !m_states.contains(State::Failed))
        m_ui->errorLabel->clearMessage();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(m_states.contains(State::Failed) ? tr("Retry %n rule(s)", nullptr, ticked)
                                                 : tr("Add %n rule(s)", nullptr, ticked));
    ok->setEnabled(!m_sending && ticked > 0 && !overQuota);
}

void BulkRulesDialog::setSending(bool sending)
{
    m_sending = sending;
    m_ui->pasteEdit->setReadOnly(sending || m_states.contains(State::Added));
    if (sending) {
        m_ui->errorLabel->clearMessage();
        m_ui->progressBar->setRange(0, int(linesToSend().size()));
        m_ui->progressBar->setValue(0);
    }
    m_ui->progressBar->setVisible(sending);
    for (int row = 0; row < m_lines.size(); ++row)
        updateRow(row);
    updateSummary();
}

void BulkRulesDialog::setLineStarted(int index)
{
    if (index < 0 || index >= m_lines.size())
        return;
    m_states[index] = State::Sending;
    m_results[index].clear();
    updateRow(index);
    m_ui->reviewTable->scrollToItem(m_ui->reviewTable->item(index, AddressColumn));
}

void BulkRulesDialog::setLineFinished(int index, bool success, bool reconciled, const ApiError &error)
{
    if (index < 0 || index >= m_lines.size())
        return;
    m_states[index] = success ? State::Added : State::Failed;
    m_results[index]
            = success ? (reconciled ? tr("confirmed after the connection dropped") : QString()) : error.message();
    m_ui->progressBar->setValue(m_ui->progressBar->value() + 1);
    updateRow(index);
}

void BulkRulesDialog::setBatchFinished()
{
    setSending(false);
    const int failed = int(m_states.count(State::Failed));
    const int added = int(m_states.count(State::Added));
    if (failed == 0 && linesToSend().isEmpty()) {
        accept();
        return;
    }
    review(); // the added rules now count against the quota and for coverage
    if (failed > 0)
        m_ui->errorLabel->showError(
                tr("%n rule(s) added.", nullptr, added) + QLatin1Char(' ')
                + tr("%n rule(s) could not be added: see each line, then retry them.", nullptr, failed));
}

void BulkRulesDialog::setRefused(const QString &message)
{
    setSending(false);
    m_ui->errorLabel->showError(message);
}

void BulkRulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rebuildTable();
        updateSummary();
    }
    QDialog::changeEvent(event);
}
