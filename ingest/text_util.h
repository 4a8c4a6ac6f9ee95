// ingest/text_util.h — small string helpers shared by the ingest stages.
#ifndef NEWSGRAPH_INGEST_TEXT_UTIL_H_
#define NEWSGRAPH_INGEST_TEXT_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace ng::ingest {

inline bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (static_cast<unsigned char>(c) >= 0x80);
}
inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
// Whether the text opens with a capital letter, accented ones too ("Élise",
// "Øystein", "Łukasz"), which a byte test misses.
bool StartsUpper(std::string_view s);
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool IsQuote(char c) { return c == '"'; }

std::string Lower(std::string_view s);
std::string Trim(std::string_view s);
std::vector<std::string> SplitLines(std::string_view text);
// Splits on whitespace.
std::vector<std::string> Words(std::string_view s);
// The last word of a phrase ("US defense official" -> "official").
std::string LastWord(const std::string& s);
// A description without whose it is: "spokeswoman for Fenwick Holdings" ->
// "spokeswoman", "officials of the water board" -> "officials"; "Bank of
// England official" stays (only "of" or "for" after a lower-case word cuts).
std::string WithoutOwner(const std::string& description);
// The head noun of a description: the last word of WithoutOwner.
inline std::string DescriptionHead(const std::string& description) { return LastWord(WithoutOwner(description)); }
// A noun's singular, by its ending: "officials" -> "official", "spokesmen"
// -> "spokesman", "people" -> "person" (back-references compare heads so).
std::string Singular(std::string w);
// Whether s is an acronym: two to ten capital letters, with dots or '&'
// between ("OKRA", "U.N.", "B&Q").
bool IsAcronym(std::string_view s);
// Whether s is written in title case, as names of shows, books and songs are
// ("Good Evening Harbour", "A Song for the Ferry"): at least two words, each
// capitalized but for short function words inside.
bool IsTitleCase(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
// Case-insensitive ASCII comparison of s[pos..] with `word`.
bool MatchesAt(std::string_view s, size_t pos, std::string_view word, bool case_sensitive);
// The word (letters, digits, '-', '\'', '.') starting at pos, and its end.
std::string_view WordAt(std::string_view s, size_t pos, size_t* end);

struct Token {
  size_t start = 0, end = 0;
  std::string text;  // as written
  std::string lower;
};
// Words with offsets: runs of letters/digits with inner '-', '\'' and '.'
// (U.S., al-Sudani); a trailing '.' stays only for abbreviations of single
// letters (U.S.). Punctuation is skipped.
std::vector<Token> Tokenize(std::string_view s, size_t begin = 0, size_t end = std::string::npos);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_TEXT_UTIL_H_
