#include "ingest/event_date.h"

#include <set>

#include "ingest/dates.h"
#include "ingest/dependency_tree.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// Relations by which a word is an argument of the word above it, whose
// temporal modifiers then date it too ("launched [strikes] on Tuesday").
const std::set<std::string> kArgument = {"obj", "nsubj", "nsubj:pass", "xcomp", "nmod", "obl", "compound"};
// Relations of a word's modifiers that may say when ("on Tuesday", "in
// 2014", "last year", "yesterday").
const std::set<std::string> kTemporal = {"obl", "nmod", "advmod"};
// Clauses of their own: their dates are their own events'.
const std::set<std::string> kClausal = {"acl", "advcl", "ccomp", "parataxis", "xcomp", "csubj", "conj"};

struct DateScope : DependencyTree {
  using DependencyTree::DependencyTree;
  std::string_view text;
  std::string words;

  // t's phrase without the clauses hanging from it.
  void Add(int t) {
    int first = t, last = t;
    Phrase(t, &first, &last);
    words += std::string(text.substr(s.tokens[first].begin, s.tokens[last].end - s.tokens[first].begin));
    words += " | ";
  }
  void Phrase(int t, int* first, int* last) const {
    *first = std::min(*first, t);
    *last = std::max(*last, t);
    for (int c : children[t])
      if (!kClausal.count(base_rel(c))) Phrase(c, first, last);
  }
  void AddModifiers(int t) {
    for (int c : children[t])
      if (kTemporal.count(base_rel(c))) Add(c);
  }
};

bool Reports(const nlp::Token& t, const Lexicon& lex) {
  std::string lemma = Lower(t.lemma);
  return lex.speech_lemmas.count(lemma) || lex.belief_verbs.count(lemma) ||
         lex.attribution_cues.count(lemma + " " + t.upos);
}

}  // namespace

std::string EventDate(const nlp::Sentence& sentence, int trigger, std::string_view text,
                      const std::string& published, const Lexicon& lex) {
  DateScope scope(sentence);
  scope.text = text;
  scope.AddModifiers(trigger);
  int node = trigger;
  for (int up = 0; up < 3 && kArgument.count(sentence.tokens[node].deprel); ++up) {
    int head = sentence.tokens[node].head;
    if (head < 0 || Reports(sentence.tokens[head], lex)) break;
    scope.AddModifiers(head);
    node = head;
  }
  std::string date = ResolveEventDate(scope.words, published);
  if (!date.empty()) return date;
  // The parse often ties a date to the clause above ("ordered the invasion
  // in March 2003", "In 2020, angry over the killing, …"): the sentence's
  // date then, but never the publication's when the sentence names none.
  const auto& tokens = sentence.tokens;
  return ResolveEventDate(text.substr(tokens.front().begin, tokens.back().end - tokens.front().begin), published);
}

}  // namespace ng::ingest
