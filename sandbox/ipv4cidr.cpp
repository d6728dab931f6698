#include "ipv4cidr.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

QString addressToString(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

quint32 maskFor(int prefix)
{
    return prefix == 0 ? 0u : 0xffffffffu << (32 - prefix);
}

} // namespace

QString Ipv4Cidr::toString() const
{
    return addressToString(network) + QLatin1Char('/') + QString::number(prefix);
}

std::optional<Ipv4Cidr> Ipv4Cidr::parse(const QString &text, QString *error)
{
    // The whole string (anchoredPattern: `$` would also match before a final "\n"), ASCII digits only (`\d` also
    // matches other scripts' digits, which toInt() does not read).
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(
            QStringLiteral(R"(([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})(?:/([0-9]{1,2}))?)")));
    if (text.contains(QLatin1Char(':'))) {
        *error = QStringLiteral("must be an IPv4 CIDR such as 203.0.113.0/24 (IPv6 is not supported)");
        return std::nullopt;
    }
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch()) {
        *error = QStringLiteral("is not a valid IPv4 CIDR (expected a.b.c.d/n, e.g. 203.0.113.0/24)");
        return std::nullopt;
    }
    quint32 address = 0;
    for (int i = 1; i <= 4; ++i) {
        const QString octet = m.captured(i);
        if ((octet.size() > 1 && octet.startsWith(QLatin1Char('0'))) || octet.toInt() > 255) {
            *error = QStringLiteral("is not a valid IPv4 CIDR: each of the four numbers must be 0-255 without "
                                    "leading zeros");
            return std::nullopt;
        }
        address = (address << 8) | static_cast<quint32>(octet.toInt());
    }
    if (!m.hasCaptured(5)) {
        *error = QStringLiteral("must include a prefix length, e.g. %1/32 for this single address")
                         .arg(addressToString(address));
        return std::nullopt;
    }
    const QString prefixText = m.captured(5);
    const int prefix = prefixText.toInt();
    if (prefix > 32 || (prefixText.size() > 1 && prefixText.startsWith(QLatin1Char('0')))) {
        *error = QStringLiteral("has an invalid prefix length: use /0 to /32");
        return std::nullopt;
    }
    Ipv4Cidr cidr;
    cidr.prefix = prefix;
    cidr.network = address & maskFor(prefix);
    if (cidr.network != address) {
        *error = QStringLiteral("has host bits set: the network address is %1").arg(cidr.toString());
        return std::nullopt;
    }
    return cidr;
}
