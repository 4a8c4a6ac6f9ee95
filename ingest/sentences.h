// ingest/sentences.h — sentence boundaries that survive abbreviations
// (U.S., D.C., Gen., Jan.) and quotations.
#ifndef NEWSGRAPH_INGEST_SENTENCES_H_
#define NEWSGRAPH_INGEST_SENTENCES_H_

#include <string_view>
#include <vector>

#include "ingest/lexicon.h"

namespace ng::ingest {

struct Span {
  size_t start = 0, end = 0;  // [start, end) in the paragraph
};

std::vector<Span> SplitSentences(std::string_view paragraph, const Lexicon& lexicon);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_SENTENCES_H_
