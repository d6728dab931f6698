#include "plaintext.h"

#include "domain/displaytext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QToolTip>

namespace PlainText {

namespace {

class PlainTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // What every cell shows (initStyleOption() draws this text, plain).
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        // Before the base class, which turns '\n' into an invisible line separator.
        if (value.userType() == QMetaType::QString)
            return DisplayText::visible(value.toString());
        return QStyledItemDelegate::displayText(value, locale);
    }

protected:
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() != QEvent::ToolTip)
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (tip.isEmpty()) {
            QToolTip::hideText();
            return true;
        }
        QToolTip::showText(event->globalPos(), toolTip(tip), view->viewport(), option.rect);
        return true;
    }
};

class VisibleTextProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = QIdentityProxyModel::data(index, role);
        // EditRole too: the searchable database picker shows it in its line edit.
        if ((role == Qt::DisplayRole || role == Qt::EditRole) && value.userType() == QMetaType::QString)
            return DisplayText::visible(value.toString());
        if (role == Qt::ToolTipRole && value.userType() == QMetaType::QString)
            return toolTip(value.toString());
        return value;
    }
};

} // namespace

void setLabel(QLabel *label, const QString &text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(DisplayText::visible(text));
}

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return Qt::convertFromPlainText(DisplayText::visible(text), Qt::WhiteSpaceNormal);
}

QString visible(const QString &text)
{
    return DisplayText::visible(text);
}

void install(QAbstractItemView *view)
{
    view->setItemDelegate(new PlainTextDelegate(view));
}

QAbstractItemModel *visibleModel(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new VisibleTextProxy(parent);
    proxy->setSourceModel(source);
    return proxy;
}

} // namespace PlainText
