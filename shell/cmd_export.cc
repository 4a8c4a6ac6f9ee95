// `newsgraph export`: the graph in one of the formats of ExportFormats().
#include <iostream>

#include <sstream>

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

// DOT of the whole graph, or of the nodes, relationships and paths the query
// returns, titled with the query and the database.
std::string DiagramDot(GraphStore* store, const ExportArgs& args) {
  auto txn = store->Begin();
  DotGraph graph;
  if (args.query.empty()) {
    graph = WholeGraph(*txn);
  } else {
    Engine engine(store);
    graph = CollectElements(engine.Run(args.query), *txn);
  }
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
            std::string bytes = RenderGraphviz(DiagramDot(store, args), format);
            OutputFile out(args.output);
            out.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            out.Finish();
          }};
}

}  // namespace

const std::vector<ExportFormat>& ExportFormats() {
  static const std::vector<ExportFormat> formats = {
      {"jsonl", "JSON Lines, Neo4j APOC layout (nodes, then relationships)", WriteJsonl},
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
