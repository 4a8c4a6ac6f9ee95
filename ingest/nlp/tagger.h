// ingest/nlp/tagger.h — part-of-speech tagging: averaged-perceptron
// decisions per word, left to right, in two passes (the second sees the
// first's tags of the words ahead), over the pair of a universal and a Penn
// Treebank tag ("PROPN|NNP"), so the two always agree.
#ifndef NEWSGRAPH_INGEST_NLP_TAGGER_H_
#define NEWSGRAPH_INGEST_NLP_TAGGER_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/nlp/perceptron.h"
#include "ingest/nlp/syntax.h"
#include "ingest/nlp/treebank.h"

namespace ng::nlp {

struct TaggerOptions {
  int epochs = 8;
  int folds = 4;  // jackknifing of the first pass for the second's training
  int min_updates = 1;  // features updated fewer times are dropped (model size)
  uint64_t seed = 1;
};

class Tagger {
 public:
  static Tagger Load(const ModelFile& in);
  void Save(ModelWriter* out) const;

  // Sets upos and xpos of every token from their forms.
  void Tag(std::vector<Token>* tokens) const;
  // Tags again with one of the `candidates` (indices of words) made a finite
  // verb, the one whose verb reading scores closest to the tag Tag gives it;
  // false (tags as Tag does) when none may be one (a word of one fixed tag).
  bool TagWithFiniteVerb(std::vector<Token>* tokens, const std::vector<int>& candidates) const;
  // Gives each word (lower case) one tag ("ADP|IN") whatever its context:
  // closed-class words training saw too seldom to fix ("amid"). Tags the
  // model does not know are skipped.
  void AddFixedTags(const std::vector<std::pair<std::string, std::string>>& words);
  // As AddFixedTags, for the words training saw too seldom to know their
  // tags (no ambiguity class); the others keep the model's reading.
  void AddRareWordTags(const std::vector<std::pair<std::string, std::string>>& words);
  // Common nouns that training saw only capitalized, in names ("Ministry of
  // Health"): written in lower case they are nouns, not names.
  void AddLowerCaseNouns(const std::vector<std::string>& words);
  // Nouns of an office or trade: written in lower case before a name and
  // its finite verb they are the name's title ("Harriers coach Mina Solberg
  // said"), never a verb.
  void AddTitleNouns(const std::vector<std::string>& words);

  static Tagger Train(const std::vector<const TreebankSentence*>& train, const TaggerOptions& options,
                      std::ostream* log);
  const Perceptron& first() const { return first_; }
  const Perceptron& second() const { return second_; }

 private:
  struct Context;
  // The features of word `i` given the tags chosen before it.
  void Features(const Context& c, size_t i, std::vector<uint64_t>* out) const;
  void Prepare(const std::vector<Token>& tokens, Context* c) const;
  void RunPass(const Perceptron& model, Context* c, const std::vector<float>* sure = nullptr) const;
  int TagIndex(const Token& t) const;
  int IndexOfTag(std::string_view tag) const;  // "UPOS|XPOS", or -1 when training had none
  std::string_view XposAt(const Context& c, size_t i) const;  // the Penn tag chosen for word i
  // Which of the candidates costs the least to read as a finite verb, and as which tag.
  bool FinitePredicate(Context* c, const std::vector<int>& candidates, int* at, int* tag) const;
  // A rare "-ly" word closing a determiner's phrase is its noun, not an adverb.
  void RetagPhraseFinalAdverbs(const std::vector<Token>& tokens, Context* c) const;
  // Agreement the model's window misses: "that" before a plural noun is no
  // determiner ("said that countries ..."), and an "-ing" word after "be"
  // that opens a phrase is a progressive verb ("is warning voters that").
  void RetagByAgreement(const std::vector<Token>& tokens, Context* c) const;
  // "had "serious questions"": a form of "have" read as an auxiliary with no
  // participle after it (past adverbs and quotation marks) is the verb.
  void RetagMainHave(const std::vector<Token>& tokens, Context* c) const;
  // "The 42-year-old said": an age with no noun after it names a person.
  void RetagAgeNouns(const std::vector<Token>& tokens, Context* c) const;
  // "Mary Jones-Smith": a hyphen joining two Title Case words is a hyphen,
  // not a comma, so the parse keeps both halves in one name.
  void RetagNameHyphens(const std::vector<Token>& tokens, Context* c) const;
  void IndexTags();  // upos_of_tag_ and finite_verb_tags_ from tags_
  Perceptron TrainPass(const std::vector<const TreebankSentence*>& train,
                       const std::vector<std::vector<int>>* first_pass, const TaggerOptions& options,
                       std::ostream* log) const;

  std::vector<std::string> tags_;   // "UPOS|XPOS"
  std::vector<uint64_t> tag_hash_;  // HashString of each tag, for features
  std::vector<std::string> upos_of_tag_;  // "NOUN" of "NOUN|NNS"
  std::vector<int> finite_verb_tags_;     // VERB|VBZ, VERB|VBD, VERB|VBP
  std::vector<int> interjection_tags_;    // INTJ|UH
  std::vector<int> adverb_tags_;          // ADV|RB, ADV|RBR, ...
  std::vector<int> auxiliary_tags_;       // AUX|VBZ, AUX|MD, ...
  // Lower-case form -> the hash of the set of tags it takes in training
  // (frequent words only): a word's ambiguity class.
  std::unordered_map<uint64_t, uint64_t> ambiguity_;
  // Lower-case form -> tag, for frequent words that (almost) always take it.
  std::unordered_map<uint64_t, int> fixed_;
  std::unordered_set<uint64_t> lower_case_nouns_;  // Lexical::lower of AddLowerCaseNouns' words
  std::unordered_set<uint64_t> title_nouns_;       // Lexical::lower of AddTitleNouns' words
  Perceptron first_;   // left to right over the words
  Perceptron second_;  // again, seeing the first pass's tags of the words ahead
};

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_TAGGER_H_
