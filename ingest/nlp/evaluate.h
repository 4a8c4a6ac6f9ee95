// ingest/nlp/evaluate.h — accuracy of the pipeline against a CoNLL-U file:
// from its gold words, or from its raw text (own tokens and sentences, words
// aligned by their characters as in the CoNLL 2018 shared task).
#ifndef NEWSGRAPH_INGEST_NLP_EVALUATE_H_
#define NEWSGRAPH_INGEST_NLP_EVALUATE_H_

#include <string>

#include "ingest/nlp/syntax.h"

namespace ng::nlp {

struct Evaluation {
  size_t sentences = 0, tokens = 0;  // gold
  // Percentages: accuracies on gold words, F1 scores from raw text.
  double upos = 0, xpos = 0, lemmas = 0, uas = 0, las = 0;
  double words = 100, sentences_f1 = 100;  // raw text only
  double tokens_per_s = 0;                  // tagging and parsing (gold words) or everything (raw)
};

// Throws ng::Error for an unreadable or malformed file.
Evaluation Evaluate(const Pipeline& pipeline, const std::string& conllu, bool raw);
// One line of JSON.
std::string ToJson(const Evaluation& e, bool raw);

// Name spans of an IOB2 file (Universal NER) found on the pipeline's own
// tags: F1 over exact spans, for one type or all ("" ).
struct NameEvaluation {
  size_t gold = 0, found = 0, correct = 0;
  double precision() const { return found ? 100.0 * correct / found : 0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0; }
  double f1() const { return precision() + recall() > 0 ? 2 * precision() * recall() / (precision() + recall()) : 0; }
};
NameEvaluation EvaluateNames(const Pipeline& pipeline, const std::string& iob2, const std::string& type);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_EVALUATE_H_
