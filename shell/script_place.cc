#include "shell/script_place.h"

#include <regex>

namespace ng::cli {

std::string PlaceError(const ScriptPlace& statement, std::string* message) {
  int line = statement.line, column = statement.column;
  static const std::regex kPosition("^line ([0-9]+), column ([0-9]+): ");
  std::smatch m;
  if (std::regex_search(*message, m, kPosition)) {
    const int within_line = std::stoi(m[1]), within_column = std::stoi(m[2]);
    // The statement's first line starts where it does in the script; the
    // lines after it are whole lines of the script.
    column = within_line == 1 ? statement.column + within_column - 1 : within_column;
    line = statement.line + within_line - 1;
    message->erase(0, m.length(0));
  }
  return statement.source + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

}  // namespace ng::cli
