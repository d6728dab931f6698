#include "cidr.h"

#include "asciidigits.h"

#include <QStringList>

namespace {

struct ScopeBlock
{
    quint32 address;
    int prefix;
    Cidr::Scope scope;
};

// IANA special-purpose registry, restricted to the blocks that can never be a client's public address.
constexpr ScopeBlock kScopeBlocks[] = {
        {0x0A000000u, 8, Cidr::Scope::Private},   {0xAC100000u, 12, Cidr::Scope::Private},
        {0xC0A80000u, 16, Cidr::Scope::Private},  {0x64400000u, 10, Cidr::Scope::Shared},
        {0x7F000000u, 8, Cidr::Scope::Loopback},  {0xA9FE0000u, 16, Cidr::Scope::LinkLocal},
        {0xE0000000u, 4, Cidr::Scope::Multicast}, {0xF0000000u, 4, Cidr::Scope::Reserved},
};

} // namespace

Cidr::Cidr(quint32 address, int prefix) : m_address(address), m_prefix(qBound(0, prefix, 32)) { }

std::optional<Cidr> Cidr::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<Cidr> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("Enter an IPv4 address or network, for example 203.0.113.0/24."));
    if (trimmed.count(QLatin1Char(':')) == 1 && trimmed.indexOf(QLatin1Char('.')) >= 0
        && trimmed.indexOf(QLatin1Char('.')) < trimmed.indexOf(QLatin1Char(':')))
        return fail(tr("Remove the port (\":%1\"): a firewall rule applies to every port of an address.")
                            .arg(trimmed.section(QLatin1Char(':'), 1)));
    if (trimmed.contains(QLatin1Char(':')))
        return fail(tr("IPv6 addresses are not supported: firewall rules accept IPv4 addresses only."));

    const QStringList parts = trimmed.split(QLatin1Char('/'));
    if (parts.size() > 2)
        return fail(tr("Write a single \"/\" between the address and the prefix length, for example 203.0.113.0/24."));

    const QString addressText = parts.at(0).trimmed();
    const QStringList octets = addressText.split(QLatin1Char('.'));
    if (octets.size() != 4)
        return fail(tr("An IPv4 address has four numbers separated by dots, for example 203.0.113.7."));

    quint32 address = 0;
    for (const QString &octet : octets) {
        if (!Ascii::isDigits(octet))
            return fail(tr("%1 is not an IPv4 address: use four numbers from 0 to 255 separated by dots.")
                                .arg(addressText));
        if (octet.size() > 1 && octet.startsWith(QLatin1Char('0'))) {
            const uint value = octet.toUInt();
            if (value > 255)
                return fail(tr("%1 is too large: each number of an IPv4 address is between 0 and 255.").arg(octet));
            return fail(tr("%1 has a leading zero, which some tools read as an octal number: write %2 instead.")
                                .arg(octet, QString::number(value)));
        }
        const uint value = octet.size() > 3 ? 256 : octet.toUInt();
        if (value > 255)
            return fail(tr("%1 is too large: each number of an IPv4 address is between 0 and 255.").arg(octet));
        address = (address << 8) | value;
    }

    int prefix = 32; // a bare address is a single host
    if (parts.size() == 2) {
        const QString prefixText = parts.at(1).trimmed();
        if (prefixText.isEmpty())
            return fail(tr("The prefix length after \"/\" is missing: use a number from 0 to 32."));
        bool ok = false;
        const int value = prefixText.toInt(&ok);
        if (!Ascii::isDigits(prefixText) || !ok || value > 32)
            return fail(tr("The prefix length must be a number from 0 to 32, not %1.").arg(prefixText));
        prefix = value;
    }
    if (error)
        error->clear();
    return Cidr(address, prefix);
}

quint32 Cidr::netmask() const
{
    // Shifting a 32-bit value by 32 is undefined: /0 needs its own case.
    return m_prefix == 0 ? 0u : ~quint32(0) << (32 - m_prefix);
}

QString Cidr::toString() const
{
    return QStringLiteral("%1.%2.%3.%4/%5")
            .arg(m_address >> 24)
            .arg((m_address >> 16) & 0xff)
            .arg((m_address >> 8) & 0xff)
            .arg(m_address & 0xff)
            .arg(m_prefix);
}

bool Cidr::contains(const Cidr &other) const
{
    return other.m_prefix >= m_prefix && (other.m_address & netmask()) == (m_address & netmask());
}

bool Cidr::contains(const QHostAddress &address) const
{
    bool ok = false;
    const quint32 value = address.toIPv4Address(&ok);
    return ok && contains(Cidr(value, 32));
}

bool Cidr::overlaps(const Cidr &other) const
{
    // Two CIDR blocks are either nested or disjoint.
    return contains(other) || other.contains(*this);
}

Cidr Cidr::scopeBlock() const
{
    for (const ScopeBlock &block : kScopeBlocks) {
        const Cidr candidate(block.address, block.prefix);
        if (candidate.contains(*this))
            return candidate;
    }
    return {};
}

Cidr::Scope Cidr::scope() const
{
    for (const ScopeBlock &block : kScopeBlocks) {
        if (Cidr(block.address, block.prefix).contains(*this))
            return block.scope;
    }
    return Scope::Public;
}

QString Cidr::scopeWarning(Scope scope)
{
    switch (scope) {
    case Scope::Public:
        break;
    case Scope::Private:
        return tr("This is a private network address (like a home or office network behind a router). The database "
                  "sees your router's public address, never this one: this rule would let nobody in.");
    case Scope::Shared:
        return tr("This is a shared address of an Internet provider (carrier-grade NAT). The database sees the "
                  "provider's public address, never this one: this rule would let nobody in.");
    case Scope::Loopback:
        return tr("This is a loopback address: it only ever means the computer itself, so no connection from the "
                  "Internet comes from it.");
    case Scope::LinkLocal:
        return tr("This is a link-local address, which a computer gives itself when its network has no DHCP: it "
                  "never reaches the Internet.");
    case Scope::Multicast:
        return tr("This is a multicast address: no computer connects from it.");
    case Scope::Reserved:
        return tr("This is a reserved address, not used on the Internet: no computer connects from it.");
    }
    return {};
}
