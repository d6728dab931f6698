#pragma once

#include <QStyledItemDelegate>

class QComboBox;

/// Draws the database picker's rows grouped by kind: the first row of each kind carries a section header above it
/// ("Dedicated Resources", "Classic addons"). Headers are painted, not rows, so the picker's rows stay those of
/// DatabasesModel (current index, remembered database and search are untouched). Works on the combo's list and on
/// its search popup alike (the header follows the previous visible row).
class DatabasePickerDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Gives \a picker's list and search popup this delegate, wide enough for "name — kind · plan · region".
    static void install(QComboBox *picker);

    /// The section header drawn above \a index, or empty when it continues the previous row's kind.
    static QString headerFor(const QModelIndex &index);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int headerHeight(const QStyleOptionViewItem &option);
};
