// shell/view_writers.h — the writers behind WriteView, one per kind of
// layout (internal to shell/result_view.cc).
#ifndef NEWSGRAPH_SHELL_VIEW_WRITERS_H_
#define NEWSGRAPH_SHELL_VIEW_WRITERS_H_

#include <ostream>
#include <string>
#include <vector>

#include "shell/result_view.h"

namespace ng::cli {

// A result as text cells: printable, nulls as the options say.
struct Cells {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;  // per column: every value a number (right-aligned)
};
Cells ToCells(const ResultSet& result, const ViewOptions& options);

enum class GridStyle { kAscii, kBox, kMarkdown };
// table (ascii), box, markdown: a grid of columns; cells wrap to fit the
// width (not in markdown, whose cells are one line each).
void WriteGrid(const Cells& cells, GridStyle style, std::ostream& out, const ViewOptions& options);
// line: each row as `column = value` lines, rows apart by an empty line.
void WriteLines(const Cells& cells, std::ostream& out, const ViewOptions& options);
// list: values apart by '|'; tsv: by tabs, with \t \n \r \\ escaped.
void WriteSeparated(const ResultSet& result, bool tsv, std::ostream& out, const ViewOptions& options);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_VIEW_WRITERS_H_
