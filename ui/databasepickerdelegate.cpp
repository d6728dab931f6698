#include "databasepickerdelegate.h"

#include "domain/database.h"
#include "models/modelroles.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QPainter>

namespace {

std::optional<Database::Kind> kindOf(const QModelIndex &index)
{
    const QVariant value = index.data(ModelRoles::ValueRole);
    if (!value.canConvert<Database>())
        return std::nullopt;
    return value.value<Database>().kind;
}

} // namespace

void DatabasePickerDelegate::install(QComboBox *picker)
{
    picker->setItemDelegate(new DatabasePickerDelegate(picker));
    picker->view()->setMinimumWidth(picker->fontMetrics().averageCharWidth() * 70);
    picker->view()->setTextElideMode(Qt::ElideRight); // the name first, always readable
    if (picker->completer()) {
        picker->completer()->popup()->setItemDelegate(new DatabasePickerDelegate(picker));
        picker->completer()->popup()->setMinimumWidth(picker->view()->minimumWidth());
    }
}

QString DatabasePickerDelegate::headerFor(const QModelIndex &index)
{
    const std::optional<Database::Kind> kind = kindOf(index);
    if (!kind)
        return {};
    if (index.row() > 0 && kindOf(index.sibling(index.row() - 1, index.column())) == kind)
        return {};
    return *kind == Database::Kind::Addon ? tr("Classic addons") : tr("Dedicated Resources");
}

int DatabasePickerDelegate::headerHeight(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + 8;
}

QSize DatabasePickerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!headerFor(index).isEmpty())
        size.rheight() += headerHeight(option);
    return size;
}

void DatabasePickerDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QString header = headerFor(index);
    if (header.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int height = headerHeight(option);
    QRect headerRect = option.rect;
    headerRect.setHeight(height);
    painter->save();
    painter->fillRect(headerRect, option.palette.brush(QPalette::Window));
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::Disabled, QPalette::WindowText));
    // The header is ours (translated), never server text: plain drawText is fine.
    painter->drawText(headerRect.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter, header);
    painter->restore();
    QStyleOptionViewItem item = option;
    item.rect.setTop(option.rect.top() + height);
    QStyledItemDelegate::paint(painter, item, index);
}
