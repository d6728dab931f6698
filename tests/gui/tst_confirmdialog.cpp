#include "confirmdialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestConfirmDialog : public QObject
{
    Q_OBJECT

private slots:
    void typingTheNameEnablesConfirm()
    {
        ConfirmRequest r;
        r.headline = QStringLiteral("Delete the user metabase?");
        r.typeToConfirm = QStringLiteral("metabase");
        ConfirmDialog d(r);
        d.show();
        auto *edit = d.findChild<QLineEdit *>(QStringLiteral("typeEdit"));
        auto *ok = d.findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(edit && ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("metabas"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("e"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!ok->isDefault()); // Enter must not delete
    }

    void acknowledgementRequired()
    {
        ConfirmRequest r;
        r.headline = QStringLiteral("Delete?");
        r.acknowledgement = QStringLiteral("I understand");
        ConfirmDialog d(r);
        auto *check = d.findChild<QCheckBox *>(QStringLiteral("acknowledgeCheck"));
        auto *ok = d.findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(!ok->isEnabled());
        check->setChecked(true);
        QVERIFY(ok->isEnabled());
    }

    void seamAnswersOnce()
    {
        ConfirmDialog::setNextAnswer(true);
        ConfirmRequest r;
        r.headline = QStringLiteral("Sure?");
        QVERIFY(ConfirmDialog::ask(nullptr, r));
        QCOMPARE(ConfirmDialog::lastRequest().headline, QStringLiteral("Sure?"));
        ConfirmDialog::setNextAnswer(false);
        QVERIFY(!ConfirmDialog::ask(nullptr, r));
    }
};

QTEST_MAIN(TestConfirmDialog)
#include "tst_confirmdialog.moc"
