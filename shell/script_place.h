// shell/script_place.h — where in a script (a -f file, stdin, -c, --init)
// a statement starts, and an error's place there as FILE:LINE:COLUMN.
#ifndef NEWSGRAPH_SHELL_SCRIPT_PLACE_H_
#define NEWSGRAPH_SHELL_SCRIPT_PLACE_H_

#include <string>

namespace ng::cli {

struct ScriptPlace {
  std::string source;  // a file's name, "stdin" or "-c"
  int line = 1, column = 1;  // of the statement's first character, from 1
};

// "SOURCE:LINE:COLUMN: " for an error of the statement that starts at
// `statement`. When `message` opens with the query engine's position within
// the statement ("line 2, column 3: "), that position in the script, and the
// position is taken off `message`; otherwise the statement's own start.
std::string PlaceError(const ScriptPlace& statement, std::string* message);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_SCRIPT_PLACE_H_
