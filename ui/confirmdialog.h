#pragma once

#include <QDialog>

class QPushButton;

#include <memory>
#include <optional>

namespace Ui {
class ConfirmDialog;
}

/// What a confirmation asks. Destructive actions name the object in `headline` and may require the user to type
/// `typeToConfirm` (e.g. a username) or tick `acknowledgement` before the confirm button is enabled.
struct ConfirmRequest
{
    QString title;
    QString headline;
    QString message;
    QString confirmText;
    QString typeToConfirm;
    QString acknowledgement;
    bool destructive = true;
    /// The confirm button's icon (resources/icons) when destructive; "warning" when empty.
    QString confirmIcon;
};

class ConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConfirmDialog(const ConfirmRequest &request, QWidget *parent = nullptr);
    ~ConfirmDialog() override;

    /// Shows the dialog modally; true when the user confirmed.
    static bool ask(QWidget *parent, const ConfirmRequest &request);
    /// Test seam: the next ask() returns this answer without showing anything.
    static void setNextAnswer(std::optional<bool> answer);
    /// The request of the last ask(), for tests that check the wording.
    static ConfirmRequest lastRequest();

    bool canConfirm() const;
    /// Makes \a button look destructive: a red background with light text and \a iconName, so it cannot be
    /// mistaken for a harmless OK. Its text and accessible name are left as they are (property "destructive").
    static void styleDestructive(QPushButton *button, const QString &iconName);
    /// Whether \a typed confirms \a name: the exact name, or its shown or typable form (DisplayText::fromTyped()).
    static bool typedMatches(const QString &typed, const QString &name);

private:
    void updateButtons();

    std::unique_ptr<Ui::ConfirmDialog> m_ui;
    ConfirmRequest m_request;
};
