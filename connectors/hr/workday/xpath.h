#pragma once

#include "xmldocument.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace Tenure::Connectors::Xml {

struct XPathProgram;

// An XPath 1.0 expression, compiled once and evaluated against many workers.
//
// What it understands is what Microsoft Entra's Workday connector accepts in its attribute
// XPaths (learn.microsoft.com/entra/identity/app-provisioning/workday-attribute-reference,
// "Supported XPATH functions"), so an admin's existing XPaths carry over:
//  - location paths, absolute and relative, with "/" and "//", ".", "..", "@", "*", "prefix:*",
//    text() and node(), the axes child, attribute, self, parent, descendant, descendant-or-self,
//    ancestor and ancestor-or-self;
//  - predicates, positional ([1], [last()], [position()=1]) and boolean;
//  - the operators or, and, =, !=, <, <=, >, >=, +, -, *, div, mod, unary minus and |, with
//    XPath 1.0's comparison rules for node-sets;
//  - the functions name, local-name, last, position, count, string, substring, concat,
//    substring-after, substring-before, starts-with, string-length, contains, translate,
//    normalize-space, boolean, true, false, not, number, ceiling, floor, round and sum.
// Anything else is a compile error that names its column.
class XPath {
public:
    using Namespaces = QHash<QString, QString>;   // prefix → namespace URI

    // InvalidInput with the column (1-based) in the message when the expression is not understood.
    [[nodiscard]] static Models::Result<XPath> compile(const QString& expression, const Namespaces& namespaces);

    // Evaluates with `top` as the document element, so that paths written the way Entra writes
    // them ("wd:Worker/wd:Worker_Data/…") select from that element and never above it.
    // A node-set gives the string values of its nodes in document order, empty ones left out;
    // a string, number or boolean gives its XPath string form ("true", "3", "NaN").
    [[nodiscard]] QStringList evaluate(const Element& top) const;

    [[nodiscard]] const QString& expression() const { return m_expression; }

private:
    QString m_expression;
    std::shared_ptr<const XPathProgram> m_program;
};

} // namespace Tenure::Connectors::Xml
