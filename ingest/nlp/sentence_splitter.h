// ingest/nlp/sentence_splitter.h — where sentences end: a perceptron decides
// after every token, from the token, its neighbours, their shapes and the
// whitespace between them, so that sentences without a final stop (common on
// the web) and stops that end nothing ("Dr.", "U.S. officials") both come out
// right. A line break always ends a sentence.
#ifndef NEWSGRAPH_INGEST_NLP_SENTENCE_SPLITTER_H_
#define NEWSGRAPH_INGEST_NLP_SENTENCE_SPLITTER_H_

#include <iosfwd>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/nlp/perceptron.h"
#include "ingest/nlp/tokenizer.h"
#include "ingest/nlp/treebank.h"

namespace ng::nlp {

// Whether `next` (a capitalized word) opens a new sentence after `word`, a
// time of day ending in a stop ("10 a.m."): true unless it goes on the time
// ("10 a.m. Monday", "9 p.m. ET"). In edited text "… after 10 a.m. Staff
// told …" is two sentences.
bool NewSentenceAfterTimeOfDay(std::string_view word, std::string_view next);

class SentenceSplitter {
 public:
  static SentenceSplitter Load(const ModelFile& in);
  void Save(ModelWriter* out) const;
  // Trains on documents rebuilt from the treebank's sentences as raw text and
  // tokenized by `tokenizer`, as the splitter will see text.
  static SentenceSplitter Train(const std::vector<const TreebankSentence*>& train,
                                const Tokenizer& tokenizer, int epochs, std::ostream* log);

  // Token ranges [first, last) of each sentence.
  std::vector<std::pair<size_t, size_t>> Split(std::string_view text,
                                               const std::vector<SurfaceToken>& tokens,
                                               const Tokenizer& tokenizer) const;

 private:
  // Hashes of each token's lower case and shape, computed once.
  struct Words {
    std::vector<uint64_t> word, shape;
  };
  static Words Describe(std::string_view text, const std::vector<SurfaceToken>& tokens);
  void Features(std::string_view text, const std::vector<SurfaceToken>& tokens, const Words& words,
                size_t i, size_t sentence_length, const Tokenizer& tokenizer,
                std::vector<uint64_t>* out) const;
  Perceptron model_;
};

// The raw text of treebank documents: sentences joined by a space, a line
// break between paragraphs; `ends` gets each sentence's end offset.
std::string RebuildText(const std::vector<const TreebankSentence*>& sentences, std::vector<size_t>* ends);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_SENTENCE_SPLITTER_H_
