// ingest/nlp/parser.h — dependency parsing: a greedy arc-eager parser whose
// transitions an averaged perceptron chooses from the rich non-local features
// of Zhang and Nivre (2011), trained with a dynamic oracle and exploration
// (Goldberg and Nivre 2012).
#ifndef NEWSGRAPH_INGEST_NLP_PARSER_H_
#define NEWSGRAPH_INGEST_NLP_PARSER_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/nlp/perceptron.h"
#include "ingest/nlp/syntax.h"
#include "ingest/nlp/transition_system.h"
#include "ingest/nlp/treebank.h"

namespace ng::nlp {

struct ParserOptions {
  int epochs = 15;
  int explore_after = 1;   // epochs of following the oracle before exploring
  double explore = 0.9;    // then the model's own choice is followed this often
  float min_weight = 0;     // averaged weights below this are dropped (model size)
  int min_updates = 4;      // and features updated fewer times (size, speed)
  uint64_t seed = 1;
};

class Parser {
 public:
  static Parser Load(const ModelFile& in);
  void Save(ModelWriter* out) const;

  // Sets head and deprel of every token from form, upos and xpos.
  void Parse(std::vector<Token>* tokens) const;

  // `tagged[i]` is sentence i as the tagger sees it (predicted tags), or the
  // gold tags when empty.
  static Parser Train(const std::vector<const TreebankSentence*>& train,
                      const std::vector<std::vector<Token>>& tagged, const ParserOptions& options,
                      std::ostream* log);
  const Perceptron& model() const { return model_; }

 private:
  struct Words;
  void Prepare(const std::vector<Token>& tokens, Words* w) const;
  void Features(const Words& w, const ParseState& s, std::vector<uint64_t>* out) const;
  int Best(const ParseState& s, const float* scores) const;

  std::vector<std::string> labels_;
  ActionCodec codec_;
  int fallback_label_ = 0;  // "parataxis": a headless word left at the end
  std::unordered_map<uint64_t, uint64_t> ambiguity_;  // word -> tags seen with it
  Perceptron model_;
};

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_PARSER_H_
