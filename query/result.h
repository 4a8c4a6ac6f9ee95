// query/result.h — values and result sets that queries return, and their
// renderings (table, csv, json, jsonl).
#ifndef NEWSGRAPH_QUERY_RESULT_H_
#define NEWSGRAPH_QUERY_RESULT_H_

#include <cstdint>
#include <map>
#include <memory>
#include <ostream>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "graph/graph_store.h"
#include "graph/value.h"

namespace ng {

class ResultValue;
using ResultList = std::vector<ResultValue>;
using ResultMap = std::map<std::string, ResultValue>;

struct PathResult {
  std::vector<Node> nodes;                  // n+1 nodes
  std::vector<Relationship> relationships;  // n relationships, in path order
};

// A value in a result row: a property value (temporals included), or a node,
// relationship or path (with their records), or a list/map that may hold any
// of these.
//
// Nodes and relationships are held shared and immutable: rows are copied at
// every step of a query, and a node's properties (an article's whole text,
// say) must not be copied with them.
class ResultValue {
 public:
  using SharedNode = std::shared_ptr<const Node>;
  using SharedRelationship = std::shared_ptr<const Relationship>;
  using Variant = std::variant<std::monostate, bool, int64_t, double, std::string, ResultList,
                               ResultMap, SharedNode, SharedRelationship, PathResult, Temporal>;
  ResultValue() = default;
  ResultValue(Variant v) : data_(std::move(v)) {}
  ResultValue(Node n) : data_(std::make_shared<const Node>(std::move(n))) {}
  ResultValue(Relationship r) : data_(std::make_shared<const Relationship>(std::move(r))) {}
  // From a property value (lists and maps converted element-wise).
  static ResultValue FromValue(const Value& v);
  // Back to a property value; throws kType for nodes, relationships, paths.
  Value ToValue() const;

  const Variant& variant() const { return data_; }
  bool is_null() const { return data_.index() == 0; }
  template <typename T>
  const T* get_if() const {
    if constexpr (std::is_same_v<T, Node>) {
      const SharedNode* n = std::get_if<SharedNode>(&data_);
      return n ? n->get() : nullptr;
    } else if constexpr (std::is_same_v<T, Relationship>) {
      const SharedRelationship* r = std::get_if<SharedRelationship>(&data_);
      return r ? r->get() : nullptr;
    } else {
      return std::get_if<T>(&data_);
    }
  }

 private:
  Variant data_;
};

// JSON of a value: nodes {"id","labels","properties"}, relationships
// {"id","type","start","end","properties"}, paths {"nodes","relationships"};
// doubles always with '.' or exponent; temporals as ISO-8601 strings.
std::string ResultValueToJson(const ResultValue& v);
// Human rendering for table/csv cells: strings bare, nodes "(:Label {…})".
std::string ResultValueToText(const ResultValue& v);

// Text safe to show on a terminal: control characters as their Unicode
// pictures, C1 controls as U+FFFD, a line break or tab as a space.
std::string Printable(const std::string& s);

struct OperatorProfile {
  std::string name;    // "NodeByName(a)", "Expand(a)-[:SAID]->(s)", …
  int depth = 0;       // nesting for printing
  uint64_t rows = 0;   // rows produced (PROFILE only)
  double millis = 0;   // time spent (PROFILE only)
  uint64_t db_hits = 0;  // relationships and records read (PROFILE, where counted)
};

struct QueryStats {
  uint64_t nodes_created = 0, nodes_deleted = 0;
  uint64_t relationships_created = 0, relationships_deleted = 0;
  uint64_t properties_set = 0, labels_added = 0, labels_removed = 0;
  double millis = 0;
};

struct ResultSet {
  std::vector<std::string> columns;
  std::vector<std::vector<ResultValue>> rows;
  uint64_t streamed_rows = 0;  // rows handed to QueryOptions::row_sink instead of kept in `rows`
  // When a MATCH found nothing: the labels and relationship types it names
  // that nothing in the store carries (a typo, most often: "Actr").
  std::vector<std::string> missing_labels, missing_types;
  // ... and the names it compared with `name` ({name: 'X'}, x.name = 'X')
  // that no node bears as written but one has as an alias or in another
  // case: (the name compared, that node's name).
  std::vector<std::pair<std::string, std::string>> names_elsewhere;
  std::vector<OperatorProfile> plan;  // EXPLAIN / PROFILE
  QueryStats stats;
  bool has_return = false;  // false for updates without RETURN: print nothing
};

enum class OutputFormat { kTable, kCsv, kJson, kJsonl };

// Parses "table", "csv", "json", "jsonl"; throws kInvalidArgument otherwise.
OutputFormat ParseOutputFormat(const std::string& name);

struct FormatOptions {
  size_t max_column_width = 60;  // table: longer cells are cut with "…"
  bool color = false;            // table: dim borders, bold header
  bool headers = true;           // table, csv: the column names first (the shell's .headers)
  // table, csv: how a null reads (the shell's .nullvalue); unset: "null" in
  // a table, nothing in csv.
  std::optional<std::string> null_text;
};

// Writes `result` in `format`. A result with no RETURN writes nothing in the
// machine formats and a one-line summary of the changes in table format.
void WriteResult(const ResultSet& result, OutputFormat format, std::ostream& out,
                 const FormatOptions& options = {});

// Receives result rows one by one as the engine makes them.
using ResultRowSink =
    std::function<void(const std::vector<std::string>& columns, const std::vector<ResultValue>& row)>;

// For the formats that need no look-ahead (csv: the header before the first
// row; jsonl) a sink that writes each row at once; an empty one for table
// and json. Rows streamed are not in the ResultSet: write it with
// WriteResult only when no row was streamed (csv then writes the header).
ResultRowSink StreamingWriter(OutputFormat format, std::ostream& out);

// Writes the operators of a PROFILE run with their rows and milliseconds.
void WritePlan(const ResultSet& result, std::ostream& out);

}  // namespace ng

#endif  // NEWSGRAPH_QUERY_RESULT_H_
