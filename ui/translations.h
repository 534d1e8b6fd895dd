#pragma once

class QCoreApplication;

namespace Tenure::Ui {

// Installs Qt's own and Tenure's translations for the system locale. English is loaded first
// and always: the source strings carry numerus forms ("%n change(s)") that only the English
// translation turns into "1 change" / "5 changes".
void loadTranslations(QCoreApplication& app);

} // namespace Tenure::Ui
