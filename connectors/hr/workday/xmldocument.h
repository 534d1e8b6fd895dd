#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Tenure::Connectors::Xml {

struct Attribute {
    QString namespaceUri;
    QString name;   // local name
    QString value;
};

// One element of a parsed document. Names are namespace URI + local name, so a prefix chosen by
// the sender ("wd:", "bsvc:", "ns0:") never matters.
class Element {
public:
    QString namespaceUri;
    QString name;                       // local name
    QList<Attribute> attributes;
    // Character data directly inside this element. Whitespace between child elements is dropped:
    // SOAP containers are indented, and that indentation is never data.
    QString text;
    std::vector<std::unique_ptr<Element>> children;
    const Element* parent = nullptr;
    int order = 0;                      // position in document order (pre-order), for XPath

    [[nodiscard]] const Element* child(const QString& ns, const QString& localName) const;
    [[nodiscard]] QList<const Element*> childrenNamed(const QString& ns, const QString& localName) const;
    // The text of the first child so named (empty if there is none).
    [[nodiscard]] QString childText(const QString& ns, const QString& localName) const;
    // The attribute's value, empty if absent. ns may be empty for unqualified attributes.
    [[nodiscard]] QString attribute(const QString& ns, const QString& localName) const;
    [[nodiscard]] bool hasAttribute(const QString& ns, const QString& localName) const;
    // XPath's string-value: this element's text followed by its descendants' text, in order.
    [[nodiscard]] QString stringValue() const;
    [[nodiscard]] bool is(const QString& ns, const QString& localName) const
    {
        return name == localName && namespaceUri == ns;
    }
};

// A parsed XML document. Documents with a DTD are refused: SOAP 1.1 (§3) forbids them in a
// message, and refusing them rules out entity-expansion attacks.
class Document {
public:
    // An error (InvalidInput) names the line and column where the document stopped making sense,
    // which is how a truncated or malformed response is told apart from a well-formed one.
    [[nodiscard]] static Models::Result<Document> parse(const QByteArray& bytes);

    [[nodiscard]] const Element& root() const { return *m_root; }

private:
    std::unique_ptr<Element> m_root;
};

} // namespace Tenure::Connectors::Xml
