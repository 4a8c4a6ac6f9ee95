// ingest/nlp/lemmatizer.h — lemmas from the form and its tags: the lemma the
// training treebank gives a (form, tag) pair, else the suffix rewrite it used
// most for words of that tag ending alike ("-ies" NNS -> "-y").
#ifndef NEWSGRAPH_INGEST_NLP_LEMMATIZER_H_
#define NEWSGRAPH_INGEST_NLP_LEMMATIZER_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/nlp/syntax.h"
#include "ingest/nlp/treebank.h"

namespace ng::nlp {

class ModelWriter;
class ModelFile;

class Lemmatizer {
 public:
  static Lemmatizer Load(const ModelFile& in);
  void Save(ModelWriter* out) const;
  static Lemmatizer Train(const std::vector<const TreebankSentence*>& train);

  // The lemma of a tagged word; a British spelling whose American one is a
  // lemma of training is spelled so ("criticised" -> "criticize",
  // "organisation" -> "organization"), so that one table entry reads both.
  std::string Lemma(const std::string& form, const std::string& upos, const std::string& xpos) const;
  void Lemmatize(std::vector<Token>* tokens) const;
  // Irregular verb forms and their bases ("fled" -> "flee"), read for a verb
  // whose form training never showed with its tag, before the suffix rules.
  void AddIrregularVerbs(const std::unordered_map<std::string, std::string>& forms) { irregular_.insert(forms.begin(), forms.end()); }
  // Whether `lower` is the lemma of a common (not proper) word in training:
  // "hammer", "vow", but not "graham".
  bool IsCommonLemma(const std::string& lower) const;

 private:
  // "form\txpos" -> lemma, for pairs seen in training.
  std::unordered_map<std::string, std::string> known_;
  // "xpos\tsuffix" -> "strip\tappend": how many bytes to cut, what to add.
  std::unordered_map<std::string, std::string> rules_;
  // The same two tables keyed by hashes, for lemmatizing without building
  // strings: Key(form, xpos) -> lemma; Key(xpos, suffix) -> (cut, append).
  struct Rule {
    size_t cut;
    std::string append;
  };
  std::unordered_map<uint64_t, std::string> known_by_hash_;
  std::unordered_map<uint64_t, Rule> rules_by_hash_;
  std::unordered_map<std::string, std::string> irregular_;  // AddIrregularVerbs
  std::vector<std::string> vocabulary_;  // every lower-case lemma of a common word in training
  std::unordered_set<uint64_t> lemmas_;  // HashString of each of them
  // `guess` (a suffix rule's lemma of `lower`) unless it is no lemma seen in
  // training and another base of the inflected form is.
  std::string KnownInflectionBase(const std::string& lower, const std::string& xpos, std::string guess) const;
  // The lemma as training's rules and pairs give it.
  std::string TrainedLemma(const std::string& form, const std::string& upos, const std::string& xpos) const;
  void Index();
};

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_LEMMATIZER_H_
