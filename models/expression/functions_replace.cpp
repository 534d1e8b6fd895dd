// Replace(source, oldValue, regexPattern, regexGroupName, replacementValue,
//         replacementAttributeName, template)
//
// Microsoft: "Replaces values within a string in a case-sensitive manner. The function behaves
// differently depending on the parameters provided":
//  1. oldValue + replacementValue: every oldValue in source becomes replacementValue;
//  2. oldValue + template: every oldValue in template becomes the source value;
//  3. regexPattern + replacementValue: a regex replace; replacementValue may use the .NET
//     substitutions ${name}, $1, $$, $&, $`, $', $+, $_;
//  4. regexPattern + regexGroupName + replacementValue: in every match, only the named group's
//     text is replaced;
//  5. regexPattern + regexGroupName + replacementAttributeName: "If source has a value, source is
//     returned. If source has no value, the function applies the regexPattern to the
//     replacementAttributeName and returns the value matching regexGroupName".
// "Provided" means written: an omitted position is not provided, "" is.
#include "functions.h"
#include "regexcopies.h"

#include <optional>

namespace Tenure::Models::Expr::Functions {

namespace {

// The text Replace builds, held to EvalContext::maxValueLength as it grows: one substitution may
// copy the whole subject several times ("$_$_$_"), and nested Replace calls multiply that.
class BoundedText {
public:
    explicit BoundedText(qsizetype limit) : m_limit(limit) {}

    // False (and nothing appended) when the piece would pass the limit.
    bool append(QStringView piece)
    {
        if (m_text.size() + piece.size() > m_limit) {
            m_over = true;
            return false;
        }
        m_text += piece;
        return true;
    }
    bool append(QChar c) { return append(QStringView(&c, 1)); }

    [[nodiscard]] bool over() const { return m_over; }
    [[nodiscard]] QString take() { return std::move(m_text); }

private:
    QString m_text;
    qsizetype m_limit;
    bool m_over = false;
};

// .NET Regex substitution syntax
// (https://learn.microsoft.com/dotnet/standard/base-types/substitutions-in-regular-expressions).
// False when the text would pass its limit.
bool expandSubstitution(const QString& subject, const QRegularExpressionMatch& m, const QRegularExpression& re,
                        QStringView replacement, BoundedText& out)
{
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement[i];
        if (c != QLatin1Char('$') || i + 1 >= replacement.size()) {
            if (!out.append(c))
                return false;
            continue;
        }
        const QChar n = replacement[i + 1];
        QStringView piece;
        if (n == QLatin1Char('$')) {
            piece = u"$";
            ++i;
        } else if (n == QLatin1Char('&')) {
            piece = m.capturedView(0);
            ++i;
        } else if (n == QLatin1Char('`')) {
            piece = QStringView(subject).left(m.capturedStart(0));
            ++i;
        } else if (n == QLatin1Char('\'')) {
            piece = QStringView(subject).mid(m.capturedEnd(0));
            ++i;
        } else if (n == QLatin1Char('_')) {
            piece = subject;
            ++i;
        } else if (n == QLatin1Char('+')) {
            if (m.lastCapturedIndex() > 0)
                piece = m.capturedView(m.lastCapturedIndex());
            ++i;
        } else if (n == QLatin1Char('{')) {
            const qsizetype close = replacement.indexOf(QLatin1Char('}'), i + 2);
            const QStringView name = close < 0 ? QStringView() : replacement.mid(i + 2, close - i - 2);
            bool numeric = false;
            const int number = name.toInt(&numeric);
            const bool known = !name.isEmpty() && (numeric ? number <= re.captureCount()
                                                           : re.namedCaptureGroups().contains(name.toString()));
            if (!known) { // .NET leaves an unknown ${name} as written
                if (!out.append(c))
                    return false;
                continue;
            }
            piece = numeric ? m.capturedView(number) : m.capturedView(name);
            i = close;
        } else if (n.isDigit()) {
            // As many digits as still name an existing group.
            qsizetype j = i + 1;
            int number = 0;
            while (j < replacement.size() && replacement[j].isDigit() &&
                   number * 10 + replacement[j].digitValue() <= re.captureCount()) {
                number = number * 10 + replacement[j].digitValue();
                ++j;
            }
            if (j == i + 1) {
                if (!out.append(c))
                    return false;
                continue;
            }
            piece = m.capturedView(number);
            i = j - 1;
        } else {
            piece = replacement.sliced(i, 1);
        }
        if (!out.append(piece))
            return false;
    }
    return true;
}

// Modes 1 and 2: every occurrence of `oldValue` (not empty) replaced, case-sensitively, in one
// pass that appends (QString::replace took over a minute for four million occurrences that grow
// the text, in the fuzz build). Nullopt past `limit` characters.
std::optional<QString> plainReplace(const QString& s, const QString& oldValue, const QString& replacement,
                                    qsizetype limit)
{
    BoundedText out(limit);
    qsizetype last = 0;
    for (qsizetype i = s.indexOf(oldValue); i >= 0; i = s.indexOf(oldValue, last)) {
        if (!out.append(QStringView(s).mid(last, i - last)) || !out.append(replacement))
            return std::nullopt;
        last = i + oldValue.size();
    }
    if (!out.append(QStringView(s).mid(last)))
        return std::nullopt;
    return out.take();
}

// Mode 3: every match replaced by the expanded replacement. Nullopt past `limit` characters.
std::optional<QString> regexReplace(const QString& s, const QRegularExpression& re, const QString& replacement,
                                    qsizetype limit)
{
    BoundedText out(limit);
    qsizetype last = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!out.append(QStringView(s).mid(last, m.capturedStart(0) - last)) ||
            !expandSubstitution(s, m, re, replacement, out))
            return std::nullopt;
        last = m.capturedEnd(0);
    }
    if (!out.append(QStringView(s).mid(last)))
        return std::nullopt;
    return out.take();
}

// Mode 4: in every match only the named group's text replaced. Nullopt past `limit` characters.
std::optional<QString> groupReplace(const QString& s, const QRegularExpression& re, const QString& group,
                                    const QString& replacement, qsizetype limit)
{
    BoundedText out(limit);
    qsizetype last = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart(group);
        if (start < 0)
            continue;
        if (!out.append(QStringView(s).mid(last, start - last)) || !out.append(replacement))
            return std::nullopt;
        last = m.capturedEnd(group);
    }
    if (!out.append(QStringView(s).mid(last)))
        return std::nullopt;
    return out.take();
}

// Runs a replacement over each value of the source (mapText), keeping the total of all values
// within maxValueLength; a replacement returns nullopt when its value alone would not fit.
template <typename F>
Value boundedReplace(const Node& call, EvalState& state, const Value& source, F&& replaceOne)
{
    qsizetype used = 0;
    bool over = false;
    Value result = mapText(call, state, source, [&](const QString& s) {
        if (over)
            return QString();
        std::optional<QString> out = replaceOne(s, state.context().maxValueLength - used);
        over = !out;
        if (out)
            used += out->size() + 1;
        return out ? std::move(*out) : QString();
    });
    return over ? state.failTooLong(call) : result;
}

} // namespace

Value replace(const Node& call, EvalState& state)
{
    auto provided = [&call](std::size_t i) { return !call.isOmitted(i); };
    const Value source = state.arg(call, 0);
    if (state.failed())
        return {};
    QString oldValue, pattern, group, replacement, replacementAttribute, templ;
    auto read = [&](std::size_t i, const char* name, QString& out) {
        return !provided(i) || (state.text(call, state.arg(call, i), name, out) && !state.failed());
    };
    if (!read(1, "oldValue", oldValue) || !read(2, "regexPattern", pattern) || !read(3, "regexGroupName", group) ||
        !read(4, "replacementValue", replacement) || !read(5, "replacementAttributeName", replacementAttribute) ||
        !read(6, "template", templ))
        return {};

    if (!provided(2)) {
        if (!provided(1))
            return state.fail(call, QStringLiteral("give oldValue (2nd argument) or regexPattern (3rd argument)"));
        if (provided(6)) { // 2. the source goes into the template
            QString s;
            if (!state.text(call, source, "source", s))
                return {};
            if (source.isNull())
                return {};
            if (oldValue.isEmpty())
                return Value::fromString(templ);
            auto filled = plainReplace(templ, oldValue, s, state.context().maxValueLength);
            return filled ? Value::fromString(std::move(*filled)) : state.failTooLong(call);
        }
        if (oldValue.isEmpty()) // an empty oldValue would match between every two characters
            return source;
        return boundedReplace(call, state, source, [&](const QString& s, qsizetype limit) {
            return plainReplace(s, oldValue, replacement, limit);
        });
    }

    // A constant pattern was compiled with the expression; a computed one is compiled here.
    QRegularExpression runtime;
    const QRegularExpression* re = call.regex ? &perThreadCopy(*call.regex) : nullptr;
    if (!re) {
        runtime = QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!runtime.isValid())
            return state.fail(call, QStringLiteral("invalid regular expression \"%1\": %2").arg(pattern, runtime.errorString()));
        re = &runtime;
    }
    if (provided(3) && !re->namedCaptureGroups().contains(group))
        return state.fail(call, QStringLiteral("the pattern has no group named \"%1\"").arg(group));

    if (provided(3) && provided(5) && !provided(4)) { // 5. fall back to another attribute
        if (!source.isNullOrEmpty())
            return source;
        const QRegularExpressionMatch m = re->match(replacementAttribute);
        return m.hasMatch() ? Value::fromString(m.captured(group)) : Value();
    }
    if (provided(3)) // 4. replace only the named group
        return boundedReplace(call, state, source, [&](const QString& s, qsizetype limit) {
            return groupReplace(s, *re, group, replacement, limit);
        });
    return boundedReplace(call, state, source,
                          [&](const QString& s, qsizetype limit) { return regexReplace(s, *re, replacement, limit); });
}

} // namespace Tenure::Models::Expr::Functions
