// `newsgraph report`: the statements `said` lists (--by, --about, or those a
// --query returns) as one self-contained HTML file (shell/html_report.h).
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "graph/graph_store.h"
#include "query/engine.h"
#include "shell/commands.h"
#include "shell/dot_writer.h"
#include "shell/graphviz_render.h"
#include "shell/html_report.h"
#include "shell/output_file.h"
#include "shell/said_query.h"

namespace ng::cli {

namespace {

std::string Text(const ResultValue& v) {
  auto* s = v.get_if<std::string>();
  return s ? *s : v.is_null() ? "" : ResultValueToText(v);
}

// The Statement nodes anywhere in a query's result (also in lists and paths).
void CollectStatements(const ResultValue& v, std::set<int64_t>* ids) {
  if (const Node* n = v.get_if<Node>()) {
    if (n->HasLabel("Statement")) ids->insert(static_cast<int64_t>(n->id));
  } else if (const ResultList* list = v.get_if<ResultList>()) {
    for (const ResultValue& item : *list) CollectStatements(item, ids);
  } else if (const ResultMap* map = v.get_if<ResultMap>()) {
    for (const auto& [k, item] : *map) CollectStatements(item, ids);
  } else if (const PathResult* path = v.get_if<PathResult>()) {
    for (const Node& node : path->nodes) CollectStatements(ResultValue(node), ids);
  }
}

// Who talks about whom in the selection, drawn by Graphviz: speaker -> target,
// thicker for more statements; the 40 busiest pairs, so that a report of
// thousands of statements keeps a readable diagram.
std::string Diagram(const std::vector<ReportStatement>& statements, const std::string& title) {
  std::map<std::pair<std::string, std::string>, int64_t> pairs;
  for (const ReportStatement& s : statements)
    if (!UnknownSpeaker(s.speaker))  // no actor to draw
      for (const std::string& t : s.about) ++pairs[{s.speaker, t}];
  std::vector<std::pair<int64_t, std::pair<std::string, std::string>>> busiest;
  for (const auto& [pair, n] : pairs) busiest.push_back({-n, pair});
  std::sort(busiest.begin(), busiest.end());
  if (busiest.size() > 40) busiest.resize(40);
  if (busiest.empty()) return "";
  DotGraph graph;
  std::map<std::string, NodeId> ids;
  auto node = [&](const std::string& name) {
    auto [it, added] = ids.emplace(name, ids.size() + 1);
    if (added) graph.nodes.push_back(Node{it->second, {"Actor"}, {{"name", Value(name)}}});
    return it->second;
  };
  RelId next = 1;
  for (const auto& [n, pair] : busiest) {
    NodeId from = node(pair.first), to = node(pair.second);
    graph.relationships.push_back(
        Relationship{next++, std::to_string(-n), from, to, {{"weight", Value(-n)}}});
  }
  std::ostringstream dot;
  WriteDot(graph, {title}, dot);
  return RenderGraphviz(dot.str(), "svg");
}

}  // namespace

int RunReport(const GlobalOptions& global, const ReportArgs& args) {
  if (args.output.empty()) throw Error(ErrorKind::kInvalidArgument, "report needs an output file: -o FILE.html");
  auto store = OpenForReading(global.db);
  Engine engine(store.get());
  QueryOptions options;
  std::string title = "Who said what" + SetSelection(engine, store.get(), args.by, args.about, &options);
  std::optional<std::set<int64_t>> chosen;
  if (!args.query.empty()) {
    ResultSet picked = engine.Run(args.query, QueryOptions{});
    chosen.emplace();
    for (const auto& row : picked.rows)
      for (const ResultValue& v : row) CollectStatements(v, &*chosen);
    title += ", from a query";
  }
  ResultSet rows = engine.Run(StatementsQuery(", id(s) AS id, a.url AS url", /*unknown_speakers=*/args.by.empty()),
                              options);
  auto txn = store->Begin();
  std::vector<ReportStatement> statements;
  for (const auto& r : rows.rows) {
    // speaker, kind, said, about, outlet, date, sentence, article, id, url
    ReportStatement s;
    s.id = *r[8].get_if<int64_t>();
    if (chosen && !chosen->count(s.id)) continue;
    s.speaker = Text(r[0]);
    s.kind = Text(r[1]);
    s.words = Text(r[2]);
    if (const ResultList* about = r[3].get_if<ResultList>())
      for (const ResultValue& a : *about)
        if (!a.is_null()) s.about.push_back(Text(a));
    s.outlet = Text(r[4]);
    s.date = Text(r[5]);
    s.url = Text(r[9]);
    s.context = FindContext(*txn, static_cast<NodeId>(s.id));
    statements.push_back(std::move(s));
  }
  OutputFile out(args.output);
  WriteHtmlReport(statements, title, Diagram(statements, "who talks about whom"), out.stream());
  out.Finish();
  return 0;
}

}  // namespace ng::cli
