#pragma once

#include <QString>

#include <optional>

/// Strict IPv4 CIDR parsing for firewall rules: "a.b.c.d/n", decimal octets without leading zeros,
/// prefix 0-32, network address only (host bits must be zero). Bare addresses are refused (the app adds /32).
struct Ipv4Cidr
{
    quint32 network = 0;
    int prefix = 32;

    /// nullopt with a user-facing message (which proposes the canonical form when host bits are set).
    static std::optional<Ipv4Cidr> parse(const QString &text, QString *error);
    QString toString() const;
};
