#pragma once

#include <QIcon>
#include <QString>

/// Action and status icons from resources/icons, drawn in the current palette's text colour so they stay readable in
/// dark themes and sharp at any scale (SVG).
namespace Icons {
QIcon icon(const QString &name);
QIcon appIcon();
} // namespace Icons
