#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class InternetAccessibilityPage;
}

class DatabaseFeaturesModel;
class QCheckBox;
class QLabel;
class QPushButton;
struct DatabaseFeature;

/// Settings → Internet Access for a classic addon: the Force TLS and Internet accessibility toggles, each with its
/// status (activated, pending, failed with the server's message and a retry), a one-sentence explanation, a
/// confirmation before exposing the database and a warning before hiding it.
class InternetAccessibilityPage : public QWidget
{
    Q_OBJECT

public:
    explicit InternetAccessibilityPage(QWidget *parent = nullptr);
    ~InternetAccessibilityPage() override;

    void setModel(DatabaseFeaturesModel *model);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateView();
    void toggled(const QString &name, bool on);
    void showFeature(const DatabaseFeature &feature, QCheckBox *check, QLabel *status, QPushButton *retry);

    std::unique_ptr<Ui::InternetAccessibilityPage> m_ui;
    DatabaseFeaturesModel *m_model = nullptr;
};
