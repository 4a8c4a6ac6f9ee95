// `newsgraph stats`: counts per label and relationship type, size on disk.
#include <cstdio>
#include <iostream>

#include "graph/graph_store.h"
#include "shell/commands.h"

namespace ng::cli {

namespace {

std::string HumanBytes(uint64_t bytes) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u ? "%.1f %s" : "%.0f %s", v, units[u]);
  return buf;
}

void PrintSection(const char* title, const std::vector<std::pair<std::string, uint64_t>>& rows) {
  size_t width = 0;
  for (const auto& [name, n] : rows) width = std::max(width, name.size());
  std::cout << title << "\n";
  if (rows.empty()) std::cout << "  (none)\n";
  for (const auto& [name, n] : rows)
    std::cout << "  " << name << std::string(width - name.size() + 2, ' ') << n << "\n";
}

}  // namespace

int RunStats(const GlobalOptions& global) {
  OpenOptions options;
  options.read_only = true;
  auto store = GraphStore::Open(global.db, options);
  StoreCounts counts = store->Begin()->Counts();
  std::cout << "database       " << global.db << "\n"
            << "size on disk   " << HumanBytes(store->SizeOnDisk()) << "\n"
            << "nodes          " << counts.nodes << "\n"
            << "relationships  " << counts.relationships << "\n\n";
  PrintSection("nodes by label", counts.per_label);
  std::cout << "\n";
  PrintSection("relationships by type", counts.per_type);
  return 0;
}

}  // namespace ng::cli
