#pragma once

#include <QString>

/// Text that came from a server or a user, made safe to show: every character that would be invisible or would
/// change how the text around it is drawn (C0/C1 controls, bidi overrides/embeddings/isolates, zero-width and other
/// format characters, line/paragraph separators) becomes a visible stand-in, so "abc\n" and "abc" never look the
/// same and a right-to-left override cannot reverse what follows. Widgets must still show the result as plain text.
namespace DisplayText {

/// \a text with each invisible character replaced: C0 controls by their Control Pictures (U+2400 + code, e.g.
/// "\n" → "␊"), DEL by "␡", everything else by "⟨U+XXXX⟩". Ordinary text (any script) is unchanged.
QString visible(const QString &text);
/// True when visible(text) differs from \a text.
bool hasInvisible(const QString &text);
/// True when \a c (a code point) must be shown by a stand-in.
bool isInvisible(char32_t c);

/// \a text as a user can type it on any keyboard: each invisible character written "<U+XXXX>" ("abc\n" →
/// "abc<U+000A>"). Used where a name must be typed to confirm.
QString typable(const QString &text);
/// The inverse for what a user typed: "<U+XXXX>" or "⟨U+XXXX⟩" (any case), the Control Pictures (␊, ␡...) and the
/// escapes \n \r \t \0 become the characters they stand for. So typing the shown or the typable form of a name
/// with invisible characters gives back the name itself.
QString fromTyped(const QString &typed);

} // namespace DisplayText
