#pragma once

// JSON test fixtures shared by the domain tests (tst_domainjson*): a literal parsed or the test stops, and UTC times.

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace TestJson {

/// `text` as a JSON object; a literal that is not one is a broken test, so it stops the run.
inline QJsonObject parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace TestJson
