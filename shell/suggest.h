// shell/suggest.h — "did you mean …?" for a mistyped command or name.
#ifndef NEWSGRAPH_SHELL_SUGGEST_H_
#define NEWSGRAPH_SHELL_SUGGEST_H_

#include <string>
#include <vector>

#include "query/result.h"

namespace ng::cli {

// Edits (insert, delete, replace, swap two neighbours) between a and b, by
// byte; case-insensitive for ASCII.
size_t EditDistance(const std::string& a, const std::string& b);

// The candidate nearest to `typed`, if it is within a third of its length
// (at least one edit, at most three); "" when none is close.
std::string NearestName(const std::string& typed, const std::vector<std::string>& candidates);

// One line per label or relationship type an empty result's MATCH named but
// the store does not hold ("note: no node has the label 'Actr'; did you mean
// 'Actor'?"), given the store's labels and types; and per name it compared
// that only an alias or another case matches.
std::vector<std::string> MissingNameNotes(const ResultSet& result, const std::vector<std::string>& labels,
                                          const std::vector<std::string>& types);

// "no actor or other node is called 'Untied States'" (a name a shortcut or
// `said` could not resolve) with the nearest indexed name offered: "…; did
// you mean 'United States'?". Any other error comes back as it is.
Error WithNearestName(const Error& error, const Transaction& txn);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_SUGGEST_H_
