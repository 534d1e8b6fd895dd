#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tenure::Connectors::Ad {

// Where a new account's initial password goes so that an administrator can hand it over once.
// The connector never logs it, never puts it in an error or an outcome: the run outcome names
// only the reference keep() returned. The composition root wires this to the SecretStore
// (app/connectorfactory.cpp); tests keep it in memory.
struct InitialPasswordHandover {
    // Keeps the password of accountId; returns the reference under which it was kept.
    std::function<Models::Result<QString>(const QString& accountId, const QString& password)> keep;
    // The account was not created after all: forget what was kept under reference.
    std::function<void(const QString& reference)> discard;

    [[nodiscard]] bool isSet() const { return keep != nullptr; }
};

// A random password that meets AD's "must meet complexity requirements" policy: 20 characters
// from all four character categories (three are required), and none of avoid's names of three
// or more characters in it (the sAMAccountName and displayName tokens AD refuses; see Microsoft
// Learn "Password must meet complexity requirements"). From the system's CSPRNG.
[[nodiscard]] QString generateInitialPassword(const QStringList& avoid);

// The unicodePwd value AD takes: the password in double quotes, UTF-16LE
// ([MS-ADTS] 3.1.1.3.1.5.1 "unicodePwd"). The caller scrubs it after use.
[[nodiscard]] QByteArray unicodePwdValue(const QString& password);

// Overwrites the characters of a secret held in a QString (best effort: Qt may hold copies).
void scrub(QString& secret);

} // namespace Tenure::Connectors::Ad
