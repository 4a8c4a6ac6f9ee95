// ingest/headline_case.h — a Title Case headline ("Senator Vows To Fight
// Budget Cuts") capitalizes every word, and the tagger, trained on sentence
// case, reads it as one long name. Its words are tagged and parsed as the
// article's body writes them: lower case when the body uses the word only in
// lower case, or never uses it and it is a common English word; names stay
// capitalized. The tokens keep their forms and offsets in the headline.
#ifndef NEWSGRAPH_INGEST_HEADLINE_CASE_H_
#define NEWSGRAPH_INGEST_HEADLINE_CASE_H_

#include <string_view>
#include <utility>
#include <vector>

#include "ingest/nlp/syntax.h"

namespace ng::ingest {

// Whether most of the headline's longer words after the first are capitalized.
bool IsTitleCaseHeadline(std::string_view headline);

// The analysis of `headline` (Title Case) with the casing evidence of `body`;
// `lowered` receives the [begin, end) of every word tagged in lower case —
// words that are no part of a name.
std::vector<nlp::Sentence> AnalyzeTitleCaseHeadline(std::string_view headline, std::string_view body,
                                                    const nlp::Pipeline& syntax,
                                                    std::vector<std::pair<size_t, size_t>>* lowered);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_HEADLINE_CASE_H_
