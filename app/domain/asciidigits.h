#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <algorithm>

/// ASCII digits only. QChar::isDigit() also accepts other scripts' digits (look-alikes), which no firewall, port,
/// label or HTTP header understands.
namespace Ascii {

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

/// Non-empty and nothing but '0'..'9'.
inline bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return isDigit(c.unicode()); });
}

/// Non-empty and nothing but '0'..'9'.
inline bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace Ascii
