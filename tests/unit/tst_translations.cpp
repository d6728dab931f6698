// Translations: the committed catalogues are complete and consistent with their sources, and the catalogues
// embedded in gatehouse_ui (":/i18n/*.qm") are the ones the app really loads.
//
// (a) gatehouse_fr.ts: every message finished, non-empty, with the placeholders (%1..%9, %n), HTML tags and
//     '&' mnemonic of its source; gatehouse_en.ts: the same for the %n (numerus) messages, whose English
//     singular/plural forms the app needs. All problems are listed at once, with line numbers.
// (b) ":/i18n/gatehouse_fr.qm" translates every message of gatehouse_fr.ts (so the build embeds the catalogue as
//     committed), a few known strings, and the plural forms; Translator::install() loads the English plurals.
// Whether lupdate would still change the committed catalogues is checked by tst_translations_current
// (scripts/check-translations.sh), which needs the build directory.
#include "translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QString translation; // non-numerus
    QStringList forms; // numerus
    qint64 line = 0;
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

QString tsPath(const QString &language)
{
    return QStringLiteral(GATEHOUSE_SOURCE_DIR "/translations/gatehouse_%1.ts").arg(language);
}

Catalogue readTs(const QString &path)
{
    Catalogue cat;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cat.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return cat;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message msg;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                cat.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                msg = Message();
                msg.context = context;
                msg.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                msg.line = xml.lineNumber();
            } else if (inMessage && name == QLatin1String("source")) {
                msg.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                msg.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                msg.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!msg.numerus)
                    msg.translation = xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                msg.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            cat.messages << msg;
            inMessage = false;
        }
    }
    if (xml.hasError())
        cat.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return cat;
}

/// %1..%9 and %n (also %L1 / %Ln), as a sorted set: a translation may reorder or repeat them.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << QLatin1Char('%') + it.next().captured(1);
    found.removeDuplicates();
    std::sort(found.begin(), found.end());
    return found;
}

/// HTML tags with their attributes (links keep their href), in order of appearance.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?[A-Za-z][^<>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

/// Number of mnemonic markers ('&' not part of "&&").
int mnemonics(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return int(t.count(QLatin1Char('&')));
}

QString describe(const Message &m)
{
    return QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source);
}

/// Problems of one translated text against its source.
QStringList checkText(const Message &m, const QString &text, const QString &what)
{
    QStringList problems;
    if (text.trimmed().isEmpty()) {
        problems << QStringLiteral("%1: %2 is empty").arg(describe(m), what);
        return problems;
    }
    if (placeholders(text) != placeholders(m.source))
        problems << QStringLiteral("%1: %2 has placeholders (%3), the source has (%4)")
                            .arg(describe(m), what, placeholders(text).join(QLatin1Char(' ')),
                                 placeholders(m.source).join(QLatin1Char(' ')));
    if (htmlTags(text) != htmlTags(m.source))
        problems << QStringLiteral("%1: %2 has HTML tags %3, the source has %4")
                            .arg(describe(m), what, htmlTags(text).join(QString()), htmlTags(m.source).join(QString()));
    if (mnemonics(text) != mnemonics(m.source))
        problems << QStringLiteral("%1: %2 has %3 '&' mnemonic(s), the source has %4")
                            .arg(describe(m), what)
                            .arg(mnemonics(text))
                            .arg(mnemonics(m.source));
    return problems;
}

QStringList checkMessage(const Message &m)
{
    QStringList problems;
    if (!m.type.isEmpty())
        problems << QStringLiteral("%1: translation is marked %2").arg(describe(m), m.type);
    if (m.numerus) {
        if (m.forms.size() != 2)
            problems << QStringLiteral("%1: %2 plural form(s), expected 2").arg(describe(m)).arg(m.forms.size());
        for (int i = 0; i < m.forms.size(); ++i)
            problems << checkText(m, m.forms.at(i), QStringLiteral("plural form %1").arg(i + 1));
    } else {
        problems << checkText(m, m.translation, QStringLiteral("translation"));
    }
    return problems;
}

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueComplete_data();
    void catalogueComplete();
    void checkerFindsProblems();
    void embeddedFrenchMatchesCatalogue();
    void knownFrenchStrings();
    void englishPluralsLoaded();
    void cleanup();
};

void TestTranslations::catalogueComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("numerusOnly");
    QTest::newRow("fr: every message") << QStringLiteral("fr") << false;
    QTest::newRow("en: plural messages") << QStringLiteral("en") << true;
}

void TestTranslations::catalogueComplete()
{
    QFETCH(QString, language);
    QFETCH(bool, numerusOnly);
    const Catalogue cat = readTs(tsPath(language));
    QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
    QVERIFY2(cat.language.startsWith(language), qPrintable(cat.language));
    QVERIFY2(cat.messages.size() > 100, "the catalogue is (nearly) empty: run the update_translations target");

    QStringList problems;
    int checked = 0;
    for (const Message &m : cat.messages) {
        if (numerusOnly && !m.numerus)
            continue;
        ++checked;
        problems << checkMessage(m);
    }
    QVERIFY2(checked > 0, "no message to check");
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in %2:\n  %3")
                                .arg(problems.size())
                                .arg(tsPath(language), problems.join(QStringLiteral("\n  ")))));
}

// The checks above must be able to fail.
void TestTranslations::checkerFindsProblems()
{
    Message m;
    m.context = QStringLiteral("Ctx");
    m.source = QStringLiteral("Delete the rule for %1 (<b>%2</b>)?");
    m.translation = QStringLiteral("Supprimer la règle pour %1 (<b>%2</b>) ?");
    QVERIFY(checkMessage(m).isEmpty());
    m.translation = QStringLiteral("Supprimer la règle pour %1 (<b>%3</b>) ?");
    QCOMPARE(checkMessage(m).size(), 1);
    m.translation = QStringLiteral("Supprimer la règle pour %1 (%2) ?");
    QCOMPARE(checkMessage(m).size(), 1);
    m.translation = QStringLiteral("   ");
    QCOMPARE(checkMessage(m).size(), 1);
    m.translation = QStringLiteral("Supprimer la règle pour %1 (<b>%2</b>) ?");
    m.type = QStringLiteral("unfinished");
    QCOMPARE(checkMessage(m).size(), 1);

    Message n;
    n.source = QStringLiteral("&Delete %n rule(s)");
    n.numerus = true;
    n.forms = QStringList{QStringLiteral("&Supprimer %n règle"), QStringLiteral("&Supprimer %n règles")};
    QVERIFY(checkMessage(n).isEmpty());
    n.forms = QStringList{QStringLiteral("&Supprimer une règle"), QStringLiteral("Supprimer %n règles")};
    QCOMPARE(checkMessage(n).size(), 2); // placeholder missing in form 1, mnemonic missing in form 2
    n.forms.removeLast();
    QVERIFY(checkMessage(n).size() >= 2);

    QCOMPARE(placeholders(QStringLiteral("%2 then %1, %1 again, %Ln")),
             (QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n")}));
    QCOMPARE(mnemonics(QStringLiteral("Save && &quit")), 1);
}

void TestTranslations::embeddedFrenchMatchesCatalogue()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/gatehouse_fr.qm")), "no :/i18n/gatehouse_fr.qm embedded");
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), QStringLiteral("fr_FR"));

    const Catalogue cat = readTs(tsPath(QStringLiteral("fr")));
    QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
    QStringList problems;
    for (const Message &m : cat.messages) {
        const QByteArray ctx = m.context.toUtf8();
        const QByteArray src = m.source.toUtf8();
        const QByteArray cmt = m.comment.toUtf8();
        const char *comment = m.comment.isEmpty() ? nullptr : cmt.constData();
        if (m.numerus) {
            // French: form 1 for 0 and 1, form 2 from 2 on.
            const int counts[] = {1, 2};
            for (int i = 0; i < 2 && i < m.forms.size(); ++i) {
                const QString got = translator.translate(ctx.constData(), src.constData(), comment, counts[i]);
                if (got != m.forms.at(i))
                    problems << QStringLiteral("%1: plural form %2 is \"%3\" in the .qm, \"%4\" in the .ts")
                                        .arg(describe(m))
                                        .arg(i + 1)
                                        .arg(got, m.forms.at(i));
            }
        } else {
            const QString got = translator.translate(ctx.constData(), src.constData(), comment);
            if (got != m.translation)
                problems << QStringLiteral("%1: \"%2\" in the .qm, \"%3\" in the .ts")
                                    .arg(describe(m), got, m.translation);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("the embedded catalogue differs from the .ts (rebuild?):\n  ")
                        + problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::knownFrenchStrings()
{
    QVERIFY(Translator::install(QLocale(QLocale::French, QLocale::France)));
    QCOMPARE(translated("InternetAccessPage", "Firewall rules"), QStringLiteral("Règles de pare-feu"));
    QCOMPARE(translated("InternetAccessPage", "&New rule"), QStringLiteral("&Nouvelle règle"));
    QCOMPARE(translated("MainWindow", "Internet Access"), QStringLiteral("Accès Internet"));
    QCOMPARE(translated("MainWindow", "&Settings"), QStringLiteral("&Paramètres"));
    QCOMPARE(translated("DatabaseUsersPage", "&Reset password"), QStringLiteral("&Réinitialiser le mot de passe"));
    QCOMPARE(translated("AddUserDialog", "Add a database user"),
             QStringLiteral("Ajouter un utilisateur de base de données"));
    // %n is replaced and French uses the singular for 0 and 1.
    QCOMPARE(translated("PropagationWatcher", "%n minute(s)", 0), QStringLiteral("0 minute"));
    QCOMPARE(translated("PropagationWatcher", "%n minute(s)", 1), QStringLiteral("1 minute"));
    QCOMPARE(translated("PropagationWatcher", "%n minute(s)", 2), QStringLiteral("2 minutes"));
    QCOMPARE(translated("ExtensionsPage", "Enable %n extension(s)", 3), QStringLiteral("Activer 3 extensions"));
}

void TestTranslations::englishPluralsLoaded()
{
    QVERIFY2(Translator::install(QLocale(QLocale::English, QLocale::UnitedStates)),
             "gatehouse_en.qm (the English plural forms) was not loaded");
    QCOMPARE(translated("PropagationWatcher", "%n minute(s)", 1), QStringLiteral("1 minute"));
    QCOMPARE(translated("PropagationWatcher", "%n minute(s)", 5), QStringLiteral("5 minutes"));
    QCOMPARE(translated("ApiError", "Too many requests. Try again in %n second(s).", 1),
             QStringLiteral("Too many requests. Try again in 1 second."));
    // Messages without plural stay as written.
    QCOMPARE(translated("InternetAccessPage", "Firewall rules"), QStringLiteral("Firewall rules"));
}

void TestTranslations::cleanup()
{
    // Leave no translator installed between test functions.
    Translator::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
