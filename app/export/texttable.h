#pragma once

#include <QList>
#include <QStringList>

namespace Tenure::App {

// A plain-text table for terminals: columns padded to their widest cell, the last one free.
[[nodiscard]] QString textTable(const QStringList& headers, const QList<QStringList>& rows);

} // namespace Tenure::App
