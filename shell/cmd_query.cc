// `newsgraph query`: runs one statement and prints its result.
#include <iostream>

#include <unistd.h>
#include <memory>

#include "graph/graph_store.h"
#include "query/engine.h"
#include "shell/commands.h"
#include "shell/result_view.h"
#include "shell/key_notes.h"
#include "shell/suggest.h"
#include "shell/terminal.h"

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

// Statements run on a read-only handle first, so a query never holds the
// write lock: an ingest can start while queries run and queries run while an
// ingest writes, each on a snapshot of whole commits. A statement that writes
// fails at its first write there (nothing is committed) and is run again on a
// writable handle. nullptr when there is no database yet (CREATE makes one).
std::unique_ptr<GraphStore> OpenReadOnly(const std::string& db) {
  OpenOptions options;
  options.read_only = true;
  try {
    return GraphStore::Open(db, options);
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::kNoDatabase) return nullptr;
    throw;
  }
}

}  // namespace

int RunQuery(const GlobalOptions& global, const QueryArgs& args) {
  CheckMode(args.format);  // before opening: a typo writes nothing
  const bool data = args.format == "csv" || args.format == "json" || args.format == "jsonl";
  QueryOptions options = ToQueryOptions(args);
  // csv and jsonl rows are written as they come: a large result is never held.
  if (data) options.row_sink = StreamingWriter(ParseOutputFormat(args.format), std::cout);
  ResultSet result;
  bool done = false;
  std::vector<std::string> notes;
  // An empty answer that names a label or type nothing has: say so (a typo).
  auto note_missing = [&](GraphStore* store) {
    StoreCounts counts = store->Begin()->Counts();
    notes = UnknownKeyNotes(args.query, KeysOf(counts));  // a.nme: null, not an error
    if (result.missing_labels.empty() && result.missing_types.empty() && result.names_elsewhere.empty()) return;
    std::vector<std::string> labels, types;
    for (const auto& [l, n] : counts.per_label) labels.push_back(l);
    for (const auto& [t, n] : counts.per_type) types.push_back(t);
    for (std::string& n : MissingNameNotes(result, labels, types)) notes.push_back(std::move(n));
  };
  if (auto store = OpenReadOnly(global.db)) {
    Engine engine(store.get());
    try {
      result = engine.Run(args.query, options);
      done = true;
      note_missing(store.get());
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kReadOnly) throw WithNearestName(e, *store->Begin());
      // it writes: run it again below
    }
  }
  if (!done) {
    auto store = GraphStore::Open(global.db, OpenOptions{});  // "locked" if a writer runs
    Engine engine(store.get());
    try {
      result = engine.Run(args.query, options);
    } catch (const Error& e) {
      throw WithNearestName(e, *store->Begin());
    }
    note_missing(store.get());
  }
  ViewOptions view;
  view.width = TerminalColumns(STDOUT_FILENO);  // a terminal's, else $COLUMNS, else none
  if (result.streamed_rows == 0) WriteView(result, args.format, std::cout, view);
  if (!result.plan.empty() && args.format != "table" && args.format != "box") WritePlan(result, std::cerr);
  std::cout.flush();  // the answer before the notes about it
  for (const std::string& n : notes) std::cerr << n << "\n";
  std::cout.flush();
  return 0;
}

}  // namespace ng::cli
