#pragma once

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

/// The change history as CSV (RFC 4180: every cell quoted, quotes doubled, CRLF line ends, UTF-8 with a byte-order
/// mark so spreadsheets read accents). Cells are server and user text: one starting with = + - @ (or a tab or
/// carriage return) would run as a formula in a spreadsheet, so it is prefixed with an apostrophe.
namespace HistoryCsv {
/// One cell, neutralised and quoted.
QString cell(const QString &text);
/// The header and every row of \a model (a HistoryModel or a filter over it) in its current order; the When column
/// in ISO 8601 UTC.
QByteArray fromModel(const QAbstractItemModel *model);
/// Writes fromModel() to \a path atomically; false with \a error set on failure.
bool write(const QAbstractItemModel *model, const QString &path, QString *error);
} // namespace HistoryCsv
