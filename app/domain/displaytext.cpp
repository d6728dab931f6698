#include "displaytext.h"

#include <QChar>
#include <QList>
#include <QRegularExpression>

namespace DisplayText {

bool isInvisible(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true; // C0, DEL, C1
    switch (c) {
    case 0x00ad: // soft hyphen
    case 0x034f: // combining grapheme joiner
    case 0x061c: // Arabic letter mark
    case 0x115f:
    case 0x1160: // Hangul fillers
    case 0x180e: // Mongolian vowel separator
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
    case 0x3164: // Hangul filler
    case 0xfeff: // zero-width no-break space / BOM
    case 0xffa0: // half-width Hangul filler
        return true;
    default:
        break;
    }
    if ((c >= 0x200b && c <= 0x200f) // zero-width space/joiners, LRM, RLM
        || (c >= 0x202a && c <= 0x202e) // embeddings and overrides
        || (c >= 0x2060 && c <= 0x206f) // word joiner, invisible operators, isolates, deprecated format
        || (c >= 0xfe00 && c <= 0xfe0f) // variation selectors
        || (c >= 0xfff9 && c <= 0xfffb) // interlinear annotation
        || (c >= 0xe0000 && c <= 0xe0fff)) // tags, variation selectors supplement
        return true;
    // Anything else Unicode calls a format character, or a lone surrogate / non-character.
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Format || category == QChar::Other_Surrogate
            || category == QChar::Other_NotAssigned;
}

QString visible(const QString &text)
{
    if (!hasInvisible(text))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const char32_t c : text.toUcs4()) {
        if (!isInvisible(c)) {
            out += QString::fromUcs4(&c, 1);
        } else if (c < 0x20) {
            out += QChar(char16_t(0x2400 + c)); // Control Pictures block: ␀ … ␟
        } else if (c == 0x7f) {
            out += QChar(char16_t(0x2421)); // ␡
        } else {
            out += QStringLiteral("⟨U+%1⟩").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
        }
    }
    return out;
}

bool hasInvisible(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.unicode() >= 0x20 && ch.unicode() < 0x7f)
            continue; // fast path for ASCII
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (isInvisible(QChar::surrogateToUcs4(ch, text.at(i + 1))))
                return true;
            ++i;
            continue;
        }
        if (isInvisible(ch.unicode()))
            return true;
    }
    return false;
}

QString typable(const QString &text)
{
    QString out;
    for (const char32_t c : text.toUcs4()) {
        if (isInvisible(c))
            out += QStringLiteral("<U+%1>").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString fromTyped(const QString &typed)
{
    static const QRegularExpression code(QStringLiteral("[<⟨][Uu]\\+([0-9A-Fa-f]{1,6})[>⟩]"));
    QString out;
    qsizetype last = 0;
    for (auto it = code.globalMatch(typed); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += typed.mid(last, match.capturedStart() - last);
        const char32_t c = match.captured(1).toUInt(nullptr, 16);
        out += c <= 0x10ffff ? QString::fromUcs4(&c, 1) : match.captured();
        last = match.capturedEnd();
    }
    out += typed.mid(last);
    QString result;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar ch = out.at(i);
        if (ch.unicode() >= 0x2400 && ch.unicode() <= 0x241f) {
            result += QChar(char16_t(ch.unicode() - 0x2400));
        } else if (ch.unicode() == 0x2421) {
            result += QChar(char16_t(0x7f));
        } else if (ch == u'\\' && i + 1 < out.size() && QStringLiteral("nrt0").contains(out.at(i + 1))) {
            const QChar e = out.at(++i);
            result += e == u'n' ? QChar(u'\n') : e == u'r' ? QChar(u'\r') : e == u't' ? QChar(u'\t') : QChar(u'\0');
        } else {
            result += ch;
        }
    }
    return result;
}

} // namespace DisplayText
