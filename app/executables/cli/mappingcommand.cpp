#include "mappingcommand.h"

#include "app/mappingtemplates.h"
#include "clisession.h"
#include "exitcodes.h"
#include "models/mapping/entraschemaimport.h"

#include <QFile>
#include <QJsonDocument>

namespace Tenure::Cli {
namespace {

int saveMapping(CliSession& session, const QString& tenant, const Models::MappingSet& mapping, QTextStream& out,
                QTextStream& err)
{
    auto version = session.workspace->mappings().save(tenant, mapping);
    if (!version) {
        printError(err, version.error());
        return Failed;
    }
    out << "Saved the mapping of " << tenant << " as version " << *version << " (" << mapping.attributes.size()
        << " attributes)" << Qt::endl;
    return Success;
}

int importFile(CliSession& session, const QString& tenant, const QString& path, bool entraSchema, QTextStream& out,
               QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "error: cannot read " << path << ": " << file.errorString() << Qt::endl;
        return Failed;
    }
    QJsonParseError parseError;
    const auto json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        err << "error: " << path << " is not JSON: " << parseError.errorString() << " at offset " << parseError.offset
            << Qt::endl;
        return Failed;
    }
    if (!entraSchema) {
        auto mapping = Models::MappingSet::fromJson(json.object());
        if (!mapping) {
            printError(err, mapping.error());
            return Failed;
        }
        return saveMapping(session, tenant, *mapping, out, err);
    }
    auto imported = Models::importEntraSchema(json.object());
    if (!imported) {
        printError(err, imported.error());
        return Failed;
    }
    for (const auto& line : imported->notImported)
        err << "not imported: " << line << '\n';
    return saveMapping(session, tenant, imported->mapping, out, err);
}

} // namespace

int runMapping(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const auto action = arguments.value(1);
    if (action == QLatin1String("templates")) {
        for (const auto& name : App::MappingTemplates::names()) {
            auto loaded = App::MappingTemplates::load(name);
            out << name << "  " << (loaded ? loaded->title : loaded.error().message) << '\n';
        }
        return Success;
    }
    if (action != QLatin1String("export") && action != QLatin1String("import") && action != QLatin1String("use-template")) {
        err << "usage: tenure-cli mapping export --workspace FILE --tenant NAME\n"
               "       tenure-cli mapping import --workspace FILE --tenant NAME [--entra-schema] FILE.json\n"
               "       tenure-cli mapping use-template --workspace FILE --tenant NAME TEMPLATE\n"
               "       tenure-cli mapping templates"
            << Qt::endl;
        return Usage;
    }
    QCommandLineParser parser;
    addWorkspaceOptions(parser);
    parser.addOption({QStringLiteral("entra-schema"),
                      QStringLiteral("The file is a Microsoft Graph synchronizationSchema to convert.")});
    parser.addPositionalArgument(QStringLiteral("argument"), QStringLiteral("The file to import or the template name."));
    int code = Success;
    auto session = openSession(parser, QStringList{arguments.at(0)} + arguments.mid(2), err, &code);
    if (!session)
        return code;
    const auto tenant = parser.value(QStringLiteral("tenant"));
    if (action == QLatin1String("export")) {
        auto mapping = session->workspace->mappings().current(tenant);
        if (!mapping) {
            printError(err, mapping.error());
            return Failed;
        }
        out << QJsonDocument(mapping->toJson()).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "error: give exactly one " << (action == QLatin1String("import") ? "file" : "template name") << Qt::endl;
        return Usage;
    }
    const auto argument = parser.positionalArguments().first();
    if (action == QLatin1String("import"))
        return importFile(*session, tenant, argument, parser.isSet(QStringLiteral("entra-schema")), out, err);
    auto loaded = App::MappingTemplates::load(argument);
    if (!loaded) {
        printError(err, loaded.error());
        return Failed;
    }
    return saveMapping(*session, tenant, loaded->mapping, out, err);
}

} // namespace Tenure::Cli
