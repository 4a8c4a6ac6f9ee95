#include "ingest/sentences.h"

#include <set>
#include <string>

#include "ingest/nlp/sentence_splitter.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// True if the '.' at `dot` ends an abbreviation or an initial, not a sentence.
bool IsAbbreviation(std::string_view p, size_t dot, const Lexicon& lex) {
  size_t w = dot;
  while (w > 0 && (IsAlnum(p[w - 1]) || p[w - 1] == '.')) --w;
  std::string_view word = p.substr(w, dot - w);
  if (word.empty()) return false;
  if (word.size() == 1 && StartsUpper(word)) return true;  // "George W. Bush"
  return lex.abbreviations.count(std::string(word)) > 0;
}

// Whether the word at `k` is one that opens sentences and continues none
// after an abbreviation ("… at 10 a.m. The shop …", "… in the U.S. He …").
bool OpensSentence(std::string_view p, size_t k) {
  static const std::set<std::string, std::less<>> kOpeners = {
      "The",   "A",     "An",    "He",    "She",   "It",    "They",  "We",      "I",     "His",  "Her",
      "Its",   "Their", "Our",   "But",   "And",   "In",    "On",    "At",      "After", "When", "This",
      "That",  "These", "Those", "There", "Some",  "Many",  "Most",  "However", "Asked", "If",   "As"};
  size_t end = k;
  while (end < p.size() && IsAlnum(p[end])) ++end;
  return end < p.size() && !IsAlnum(p[end]) && p[end] != '.' && kOpeners.count(p.substr(k, end - k)) > 0;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view p, const Lexicon& lex) {
  std::vector<Span> out;
  size_t start = 0;
  while (start < p.size() && IsSpace(p[start])) ++start;
  for (size_t i = start; i < p.size(); ++i) {
    char c = p[i];
    if (c != '.' && c != '!' && c != '?') continue;
    size_t j = i + 1;
    while (j < p.size() && (p[j] == '"' || p[j] == ')' || p[j] == '\'')) ++j;
    if (j < p.size() && !IsSpace(p[j])) continue;
    size_t k = j;
    while (k < p.size() && IsSpace(p[k])) ++k;
    if (k < p.size() && !(IsUpper(p[k]) || p[k] == '"' || p[k] == '(' || (p[k] >= '0' && p[k] <= '9')))
      continue;
    if (c == '.' && IsAbbreviation(p, i, lex) && k < p.size()) {
      // "U.S. troops" continues; "in the U.S. The" is ambiguous: keep going
      // unless the next word starts a quotation.
      size_t word = i, next_end = k;
      while (word > 0 && !IsSpace(p[word - 1])) --word;
      while (next_end < p.size() && IsAlnum(p[next_end])) ++next_end;
      if (p[k] != '"' && !OpensSentence(p, k) &&
          !nlp::NewSentenceAfterTimeOfDay(p.substr(word, i + 1 - word), p.substr(k, next_end - k)))
        continue;
    }
    out.push_back({start, j});
    start = k;
    i = k > 0 ? k - 1 : 0;
  }
  if (start < p.size()) {
    size_t end = p.size();
    while (end > start && IsSpace(p[end - 1])) --end;
    if (end > start) out.push_back({start, end});
  }
  return out;
}

}  // namespace ng::ingest
