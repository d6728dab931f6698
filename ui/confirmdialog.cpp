#include "confirmdialog.h"
#include "ui_confirmdialog.h"

#include "appquit.h"
#include "dialogfit.h"
#include "domain/displaytext.h"
#include "icons.h"
#include "plaintext.h"

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
    // Headlines name server objects: plain text, bold by font, invisible characters shown (a name ending in a
    // newline reads "abcdef␊", a right-to-left override "⟨U+202E⟩").
    QFont bold = m_ui->headlineLabel->font();
    bold.setBold(true);
    m_ui->headlineLabel->setFont(bold);
    PlainText::setLabel(m_ui->headlineLabel, request.headline);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->setText(request.message);
    m_ui->messageLabel->setVisible(!request.message.isEmpty());

    const bool mustType = !request.typeToConfirm.isEmpty();
    m_ui->typeLabel->setVisible(mustType);
    m_ui->typeEdit->setVisible(mustType);
    if (mustType) {
        // A name with invisible characters cannot be typed as it is: ask for its typable form, where each such
        // character is written <U+XXXX> (the exact name, or the form shown in the headline, are accepted too).
        const QString typable = DisplayText::typable(request.typeToConfirm);
        m_ui->typeLabel->setTextFormat(Qt::PlainText);
        m_ui->typeLabel->setText(DisplayText::hasInvisible(request.typeToConfirm)
                                         ? tr("The name contains invisible characters, written here as <U+code>. "
                                              "Type %1 to confirm:")
                                                   .arg(typable)
                                         : tr("Type %1 to confirm:").arg(typable));
        m_ui->typeEdit->setPlaceholderText(typable);
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
    if (request.destructive)
        styleDestructive(ok, request.confirmIcon.isEmpty() ? QStringLiteral("warning") : request.confirmIcon);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->typeEdit, &QLineEdit::textChanged, this, &ConfirmDialog::updateButtons);
    connect(m_ui->acknowledgeCheck, &QCheckBox::toggled, this, &ConfirmDialog::updateButtons);
    updateButtons();
    // Wide enough that the headline and message read as lines, not as a narrow column; as tall as they need.
    DialogFit::apply(this, 76);
}

ConfirmDialog::~ConfirmDialog() = default;

bool ConfirmDialog::canConfirm() const
{
    const bool typed
            = m_request.typeToConfirm.isEmpty() || typedMatches(m_ui->typeEdit->text(), m_request.typeToConfirm);
    const bool acknowledged = m_request.acknowledgement.isEmpty() || m_ui->acknowledgeCheck->isChecked();
    return typed && acknowledged;
}

bool ConfirmDialog::typedMatches(const QString &typed, const QString &name)
{
    // Spaces around what was typed are forgiven, unless the name itself has them.
    for (const QString &candidate : {typed, typed.trimmed()}) {
        if (candidate == name || DisplayText::fromTyped(candidate) == name)
            return true;
    }
    return false;
}

void ConfirmDialog::styleDestructive(QPushButton *button, const QString &iconName)
{
    // The one fixed colour of the app: a red dark enough for white text to keep a 4.5:1 contrast on light and dark
    // themes. Disabled keeps the palette's own look, so "not yet confirmable" stays recognisable.
    const QColor red(0xb3, 0x26, 0x1e);
    const QColor text(Qt::white);
    QPalette palette = button->palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Button, red);
        palette.setColor(group, QPalette::ButtonText, text);
    }
    button->setPalette(palette);
    button->setIcon(Icons::icon(iconName, text));
    button->setProperty("destructive", true);
}

void ConfirmDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canConfirm());
}

bool ConfirmDialog::ask(QWidget *parent, const ConfirmRequest &request)
{
    s_lastRequest = request;
    if (AppQuit::isQuitting())
        return false; // the session is ending: no question may hold it back
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
