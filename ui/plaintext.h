#pragma once

#include <QString>

class QAbstractItemModel;
class QAbstractItemView;
class QLabel;
class QObject;

/// Showing text from a server or a user in widgets other than MessageBanner: always plain text, with invisible
/// characters made visible (DisplayText::visible). Labels get Qt::PlainText explicitly (QLabel's default AutoText
/// would render "<b>x</b>" as markup); tooltips are converted to escaped HTML because QToolTip guesses the format.
namespace PlainText {

/// Sets \a label to Qt::PlainText and shows \a text with invisible characters visible.
void setLabel(QLabel *label, const QString &text);
/// A tooltip string that shows \a text literally.
QString toolTip(const QString &text);
/// \a text for a window title or a plain-text widget: invisible characters visible.
QString visible(const QString &text);

/// Gives \a view a delegate that draws every cell's text with invisible characters visible and shows tooltips
/// literally (the models keep the raw values, for sorting, filtering and the API).
void install(QAbstractItemView *view);
/// An identity proxy over \a source whose display and tooltip texts are made visible/literal, for widgets that draw
/// the model's text themselves (a QComboBox's current item).
QAbstractItemModel *visibleModel(QAbstractItemModel *source, QObject *parent);

} // namespace PlainText
