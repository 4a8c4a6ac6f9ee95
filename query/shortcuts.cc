#include "query/shortcuts.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "graph/error.h"
#include "query/executor.h"
#include "query/parser.h"
#include "query/statement_rows.h"

namespace ng::query {

namespace {

std::string StringProperty(const Node& n, const char* key) {
  auto it = n.properties.find(key);
  if (it == n.properties.end() || it->second.type() != Value::Type::kString) return "";
  return it->second.AsString();
}

// A short human name for a node in a hop-by-hop route.
std::string DisplayName(const Node& n) {
  for (const char* key : {"name", "label", "title", "file"}) {
    std::string s = StringProperty(n, key);
    if (!s.empty()) return s;
  }
  std::string text = StringProperty(n, "text");
  if (!text.empty()) return "\"" + (text.size() > 50 ? text.substr(0, 47) + "..." : text) + "\"";
  return (n.labels.empty() ? std::string("node") : n.labels[0]) + " " + std::to_string(n.id);
}

const std::map<Shortcut::Kind, std::vector<std::string>> kColumns = {
    {Shortcut::Kind::kNeighbours, {"distance", "node", "via"}},
    {Shortcut::Kind::kPath, {"path", "hop", "from", "relationship", "to"}},
    {Shortcut::Kind::kWhoSaidAbout, {"speaker", "statement", "kind", "about", "outlet", "date"}},
    {Shortcut::Kind::kWhatDidSay, {"speaker", "statement", "kind", "about", "outlet", "date"}},
};

// A name given as $parameter: its value, which must be a string.
std::string NameArgument(const std::string& literal, const std::string& param, const QueryOptions& options) {
  if (param.empty()) return literal;
  auto it = options.parameters.find(param);
  if (it == options.parameters.end())
    throw Error(ErrorKind::kSemantic, "ParameterMissing: expected a value for parameter $" + param);
  const std::string* name = it->second.get_if<std::string>();
  if (!name) throw Error(ErrorKind::kType, "$" + param + " must be a name (a string), not " + TypeName(it->second));
  return *name;
}

// The rows of a shortcut as a list of maps, column → value.
Val RowsAsMaps(const ResultSet& result) {
  ResultList rows;
  for (const auto& row : result.rows) {
    ResultMap m;
    for (size_t i = 0; i < row.size() && i < result.columns.size(); ++i) m[result.columns[i]] = row[i];
    rows.push_back(Val(std::move(m)));
  }
  return Val(std::move(rows));
}

// The statement a shortcut compiles to, with the mode (EXPLAIN, PROFILE) of
// the shortcut itself.
ResultSet RunCompiled(Transaction* txn, const Statement& shortcut, const std::string& cypher,
                      Row bindings, const QueryOptions& options) {
  Statement compiled = Parse(cypher);
  compiled.mode = shortcut.mode;
  Executor executor(txn, compiled, options, std::move(bindings));
  ResultSet result = executor.Run();
  if (shortcut.mode == Statement::Mode::kExplain)
    result.rows.insert(result.rows.begin(), {Val("Compiled: " + cypher)});
  return result;
}

// WHO SAID ABOUT and WHAT DID … SAY share one projection: the speaker, the
// words, their kind (", denied" after it when the speaker did not say or hold
// them: "did not apologize for ..."), every target, the outlet and the date.
std::string StatementColumns() {
  return std::string(" OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)"
                     " OPTIONAL MATCH (s)-[:ABOUT]->(other)"
                     " WITH speaker, s, a, collect(DISTINCT coalesce(other.name, other.label)) AS about"
                     " RETURN speaker.name AS speaker, s.text AS statement, ") +
         kStatementKindShown +
         " AS kind, about, a.outlet AS outlet, coalesce(s.date, a.published) AS date"
         " ORDER BY date, outlet, speaker, statement";
}

// EXPLAIN and PROFILE show the Cypher a shortcut stands for and run it;
// a plain run reads the same rows over ids (statement_rows.h).
bool ReadsOverIds(const Statement& st, const QueryOptions& options) {
  return st.mode == Statement::Mode::kRun && !options.general_matcher_only;
}

ResultSet WhoSaidAbout(Transaction* txn, const Statement& st, const QueryOptions& options) {
  Node target = ResolveName(*txn, st.shortcut.name);
  if (ReadsOverIds(st, options)) return StatementRows(txn, std::nullopt, target.id, options);
  Row bindings{{"target", Val(std::move(target))}};
  return RunCompiled(txn, st,
                     std::string("MATCH (speaker)-[:SAID]->(s:Statement)-[:ABOUT]->(target)") +
                         StatementColumns(),
                     std::move(bindings), options);
}

ResultSet WhatDidSay(Transaction* txn, const Statement& st, const QueryOptions& options) {
  Node speaker = ResolveName(*txn, st.shortcut.name);
  std::optional<Node> target;
  if (!st.shortcut.other.empty()) target = ResolveName(*txn, st.shortcut.other);
  if (ReadsOverIds(st, options))
    return StatementRows(txn, speaker.id, target ? std::optional<NodeId>(target->id) : std::nullopt, options);
  Row bindings{{"speaker", Val(std::move(speaker))}};
  std::string cypher = "MATCH (speaker)-[:SAID]->(s:Statement)";
  if (target) {
    bindings["target"] = Val(*target);
    cypher += " MATCH (s)-[:ABOUT]->(target)";
  }
  return RunCompiled(txn, st, cypher + StatementColumns(), std::move(bindings), options);
}

// Relationships that say where something was read, not how two things are
// related: an actor and the minister of another country are one article
// apart through MENTIONED_IN. PATH leaves them out unless VIA names them.
const std::vector<std::string> kProvenance = {"MENTIONED_IN", "REPORTED_IN"};

// The types PATH follows: VIA's, else every type in the store but provenance.
std::vector<std::string> PathTypes(const Transaction& txn, const Shortcut& s) {
  if (!s.via.empty()) return s.via;
  std::vector<std::string> types;
  for (const auto& [type, count] : txn.Counts().per_type)
    if (std::find(kProvenance.begin(), kProvenance.end(), type) == kProvenance.end())
      types.push_back(type);
  return types;
}

// PATH FROM a TO b: shortestPath (or allShortestPaths) over the relationships
// of PathTypes, either direction; printed one row per hop.
ResultSet PathBetween(Transaction* txn, const Statement& st, const QueryOptions& options) {
  Row bindings{{"a", Val(ResolveName(*txn, st.shortcut.name))},
               {"b", Val(ResolveName(*txn, st.shortcut.other))}};
  std::vector<std::string> followed = PathTypes(*txn, st.shortcut);
  auto no_path = [&] {
    std::string message = "no path from '" + st.shortcut.name + "' to '" + st.shortcut.other + "' within " +
                          std::to_string(st.shortcut.depth) + " hops";
    if (st.shortcut.via.empty())
      message += " (articles are left out: VIA names the types to follow, MENTIONED_IN and REPORTED_IN too)";
    return Error(ErrorKind::kEntityNotFound, message);
  };
  // No type to follow: an empty list in the pattern would mean any type.
  if (followed.empty()) throw no_path();
  std::string types;
  for (const std::string& t : followed) types += (types.empty() ? ":`" : "|`") + t + "`";
  std::string cypher = std::string("MATCH p = ") +
                       (st.shortcut.all ? "allShortestPaths" : "shortestPath") + "((a)-[" + types + "*.." +
                       std::to_string(st.shortcut.depth) + "]-(b)) RETURN p";
  ResultSet paths = RunCompiled(txn, st, cypher, bindings, options);
  if (st.mode == Statement::Mode::kExplain) return paths;
  ResultSet hops;
  hops.has_return = true;
  hops.plan = paths.plan;
  hops.columns = kColumns.at(Shortcut::Kind::kPath);
  int64_t number = 0;
  for (const auto& row : paths.rows) {
    const PathResult* p = row[0].get_if<PathResult>();
    if (!p) continue;
    ++number;
    for (size_t i = 0; i < p->relationships.size(); ++i) {
      const Relationship& r = p->relationships[i];
      bool forward = r.start == p->nodes[i].id;
      std::string arrow = forward ? "-[:" + r.type + "]->" : "<-[:" + r.type + "]-";
      hops.rows.push_back({Val(number), Val(static_cast<int64_t>(i + 1)),
                           Val(DisplayName(p->nodes[i])), Val(arrow),
                           Val(DisplayName(p->nodes[i + 1]))});
    }
  }
  if (number == 0) throw no_path();
  return hops;
}

// NEIGHBOURS OF x [DEPTH d] [VIA T|U]: x at distance 0, then every node
// within d hops (either direction) with its distance and the type of the hop
// that reached it.
ResultSet Neighbours(Transaction* txn, const Statement& st, const QueryOptions& options) {
  Node start = ResolveName(*txn, st.shortcut.name);
  ResultSet result;
  result.has_return = true;
  std::string via;
  for (const auto& t : st.shortcut.via) via += (via.empty() ? ":" : "|") + t;
  std::string plan = "NodeByName(" + DisplayName(start) + ") → BreadthFirst(depth " +
                     std::to_string(st.shortcut.depth) + (via.empty() ? "" : ", via " + via) + ")";
  if (st.mode == Statement::Mode::kExplain) {
    result.columns = {"plan"};
    result.rows.push_back({Val(plan)});
    return result;
  }
  Statement none;
  Executor limits(txn, none, options);
  result.columns = kColumns.at(Shortcut::Kind::kNeighbours);
  result.rows.push_back({Val(int64_t{0}), Val(start), Val()});  // the centre itself
  // Level by level: each level's frontier is expanded in one ordered walk.
  std::unordered_set<NodeId> seen{start.id};
  std::vector<NodeId> frontier{start.id};
  for (int64_t distance = 1; distance <= st.shortcut.depth && !frontier.empty(); ++distance) {
    std::sort(frontier.begin(), frontier.end());
    std::vector<std::pair<NodeId, std::string>> reached;  // with the type of the hop
    txn->AdjacentMany(frontier, Direction::kBoth, st.shortcut.via,
                      [&](NodeId, const AdjacencyEntry& e) {
                        limits.Tick();
                        if (seen.insert(e.neighbour).second) reached.emplace_back(e.neighbour, e.type);
                      });
    frontier.clear();
    for (const auto& [id, type] : reached) {
      frontier.push_back(id);
      if (auto node = txn->GetNode(id)) result.rows.push_back({Val(distance), Val(*node), Val(type)});
    }
  }
  if (st.mode == Statement::Mode::kProfile)
    result.plan.push_back({plan, 0, result.rows.size(), 0});
  return result;
}

using ShortcutRunner = ResultSet (*)(Transaction*, const Statement&, const QueryOptions&);

const std::map<Shortcut::Kind, ShortcutRunner>& Runners() {
  static const std::map<Shortcut::Kind, ShortcutRunner> runners = {
      {Shortcut::Kind::kNeighbours, Neighbours},
      {Shortcut::Kind::kPath, PathBetween},
      {Shortcut::Kind::kWhoSaidAbout, WhoSaidAbout},
      {Shortcut::Kind::kWhatDidSay, WhatDidSay},
  };
  return runners;
}

}  // namespace

Node ResolveName(const Transaction& txn, const std::string& name) {
  std::vector<Node> all, actors;
  for (NodeId id : txn.FindByName(name)) {
    auto n = txn.GetNode(id);
    if (!n) continue;
    all.push_back(*n);
    if (n->HasLabel("Actor")) actors.push_back(*n);
  }
  std::vector<Node>& found = actors.empty() ? all : actors;
  if (found.size() == 1) return found[0];
  if (found.empty()) {
    std::string message = "no actor or other node is called '" + name + "'";
    auto similar = txn.NamesWithPrefix(name.substr(0, std::min<size_t>(name.size(), 3)), 5);
    if (!similar.empty()) {
      message += " (names starting alike:";
      for (size_t i = 0; i < similar.size(); ++i) message += (i ? ", '" : " '") + similar[i] + "'";
      message += ")";
    }
    throw Error(ErrorKind::kEntityNotFound, message);
  }
  std::string message = "the name '" + name + "' is ambiguous; it could be:";
  for (size_t i = 0; i < found.size(); ++i) {
    std::string kind = StringProperty(found[i], "kind");
    message += (i ? ", " : " ") + DisplayName(found[i]) + " (" +
               (kind.empty() ? found[i].labels.empty() ? "node" : found[i].labels[0] : kind) +
               ", id " + std::to_string(found[i].id) + ")";
  }
  throw Error(ErrorKind::kArgument, message);
}

const std::vector<std::string>& ShortcutColumns(Shortcut::Kind kind) { return kColumns.at(kind); }

ResultSet RunShortcut(Transaction* txn, const Statement& statement, const QueryOptions& options) {
  Statement resolved = statement;
  Shortcut& s = resolved.shortcut;
  s.name = NameArgument(s.name, s.name_param, options);
  s.other = NameArgument(s.other, s.other_param, options);
  // A shortcut reshapes the rows of the query it compiles to (PATH turns
  // paths into hops): they must come back, not stream out.
  QueryOptions kept = options;
  kept.row_sink = nullptr;
  ResultSet rows = Runners().at(s.kind)(txn, resolved, kept);
  if (statement.clauses.empty() || statement.mode == Statement::Mode::kExplain) return rows;
  // The clauses written after it run on its rows.
  if (rows.columns != ShortcutColumns(s.kind))
    throw Error(ErrorKind::kInternal, "a shortcut's columns differ from those its clauses expect");
  QueryOptions composed = options;
  composed.parameters[kShortcutRowsParameter] = RowsAsMaps(rows);
  Statement tail;
  tail.mode = statement.mode;
  tail.text = statement.text;
  tail.clauses = statement.clauses;
  ResultSet result = Executor(txn, tail, composed).Run();
  result.plan.insert(result.plan.begin(), rows.plan.begin(), rows.plan.end());
  return result;
}

}  // namespace ng::query
