// `newsgraph import`: load a graph from JSON Lines (the export format) or from
// CSV files with Neo4j admin-import headers.
#include <sys/stat.h>

#include <fstream>
#include <iostream>

#include "graph/csv.h"
#include "graph/jsonl.h"
#include "shell/commands.h"

namespace ng::cli {

namespace {

// A device (/dev/zero, /dev/urandom) is never an export; a FIFO may be one
// (`import <(zcat graph.jsonl.gz)`), and its lines are bounded anyway.
void RefuseDevice(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)))
    throw Error(ErrorKind::kInvalidArgument, path + ": a device, not a file; not read");
}

int ImportJsonlFile(const GlobalOptions& global, const ImportArgs& args) {
  if (args.file.empty())
    throw Error(ErrorKind::kInvalidArgument, "import --format jsonl needs a FILE");
  RefuseDevice(args.file);
  std::ifstream in(args.file, std::ios::binary);
  if (!in) throw Error(ErrorKind::kNotFound, "cannot read " + args.file);
  auto store = GraphStore::Open(global.db, OpenOptions{});
  ImportCounts counts = ImportJsonl(store.get(), in, args.file);
  std::cerr << "imported " << counts.nodes << " nodes and " << counts.relationships
            << " relationships from " << args.file << "\n";
  return 0;
}

// "Label1:Label2=path" (Neo4j's form) or "path"; several separated by ','.
std::vector<CsvFile> CsvFiles(const std::string& arg) {
  std::vector<CsvFile> files;
  size_t begin = 0;
  while (begin <= arg.size()) {
    size_t comma = arg.find(',', begin);
    std::string spec = arg.substr(begin, comma == std::string::npos ? comma : comma - begin);
    begin = comma == std::string::npos ? arg.size() + 1 : comma + 1;
    if (spec.empty()) continue;
    CsvFile file;
    size_t eq = spec.find('=');
    file.path = spec.substr(eq == std::string::npos ? 0 : eq + 1);
    if (eq != std::string::npos) {
      std::string labels = spec.substr(0, eq);
      for (size_t b = 0; b <= labels.size();) {
        size_t colon = labels.find(':', b);
        std::string label = labels.substr(b, colon == std::string::npos ? colon : colon - b);
        if (!label.empty()) file.labels.push_back(label);
        b = colon == std::string::npos ? labels.size() + 1 : colon + 1;
      }
    }
    files.push_back(std::move(file));
  }
  return files;
}

int ImportCsvFiles(const GlobalOptions& global, const ImportArgs& args) {
  if (args.nodes.empty())
    throw Error(ErrorKind::kInvalidArgument,
                "import --format csv needs --nodes FILE (and usually --relationships FILE)");
  if (!args.file.empty())
    throw Error(ErrorKind::kInvalidArgument,
                "import --format csv takes --nodes and --relationships, not a FILE argument");
  CsvImportOptions options;
  options.node_files = CsvFiles(args.nodes);
  options.relationship_files = CsvFiles(args.relationships);
  for (const auto* list : {&options.node_files, &options.relationship_files})
    for (const CsvFile& f : *list) {
      RefuseDevice(f.path);
      if (!std::ifstream(f.path)) throw Error(ErrorKind::kNotFound, "cannot read " + f.path);
    }
  auto store = GraphStore::Open(global.db, OpenOptions{});
  ImportCounts counts = ImportCsv(store.get(), options);
  std::cerr << "imported " << counts.nodes << " nodes and " << counts.relationships
            << " relationships\n";
  return 0;
}

struct ImportFormat {
  const char* name;
  int (*run)(const GlobalOptions&, const ImportArgs&);
};

const ImportFormat kImportFormats[] = {
    {"jsonl", ImportJsonlFile},
    {"csv", ImportCsvFiles},
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
