// `newsgraph repair`: recover a damaged database (graph/repair.h), saying
// where the copy of the original went, what was dropped and what is left.
#include <iostream>

#include "graph/repair.h"
#include "shell/commands.h"

namespace ng::cli {

int RunRepair(const GlobalOptions& global) {
  RepairReport r = RepairDatabase(global.db);
  std::cout << "repair: the database as it was is kept at " << r.backup << "\n";
  if (r.dropped.empty()) std::cout << "repair: the storage engine reported nothing unreadable\n";
  for (const std::string& d : r.dropped) std::cout << "repair: dropped: " << d << "\n";
  std::cout << "repair: " << global.db << " now holds " << r.nodes << " nodes and " << r.relationships
            << " relationships\n";
  if (!r.dropped.empty())
    std::cout << "repair: ingest the same files again to put back the articles written after the damage\n";
  for (const std::string& v : r.integrity.violations) std::cerr << "violation: " << v << "\n";
  if (!r.integrity.ok()) {
    std::cerr << "newsgraph: repair: " << r.integrity.violations.size()
              << " violations remain; `check` lists them\n";
    return 1;
  }
  std::cout << "repair: check passed (" << r.integrity.checks.size() << " checks)\n";
  return 0;
}

}  // namespace ng::cli
