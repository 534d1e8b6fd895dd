#include "xmldocument.h"

#include <QXmlStreamReader>

namespace Tenure::Connectors::Xml {
namespace {

// Far deeper than any SOAP answer; a document nested deeper is refused rather than walked.
constexpr int MaxDepth = 256;

void appendStringValue(const Element& element, QString& out)
{
    out += element.text;
    for (const auto& child : element.children)
        appendStringValue(*child, out);
}

} // namespace

const Element* Element::child(const QString& ns, const QString& localName) const
{
    for (const auto& c : children) {
        if (c->is(ns, localName))
            return c.get();
    }
    return nullptr;
}

QList<const Element*> Element::childrenNamed(const QString& ns, const QString& localName) const
{
    QList<const Element*> found;
    for (const auto& c : children) {
        if (c->is(ns, localName))
            found.append(c.get());
    }
    return found;
}

QString Element::childText(const QString& ns, const QString& localName) const
{
    const Element* c = child(ns, localName);
    return c ? c->text : QString();
}

QString Element::attribute(const QString& ns, const QString& localName) const
{
    for (const auto& a : attributes) {
        if (a.name == localName && a.namespaceUri == ns)
            return a.value;
    }
    return {};
}

bool Element::hasAttribute(const QString& ns, const QString& localName) const
{
    for (const auto& a : attributes) {
        if (a.name == localName && a.namespaceUri == ns)
            return true;
    }
    return false;
}

QString Element::stringValue() const
{
    QString out;
    appendStringValue(*this, out);
    return out;
}

Models::Result<Document> Document::parse(const QByteArray& bytes)
{
    const auto refuse = [](qint64 line, qint64 column, const QString& why) {
        return Models::fail(Models::ErrorCode::InvalidInput,
                            QStringLiteral("not well-formed XML at line %1, column %2: %3").arg(line).arg(column).arg(why));
    };

    QXmlStreamReader reader(bytes);
    reader.setNamespaceProcessing(true);
    Document document;
    QList<Element*> open;   // the elements started and not yet ended, innermost last
    int order = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return refuse(reader.lineNumber(), reader.columnNumber(), QStringLiteral("a DTD is not allowed in a SOAP message"));
        case QXmlStreamReader::EntityReference:
            return refuse(reader.lineNumber(), reader.columnNumber(),
                          QStringLiteral("unknown entity &%1;").arg(reader.name().toString()));
        case QXmlStreamReader::StartElement: {
            if (open.size() >= MaxDepth)
                return refuse(reader.lineNumber(), reader.columnNumber(),
                              QStringLiteral("elements nested deeper than %1 levels").arg(MaxDepth));
            auto element = std::make_unique<Element>();
            element->namespaceUri = reader.namespaceUri().toString();
            element->name = reader.name().toString();
            element->order = ++order;
            const auto attributes = reader.attributes();
            element->attributes.reserve(attributes.size());
            for (const auto& a : attributes)
                element->attributes.append({a.namespaceUri().toString(), a.name().toString(), a.value().toString()});
            Element* raw = element.get();
            if (!open.isEmpty()) {
                element->parent = open.last();
                open.last()->children.push_back(std::move(element));
            } else {
                document.m_root = std::move(element);
            }
            open.append(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!open.isEmpty()) {
                Element* ended = open.takeLast();
                if (!ended->children.empty() && ended->text.trimmed().isEmpty())
                    ended->text.clear();
            }
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                open.last()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return refuse(reader.lineNumber(), reader.columnNumber(), reader.errorString());
    if (!document.m_root)
        return refuse(1, 1, QStringLiteral("the document is empty"));
    return document;
}

} // namespace Tenure::Connectors::Xml
