#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Tenure::Ui {
namespace {

// qt_add_translations (ui/CMakeLists.txt) compiles resources/translations/*.ts into :/i18n.
const auto TranslationsPath = QStringLiteral(":/i18n");

void install(QCoreApplication& app, QTranslator* translator, bool loaded)
{
    if (loaded)
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    Q_UNUSED(app)
}

} // namespace

void loadTranslations(QCoreApplication& app)
{
    auto* english = new QTranslator(&app);
    install(app, english, english->load(QStringLiteral("tenure_en"), TranslationsPath));
    if (QLocale().language() == QLocale::English || QLocale().language() == QLocale::C)
        return;
    auto* qt = new QTranslator(&app);
    install(app, qt, qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    // Installed last, so it is asked first; strings it lacks fall back to English.
    auto* local = new QTranslator(&app);
    install(app, local, local->load(QLocale(), QStringLiteral("tenure"), QStringLiteral("_"), TranslationsPath));
}

} // namespace Tenure::Ui
