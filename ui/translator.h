#pragma once

#include <QLocale>
#include <QString>

/// Installs Gatehouse's catalogue and Qt's own (standard buttons) for the chosen language. The choice ("system",
/// "en" or "fr") is stored with QSettings; "system" follows the desktop's locale.
namespace Translator {
QString storedChoice();
void storeChoice(const QString &choice);
/// The locale a choice resolves to (French for fr_*, English otherwise).
QLocale resolve(const QString &choice);
/// Replaces any previously installed translators; returns false when the catalogue could not be loaded.
bool install(const QLocale &locale);
void installFromSettings();
} // namespace Translator
