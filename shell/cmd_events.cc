// `newsgraph events`: who did what to whom — one row per event with its
// category, mode, date, sides and the articles that report it, optionally
// only those an actor carried out (--by), suffered (--against) or took part
// in (--with). Asked of the query engine in Cypher, names resolved through
// the name/alias index and passed by id, as `said` does.
#include <unistd.h>

#include <algorithm>
#include <cctype>

#include "graph/graph_store.h"
#include "query/engine.h"
#include "shell/commands.h"
#include "shell/output_file.h"
#include "shell/result_view.h"
#include "shell/said_query.h"
#include "shell/terminal.h"

namespace ng::cli {

namespace {

// Each event's sides by role; the filters on ids; its articles counted.
const char* kEvents =
    "MATCH (e:Event) "
    "OPTIONAL MATCH (x:Actor)-[p:PARTICIPATED_IN]->(e) "
    "WITH e, collect(CASE WHEN p.role = 'agent' THEN x.name END) AS agents, "
    "     collect(CASE WHEN p.role = 'target' THEN x.name END) AS targets, "
    "     collect(CASE WHEN p.role = 'participant' THEN x.name END) AS participants, "
    "     collect(CASE WHEN p.role = 'agent' THEN id(x) END) AS agent_ids, "
    "     collect(CASE WHEN p.role = 'target' THEN id(x) END) AS target_ids, "
    "     collect(id(x)) AS side_ids "
    // The body the sides met in (ingest/event_forums.h): "--with" it too.
    "OPTIONAL MATCH (e)-[:IN_FORUM]->(f:Actor) "
    "WITH e, agents, targets, participants, agent_ids, target_ids, side_ids, "
    "     collect(f.name) AS forums, collect(id(f)) AS forum_ids "
    "WHERE ($by IS NULL OR $by IN agent_ids) AND ($against IS NULL OR $against IN target_ids) "
    "  AND ($with IS NULL OR $with IN side_ids OR $with IN forum_ids) "
    "  AND ($category IS NULL OR toLower(e.category) = toLower($category)) "
    "OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article) "
    "RETURN e.date AS date, e.category AS category, e.type AS event, e.mode AS mode, "
    "       agents, targets, participants, forums AS forum, e.location AS location, "
    "       count(DISTINCT a) AS articles, collect(DISTINCT a.outlet) AS outlets "
    // Dates are days (date values), months or years (text): compared as
    // text, so that 2020-01 comes before 2024-01-23; undated ones last.
    "ORDER BY e.date IS NULL, toString(e.date), category, event";

// For reading, a list of names is one cell of names joined by commas.
void JoinLists(ResultSet* events) {
  for (auto& row : events->rows)
    for (ResultValue& cell : row)
      if (const auto* list = cell.get_if<ResultList>()) {
        std::string joined;
        for (const ResultValue& item : *list)
          if (const auto* text = item.get_if<std::string>()) joined += (joined.empty() ? "" : ", ") + *text;
        cell = ResultValue(joined);
      }
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// An unknown category is an error naming the ones the graph has (and an
// empty answer would not say which of the two it is).
void CheckCategory(Engine& engine, const std::string& category) {
  if (category.empty()) return;
  ResultSet known = engine.Run("MATCH (e:Event) WHERE e.category IS NOT NULL "
                               "RETURN DISTINCT e.category AS c ORDER BY c");
  std::string names;
  for (const auto& row : known.rows) {
    const auto* name = row[0].get_if<std::string>();
    if (!name) continue;
    if (Lower(*name) == Lower(category)) return;
    names += (names.empty() ? "" : ", ") + *name;
  }
  throw Error(ErrorKind::kEntityNotFound, "no event has the category '" + category + "'" +
                                              (names.empty() ? "" : "; the graph has " + names));
}

}  // namespace

int RunEvents(const GlobalOptions& global, const EventsArgs& args) {
  CheckMode(args.format);
  ViewOptions view;
  view.width = args.output.empty() ? TerminalColumns(STDOUT_FILENO) : 0;
  auto store = OpenForReading(global.db);
  Engine engine(store.get());
  QueryOptions options;
  options.parameters["by"] = ActorIdParameter(engine, store.get(), args.by);
  options.parameters["against"] = ActorIdParameter(engine, store.get(), args.against);
  options.parameters["with"] = ActorIdParameter(engine, store.get(), args.with);
  CheckCategory(engine, args.category);
  options.parameters["category"] = args.category.empty() ? ResultValue() : ResultValue(args.category);
  ResultSet events = engine.Run(kEvents, options);
  if (ForReading(args.format)) JoinLists(&events);
  OutputFile out(args.output);
  WriteView(events, args.format, out.stream(), view);
  out.Finish();
  return 0;
}

}  // namespace ng::cli
