#include "query/statement_order.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace ng::query {

namespace {

constexpr uint32_t kNullRank = ~uint32_t{0};  // after every string

// The rank of each row's key in `column` among the column's distinct
// strings (equal strings, equal ranks); false if a key is not a string.
bool RankColumn(const std::vector<StatementSortKey>& rows, size_t column, std::vector<uint32_t>* ranks) {
  std::unordered_map<std::string_view, uint32_t> distinct;
  ranks->assign(rows.size(), kNullRank);
  for (size_t r = 0; r < rows.size(); ++r) {
    const Value* v = rows[r].keys[column];
    if (!v || v->is_null()) continue;
    if (!v->is_string()) return false;
    auto [it, added] = distinct.try_emplace(v->AsString(), static_cast<uint32_t>(distinct.size()));
    (*ranks)[r] = it->second;
  }
  // Distinct strings in order; their places become the ranks.
  std::vector<std::pair<std::string_view, uint32_t>> sorted(distinct.begin(), distinct.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<uint32_t> place(sorted.size());
  for (uint32_t i = 0; i < sorted.size(); ++i) place[sorted[i].second] = i;
  for (uint32_t& rank : *ranks)
    if (rank != kNullRank) rank = place[rank];
  return true;
}

}  // namespace

std::optional<std::vector<uint32_t>> StringOrder(const std::vector<StatementSortKey>& rows) {
  std::vector<uint32_t> ranks[3];
  for (size_t column = 0; column < 3; ++column)
    if (!RankColumn(rows, column, &ranks[column])) return std::nullopt;
  // Sorted as compact entries: a comparison reads one entry, not five arrays.
  struct Entry {
    uint32_t rank[3];
    uint32_t row;
    const std::string* last;  // null for a null
  };
  std::vector<Entry> entries(rows.size());
  for (uint32_t r = 0; r < rows.size(); ++r) {
    const Value* v = rows[r].keys[3];
    if (v && !v->is_null() && !v->is_string()) return std::nullopt;
    entries[r] = {{ranks[0][r], ranks[1][r], ranks[2][r]}, r, v && !v->is_null() ? &v->AsString() : nullptr};
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) {
    for (size_t k = 0; k < 3; ++k)
      if (x.rank[k] != y.rank[k]) return x.rank[k] < y.rank[k];
    const std::string *a = x.last, *b = y.last;
    if (a != b) {
      if (!a || !b) return b == nullptr;  // a string before a null
      if (int c = a->compare(*b)) return c < 0;
    }
    return x.row < y.row;  // ties in the order found
  });
  std::vector<uint32_t> order(rows.size());
  for (size_t i = 0; i < entries.size(); ++i) order[i] = entries[i].row;
  return order;
}

}  // namespace ng::query
