// `newsgraph export`: the graph in one of the formats of ExportFormats().
#include <iostream>

#include "graph/jsonl.h"
#include "shell/export_formats.h"
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

}  // namespace

const std::vector<ExportFormat>& ExportFormats() {
  static const std::vector<ExportFormat> formats = {
      {"jsonl", "JSON Lines, Neo4j APOC layout (nodes, then relationships)", WriteJsonl},
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
