#pragma once

#include <QString>
#include <QStringList>

namespace Tenure::Models::Expr {

// A value inside the evaluator. Entra's language is stringly typed at its edges
// (attributes are strings or multi-valued strings) but its functions also pass
// numbers, booleans and DateTimes between each other (BitAnd returns a number,
// CDate a DateTime, IsNull a boolean). Those stay typed until they leave the
// expression, where they become strings exactly as Entra prints them: "13",
// "True", "3/16/2020 7:00:00 AM".
//
// Kept small and cheap to move: the QString/QStringList members are null
// (no allocation) unless used.
struct Value {
    enum class Kind : quint8 { Null, String, List, Number, Bool, DateTime };

    Kind kind = Kind::Null;
    bool boolean = false;
    qint64 number = 0;  // Number; DateTime as milliseconds since 1970-01-01T00:00:00Z
    QString string;     // String
    QStringList list;   // List (multi-valued attribute or Split result)

    [[nodiscard]] static Value null() { return {}; }
    [[nodiscard]] static Value fromString(QString s)
    {
        Value v;
        v.kind = Kind::String;
        v.string = std::move(s);
        return v;
    }
    [[nodiscard]] static Value fromList(QStringList l)
    {
        Value v;
        v.kind = Kind::List;
        v.list = std::move(l);
        return v;
    }
    [[nodiscard]] static Value fromNumber(qint64 n)
    {
        Value v;
        v.kind = Kind::Number;
        v.number = n;
        return v;
    }
    [[nodiscard]] static Value fromBool(bool b)
    {
        Value v;
        v.kind = Kind::Bool;
        v.boolean = b;
        return v;
    }
    [[nodiscard]] static Value fromDateTime(qint64 msecsSinceEpochUtc)
    {
        Value v;
        v.kind = Kind::DateTime;
        v.number = msecsSinceEpochUtc;
        return v;
    }

    [[nodiscard]] bool isNull() const { return kind == Kind::Null; }
    // IsNullOrEmpty: absent, "", or a list without values.
    [[nodiscard]] bool isNullOrEmpty() const
    {
        switch (kind) {
        case Kind::Null: return true;
        case Kind::String: return string.isEmpty();
        case Kind::List: return list.isEmpty() || (list.size() == 1 && list.constFirst().isEmpty());
        default: return false;
        }
    }
};

// How a scalar prints, as Entra prints it: numbers in invariant decimal,
// booleans as "True"/"False", DateTimes as "M/d/yyyy h:mm:ss tt" in UTC.
[[nodiscard]] QString scalarText(const Value& value);

} // namespace Tenure::Models::Expr
