#pragma once

#include <QByteArrayView>
#include <QList>

namespace Tenure::Connectors {

// Cuts the records of a CSV body into about `parts` pieces of similar size, each ending after a
// line feed that ends a record, so that the pieces can be parsed at the same time.
//
// Under RFC 4180 every quote opens or closes a quoted field ("" closes and reopens one), so a
// line feed lies outside quotes exactly when an even number of quotes precede it. That holds for
// a well-formed file only: a stray quote shifts every cut after it. Readers therefore check that
// each piece parsed without a format error and otherwise read the body again in one piece
// (CsvParser reports every quote that breaks the format, and the first such record sits in a
// piece whose start is still right).
[[nodiscard]] QList<QByteArrayView> splitAtRecords(QByteArrayView body, int parts);

} // namespace Tenure::Connectors
