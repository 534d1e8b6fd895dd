#include "expression.h"

#include "evaluator.h"
#include "parser.h"

#include <algorithm>

namespace Tenure::Models::Expr {

struct Program {
    QString text;
    std::unique_ptr<Node> root;
    QStringList attributes;
    bool selectUniqueValue = false;
};

namespace {

// Text written in the expression reaches the evaluator as raw-data views into the compiled form
// (see the parser: copying them touches no shared reference count). A value that leaves
// evaluate() must not depend on the expression staying alive, so such text is copied here; text
// the evaluator built, or read from the record, is owned already and passes as it is.
bool isView(const QString& text)
{
    return !text.isEmpty() && !text.data_ptr().isMutable();
}

QString owned(QString text)
{
    return isView(text) ? QString(text.constData(), text.size()) : text;
}

void collectAttributes(const Node& node, QStringList& out)
{
    if (node.kind == Node::Kind::Attribute)
        out.append(node.name);
    for (const auto& a : node.args)
        collectAttributes(*a, out);
}

} // namespace

AttributeValue EvalResult::toAttributeValue() const
{
    switch (kind) {
    case Kind::Null: return {};
    case Kind::String: return {string};
    case Kind::List: return list;
    }
    return {};
}

QString Diagnostic::describe() const
{
    return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

std::expected<Expression, Diagnostic> Expression::compileWithDiagnostic(const QString& text)
{
    auto root = parseExpression(text);
    if (!root)
        return std::unexpected(root.error());
    auto program = std::make_shared<Program>();
    program->text = text;
    program->root = std::move(*root);
    collectAttributes(*program->root, program->attributes);
    program->attributes.sort();
    program->attributes.removeDuplicates();
    program->selectUniqueValue =
        program->root->kind == Node::Kind::Call && program->root->name == QLatin1String("SelectUniqueValue");
    Expression e;
    e.m_program = std::move(program);
    return e;
}

Result<Expression> Expression::compile(const QString& text)
{
    auto compiled = compileWithDiagnostic(text);
    if (!compiled) {
        const Diagnostic& d = compiled.error();
        ErrorContext context;
        context.line = d.line;
        return fail(ErrorCode::InvalidInput, d.describe(), QStringLiteral("column %1").arg(d.column), context);
    }
    return std::move(*compiled);
}

Result<EvalResult> Expression::evaluate(const EvalContext& context) const
{
    EvalResult result;
    if (!m_program)
        return result;
    EvalState state(context);
    Value value = state.eval(*m_program->root);
    if (state.failed())
        return std::unexpected(std::move(*state.error()));
    result.flows = state.flows();
    result.redacted = state.redacted();
    switch (value.kind) {
    case Value::Kind::Null: result.kind = EvalResult::Kind::Null; break;
    case Value::Kind::String:
        result.kind = EvalResult::Kind::String;
        result.string = owned(std::move(value.string));
        break;
    case Value::Kind::List:
        result.kind = EvalResult::Kind::List;
        result.list = std::move(value.list);
        // Checked before writing: a list shared with the record is not copied for nothing.
        if (std::any_of(result.list.cbegin(), result.list.cend(), isView))
            for (QString& item : result.list)
                item = owned(std::move(item));
        break;
    default:
        result.kind = EvalResult::Kind::String;
        result.string = scalarText(value);
        break;
    }
    return result;
}

QStringList Expression::referencedAttributes() const
{
    return m_program ? m_program->attributes : QStringList();
}

QString Expression::text() const
{
    return m_program ? m_program->text : QString();
}

bool Expression::usesSelectUniqueValue() const
{
    return m_program && m_program->selectUniqueValue;
}

} // namespace Tenure::Models::Expr
