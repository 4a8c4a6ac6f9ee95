#include "shell/line_editor.h"

#include <editline/readline.h>

#include <cstdlib>
#include <cstring>

namespace ng::cli {

namespace {

// libedit calls plain C functions; they reach the editor's completer here.
// (One LineEditor per process, as libedit's own state is global.)
LineEditor::Completer* active_completer = nullptr;
std::vector<std::string>* pending_matches = nullptr;

char* NextMatch(const char*, int state) {
  static size_t index;
  if (state == 0) index = 0;
  if (!pending_matches || index >= pending_matches->size()) return nullptr;
  return strdup((*pending_matches)[index++].c_str());
}

char** CompleteWord(const char*, int start, int end) {
  rl_attempted_completion_over = 1;  // never fall back to file names
  if (!active_completer) return nullptr;
  std::string line(rl_line_buffer ? rl_line_buffer : "");
  auto [word_start, candidates] = (*active_completer)(line, static_cast<size_t>(end));
  // libedit replaces line[start, end); our word may begin earlier (a name
  // with spaces inside quotes), so hand it only the part after `start`.
  static std::vector<std::string> matches;
  matches.clear();
  size_t skip = static_cast<size_t>(start) > word_start ? start - word_start : 0;
  for (const auto& c : candidates)
    if (c.size() >= skip) matches.push_back(c.substr(skip));
  if (matches.empty()) return nullptr;
  pending_matches = &matches;
  char** result = rl_completion_matches("", NextMatch);
  pending_matches = nullptr;
  return result;
}

}  // namespace

LineEditor::LineEditor(std::string history_file, Completer completer)
    : history_file_(std::move(history_file)) {
  static Completer stored;
  stored = std::move(completer);
  active_completer = &stored;
  rl_readline_name = const_cast<char*>("newsgraph");
  rl_attempted_completion_function = CompleteWord;
  rl_basic_word_break_characters = const_cast<char*>(" \t\n(),;[]{}:=<>'\"");
  using_history();
  stifle_history(2000);
  if (!history_file_.empty()) read_history(history_file_.c_str());
}

LineEditor::~LineEditor() {
  active_completer = nullptr;
  if (!history_file_.empty()) write_history(history_file_.c_str());
}

std::optional<std::string> LineEditor::ReadLine(const std::string& prompt) {
  char* line = readline(prompt.c_str());
  if (!line) return std::nullopt;
  std::string out(line);
  std::free(line);
  return out;
}

void LineEditor::Remember(const std::string& statement) {
  add_history(statement.c_str());
  if (!history_file_.empty()) write_history(history_file_.c_str());
}

}  // namespace ng::cli
