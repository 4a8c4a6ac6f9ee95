// `newsgraph said`: who said what about whom — one row per statement, a
// speakers × targets matrix, a weighted network (dot), and the cross-outlet
// view of the same words given to different speakers.
//
// Everything is asked of the query engine in Cypher, with the --by and
// --about actors resolved through the name/alias index and passed by id.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include <unistd.h>

#include "graph/graph_store.h"
#include "query/engine.h"
#include "shell/commands.h"
#include "shell/dot_writer.h"
#include "shell/output_file.h"
#include "shell/result_view.h"
#include "shell/said_query.h"
#include "shell/statement_context.h"
#include "shell/terminal.h"
#include "shell/text_cells.h"

namespace ng::cli {

namespace {

const char* kStatementId = ", id(s) AS id";  // --context: to find the paragraph

const char* kMatrix =
    "MATCH (speaker:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t) "
    "WHERE ($by IS NULL OR id(speaker) = $by) AND ($about IS NULL OR id(t) = $about) "
    "RETURN id(speaker) AS speaker_id, speaker.name AS speaker, id(t) AS target_id, "
    "       coalesce(t.name, t.label) AS target, count(DISTINCT s) AS statements, "
    "       collect(DISTINCT s.text) AS words "
    "ORDER BY statements DESC, speaker, target";

// The pairs `--format dot` draws at most, busiest first.
constexpr size_t kDiagramPairs = 30;

std::string Text(const ResultValue& v) {
  auto* s = v.get_if<std::string>();
  return s ? *s : v.is_null() ? "" : ResultValueToText(v);
}

// The same words, given to different speakers by different sources: one row
// per (words, outlet, speaker) of each such group.
ResultSet CrossOutlet(const ResultSet& statements) {
  ResultSet out;
  out.has_return = true;
  out.columns = {"words", "outlet", "speaker", "kind"};
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t i = 0; i < statements.rows.size(); ++i)
    groups[NormalizedWords(Text(statements.rows[i][2]))].push_back(i);
  for (const auto& [words, rows] : groups) {
    std::set<std::string> speakers, outlets;
    for (size_t i : rows) {
      // Words of no known speaker give none to compare.
      if (UnknownSpeaker(Text(statements.rows[i][0]))) continue;
      speakers.insert(Text(statements.rows[i][0]));
      // Articles of unknown outlets are told apart by their file.
      const std::string outlet = Text(statements.rows[i][4]);
      outlets.insert(outlet.empty() ? "file:" + Text(statements.rows[i][7]) : outlet);
    }
    if (words.empty() || speakers.size() < 2 || outlets.size() < 2) continue;
    for (size_t i : rows) {
      const auto& r = statements.rows[i];
      if (!UnknownSpeaker(Text(r[0]))) out.rows.push_back({r[2], r[4], r[0], r[1]});
    }
  }
  return out;
}

// Target columns that fit `width` beside the speakers' (0: the usual 12):
// about 10 columns each with their borders, the speakers 20.
size_t TargetsThatFit(size_t width) {
  if (width == 0) return 12;
  return std::clamp<size_t>(width > 24 ? (width - 24) / 13 : 1, 1, 12);
}

// Speakers down, targets across (the `most` most spoken-about), counts inside.
ResultSet Pivot(const ResultSet& matrix, size_t most, size_t* targets_in_all) {
  std::map<std::string, int64_t> per_target;
  for (const auto& r : matrix.rows) per_target[Text(r[3])] += *r[4].get_if<int64_t>();
  std::vector<std::pair<int64_t, std::string>> targets;
  for (const auto& [t, n] : per_target) targets.push_back({-n, t});
  std::sort(targets.begin(), targets.end());
  *targets_in_all = targets.size();
  if (targets.size() > most) targets.resize(most);
  ResultSet out;
  out.has_return = true;
  out.columns = {"speaker \\ about"};
  for (const auto& [n, t] : targets) out.columns.push_back(t);
  std::map<std::string, std::map<std::string, int64_t>> cells;
  std::vector<std::string> speakers;
  for (const auto& r : matrix.rows) {
    std::string sp = Text(r[1]);
    if (!cells.count(sp)) speakers.push_back(sp);
    cells[sp][Text(r[3])] += *r[4].get_if<int64_t>();
  }
  for (const auto& sp : speakers) {
    std::vector<ResultValue> row{ResultValue(sp)};
    for (const auto& [n, t] : targets) {
      auto it = cells[sp].find(t);
      row.push_back(it == cells[sp].end() ? ResultValue() : ResultValue(it->second));
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

// An edge's tooltip: the words, a few of them, each cut to a line.
std::string Quotations(const ResultValue& words) {
  const auto* list = words.get_if<ResultList>();
  if (!list) return "";
  std::string tip;
  size_t shown = 0;
  for (const ResultValue& w : *list) {
    const auto* text = w.get_if<std::string>();
    if (!text) continue;
    if (shown == 5) {
      tip += "\n… " + std::to_string(list->size() - shown) + " more";
      break;
    }
    tip += (shown++ ? "\n" : "") + std::string("“") + Cut(*text, 100) + "”";
  }
  return tip;
}

// The matrix as a network: speaker → target, thicker for more statements,
// the words in the edge's tooltip; around the target when there is one
// (`about`), so that the diagram fits a page.
// With `legend`, the edges are numbered and a box beside the diagram gives
// each number's speaker, target and first words (tooltips do not print).
void WriteNetwork(const ResultSet& matrix, const Transaction& txn, const std::string& title,
                  NodeId about, bool legend, std::ostream& out) {
  DotGraph graph;
  DotOptions options;
  std::set<NodeId> seen;
  RelId next = 1;
  for (const auto& r : matrix.rows) {
    NodeId from = static_cast<NodeId>(*r[0].get_if<int64_t>());
    NodeId to = static_cast<NodeId>(*r[2].get_if<int64_t>());
    for (NodeId id : {from, to})
      if (seen.insert(id).second)
        if (auto n = txn.GetNode(id)) graph.nodes.push_back(*n);
    int64_t count = *r[4].get_if<int64_t>();
    std::string label = std::to_string(count);
    if (legend) {
      const std::string number = "[" + std::to_string(next) + "]";
      label += " " + number;
      const auto* words = r[5].get_if<ResultList>();
      std::string first = words && !words->empty() && words->front().get_if<std::string>()
                              ? "“" + Cut(*words->front().get_if<std::string>(), 60) + "”"
                              : "";
      if (words && words->size() > 1) first += " and " + std::to_string(words->size() - 1) + " more";
      options.legend.push_back(number + " " + Text(r[1]) + " → " + Text(r[3]) + ": " + first);
    }
    graph.relationships.push_back(Relationship{
        next++, label, from, to, {{"weight", Value(count)}, {"tooltip", Value(Quotations(r[5]))}}});
  }
  options.title = title;
  options.centre = seen.count(about) ? about : 0;
  WriteDot(graph, options, out);
}

// The table for reading leaves the sentence and the file to --context and the
// data formats: the words get the width.
ResultSet WithoutSource(ResultSet statements) {
  for (const char* column : {"article", "sentence"}) {
    auto at = std::find(statements.columns.begin(), statements.columns.end(), column);
    if (at == statements.columns.end()) continue;
    const size_t i = static_cast<size_t>(at - statements.columns.begin());
    statements.columns.erase(at);
    for (auto& row : statements.rows) row.erase(row.begin() + static_cast<long>(i));
  }
  return statements;
}

// csv, json, jsonl: the marked paragraph as one more column.
void AddContextColumn(ResultSet* statements, const Transaction& txn) {
  const size_t id = statements->columns.size() - 1;
  statements->columns.push_back("context");
  for (auto& row : statements->rows) {
    std::optional<StatementContext> context;
    if (const int64_t* statement = row[id].get_if<int64_t>())
      context = FindContext(txn, static_cast<NodeId>(*statement));
    row.push_back(context ? ResultValue(MarkContext(*context, false)) : ResultValue());
  }
}

}  // namespace

int RunSaid(const GlobalOptions& global, const SaidArgs& args) {
  const bool dot = args.format == "dot";
  if (args.legend && !dot) throw Error(ErrorKind::kInvalidArgument, "--legend goes with --format dot");
  if (args.context && (dot || args.matrix))
    throw Error(ErrorKind::kInvalidArgument, "--context shows statements: not with --matrix or --format dot");
  if (!dot) CheckMode(args.format);
  // A table for people: the matrix pivoted, the same words by outlet below.
  const bool drawn = !dot && ForReading(args.format);
  ViewOptions view;
  // To the screen or a pipe: as wide as the terminal ($COLUMNS); into -o FILE: no limit.
  view.width = args.output.empty() ? TerminalColumns(STDOUT_FILENO) : 0;
  auto store = OpenForReading(global.db);
  Engine engine(store.get());
  QueryOptions options;
  std::string title = "who talks about whom" + SetSelection(engine, store.get(), args.by, args.about, &options);

  OutputFile out(args.output);
  if (args.matrix || dot) {
    ResultSet matrix = engine.Run(kMatrix, options);
    if (dot) {
      const ResultValue& about = options.parameters["about"];
      // Every pair of the samples made a 2952×4042 pt tangle nobody could
      // read; the busiest ones (the rows come most first) fit a page.
      const size_t all = matrix.rows.size();
      if (all > kDiagramPairs) {
        matrix.rows.resize(kDiagramPairs);
        title += " (the " + std::to_string(kDiagramPairs) + " busiest of " + std::to_string(all) + " pairs)";
        std::cerr << "newsgraph: note: drew the " << kDiagramPairs << " busiest of " << all
                  << " speaker-target pairs; --about or --by narrows, -F csv lists all\n";
      }
      WriteNetwork(matrix, *store->Begin(), title + "  —  " + store->path(),
                   about.get_if<int64_t>() ? static_cast<NodeId>(*about.get_if<int64_t>()) : 0, args.legend,
                   out.stream());
    } else if (drawn) {
      size_t all = 0;
      const size_t most = TargetsThatFit(view.width);
      WriteView(Pivot(matrix, most, &all), args.format, out.stream(), view);
      if (all > most)
        out.stream() << "(the " << most << " most spoken-about of " << all
                     << " targets; -F csv lists every pair)\n";
    } else {
      matrix.columns = {"speaker_id", "speaker", "target_id", "target", "statements"};
      for (auto& row : matrix.rows) row.resize(5);  // the words are the diagram's tooltips
      WriteView(matrix, args.format, out.stream(), view);
    }
  } else {
    ResultSet statements = engine.Run(
        StatementsQuery(args.context ? kStatementId : "", /*unknown_speakers=*/args.by.empty()), options);
    if (args.context && drawn) {
      // On a terminal in colour; in a file or a pipe with [[ ]] and {{ }}.
      bool color = args.output.empty() && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
      WriteInContext(statements, *store->Begin(), color, view.width, out.stream());
    } else {
      if (args.context) AddContextColumn(&statements, *store->Begin());
      WriteView(drawn ? WithoutSource(statements) : statements, args.format, out.stream(), view);
    }
    ResultSet cross = CrossOutlet(statements);
    if (drawn && !cross.rows.empty()) {
      out.stream() << "\nThe same words, different speakers, by outlet:\n";
      WriteView(cross, args.format, out.stream(), view);
    }
  }
  out.Finish();
  return 0;
}

}  // namespace ng::cli
