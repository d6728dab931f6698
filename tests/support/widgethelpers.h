#pragma once
// Widget helpers shared by GUI tests (offscreen fixtures and sandbox-driven ones alike).

#include <QString>

class QAbstractButton;
class QAbstractItemView;

namespace TestWidgets {

/// Selects the row whose first column's IdRole is `id` (rule id, username). False when there is none.
bool selectRow(QAbstractItemView *view, const QString &id);

/// Clicks `button` if it is visible and enabled; false otherwise (so a disabled button fails the test).
bool click(QAbstractButton *button);

} // namespace TestWidgets
