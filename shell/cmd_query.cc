// `newsgraph query`: runs one statement and prints its result.
#include <iostream>

#include "graph/graph_store.h"
#include "query/engine.h"
#include "shell/commands.h"

namespace ng::cli {

namespace {

QueryOptions ToQueryOptions(const QueryArgs& args) {
  QueryOptions options;
  for (const std::string& param : args.params) {
    size_t eq = param.find('=');
    if (eq == std::string::npos || eq == 0)
      throw Error(ErrorKind::kInvalidArgument,
                  "--param '" + param + "' must look like NAME=VALUE (for example name='Sudani')");
    options.parameters[param.substr(0, eq)] = ParseParameterLiteral(param.substr(eq + 1));
  }
  options.timeout_seconds = args.timeout_seconds;
  options.max_rows = args.max_rows;
  options.max_expansions = args.max_expansions;
  return options;
}

}  // namespace

int RunQuery(const GlobalOptions& global, const QueryArgs& args) {
  OutputFormat format = ParseOutputFormat(args.format);  // before opening: a typo writes nothing
  QueryOptions options = ToQueryOptions(args);
  auto store = GraphStore::Open(global.db, OpenOptions{});
  Engine engine(store.get());
  ResultSet result = engine.Run(args.query, options);
  WriteResult(result, format, std::cout);
  if (!result.plan.empty() && format != OutputFormat::kTable) WritePlan(result, std::cerr);
  std::cout.flush();
  return 0;
}

}  // namespace ng::cli
