// shell/export_formats.h — the table of `newsgraph export` formats.
#ifndef NEWSGRAPH_SHELL_EXPORT_FORMATS_H_
#define NEWSGRAPH_SHELL_EXPORT_FORMATS_H_

#include <functional>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "shell/commands.h"

namespace ng::cli {

struct ExportFormat {
  const char* name;
  const char* description;
  // Writes the graph (or args.query's part of it) to args.output.
  std::function<void(GraphStore* store, const ExportArgs& args)> write;
};

const std::vector<ExportFormat>& ExportFormats();

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_EXPORT_FORMATS_H_
