// ingest/nlp/name_finder.h — names of people (PER), organizations (ORG) and
// places (LOC): a left-to-right perceptron over B/I/O labels that reads the
// words, their shapes and the tagger's parts of speech.
#ifndef NEWSGRAPH_INGEST_NLP_NAME_FINDER_H_
#define NEWSGRAPH_INGEST_NLP_NAME_FINDER_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "ingest/nlp/perceptron.h"
#include "ingest/nlp/syntax.h"
#include "ingest/nlp/treebank.h"

namespace ng::nlp {

class NameFinder {
 public:
  static NameFinder Load(const ModelFile& in);
  void Save(ModelWriter* out) const;
  // `sentences` carry names and tagged tokens (upos, xpos set).
  static NameFinder Train(const std::vector<const TreebankSentence*>& sentences, int epochs, uint64_t seed,
                          std::ostream* log);

  // The names among tagged tokens.
  std::vector<Name> Find(const std::vector<Token>& tokens) const;
  // A name the model stopped at a double name's hyphen runs on past it.
  static void ExtendOverHyphens(const std::vector<Token>& tokens, std::vector<Name>* names);

 private:
  struct Context;
  void Features(const Context& c, size_t i, std::vector<uint64_t>* out) const;
  void Prepare(const std::vector<Token>& tokens, Context* c) const;
  bool Allowed(int previous, int label) const;

  std::vector<std::string> labels_;  // "O", "B-PER", "I-PER", ...
  Perceptron model_;
};

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_NAME_FINDER_H_
