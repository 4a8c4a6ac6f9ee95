// query/parser.h — statement text to syntax tree.
#ifndef NEWSGRAPH_QUERY_PARSER_H_
#define NEWSGRAPH_QUERY_PARSER_H_

#include <string>

#include "query/ast.h"

namespace ng::query {

// Parses one statement (a trailing ';' is allowed). Throws ng::Error(kSyntax)
// with "line L, column C: expected … but found …" and a caret excerpt, or
// ng::Error(kSemantic) for undefined variables and misplaced aggregates.
Statement Parse(const std::string& text);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_PARSER_H_
