// ingest/name_spans.h — which of the name finder's spans (nlp::Sentence::names)
// the extractor takes as evidence of an actor: those whose head plays a role an
// actor of that type plays in its clause. The name finder is small and weak,
// so a span elsewhere ("moved to Camp Victory") needs other evidence.
#ifndef NEWSGRAPH_INGEST_NAME_SPANS_H_
#define NEWSGRAPH_INGEST_NAME_SPANS_H_

#include <string_view>
#include <vector>

#include "ingest/lexicon.h"
#include "ingest/mentions.h"
#include "ingest/nlp/syntax.h"

namespace ng::ingest {

// PER spans of two words or more as subject, object, apposition or possessor;
// and LOC spans there that a given name opens (the name finder's places are
// often foreign names of people: "met Maria Lenz").
NameSpans PersonNames(const std::vector<nlp::Sentence>& sentences, const Lexicon& lex);

// "\"...\" - Ana Ruiz": two to four capitalized words after a dash that
// follows a closing quotation mark sign the quotation, whether or not the
// name finder knew the name (`text`: the paragraph the sentences are of).
NameSpans QuotationSignatures(std::string_view text, const std::vector<nlp::Sentence>& sentences);

// ORG spans as subject, object, passive agent, apposition or possessor.
NameSpans OrganizationNames(const std::vector<nlp::Sentence>& sentences);

// Words the parse reads as prepositions, conjunctions, determiners, pronouns,
// auxiliaries, particles or adverbs, and words that count a group: capitalized
// at a sentence start they open no name ("When Ana Ruiz", "If Ana Ruiz", "As
// Mayor X", "Several Democrats"); and a common word opening a sentence
// before a person's name ("Yesterday Ana Ruiz said").
NameSpans FunctionWords(const std::vector<nlp::Sentence>& sentences, const Lexicon& lex);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_NAME_SPANS_H_
