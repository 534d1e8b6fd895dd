#include "writebackfields.h"

#include "settingpath.h"

#include <QCoreApplication>

namespace Tenure::Ui {
namespace {

class WriteBackFields {
    Q_DECLARE_TR_FUNCTIONS(WriteBackFields)

public:
    static QList<FieldSpec> describe(const QString& signInAttribute);
};

bool writesBack(const QJsonObject& settings)
{
    const QJsonValue enabled = settingAt(settings, QStringLiteral("writeBack.enabled"));
    return enabled.isUndefined() || enabled.toBool();
}

QList<FieldSpec> WriteBackFields::describe(const QString& signInAttribute)
{
    return {
        {.key = QStringLiteral("writeBack.enabled"),
         .type = FieldType::Flag,
         .label = tr("Write the new email and user name back to HR after ever&y run"),
         .accessibleName = tr("Write back to the HR source"),
         .toolTip = tr("For the accounts a run creates or changes, when the HR source takes them (Workday, "
                       "SuccessFactors); every write is in the audit log."),
         .defaultValue = true},
        {.key = QStringLiteral("writeBack.email"),
         .label = tr("Emai&l attribute:"),
         .accessibleName = tr("Directory attribute written back as the email"),
         .placeholder = QStringLiteral("mail"),
         .omitWhenEmpty = true,
         .enabledWhen = writesBack},
        {.key = QStringLiteral("writeBack.username"),
         .label = tr("User name attri&bute:"),
         .accessibleName = tr("Directory attribute written back as the user name"),
         .placeholder = signInAttribute,
         .omitWhenEmpty = true,
         .enabledWhen = writesBack},
    };
}

} // namespace

QList<FieldSpec> writeBackFields(const QString& signInAttribute) { return WriteBackFields::describe(signInAttribute); }

} // namespace Tenure::Ui
