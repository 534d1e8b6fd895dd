#pragma once

#include "models/domain/approval.h"
#include "models/domain/operatorrole.h"

#include <QCoreApplication>
#include <QString>

namespace Tenure::Ui {

// What the Approvals page may offer for one approval, decided without widgets so it can be
// tested on its own: the page only renders it. The repository enforces the same rules again
// (four eyes, the role, a rejection's reason, the rehire choice); this only explains them before a click.
struct ApprovalDecision {
    Q_DECLARE_TR_FUNCTIONS(ApprovalDecision)

public:
    bool canDecide = false;
    QString whyNot;          // for a person, when canDecide is false
    bool needsRehireChoice = false;

    [[nodiscard]] static ApprovalDecision forApproval(const Models::Approval& approval, const QString& operatorName,
                                                      Models::OperatorRole role);
    // Empty when the decision may be sent; else what is missing, for a person.
    [[nodiscard]] static QString missing(const Models::Approval& approval, bool approve, const QString& reason,
                                         Models::RehireChoice choice);
    // "Rehire", "Leaver", "Threshold release", "Emergency termination": what the request is about.
    [[nodiscard]] static QString kindText(const Models::Approval& approval);
    [[nodiscard]] static QString roleText(Models::OperatorRole role);
};

} // namespace Tenure::Ui
