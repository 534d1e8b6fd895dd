// NormalizeDiacritics with exactly the table Microsoft documents
// (functions-for-customizing-application-data#normalizediacritics). Characters outside the
// table pass through unchanged, as in Entra: "ŷ" stays "ŷ", "œ" stays "œ" (only "œ̄" is listed),
// and "ø" becomes "oe", "ß" becomes "ss".
#include "functions.h"

#include <QHash>

#include <algorithm>

namespace Tenure::Models::Expr::Functions {

namespace {

struct Row {
    const char16_t* characters; // ", "-separated, as printed in Microsoft's table
    const char16_t* replacement;
};

// Copied from Microsoft's table, row by row.
constexpr Row Rows[] = {
    {u"ä, à, â, ã, å, á, ą, ă, ā, ā́, ā̀, ā̂, ā̃, ǟ, ā̈, ǡ, a̱, å̄", u"a"},
    {u"Ä, À, Â, Ã, Å, Á, Ą, Ă, Ā, Ā́, Ā̀, Ā̂, Ā̃, Ǟ, Ā̈, Ǡ, A̱, Å̄", u"A"},
    {u"æ, ǣ", u"ae"},
    {u"Æ, Ǣ", u"AE"},
    {u"ç, č, ć, c̄, c̱", u"c"},
    {u"Ç, Č, Ć, C̄, C̱", u"C"},
    {u"ď, d̄, ḏ", u"d"},
    {u"Ď, D̄, Ḏ", u"D"},
    {u"ë, è, é, ê, ę, ě, ė, ē, ḗ, ḕ, ē̂, ē̃, ê̄, e̱, ë̄, e̊̄", u"e"},
    {u"Ë, È, É, Ê, Ę, Ě, Ė, Ē, Ḗ, Ḕ, Ē̂, Ē̃, Ê̄, E̱, Ë̄, E̊̄", u"E"},
    {u"ğ, ḡ, g̱", u"g"},
    {u"Ğ, Ḡ, G̱", u"G"},
    {u"ï, î, ì, í, ı, ī, ī́, ī̀, ī̂, ī̃, i̱", u"i"},
    {u"Ï, Î, Ì, Í, İ, Ī, Ī́, Ī̀, Ī̂, Ī̃, I̱", u"I"},
    {u"ľ, ł, l̄, ḹ, ḻ", u"l"},
    {u"Ł, Ľ, L̄, Ḹ, Ḻ", u"L"},
    {u"ñ, ń, ň, n̄, ṉ", u"n"},
    {u"Ñ, Ń, Ň, N̄, Ṉ", u"N"},
    {u"ö, ò, ő, õ, ô, ó, ō, ṓ, ṑ, ō̂, ō̃, ȫ, ō̈, ǭ, ȭ, ȱ, o̱", u"o"},
    {u"Ö, Ò, Ő, Õ, Ô, Ó, Ō, Ṓ, Ṑ, Ō̂, Ō̃, Ȫ, Ō̈, Ǭ, Ȭ, Ȱ, O̱", u"O"},
    {u"ø, ø̄, œ̄", u"oe"},
    {u"Ø, Ø̄, Œ̄", u"OE"},
    {u"ř, r̄, ṟ, ṝ", u"r"},
    {u"Ř, R̄, Ṟ, Ṝ", u"R"},
    {u"ß", u"ss"},
    {u"š, ś, ș, ş, s̄, s̱", u"s"},
    {u"Š, Ś, Ș, Ş, S̄, S̱", u"S"},
    {u"ť, ț, t̄, ṯ", u"t"},
    {u"Ť, Ț, T̄, Ṯ", u"T"},
    {u"ü, ù, û, ú, ů, ű, ū, ū́, ū̀, ū̂, ū̃, u̇̄, ǖ, ṻ, ṳ̄, u̱", u"u"},
    {u"Ü, Ù, Û, Ú, Ů, Ű, Ū, Ū́, Ū̀, Ū̂, Ū̃, U̇̄, Ǖ, Ṻ, Ṳ̄, U̱", u"U"},
    {u"ÿ, ý, ȳ, ȳ́, ȳ̀, ȳ̃, y̱", u"y"},
    {u"Ÿ, Ý, Ȳ, Ȳ́, Ȳ̀, Ȳ̃, Y̱", u"Y"},
    {u"ź, ž, ż, z̄, ẕ", u"z"},
    {u"Ź, Ž, Ż, Z̄, Ẕ", u"Z"},
};

struct Entry {
    QString key; // NFC
    QString replacement;
};

// Entries by their first UTF-16 unit, longest key first, so "ā́" wins over "ā" and "c̄" over "c".
class Table {
public:
    Table()
    {
        for (const Row& row : Rows) {
            const QString replacement = QString::fromUtf16(row.replacement);
            for (const QString& character : QString::fromUtf16(row.characters).split(QStringLiteral(", "))) {
                const QString key = character.normalized(QString::NormalizationForm_C);
                m_byFirst[key.at(0).unicode()].push_back({key, replacement});
            }
        }
        for (auto& entries : m_byFirst)
            std::stable_sort(entries.begin(), entries.end(),
                             [](const Entry& a, const Entry& b) { return a.key.size() > b.key.size(); });
    }

    QString apply(const QString& input) const
    {
        const bool ascii = std::all_of(input.cbegin(), input.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii)
            return input;
        // Names arrive composed or decomposed ("e" + U+0301); compare in one form.
        const QString s = input.normalized(QString::NormalizationForm_C);
        QString out;
        out.reserve(s.size());
        for (qsizetype i = 0; i < s.size();) {
            const auto it = m_byFirst.constFind(s[i].unicode());
            const Entry* match = nullptr;
            if (it != m_byFirst.cend()) {
                for (const Entry& e : *it) {
                    if (QStringView(s).mid(i).startsWith(e.key)) {
                        match = &e;
                        break;
                    }
                }
            }
            if (match) {
                out += match->replacement;
                i += match->key.size();
            } else {
                out += s[i++];
            }
        }
        return out;
    }

private:
    QHash<char16_t, std::vector<Entry>> m_byFirst;
};

const Table& table()
{
    static const Table t;
    return t;
}

} // namespace

Value normalizeDiacritics(const Node& call, EvalState& state)
{
    const Table& t = table();
    return mapText(call, state, state.arg(call, 0), [&t](const QString& s) { return t.apply(s); });
}

} // namespace Tenure::Models::Expr::Functions
