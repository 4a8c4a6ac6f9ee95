// `newsgraph check`: verify the store's invariants.
#include <iostream>

#include "graph/integrity.h"
#include "shell/commands.h"

namespace ng::cli {

int RunCheck(const GlobalOptions& global, const CheckArgs& args) {
  IntegrityReport report = CheckIntegrity(global.db);
  if (args.verbose)
    for (const std::string& c : report.checks) std::cout << "ok  " << c << "\n";
  for (const std::string& v : report.violations) std::cerr << "violation: " << v << "\n";
  if (!report.ok()) {
    std::cerr << "newsgraph: check: " << report.violations.size() << " violation"
              << (report.violations.size() == 1 ? "" : "s") << " in " << global.db << "\n";
    return 1;
  }
  std::cout << "check: " << global.db << " is consistent (" << report.checks.size()
            << " checks)\n";
  return 0;
}

}  // namespace ng::cli
