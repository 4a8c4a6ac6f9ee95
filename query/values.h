// query/values.h — Cypher semantics of values: equality with nulls,
// comparison, the total order of ORDER BY, truthiness.
#ifndef NEWSGRAPH_QUERY_VALUES_H_
#define NEWSGRAPH_QUERY_VALUES_H_

#include <optional>
#include <string>

#include "query/result.h"

namespace ng::query {

using Val = ResultValue;

// Ternary logic: nullopt stands for null.
using Tri = std::optional<bool>;

Tri Equals(const Val& a, const Val& b);
// <0, 0, >0, or nullopt when the values are not comparable (different types, null).
std::optional<int> Compare(const Val& a, const Val& b);
// The total order used by ORDER BY, DISTINCT grouping and min/max.
int OrderCompare(const Val& a, const Val& b);
// Grouping equality (null equals null; 1 equals 1.0).
bool SameGroup(const Val& a, const Val& b);

Val FromTri(Tri t);
// A boolean or null; throws kType for other values ("WHERE 1").
Tri ToTri(const Val& v, const char* context);

bool IsNumber(const Val& v);
double AsDouble(const Val& v);
const char* TypeName(const Val& v);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_VALUES_H_
