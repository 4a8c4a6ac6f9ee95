// shell/text_cells.h — text as a terminal shows it: safe characters, width in
// columns, and wrapping into lines of a given width (for result cells).
#ifndef NEWSGRAPH_SHELL_TEXT_CELLS_H_
#define NEWSGRAPH_SHELL_TEXT_CELLS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "query/result.h"

namespace ng::cli {

// Text safe to show on a terminal (query/result.h): one definition for the
// query's tables and the shell's cells.
using ng::Printable;

// Columns `text` takes on a terminal: code points, East Asian wide and
// fullwidth ones counting two, combining marks and colour codes (ESC [ … m)
// none.
size_t DisplayWidth(const std::string& text);

// `text` in lines of at most `width` columns, broken at spaces where it can
// be and inside a word longer than a line; spaces at a break are dropped.
// Empty text is one empty line. `width` 0 means no limit.
std::vector<std::string> Wrap(const std::string& text, size_t width);

// `text` cut to `width` columns, ending in "…" when it was longer.
std::string Cut(const std::string& text, size_t width);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_TEXT_CELLS_H_
