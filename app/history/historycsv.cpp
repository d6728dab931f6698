#include "historycsv.h"

#include "historymodel.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace HistoryCsv {

QString cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray fromModel(const QAbstractItemModel *model)
{
    QString out;
    const int columns = model->columnCount();
    QStringList cells;
    for (int column = 0; column < columns; ++column)
        cells.append(cell(model->headerData(column, Qt::Horizontal).toString()));
    out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int row = 0; row < model->rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model->index(row, column);
            // The tooltip of When is the UTC time, unambiguous whoever opens the file.
            const int role = column == HistoryModel::WhenColumn ? Qt::ToolTipRole : Qt::DisplayRole;
            cells.append(cell(index.data(role).toString()));
        }
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool write(const QAbstractItemModel *model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(fromModel(model)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace HistoryCsv
