#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

#include <optional>

/// An IPv4 network in CIDR notation, as Scalingo firewall rules accept it ("Custom CIDR IPv4").
/// Keeps the address as typed, so hasHostBits() can tell the user that "10.0.0.1/24" is not a network address;
/// network() gives the canonical form. Equality compares address and prefix exactly.
class Cidr
{
    Q_DECLARE_TR_FUNCTIONS(Cidr)

public:
    Cidr() = default; ///< 0.0.0.0/0
    Cidr(quint32 address, int prefix); ///< \a prefix is clamped to 0..32

    /// Parses "a.b.c.d/n" or a bare "a.b.c.d" (= /32). Surrounding spaces (also around the '/') are ignored.
    /// Rejects IPv6, fewer/more than four numbers, numbers above 255, octets with leading zeros (some tools read
    /// them as octal, so "010" is ambiguous) and prefixes above 32. On failure \a error (optional) receives a
    /// translated explanation for the user.
    static std::optional<Cidr> parse(const QString &text, QString *error = nullptr);

    quint32 address() const { return m_address; } ///< as typed (host bits included)
    int prefix() const { return m_prefix; }
    quint32 netmask() const;

    /// The input had bits set below the prefix (address != network address).
    bool hasHostBits() const { return (m_address & ~netmask()) != 0; }
    /// The canonical network: host bits cleared, same prefix.
    Cidr network() const { return Cidr(m_address & netmask(), m_prefix); }

    /// "a.b.c.d/n", always with the prefix. Equal to network().toString() unless hasHostBits().
    QString toString() const;
    /// 2^(32 - prefix): 4294967296 for /0, 1 for /32.
    quint64 addressCount() const { return quint64(1) << (32 - m_prefix); }
    QHostAddress firstAddress() const { return QHostAddress(m_address & netmask()); }
    QHostAddress lastAddress() const { return QHostAddress((m_address & netmask()) | ~netmask()); }

    /// Every address of \a other is in this network.
    bool contains(const Cidr &other) const;
    /// \a address is in this network; false for non-IPv4 addresses.
    bool contains(const QHostAddress &address) const;
    /// The two networks share at least one address.
    bool overlaps(const Cidr &other) const;

    /// Special-purpose IPv4 blocks that a database on the Internet never sees as a client's address.
    enum class Scope {
        Public,
        Private, ///< 10/8, 172.16/12, 192.168/16 (RFC 1918): a local network behind a router
        Shared, ///< 100.64/10 (RFC 6598): carrier-grade NAT, inside an Internet provider
        Loopback, ///< 127/8: this computer itself
        LinkLocal, ///< 169.254/16: self-assigned when no DHCP answered
        Multicast, ///< 224/4
        Reserved, ///< 240/4 (including 255.255.255.255)
    };
    /// The special-purpose block that contains this whole network; Public when there is none (also for networks
    /// wider than such a block, e.g. 0.0.0.0/0, which are mostly public).
    Scope scope() const;
    /// The block of \a scope in CIDR notation ("10.0.0.0/8"); empty for Public. Private has three blocks: the
    /// one containing this network is network().scopeBlock().
    Cidr scopeBlock() const;
    /// Why an address of \a scope cannot be what the database sees, in plain words; empty for Public.
    static QString scopeWarning(Scope scope);

    friend bool operator==(const Cidr &a, const Cidr &b)
    {
        return a.m_address == b.m_address && a.m_prefix == b.m_prefix;
    }
    friend bool operator!=(const Cidr &a, const Cidr &b) { return !(a == b); }

private:
    quint32 m_address = 0;
    int m_prefix = 0;
};

Q_DECLARE_METATYPE(Cidr)
