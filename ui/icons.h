#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

/// Action and status icons from resources/icons, drawn in the current palette's text colour so they stay readable in
/// dark themes and sharp at any scale (SVG).
namespace Icons {
QIcon icon(const QString &name);
/// The same icon drawn in \a colour (when enabled), for a button with a background colour of its own.
QIcon icon(const QString &name, const QColor &colour);
QIcon appIcon();
} // namespace Icons
