// query/procedures.h — the built-in procedures `CALL` can name: a table of
// their names, arguments and output columns, and what each yields.
#ifndef NEWSGRAPH_QUERY_PROCEDURES_H_
#define NEWSGRAPH_QUERY_PROCEDURES_H_

#include <functional>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "query/result.h"

namespace ng::query {

struct Procedure {
  const char* name;                  // dotted: "db.relationshipTypes"
  std::vector<std::string> outputs;  // the columns YIELD can name
  // One record per row of output, values in the order of `outputs`.
  std::function<std::vector<std::vector<ResultValue>>(const Transaction&)> records;
};

// The procedure of that name (case-insensitive), or null.
const Procedure* FindProcedure(const std::string& name);

// Every procedure, for error messages and the docs' list.
const std::vector<Procedure>& Procedures();

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_PROCEDURES_H_
