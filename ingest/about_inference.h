// ingest/about_inference.h — what statements are about beyond the actors they
// name, decided once the whole article is read: the speaker's own side ("we",
// "it" for an institution), the sides of the talks a statement mentions, the
// topic a speaker carries on with, and the home country of unnamed officials.
#ifndef NEWSGRAPH_INGEST_ABOUT_INFERENCE_H_
#define NEWSGRAPH_INGEST_ABOUT_INFERENCE_H_

#include "ingest/extraction.h"
#include "ingest/lexicon.h"

namespace ng::ingest {

// Completes x->actors' affiliations and every statement's about_actors.
void InferAboutTargets(const Lexicon& lexicon, Extraction* x);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_ABOUT_INFERENCE_H_
