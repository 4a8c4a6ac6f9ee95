// `newsgraph export`: the graph in one of the formats of ExportFormats().
#include <unistd.h>

#include <iostream>

#include <sstream>

#include "graph/csv.h"
#include "graph/jsonl.h"
#include "query/engine.h"
#include "shell/dot_writer.h"
#include "shell/export_formats.h"
#include "shell/graphviz_render.h"
#include "shell/output_file.h"

namespace ng::cli {

namespace {

void WriteJsonl(GraphStore* store, const ExportArgs& args) {
  if (!args.query.empty())
    throw Error(ErrorKind::kInvalidArgument, "--query is not supported with --format jsonl");
  OutputFile out(args.output);
  ExportJsonl(*store->Begin(), out.stream());
  out.Finish();
}

// neo4j-admin import files in the folder -o names (graph/csv.h); the
// command to load them into Neo4j goes to stderr.
void WriteCsv(GraphStore* store, const ExportArgs& args) {
  if (!args.query.empty())
    throw Error(ErrorKind::kInvalidArgument, "--query is not supported with --format csv");
  if (args.output.empty() || args.output == "-")
    throw Error(ErrorKind::kInvalidArgument,
                "--format csv writes a folder of files (one per label and relationship type): give it with -o DIR");
  CsvExport files = ExportCsv(*store->Begin(), args.output);
  std::string command = "neo4j-admin database import full --multiline-fields=true";
  for (const auto& f : files.node_files) command += " --nodes=" + f;
  for (const auto& f : files.relationship_files) command += " --relationships=" + f;
  std::cerr << "wrote " << files.counts.nodes << " nodes and " << files.counts.relationships
            << " relationships in " << files.node_files.size() + files.relationship_files.size()
            << " files to " << args.output << "\nload into Neo4j with: " << command << " DATABASE\n";
}

// DOT of the whole graph, or of the nodes, relationships and paths the query
// returns, titled with the query and the database. `max_nodes` (0: any)
// refuses a diagram Graphviz would take minutes to lay out and nobody could read.
std::string DiagramDot(GraphStore* store, const ExportArgs& args, size_t max_nodes = 0) {
  auto txn = store->Begin();
  DotGraph graph;
  if (args.query.empty()) {
    graph = WholeGraph(*txn);
  } else {
    Engine engine(store);
    graph = CollectElements(engine.Run(args.query), *txn);
    // An empty picture says nothing: say why instead (WHO SAID drew a title alone).
    if (graph.nodes.empty())
      throw Error(ErrorKind::kInvalidArgument,
                  "nothing to draw: the query returned no nodes, relationships or paths (WHO SAID "
                  "returns names and words; `said --about NAME --format dot` draws who talks about whom)");
  }
  // Layout time grows with the edges too: 500 relationships take Graphviz
  // 2.6 s here, 1,000 take 19 s.
  if (max_nodes > 0 && (graph.nodes.size() > max_nodes || graph.relationships.size() > max_nodes))
    throw Error(ErrorKind::kInvalidArgument,
                "the diagram would have " + std::to_string(graph.nodes.size()) + " nodes and " +
                    std::to_string(graph.relationships.size()) + " relationships (more than --max-nodes " +
                    std::to_string(max_nodes) +
                    "): narrow --query (DEPTH 1, VIA SAID|ABOUT, LIMIT) or raise --max-nodes");
  DotOptions options;
  options.title = (args.query.empty() ? std::string("the whole graph") : args.query) + "  —  " +
                  store->path();
  std::ostringstream dot;
  WriteDot(graph, options, dot);
  return dot.str();
}

void WriteDotFile(GraphStore* store, const ExportArgs& args) {
  std::string dot = DiagramDot(store, args);
  OutputFile out(args.output);
  out.stream() << dot;
  out.Finish();
}

// svg, png, pdf: the same diagram laid out and drawn by Graphviz.
ExportFormat Rendered(const char* name, const char* description) {
  std::string format = name;
  return {name, description, [format](GraphStore* store, const ExportArgs& args) {
            // Binary drawings poured into a terminal are garbage on the screen.
            // "-o -" is stdout too.
            bool to_stdout = args.output.empty() || args.output == "-";
            if (format != "svg" && to_stdout && isatty(STDOUT_FILENO))
              throw Error(ErrorKind::kInvalidArgument,
                          "a " + format + " drawing is binary: write it to a file with -o FILE." + format);
            std::string bytes = RenderGraphviz(DiagramDot(store, args, args.max_nodes), format);
            OutputFile out(args.output);
            out.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            out.Finish();
          }};
}

}  // namespace

const std::vector<ExportFormat>& ExportFormats() {
  static const std::vector<ExportFormat> formats = {
      {"jsonl", "JSON Lines, Neo4j APOC layout (nodes, then relationships)", WriteJsonl},
      {"csv", "neo4j-admin import files, one per label set and relationship type, into the folder -o names",
       WriteCsv},
      {"dot", "GraphViz DOT of the graph or of --query's nodes, relationships and paths",
       WriteDotFile},
      Rendered("svg", "the DOT diagram drawn by Graphviz as SVG"),
      Rendered("png", "the DOT diagram drawn by Graphviz as PNG"),
      Rendered("pdf", "the DOT diagram drawn by Graphviz as PDF"),
  };
  return formats;
}

int RunExport(const GlobalOptions& global, const ExportArgs& args) {
  const ExportFormat* format = nullptr;
  std::string known;
  for (const ExportFormat& f : ExportFormats()) {
    if (args.format == f.name) format = &f;
    known += std::string(known.empty() ? "" : ", ") + f.name;
  }
  if (!format)
    throw Error(ErrorKind::kInvalidArgument,
                "unknown export format '" + args.format + "' (known: " + known + ")");
  OpenOptions options;
  options.read_only = true;
  auto store = GraphStore::Open(global.db, options);
  format->write(store.get(), args);
  return 0;
}

}  // namespace ng::cli
