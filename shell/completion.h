// shell/completion.h — what Tab offers at a point of a statement.
#ifndef NEWSGRAPH_SHELL_COMPLETION_H_
#define NEWSGRAPH_SHELL_COMPLETION_H_

#include <string>
#include <vector>

#include "shell/session.h"

namespace ng::cli {

// Candidates that complete the word ending at `cursor` in `line`:
// dot-commands at the start of a line, labels and relationship types after
// ':', property keys after '.', actor names inside quotes (a quote of that
// kind in the name escaped) or quoted when the name needs it (in double
// quotes when it has an apostrophe), keywords otherwise (in upper case).
// Every name offered completes a literal that parses.
struct Completions {
  size_t start = 0;                     // where the completed word begins in the line
  std::vector<std::string> candidates;  // each replaces line[start, cursor)
};
Completions Complete(Session& session, const std::string& line, size_t cursor);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_COMPLETION_H_
