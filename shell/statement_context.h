// shell/statement_context.h — a statement shown where it was said: the
// paragraph of its article's stored body, with its words and its speaker's
// mention marked (`said --context`, the shell's `.context ID`).
#ifndef NEWSGRAPH_SHELL_STATEMENT_CONTEXT_H_
#define NEWSGRAPH_SHELL_STATEMENT_CONTEXT_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_store.h"
#include "query/result.h"

namespace ng::cli {

struct Mark {
  size_t start = 0, end = 0;  // [start, end) in the paragraph
};

struct StatementContext {
  std::string paragraph;        // the body's line holding the statement
  Mark words;                   // the statement's words
  std::optional<Mark> speaker;  // where the speaker is named, when found
};

// The statement's paragraph, or nullopt when its article has no stored body
// (written before bodies were kept) or the statement has no offsets in it.
// Throws kNotFound when `statement` is no Statement node.
std::optional<StatementContext> FindContext(const Transaction& tx, NodeId statement);

// Where one of `names` (compared without case, as whole words) stands in
// `paragraph` outside `words`, the nearest to them; nullopt when none does.
std::optional<Mark> FindMention(std::string_view paragraph, Mark words,
                                const std::vector<std::string>& names);

// The paragraph with the words and the speaker marked: in colour (ANSI), or
// as [[words]] and {{speaker}}.
std::string MarkContext(const StatementContext& context, bool color);

// Each row of `statements` (columns id, speaker, kind, outlet, date, about;
// those missing are left out) as a line, with its marked paragraph below,
// both wrapped to `width` columns (0: each on one line).
void WriteInContext(const ResultSet& statements, const Transaction& tx, bool color, size_t width,
                    std::ostream& out);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_STATEMENT_CONTEXT_H_
