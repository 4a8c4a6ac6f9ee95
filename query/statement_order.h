// query/statement_order.h — the ORDER BY of WHO SAID / WHAT DID rows
// (date, outlet, speaker, statement; ties in the order found), on their keys
// before any row is made.
#ifndef NEWSGRAPH_QUERY_STATEMENT_ORDER_H_
#define NEWSGRAPH_QUERY_STATEMENT_ORDER_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "graph/value.h"

namespace ng::query {

// One row's sort keys, in ORDER BY's order; null for a null.
struct StatementSortKey {
  const Value* keys[4];
};

// The rows' numbers in ORDER BY's order when every key is a string or null
// (what the store keeps; a string sorts before a null); nullopt when some key
// is another value, which the caller then sorts as values (OrderCompare).
// The date, outlet and speaker columns repeat a few strings many times, so
// each is ranked once and rows compare ranks; only rows tied on all three
// compare their statements' text.
std::optional<std::vector<uint32_t>> StringOrder(const std::vector<StatementSortKey>& rows);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_STATEMENT_ORDER_H_
