// ingest/nlp/syntax.h — English syntax: tokens with their offsets, sentences,
// parts of speech, lemmas, a dependency tree in Universal Dependencies
// relations, and the names a sentence mentions. The front door of ng_nlp:
// models are loaded once and shared, read-only, by any number of threads.
#ifndef NEWSGRAPH_INGEST_NLP_SYNTAX_H_
#define NEWSGRAPH_INGEST_NLP_SYNTAX_H_

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ng::nlp {

// One syntactic word. A surface token such as "don't" is two words, "do" and
// "n't", each with its own offsets (`multiword` > 0 on both).
struct Token {
  std::string form;
  size_t begin = 0, end = 0;  // byte offsets of `form` in the analysed text
  bool space_after = true;    // whitespace follows in the text
  int multiword = 0;          // > 0: the number of the surface token it shares
  std::string lemma;
  std::string upos;    // universal part of speech (NOUN, VERB, PROPN, ...)
  std::string xpos;    // Penn Treebank tag (NN, VBD, NNP, ...)
  int head = -1;       // index of the head word in the sentence; -1: the root
  std::string deprel;  // UD relation to the head (nsubj, ccomp, obl:agent, root, ...)
};

// Whether the word is a wh-word ("who", "which", "whose", "when", "how"):
// it can open a question or a relative clause.
inline bool IsWhWord(const Token& t) {
  return t.xpos == "WP" || t.xpos == "WRB" || t.xpos == "WDT" || t.xpos == "WP$";
}

// Whether a lower-case word counts or measures a group before "of" ("two
// of the people", "most of them"): a number, or one of a closed set.
inline bool CountsAGroup(const Token& t, const std::string& lower) {
  static const std::set<std::string> kQuantities = {"one",  "some", "many", "several", "most",
                                                    "both", "all",  "none", "few",     "each"};
  return t.upos == "NUM" || kQuantities.count(lower) > 0;
}

// A name: words [first, last] of a sentence, of type PER, ORG or LOC.
struct Name {
  int first = 0, last = 0;
  std::string type;
};

struct Sentence {
  size_t begin = 0, end = 0;  // byte offsets in the analysed text
  std::vector<Token> tokens;
  std::vector<Name> names;
};

class Tokenizer;
class SentenceSplitter;
class Tagger;
class Lemmatizer;
class Parser;
class NameFinder;

class Pipeline {
 public:
  // Loads every model of `dir` (tokenizer.model, tagger.model, parser.model,
  // names.model). Throws ng::Error naming the file that is missing, damaged or
  // of another version.
  static std::unique_ptr<Pipeline> Load(const std::string& dir);
  // Where the models are looked for when no directory is given: the
  // NEWSGRAPH_MODELS environment variable, else data/models beside the
  // executable's build tree, else the source tree the binary was built from.
  static std::string DefaultDir();

  ~Pipeline();

  // Abbreviations besides those learned ("Sen.", "Gov."): their period ends
  // no sentence. Call before sharing the pipeline between threads.
  void AddAbbreviations(const std::vector<std::string>& abbreviations);
  // Demonyms ("Malawian", "Malawians"): the singular ones training saw too
  // seldom are adjectives, as EWT tags those it saw ("Malawian Finance
  // Minister X said" had read "Malawian" as the name's head). Call before
  // sharing the pipeline.
  void AddDemonyms(const std::vector<std::string>& demonyms);
  // Nouns naming bodies that talk ("ministry", "regulator"), written in lower
  // case, are common nouns, whatever training saw ("the transport ministry
  // said" had read "ministry" as a name, training having seen it only in
  // "Ministry of ..."); capitalized they may still open a name. Call before
  // sharing the pipeline.
  void AddCommonNouns(const std::vector<std::string>& nouns);
  // Lower-case nouns of a person's office or trade ("coach", "manager"):
  // before a name and its verb they are its title, never a verb ("Harriers
  // coach Mina Solberg said").
  void AddTitleNouns(const std::vector<std::string>& nouns);
  // Edited text (news) starts no sentence with a lower-case word: the
  // splitter, trained on web text, is overruled there. Off by default (the
  // EWT evaluation is web text). Call before sharing the pipeline.
  void SetEditedText(bool edited);

  // Tokenizes and splits `text` (paragraphs end at newlines), then tags,
  // lemmatizes, parses and finds names in every sentence.
  std::vector<Sentence> Analyze(std::string_view text) const;
  // Tokenization and sentence splitting only.
  std::vector<Sentence> Segment(std::string_view text) const;
  // Tags, lemmatizes, parses and finds names in a sentence whose tokens are
  // given (their forms; offsets are kept as they are).
  void Annotate(Sentence* sentence) const;

  const Tokenizer& tokenizer() const { return *tokenizer_; }
  const SentenceSplitter& splitter() const { return *splitter_; }
  const Tagger& tagger() const { return *tagger_; }
  const Lemmatizer& lemmatizer() const { return *lemmatizer_; }
  const Parser& parser() const { return *parser_; }
  const NameFinder& names() const { return *names_; }

 private:
  Pipeline();
  // Tags, lemmatizes and parses the words, quotations set inside a clause
  // read without their marks.
  void TagAndParse(std::vector<Token>* tokens) const;
  // The same on every word as it stands, a main verb the tagger missed retagged.
  void TagAndParseWords(std::vector<Token>* tokens) const;
  // An opening "According to X," the parse made the sentence's head: the
  // phrase and the clause after its comma read apart, then joined.
  void ParseOpeningSourceApart(std::vector<Token>* tokens) const;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<SentenceSplitter> splitter_;
  bool edited_text_ = false;
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<Lemmatizer> lemmatizer_;
  std::unique_ptr<Parser> parser_;
  std::unique_ptr<NameFinder> names_;
};

// The sentences as CoNLL-U: `# text`, multi-word token lines, and in MISC
// SpaceAfter=No, TokenRange=BEGIN:END (byte offsets of the word in `text`) and
// Name=B-PER / I-PER / ... for the names found.
std::string ToConllu(std::string_view text, const std::vector<Sentence>& sentences);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_SYNTAX_H_
