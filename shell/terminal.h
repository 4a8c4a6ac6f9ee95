// shell/terminal.h — the terminal's size, and a pager for results taller
// than it.
#ifndef NEWSGRAPH_SHELL_TERMINAL_H_
#define NEWSGRAPH_SHELL_TERMINAL_H_

#include <cstddef>
#include <ostream>
#include <string>

namespace ng::cli {

// Columns of the terminal `fd` is on (ioctl TIOCGWINSZ); when it is on none,
// $COLUMNS if that is a number; else 0 (no limit: a file or a pipe).
size_t TerminalColumns(int fd);
// Rows the same way ($LINES); 0 when unknown.
size_t TerminalRows(int fd);

// The pager command: $PAGER when set and not empty, else "less -FRX" (quits
// at once when the text fits, keeps colours, leaves the text on screen).
std::string PagerCommand();

// Writes `text` to `out`, or through the pager when `page` and the text has
// more lines than the terminal on stdout shows (less one, for the prompt).
// A pager that cannot start or that the user quits early is no error.
void ShowPaged(const std::string& text, bool page, std::ostream& out);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_TERMINAL_H_
