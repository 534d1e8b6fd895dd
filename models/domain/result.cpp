#include "result.h"

namespace Tenure::Models {

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Unavailable: return QStringLiteral("unavailable");
    case ErrorCode::Authentication: return QStringLiteral("authentication");
    case ErrorCode::Tls: return QStringLiteral("tls");
    case ErrorCode::Rejected: return QStringLiteral("rejected");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Blocked: return QStringLiteral("blocked");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Storage: return QStringLiteral("storage");
    case ErrorCode::Secrets: return QStringLiteral("secrets");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString Error::describe() const
{
    QString text = message;
    if (!context.tenant.isEmpty())
        text += QStringLiteral(" [tenant %1]").arg(context.tenant);
    if (!context.workerId.isEmpty())
        text += QStringLiteral(" [worker %1]").arg(context.workerId);
    if (context.line > 0)
        text += QStringLiteral(" [line %1]").arg(context.line);
    if (!context.attribute.isEmpty())
        text += QStringLiteral(" [attribute %1]").arg(context.attribute);
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

} // namespace Tenure::Models
