// XPath: evaluation over an Element tree with XPath 1.0's node-set, comparison and number rules.
#include "xpathprogram.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace Tenure::Connectors::Xml {
namespace {

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

struct XNode {
    enum Kind { Root, Elem, Attr, Text };
    Kind kind = Root;
    const Element* element = nullptr;   // Root: the document element
    int attribute = -1;
    friend bool operator==(const XNode&, const XNode&) = default;
};

qint64 documentOrder(const XNode& node)
{
    constexpr qint64 Slots = 1'000'000;   // per element: itself, its attributes, then its text
    switch (node.kind) {
    case XNode::Root: return -1;
    case XNode::Elem: return qint64(node.element->order) * Slots;
    case XNode::Attr: return qint64(node.element->order) * Slots + 1 + node.attribute;
    case XNode::Text: return qint64(node.element->order) * Slots + Slots - 1;
    }
    return 0;
}

QString stringValue(const XNode& node)
{
    switch (node.kind) {
    case XNode::Root:
    case XNode::Elem: return node.element->stringValue();
    case XNode::Attr: return node.element->attributes.at(node.attribute).value;
    case XNode::Text: return node.element->text;
    }
    return {};
}

struct Value {
    enum Type { Nodes, String, Number, Boolean };
    Type type = String;
    QList<XNode> nodes;
    QString string;
    double number = 0;
    bool boolean = false;

    static Value ofNodes(QList<XNode> n)
    {
        Value v;
        v.type = Nodes;
        v.nodes = std::move(n);
        return v;
    }
    static Value ofString(QString s)
    {
        Value v;
        v.type = String;
        v.string = std::move(s);
        return v;
    }
    static Value ofNumber(double d)
    {
        Value v;
        v.type = Number;
        v.number = d;
        return v;
    }
    static Value ofBoolean(bool b)
    {
        Value v;
        v.type = Boolean;
        v.boolean = b;
        return v;
    }
};

double stringToNumber(const QString& text)
{
    // XPath's Number: optional minus, digits with an optional fraction, surrounding whitespace.
    const QString s = text.trimmed();
    int i = 0;
    if (i < s.size() && s.at(i) == u'-')
        ++i;
    int digits = 0;
    while (i < s.size() && s.at(i).isDigit()) {
        ++i;
        ++digits;
    }
    if (i < s.size() && s.at(i) == u'.') {
        ++i;
        while (i < s.size() && s.at(i).isDigit()) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0 || i != s.size())
        return std::numeric_limits<double>::quiet_NaN();
    return s.toDouble();
}

QString numberToString(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    QString s = QString::number(d, 'f', 12);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QString toString(const Value& v)
{
    switch (v.type) {
    case Value::Nodes: return v.nodes.isEmpty() ? QString() : stringValue(v.nodes.constFirst());
    case Value::String: return v.string;
    case Value::Number: return numberToString(v.number);
    case Value::Boolean: return v.boolean ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

double toNumber(const Value& v)
{
    switch (v.type) {
    case Value::Nodes:
    case Value::String: return stringToNumber(toString(v));
    case Value::Number: return v.number;
    case Value::Boolean: return v.boolean ? 1 : 0;
    }
    return 0;
}

bool toBoolean(const Value& v)
{
    switch (v.type) {
    case Value::Nodes: return !v.nodes.isEmpty();
    case Value::String: return !v.string.isEmpty();
    case Value::Number: return v.number != 0 && !std::isnan(v.number);
    case Value::Boolean: return v.boolean;
    }
    return false;
}

struct Context {
    XNode node;
    qsizetype position = 1;
    qsizetype size = 1;
    const Element* top = nullptr;
};

void sortAndDedupe(QList<XNode>& nodes)
{
    std::stable_sort(nodes.begin(), nodes.end(),
                     [](const XNode& a, const XNode& b) { return documentOrder(a) < documentOrder(b); });
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
}

XNode parentOf(const XNode& node, const Element* top)
{
    switch (node.kind) {
    case XNode::Root: return {XNode::Root, nullptr, -1};   // none: marked by a null element
    case XNode::Elem:
        return node.element == top ? XNode{XNode::Root, top, -1} : XNode{XNode::Elem, node.element->parent, -1};
    case XNode::Attr:
    case XNode::Text: return {XNode::Elem, node.element, -1};
    }
    return {};
}

void appendChildren(const XNode& node, const Element* top, QList<XNode>& out)
{
    if (node.kind == XNode::Root) {
        out.append({XNode::Elem, top, -1});
        return;
    }
    if (node.kind != XNode::Elem)
        return;
    if (!node.element->text.isEmpty())
        out.append({XNode::Text, node.element, -1});
    for (const auto& child : node.element->children)
        out.append({XNode::Elem, child.get(), -1});
}

void appendDescendants(const XNode& node, const Element* top, QList<XNode>& out)
{
    QList<XNode> children;
    appendChildren(node, top, children);
    for (const auto& child : children) {
        out.append(child);
        appendDescendants(child, top, out);
    }
}

QList<XNode> axisNodes(const XNode& node, Axis axis, const Element* top)
{
    QList<XNode> out;
    switch (axis) {
    case Axis::Child: appendChildren(node, top, out); break;
    case Axis::Attribute:
        if (node.kind == XNode::Elem) {
            for (int i = 0; i < node.element->attributes.size(); ++i)
                out.append({XNode::Attr, node.element, i});
        }
        break;
    case Axis::Self: out.append(node); break;
    case Axis::Parent:
        if (const XNode parent = parentOf(node, top); parent.element)
            out.append(parent);
        break;
    case Axis::Descendant: appendDescendants(node, top, out); break;
    case Axis::DescendantOrSelf:
        out.append(node);
        appendDescendants(node, top, out);
        break;
    case Axis::AncestorOrSelf: out.append(node); [[fallthrough]];
    case Axis::Ancestor:
        for (XNode parent = parentOf(node, top); parent.element; parent = parentOf(parent, top)) {
            out.append(parent);
            if (parent.kind == XNode::Root)
                break;
        }
        break;
    }
    return out;
}

bool matches(const XNode& node, const Step& step)
{
    // The principal node type of the attribute axis is the attribute; of every other, the element.
    const XNode::Kind principal = step.axis == Axis::Attribute ? XNode::Attr : XNode::Elem;
    switch (step.test) {
    case Test::Node: return true;
    case Test::Text: return node.kind == XNode::Text;
    case Test::AnyName: return node.kind == principal;
    case Test::NamespaceAny:
        if (node.kind != principal)
            return false;
        return (principal == XNode::Attr ? node.element->attributes.at(node.attribute).namespaceUri
                                         : node.element->namespaceUri) == step.ns;
    case Test::Name:
        if (node.kind != principal)
            return false;
        if (principal == XNode::Attr) {
            const Attribute& a = node.element->attributes.at(node.attribute);
            return a.name == step.local && a.namespaceUri == step.ns;
        }
        return node.element->is(step.ns, step.local);
    }
    return false;
}

Value evaluate(const Expr& e, const Context& c);

QList<XNode> applyPredicates(QList<XNode> nodes, const std::vector<ExprPtr>& predicates, const Element* top)
{
    for (const auto& predicate : predicates) {
        QList<XNode> kept;
        const qsizetype size = nodes.size();
        for (qsizetype i = 0; i < size; ++i) {
            const Value v = evaluate(*predicate, {nodes.at(i), i + 1, size, top});
            // A number selects by position ([1], [last()]); anything else is a condition.
            const bool keep = v.type == Value::Number ? v.number == double(i + 1) : toBoolean(v);
            if (keep)
                kept.append(nodes.at(i));
        }
        nodes = std::move(kept);
    }
    return nodes;
}

bool compareAtoms(Op op, const Value& a, const Value& b)
{
    if (op == Op::Eq || op == Op::Ne) {
        bool equal;
        if (a.type == Value::Boolean || b.type == Value::Boolean)
            equal = toBoolean(a) == toBoolean(b);
        else if (a.type == Value::Number || b.type == Value::Number)
            equal = toNumber(a) == toNumber(b);
        else
            equal = toString(a) == toString(b);
        return op == Op::Eq ? equal : !equal;
    }
    const double x = toNumber(a);
    const double y = toNumber(b);
    switch (op) {
    case Op::Lt: return x < y;
    case Op::Le: return x <= y;
    case Op::Gt: return x > y;
    case Op::Ge: return x >= y;
    default: return false;
    }
}

// XPath 1.0 §3.4: a comparison with a node-set holds if it holds for some node of it.
bool compare(Op op, const Value& a, const Value& b)
{
    if (a.type == Value::Nodes && b.type == Value::Nodes) {
        for (const auto& x : a.nodes) {
            for (const auto& y : b.nodes) {
                if (compareAtoms(op, Value::ofString(stringValue(x)), Value::ofString(stringValue(y))))
                    return true;
            }
        }
        return false;
    }
    if (a.type == Value::Nodes || b.type == Value::Nodes) {
        const bool nodesLeft = a.type == Value::Nodes;
        const Value& set = nodesLeft ? a : b;
        const Value& other = nodesLeft ? b : a;
        if (other.type == Value::Boolean) {
            const Value asBoolean = Value::ofBoolean(toBoolean(set));
            return nodesLeft ? compareAtoms(op, asBoolean, other) : compareAtoms(op, other, asBoolean);
        }
        for (const auto& node : set.nodes) {
            Value atom = Value::ofString(stringValue(node));
            if (other.type == Value::Number)
                atom = Value::ofNumber(stringToNumber(atom.string));
            if (nodesLeft ? compareAtoms(op, atom, other) : compareAtoms(op, other, atom))
                return true;
        }
        return false;
    }
    return compareAtoms(op, a, b);
}

double xpathRound(double d)
{
    if (std::isnan(d) || std::isinf(d))
        return d;
    return std::floor(d + 0.5);
}

Value callFunction(const Expr& e, const Context& c)
{
    const auto arg = [&](size_t i) { return evaluate(*e.args[i], c); };
    const auto stringArg = [&](size_t i) { return i < e.args.size() ? toString(arg(i)) : stringValue(c.node); };
    const auto firstNode = [&]() -> std::optional<XNode> {
        if (e.args.empty())
            return c.node;
        const Value v = arg(0);
        if (v.type != Value::Nodes || v.nodes.isEmpty())
            return std::nullopt;
        return v.nodes.constFirst();
    };
    switch (e.fn) {
    case Fn::Name:
    case Fn::LocalName: {
        // The sender's prefix is not kept, so name() gives the local name as local-name() does.
        const auto node = firstNode();
        if (!node || node->kind == XNode::Root || node->kind == XNode::Text)
            return Value::ofString({});
        return Value::ofString(node->kind == XNode::Attr ? node->element->attributes.at(node->attribute).name
                                                         : node->element->name);
    }
    case Fn::Last: return Value::ofNumber(double(c.size));
    case Fn::Position: return Value::ofNumber(double(c.position));
    case Fn::Count: {
        const Value v = arg(0);
        return Value::ofNumber(v.type == Value::Nodes ? double(v.nodes.size()) : std::nan(""));
    }
    case Fn::String: return Value::ofString(stringArg(0));
    case Fn::Substring: {
        const QString s = toString(arg(0));
        const double start = xpathRound(toNumber(arg(1)));
        const double end = e.args.size() > 2 ? start + xpathRound(toNumber(arg(2)))
                                             : std::numeric_limits<double>::infinity();
        QString out;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const double position = double(i + 1);
            if (position >= start && position < end)
                out += s.at(i);
        }
        return Value::ofString(out);
    }
    case Fn::Concat: {
        QString out;
        for (size_t i = 0; i < e.args.size(); ++i)
            out += toString(arg(i));
        return Value::ofString(out);
    }
    case Fn::SubstringAfter: {
        const QString s = toString(arg(0));
        const QString m = toString(arg(1));
        const qsizetype at = s.indexOf(m);
        return Value::ofString(at < 0 ? QString() : s.mid(at + m.size()));
    }
    case Fn::SubstringBefore: {
        const QString s = toString(arg(0));
        const qsizetype at = s.indexOf(toString(arg(1)));
        return Value::ofString(at < 0 ? QString() : s.left(at));
    }
    case Fn::StartsWith: return Value::ofBoolean(toString(arg(0)).startsWith(toString(arg(1))));
    case Fn::StringLength: return Value::ofNumber(double(stringArg(0).size()));
    case Fn::Contains: return Value::ofBoolean(toString(arg(0)).contains(toString(arg(1))));
    case Fn::Translate: {
        const QString s = toString(arg(0));
        const QString from = toString(arg(1));
        const QString to = toString(arg(2));
        QString out;
        for (const QChar ch : s) {
            const qsizetype at = from.indexOf(ch);
            if (at < 0)
                out += ch;
            else if (at < to.size())
                out += to.at(at);
        }
        return Value::ofString(out);
    }
    case Fn::NormalizeSpace: return Value::ofString(stringArg(0).simplified());
    case Fn::Boolean: return Value::ofBoolean(toBoolean(arg(0)));
    case Fn::True: return Value::ofBoolean(true);
    case Fn::False: return Value::ofBoolean(false);
    case Fn::Not: return Value::ofBoolean(!toBoolean(arg(0)));
    case Fn::Number: return Value::ofNumber(e.args.empty() ? stringToNumber(stringValue(c.node)) : toNumber(arg(0)));
    case Fn::Ceiling: return Value::ofNumber(std::ceil(toNumber(arg(0))));
    case Fn::Floor: return Value::ofNumber(std::floor(toNumber(arg(0))));
    case Fn::Round: return Value::ofNumber(xpathRound(toNumber(arg(0))));
    case Fn::Sum: {
        const Value v = arg(0);
        if (v.type != Value::Nodes)
            return Value::ofNumber(std::nan(""));
        double total = 0;
        for (const auto& node : v.nodes)
            total += stringToNumber(stringValue(node));
        return Value::ofNumber(total);
    }
    }
    return Value::ofString({});
}

Value evaluatePath(const Expr& e, const Context& c)
{
    QList<XNode> nodes;
    if (!e.args.empty()) {
        const Value start = evaluate(*e.args[0], c);
        if (start.type != Value::Nodes)
            return Value::ofNodes({});   // steps after a string or number select nothing
        nodes = start.nodes;
    } else if (e.absolute) {
        nodes.append({XNode::Root, c.top, -1});
    } else {
        nodes.append(c.node);
    }
    for (const Step& step : e.steps) {
        QList<XNode> next;
        for (const XNode& node : nodes) {
            QList<XNode> candidates;
            for (const XNode& n : axisNodes(node, step.axis, c.top)) {
                if (matches(n, step))
                    candidates.append(n);
            }
            next.append(applyPredicates(std::move(candidates), step.predicates, c.top));
        }
        sortAndDedupe(next);
        nodes = std::move(next);
        if (nodes.isEmpty())
            break;
    }
    return Value::ofNodes(std::move(nodes));
}

Value evaluate(const Expr& e, const Context& c)
{
    switch (e.op) {
    case Op::Or: return Value::ofBoolean(toBoolean(evaluate(*e.args[0], c)) || toBoolean(evaluate(*e.args[1], c)));
    case Op::And: return Value::ofBoolean(toBoolean(evaluate(*e.args[0], c)) && toBoolean(evaluate(*e.args[1], c)));
    case Op::Eq:
    case Op::Ne:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: return Value::ofBoolean(compare(e.op, evaluate(*e.args[0], c), evaluate(*e.args[1], c)));
    case Op::Add: return Value::ofNumber(toNumber(evaluate(*e.args[0], c)) + toNumber(evaluate(*e.args[1], c)));
    case Op::Sub: return Value::ofNumber(toNumber(evaluate(*e.args[0], c)) - toNumber(evaluate(*e.args[1], c)));
    case Op::Mul: return Value::ofNumber(toNumber(evaluate(*e.args[0], c)) * toNumber(evaluate(*e.args[1], c)));
    case Op::Div: return Value::ofNumber(toNumber(evaluate(*e.args[0], c)) / toNumber(evaluate(*e.args[1], c)));
    case Op::Mod:
        return Value::ofNumber(std::fmod(toNumber(evaluate(*e.args[0], c)), toNumber(evaluate(*e.args[1], c))));
    case Op::Neg: return Value::ofNumber(-toNumber(evaluate(*e.args[0], c)));
    case Op::Union: {
        const Value a = evaluate(*e.args[0], c);
        const Value b = evaluate(*e.args[1], c);
        QList<XNode> nodes = a.type == Value::Nodes ? a.nodes : QList<XNode>();
        if (b.type == Value::Nodes)
            nodes.append(b.nodes);
        sortAndDedupe(nodes);
        return Value::ofNodes(std::move(nodes));
    }
    case Op::Literal: return Value::ofString(e.string);
    case Op::Number: return Value::ofNumber(e.number);
    case Op::Call: return callFunction(e, c);
    case Op::Path: return evaluatePath(e, c);
    case Op::Filter: {
        const Value v = evaluate(*e.args[0], c);
        if (v.type != Value::Nodes)
            return v;   // a predicate on a scalar has nothing to filter
        return Value::ofNodes(applyPredicates(v.nodes, e.predicates, c.top));
    }
    }
    return Value::ofString({});
}

} // namespace

QStringList XPath::evaluate(const Element& top) const
{
    if (!m_program)
        return {};
    const Value v = Xml::evaluate(*m_program->root, {{XNode::Root, &top, -1}, 1, 1, &top});
    QStringList out;
    if (v.type == Value::Nodes) {
        for (const auto& node : v.nodes) {
            if (QString s = stringValue(node); !s.isEmpty())
                out.append(std::move(s));
        }
    } else if (QString s = toString(v); !s.isEmpty()) {
        out.append(std::move(s));
    }
    return out;
}

} // namespace Tenure::Connectors::Xml
