// `newsgraph import`: load a graph from JSON Lines (the export format).
#include <fstream>
#include <iostream>

#include "graph/jsonl.h"
#include "shell/commands.h"

namespace ng::cli {

namespace {

int ImportJsonlFile(const GlobalOptions& global, const ImportArgs& args) {
  if (args.file.empty())
    throw Error(ErrorKind::kInvalidArgument, "import --format jsonl needs a FILE");
  std::ifstream in(args.file, std::ios::binary);
  if (!in) throw Error(ErrorKind::kNotFound, "cannot read " + args.file);
  auto store = GraphStore::Open(global.db, OpenOptions{});
  ImportCounts counts = ImportJsonl(store.get(), in, args.file);
  std::cerr << "imported " << counts.nodes << " nodes and " << counts.relationships
            << " relationships from " << args.file << "\n";
  return 0;
}

struct ImportFormat {
  const char* name;
  int (*run)(const GlobalOptions&, const ImportArgs&);
};

const ImportFormat kImportFormats[] = {
    {"jsonl", ImportJsonlFile},
};

}  // namespace

int RunImport(const GlobalOptions& global, const ImportArgs& args) {
  std::string known;
  for (const ImportFormat& f : kImportFormats) {
    if (args.format == f.name) return f.run(global, args);
    known += std::string(known.empty() ? "" : ", ") + f.name;
  }
  throw Error(ErrorKind::kInvalidArgument,
              "unknown import format '" + args.format + "' (known: " + known + ")");
}

}  // namespace ng::cli
