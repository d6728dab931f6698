#include "confirmdialog.h"
#include "ui_confirmdialog.h"

#include "icons.h"

#include <QPushButton>

namespace {
std::optional<bool> s_nextAnswer;
ConfirmRequest s_lastRequest;
} // namespace

ConfirmDialog::ConfirmDialog(const ConfirmRequest &request, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConfirmDialog>()), m_request(request)
{
    m_ui->setupUi(this);
    setWindowTitle(request.title.isEmpty() ? tr("Confirm") : request.title);
    m_ui->iconLabel->setPixmap(
            Icons::icon(request.destructive ? QStringLiteral("warning") : QStringLiteral("info")).pixmap(32, 32));
    m_ui->headlineLabel->setText(QStringLiteral("<b>%1</b>").arg(request.headline.toHtmlEscaped()));
    m_ui->messageLabel->setText(request.message);
    m_ui->messageLabel->setVisible(!request.message.isEmpty());

    const bool mustType = !request.typeToConfirm.isEmpty();
    m_ui->typeLabel->setVisible(mustType);
    m_ui->typeEdit->setVisible(mustType);
    if (mustType) {
        m_ui->typeLabel->setText(tr("Type <b>%1</b> to confirm:").arg(request.typeToConfirm.toHtmlEscaped()));
        m_ui->typeEdit->setPlaceholderText(request.typeToConfirm);
    }
    m_ui->acknowledgeCheck->setVisible(!request.acknowledgement.isEmpty());
    m_ui->acknowledgeCheck->setText(request.acknowledgement);

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(request.confirmText.isEmpty() ? tr("Confirm") : request.confirmText);
    ok->setObjectName(QStringLiteral("confirmButton"));
    // A destructive action must never be the default reaction to Enter.
    ok->setAutoDefault(!request.destructive);
    ok->setDefault(!request.destructive);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(request.destructive);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->typeEdit, &QLineEdit::textChanged, this, &ConfirmDialog::updateButtons);
    connect(m_ui->acknowledgeCheck, &QCheckBox::toggled, this, &ConfirmDialog::updateButtons);
    updateButtons();
    adjustSize();
}

ConfirmDialog::~ConfirmDialog() = default;

bool ConfirmDialog::canConfirm() const
{
    const bool typed = m_request.typeToConfirm.isEmpty() || m_ui->typeEdit->text().trimmed() == m_request.typeToConfirm;
    const bool acknowledged = m_request.acknowledgement.isEmpty() || m_ui->acknowledgeCheck->isChecked();
    return typed && acknowledged;
}

void ConfirmDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canConfirm());
}

bool ConfirmDialog::ask(QWidget *parent, const ConfirmRequest &request)
{
    s_lastRequest = request;
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    ConfirmDialog dialog(request, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ConfirmDialog::setNextAnswer(std::optional<bool> answer)
{
    s_nextAnswer = answer;
}

ConfirmRequest ConfirmDialog::lastRequest()
{
    return s_lastRequest;
}
