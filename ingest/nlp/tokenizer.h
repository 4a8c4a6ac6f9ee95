// ingest/nlp/tokenizer.h — text to tokens the way Universal Dependencies
// English tokenizes: punctuation apart ("(", ",", "..."), clitics split into
// words of their own ("don't" -> "do" "n't", "Bush's" -> "Bush" "'s"),
// abbreviations, numbers, URLs, e-mail addresses and emoticons whole ("U.S.",
// "p.m.", "1,200", "10:30"), hyphenated compounds split unless their prefix
// keeps the hyphen ("al-Ani" -> "al" "-" "Ani", "e-mail"). Every token and
// word keeps its byte offsets in the text.
//
// What is learned from the training treebank: abbreviations, irregular
// multi-word tokens ("cannot", "gonna"), prefixes that keep their hyphen,
// multi-character symbols (":)", "<<") and words whose inner punctuation
// stays ("b/c").
#ifndef NEWSGRAPH_INGEST_NLP_TOKENIZER_H_
#define NEWSGRAPH_INGEST_NLP_TOKENIZER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ingest/nlp/treebank.h"

namespace ng::nlp {

class ModelWriter;
class ModelFile;

struct SurfaceToken {
  size_t begin = 0, end = 0;                        // bytes of the text
  std::vector<std::pair<size_t, size_t>> words;     // [begin, end) of each word
  bool space_after = true;
  bool line_after = false;  // a line break follows: the paragraph ends
};

class Tokenizer {
 public:
  static Tokenizer Load(const ModelFile& in);
  void Save(ModelWriter* out) const;
  static Tokenizer Train(const std::vector<const TreebankSentence*>& train);

  // More abbreviations ("Sen.", "Gov."): a word ending in a period that is not
  // a sentence's end.
  void AddAbbreviations(const std::vector<std::string>& abbreviations);
  bool IsAbbreviation(std::string_view word_with_period) const;

  std::vector<SurfaceToken> Tokenize(std::string_view text) const;

 private:
  void SplitChunk(std::string_view text, size_t begin, size_t end, std::vector<SurfaceToken>* out) const;
  void SplitCore(std::string_view text, size_t begin, size_t end, std::vector<SurfaceToken>* out) const;
  void AddWord(std::string_view text, size_t begin, size_t end, std::vector<SurfaceToken>* out) const;
  // Whether `s` is a learned symbol; with `first_byte_only`, whether one may
  // start with its first byte (a quick no for most characters).
  bool IsSymbol(std::string_view s, bool first_byte_only) const;
  void IndexSymbols();

  std::unordered_set<std::string> abbreviations_;  // lower case, with the period
  std::unordered_map<std::string, std::vector<int>> multiwords_;  // lower form -> word lengths
  std::unordered_set<std::string> hyphen_prefixes_;  // lower case
  std::unordered_set<std::string> symbols_;          // multi-character punctuation tokens
  std::unordered_set<char> symbol_starts_, symbol_ends_;  // their first and last bytes
  std::unordered_set<std::string> whole_;  // words with inner punctuation kept whole ("b/c")
};

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_TOKENIZER_H_
