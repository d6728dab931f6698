#pragma once

#include <Qt>

/// Custom roles shared by every model (and by the views and tests that read them).
namespace ModelRoles {
enum Role {
    IdRole = Qt::UserRole + 1, ///< the resource's stable key (rule id, username, extension name, database id)
    RawRole, ///< the unformatted value of a cell, used for sorting (dates, numbers, booleans)
    ProtectedRole, ///< bool: the row cannot be modified
    PendingRole, ///< bool: a change on this row is in flight
    ValueRole, ///< the whole value type as a QVariant
    AdmitsThisComputerRole, ///< bool: this firewall rule is known to admit this computer's public IPv4
    ChangedRole, ///< bool: the row appeared since the user last looked at this database (someone else added it)
    ExpiryRole, ///< QDateTime (UTC): when a temporary rule expires; invalid for a permanent one
};
} // namespace ModelRoles
