#include "graph/repair.h"

#include <ctime>
#include <filesystem>
#include <fstream>

#include "graph/error.h"
#include "graph/graph_store.h"

namespace ng {

namespace {

namespace fs = std::filesystem;

// A new folder beside `path` named for this moment; never an existing one.
std::string BackupName(const std::string& path) {
  std::time_t now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::gmtime(&now));
  std::string base = fs::path(path).lexically_normal().string();
  while (!base.empty() && base.back() == '/') base.pop_back();
  base += std::string(".before-repair-") + stamp;
  std::string name = base;
  for (int n = 2; fs::exists(name); ++n) name = base + "-" + std::to_string(n);
  return name;
}

// The lines of RocksDB's log of the last open that say what it skipped.
std::vector<std::string> DroppedRecords(const std::string& path) {
  std::vector<std::string> out;
  std::ifstream log(fs::path(path) / "LOG");
  std::string line;
  while (std::getline(log, line))
    if (line.find("dropping") != std::string::npos || line.find("Corruption") != std::string::npos) {
      size_t at = line.find("] ");  // after the thread and level columns
      out.push_back(at == std::string::npos ? line : line.substr(at + 2));
    }
  return out;
}

}  // namespace

RepairReport RepairDatabase(const std::string& path) {
  if (!DatabaseExists(path)) throw Error(ErrorKind::kNoDatabase, "no database at " + path);
  RepairReport report;
  report.backup = BackupName(path);
  std::error_code ec;
  fs::copy(path, report.backup, fs::copy_options::recursive, ec);
  if (ec) {
    fs::remove_all(report.backup);
    throw Error(ErrorKind::kIo, "repair: cannot keep a copy of " + path + " at " + report.backup + ": " +
                                    ec.message() + "; nothing was changed");
  }
  {
    OpenOptions options;
    options.create_if_missing = false;
    options.salvage = true;
    options.adjacency_cache_bytes = 0;
    std::unique_ptr<GraphStore> store = GraphStore::Open(path, options);
    StoreCounts counts = store->Begin()->Counts();
    report.nodes = counts.nodes;
    report.relationships = counts.relationships;
  }
  report.dropped = DroppedRecords(path);
  report.integrity = CheckIntegrity(path);
  return report;
}

}  // namespace ng
