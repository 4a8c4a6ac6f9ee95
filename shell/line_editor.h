// shell/line_editor.h — line editing, history and Tab completion for the
// interactive shell, through libedit (BSD-licensed, in Debian as libedit-dev;
// GNU readline would make the binary GPL).
#ifndef NEWSGRAPH_SHELL_LINE_EDITOR_H_
#define NEWSGRAPH_SHELL_LINE_EDITOR_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ng::cli {

class LineEditor {
 public:
  // (line, cursor) -> (start of the word, candidates that replace it)
  using Completer =
      std::function<std::pair<size_t, std::vector<std::string>>(const std::string&, size_t)>;

  // Loads `history_file` (may not exist yet). One editor per process: libedit
  // keeps its state in globals.
  LineEditor(std::string history_file, Completer completer);
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  // A line without its newline; nullopt at end of input (Ctrl-D).
  std::optional<std::string> ReadLine(const std::string& prompt);
  // Adds a whole statement to the history and saves the file.
  void Remember(const std::string& statement);

 private:
  std::string history_file_;
};

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_LINE_EDITOR_H_
