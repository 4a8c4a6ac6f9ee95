// shell/column_layout.h — column widths that make a table fit a width.
#ifndef NEWSGRAPH_SHELL_COLUMN_LAYOUT_H_
#define NEWSGRAPH_SHELL_COLUMN_LAYOUT_H_

#include <cstddef>
#include <vector>

namespace ng::cli {

// Widths for columns whose unwrapped widths are `natural` and whose longest
// words are `minimum` wide, adding up to at most `available` (0: no limit).
// Every column gets its minimum (no word is broken), and what is left goes
// to the columns that need more, in proportion to the square root of their
// width, none beyond its natural width: a 200-column quotation gets more
// room than a 30-column name, and the name still reads (equal shares made
// the quotation as narrow as the name; shares in proportion to the width
// made the name a word per line). When even the minimums do not fit, the
// widest come down to a common level, not below `floor` (their words
// break); with too many columns for that the sum exceeds `available`.
std::vector<size_t> FitColumns(const std::vector<size_t>& natural, std::vector<size_t> minimum,
                               size_t available, size_t floor);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_COLUMN_LAYOUT_H_
