// A store in a temporary directory with an engine on it, and helpers to read
// single values out of results.
#ifndef NEWSGRAPH_TESTS_QUERY_QUERY_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_QUERY_QUERY_TEST_UTIL_H_

#include <memory>
#include <string>

#include "graph/graph_store.h"
#include "query/engine.h"
#include "test_util.h"

namespace ng::testing {

struct QueryFixture {
  TempDir dir;
  std::unique_ptr<GraphStore> store = GraphStore::Open(dir.Sub("db"), OpenOptions{});
  Engine engine{store.get()};

  ResultSet Run(const std::string& q, const QueryOptions& o = {}) { return engine.Run(q, o); }

  // The value of the only cell of a one-row, one-column result, as JSON.
  std::string One(const std::string& q, const QueryOptions& o = {}) {
    ResultSet r = Run(q, o);
    if (r.rows.size() != 1 || r.rows[0].size() != 1)
      return "<" + std::to_string(r.rows.size()) + " rows>";
    return ResultValueToJson(r.rows[0][0]);
  }

  // Every row as one line of comma-separated JSON values.
  std::string Lines(const std::string& q, const QueryOptions& o = {}) {
    std::string out;
    for (const auto& row : Run(q, o).rows) {
      for (size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + ResultValueToJson(row[i]);
      out += "\n";
    }
    return out;
  }

  // The ErrorKind class name and message of the error `q` throws, or "".
  std::string ErrorOf(const std::string& q, const QueryOptions& o = {}) {
    try {
      Run(q, o);
    } catch (const Error& e) {
      return std::string(ErrorKindName(e.kind())) + ": " + e.what();
    }
    return "";
  }
};

}  // namespace ng::testing

#endif  // NEWSGRAPH_TESTS_QUERY_QUERY_TEST_UTIL_H_
