// ingest/nlp/lexical.h — what the models see of a word form: hashes of the
// form, its lower case, prefixes, suffixes and shape ("Xxxx", "dd.dd").
#ifndef NEWSGRAPH_INGEST_NLP_LEXICAL_H_
#define NEWSGRAPH_INGEST_NLP_LEXICAL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace ng::nlp {

struct Lexical {
  uint64_t form = 0, lower = 0, shape = 0;
  uint64_t prefix[3] = {0, 0, 0};  // 1..3 characters of the lower case
  uint64_t suffix[4] = {0, 0, 0, 0};  // 1..4 characters
  bool capitalized = false, has_digit = false, has_hyphen = false, all_caps = false;
};

std::string LowerAscii(std::string_view s);
// Letters become X or x, digits d, other bytes stay; a run longer than two of
// the same class is cut to two ("Washington" -> "Xxx", "1,200" -> "d,dd").
std::string WordShape(std::string_view s);
Lexical Describe(std::string_view form);
// "Jones", "McKay": a capital then letters, one lower case at least; not
// "EPI" or "US" (the halves of codes, "EPI-EBS", which EWT tags otherwise).
bool IsTitleCaseWord(std::string_view form);
// Whether a word names a day of the week or a month, in any case ("Monday", "may").
bool IsDayOrMonthName(std::string_view word);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_LEXICAL_H_
