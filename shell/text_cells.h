// shell/text_cells.h — text as a terminal shows it: safe characters, width in
// columns, and wrapping into lines of a given width (for result cells).
#ifndef NEWSGRAPH_SHELL_TEXT_CELLS_H_
#define NEWSGRAPH_SHELL_TEXT_CELLS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace ng::cli {

// Text safe to show on a terminal: stored names and quotations are hostile
// input, and an escape sequence in one would drive the user's terminal.
// Control characters become their Unicode pictures (ESC shows as U+241B),
// C1 controls the replacement character; a line break or tab is a space.
std::string Printable(const std::string& text);

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
