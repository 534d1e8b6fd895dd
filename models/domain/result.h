#pragma once

#include <QString>
#include <expected>

namespace Tenure::Models {

// Stable error codes: scripts and tests match on these, people read the message.
enum class ErrorCode {
    InvalidInput,       // a malformed record, setting or argument
    NotFound,           // a workspace, tenant or object that does not exist
    Unavailable,        // a server could not be reached
    Authentication,     // the credentials were refused
    Tls,                // a certificate could not be verified
    Rejected,           // the other system refused the change
    Conflict,           // the object already exists or was changed underneath us
    Blocked,            // a safety rule stopped the work
    Cancelled,          // a person cancelled
    Storage,            // the workspace database failed
    Secrets,            // the keychain failed or holds no such secret
    Internal,
};

// Where an error happened, so a person can find the record, line or field.
struct ErrorContext {
    QString tenant;
    QString workerId;
    QString attribute;
    int line = 0;
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;     // for a person: what happened and what to do
    QString detail;      // for diagnostics: the other system's own words
    ErrorContext context;
    bool retryable = false;

    [[nodiscard]] QString describe() const;
    [[nodiscard]] static QString codeName(ErrorCode code);
};

template <typename T>
using Result = std::expected<T, Error>;

[[nodiscard]] inline Error makeError(ErrorCode code, QString message, QString detail = {}, ErrorContext context = {})
{
    return Error{code, std::move(message), std::move(detail), std::move(context), false};
}

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {},
                                                 ErrorContext context = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(detail), std::move(context), false});
}

} // namespace Tenure::Models
