// Attribution read off parses given by hand (ingest/reported_speech.h): the
// misparses the models make on some sentences, fixed here so that each case
// holds whatever the models read.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/ingest_test_util.h"
#include "ingest/reported_speech.h"

namespace {

struct Word {
  const char* form;
  const char* lemma;
  const char* upos;
  const char* xpos;
  int head;  // 1-based, 0 for the root
  const char* deprel;
};

// The sentence of `words` separated by spaces, and its text.
ng::nlp::Sentence Parsed(const std::vector<Word>& words, std::string* text) {
  ng::nlp::Sentence s;
  for (const Word& w : words) {
    if (!text->empty()) *text += ' ';
    ng::nlp::Token t;
    t.form = w.form;
    t.begin = text->size();
    *text += w.form;
    t.end = text->size();
    t.lemma = w.lemma;
    t.upos = w.upos;
    t.xpos = w.xpos;
    t.head = w.head - 1;
    t.deprel = w.deprel;
    s.tokens.push_back(t);
  }
  s.end = text->size();
  return s;
}

std::string Slice(const std::string& text, size_t begin, size_t end) { return text.substr(begin, end - begin); }

TEST_CASE("a cue hung as an adverbial clause of the clause right after it reports that clause") {
  // "Though fees rose , one audit found the council would lose money ." with
  // "found" an adverbial clause of "rose", itself one of "lose".
  std::string text;
  ng::nlp::Sentence s = Parsed({{"Though", "though", "SCONJ", "IN", 3, "mark"},
                                {"fees", "fee", "NOUN", "NNS", 3, "nsubj"},
                                {"rose", "rise", "VERB", "VBD", 11, "advcl"},
                                {",", ",", "PUNCT", ",", 7, "punct"},
                                {"one", "one", "NUM", "CD", 6, "nummod"},
                                {"audit", "audit", "NOUN", "NN", 7, "nsubj"},
                                {"found", "find", "VERB", "VBD", 3, "advcl"},
                                {"the", "the", "DET", "DT", 9, "det"},
                                {"council", "council", "NOUN", "NN", 11, "nsubj"},
                                {"would", "would", "AUX", "MD", 11, "aux"},
                                {"lose", "lose", "VERB", "VB", 0, "root"},
                                {"money", "money", "NOUN", "NN", 11, "obj"},
                                {".", ".", "PUNCT", ".", 11, "punct"}},
                               &text);
  bool found = false;
  for (const auto& r : ng::ingest::FindReportedSpeech(s, ng::testing::TestLexicon())) {
    if (r.lemma != "find") continue;
    found = true;
    CHECK(Slice(text, r.content_start, r.content_end) == "the council would lose money");
    CHECK(Slice(text, r.phrase_start, r.phrase_end) == "one audit");
  }
  CHECK(found);
  // With "when" it opens a clause of its own: "when the audit found , the
  // council lost money" reports nothing of the council's loss.
  std::string when_text;
  ng::nlp::Sentence w = Parsed({{"When", "when", "ADV", "WRB", 4, "advmod"},
                                {"the", "the", "DET", "DT", 3, "det"},
                                {"audit", "audit", "NOUN", "NN", 4, "nsubj"},
                                {"found", "find", "VERB", "VBD", 7, "advcl"},
                                {"the", "the", "DET", "DT", 6, "det"},
                                {"council", "council", "NOUN", "NN", 7, "nsubj"},
                                {"lost", "lose", "VERB", "VBD", 0, "root"},
                                {"money", "money", "NOUN", "NN", 7, "obj"}},
                               &when_text);
  for (const auto& r : ng::ingest::FindReportedSpeech(w, ng::testing::TestLexicon()))
    CHECK(r.lemma != "find");
}

}  // namespace
