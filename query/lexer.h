// query/lexer.h — tokens of the query language, with their positions.
#ifndef NEWSGRAPH_QUERY_LEXER_H_
#define NEWSGRAPH_QUERY_LEXER_H_

#include <string>
#include <vector>

namespace ng::query {

enum class Tok {
  kIdent,     // name or keyword (keywords are recognized by the parser, case-insensitively)
  kQuoted,    // `back-ticked name`
  kString,
  kInteger,
  kFloat,
  kParam,     // $name
  kSymbol,    // punctuation and operators: ( ) [ ] { } , . : | * + - / % ^ = <> < > <= >= =~ .. ; ->  <-
  kEnd,
};

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;  // identifier, symbol, string contents (unescaped), number text
  size_t offset = 0;  // byte offset in the query
  size_t end = 0;     // one past the last byte
};

// Splits `query` into tokens. Throws ng::Error(kSyntax) with the position of
// an unterminated string or comment, or an unknown character.
std::vector<Token> Lex(const std::string& query);

// "line L, column C: MESSAGE" followed by the query line and a caret under
// the offset: the message of every syntax error.
std::string PositionMessage(const std::string& query, size_t offset, const std::string& message);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_LEXER_H_
