#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {
QTranslator *s_app = nullptr;
QTranslator *s_qt = nullptr;
constexpr auto kKey = "ui/language";
} // namespace

namespace Translator {

QString storedChoice()
{
    return QSettings().value(QLatin1String(kKey), QStringLiteral("system")).toString();
}

void storeChoice(const QString &choice)
{
    QSettings().setValue(QLatin1String(kKey), choice);
}

QLocale resolve(const QString &choice)
{
    if (choice == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    if (choice == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system().language() == QLocale::French ? QLocale(QLocale::French, QLocale::France)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool install(const QLocale &locale)
{
    for (QTranslator **t : {&s_app, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale::setDefault(locale);
    // English is the source language, but gatehouse_en.qm still carries the singular/plural forms
    // of the %n messages ("%n minute(s)" -> "1 minute" / "2 minutes"), so it is loaded too.
    s_app = new QTranslator;
    const bool ok = s_app->load(locale, QStringLiteral("gatehouse"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    QCoreApplication::installTranslator(s_app);
    if (locale.language() == QLocale::English)
        return ok; // Qt's own strings are English already: no qtbase catalogue
    s_qt = new QTranslator;
    if (s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);
    return ok;
}

void installFromSettings()
{
    install(resolve(storedChoice()));
}

} // namespace Translator
