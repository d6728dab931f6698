#include "confirmdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QRegularExpression>
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

    // Issue 12 item 3: a role whose name holds invisible characters must still be deletable, and must not look
    // like another one.
    void nameWithInvisibleCharactersCanBeConfirmed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shownInHeadline");
        QTest::newRow("trailing newline, typable form")
                << QStringLiteral("abcdef\n") << QStringLiteral("abcdef<U+000A>") << QStringLiteral("abcdef\u240a");
        QTest::newRow("trailing newline, escape")
                << QStringLiteral("abcdef\n") << QStringLiteral("abcdef\\n") << QStringLiteral("abcdef\u240a");
        QTest::newRow("RLO look-alike of the owner")
                << QStringLiteral("mydb_\u202erenwo") << QStringLiteral("mydb_<u+202e>renwo")
                << QStringLiteral("mydb_⟨U+202E⟩renwo");
        QTest::newRow("zero-width space")
                << QStringLiteral("abc\u200bdef") << QStringLiteral("abc<U+200B>def") << QStringLiteral("abc⟨U+200B⟩def");
    }

    void nameWithInvisibleCharactersCanBeConfirmed()
    {
        QFETCH(QString, name);
        QFETCH(QString, typed);
        QFETCH(QString, shownInHeadline);
        ConfirmRequest r;
        r.headline = QStringLiteral("Delete the user %1?").arg(name);
        r.typeToConfirm = name;
        ConfirmDialog d(r);
        d.show();
        auto *headline = d.findChild<QLabel *>(QStringLiteral("headlineLabel"));
        auto *typeLabel = d.findChild<QLabel *>(QStringLiteral("typeLabel"));
        auto *edit = d.findChild<QLineEdit *>(QStringLiteral("typeEdit"));
        auto *ok = d.findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QCOMPARE(headline->textFormat(), Qt::PlainText);
        QCOMPARE(headline->text(), QStringLiteral("Delete the user %1?").arg(shownInHeadline));
        QCOMPARE(typeLabel->textFormat(), Qt::PlainText);
        QVERIFY2(typeLabel->text().contains(QLatin1String("invisible characters")), qPrintable(typeLabel->text()));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(edit, typed);
        QVERIFY2(ok->isEnabled(), qPrintable(edit->text()));
        // The visible name without its invisible character is another role: it does not confirm.
        edit->setText(QString(name).remove(QRegularExpression(QStringLiteral("[\\x{0}-\\x{1f}\\x{200b}\\x{202e}]"))));
        QVERIFY(!ok->isEnabled());
        // Pasting the form shown in the headline works too.
        edit->setText(shownInHeadline);
        QVERIFY(ok->isEnabled());
    }

    void markupInNamesIsShownLiterally()
    {
        ConfirmRequest r;
        r.headline = QStringLiteral("Delete the rule for <a href=\"x\">10.0.0.0/8</a>?");
        r.message = QStringLiteral("<h1>big</h1>");
        r.typeToConfirm = QStringLiteral("<b>x</b>");
        ConfirmDialog d(r);
        for (const char *name : {"headlineLabel", "messageLabel", "typeLabel"})
            QCOMPARE(d.findChild<QLabel *>(QLatin1String(name))->textFormat(), Qt::PlainText);
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("headlineLabel"))->text(), r.headline);
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("messageLabel"))->text(), r.message);
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("typeLabel"))->text().contains(r.typeToConfirm));
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
