#include "ingest/name_spans.h"

#include <set>
#include <string>

namespace ng::ingest {

namespace {

// Relations a person's name takes in a clause: who acts, is acted on, owns or
// is described.
const std::set<std::string> kPersonRoles = {"nsubj", "nsubj:pass", "nsubj:outer", "obj", "iobj",
                                            "appos", "nmod:poss", "vocative"};

// An organization acts as subject or object, as a passive's agent ("was sued
// by the Harbor League") and owns ("the League's lawyers"). Obliques and noun
// modifiers were tried: there the name finder's organizations are mostly
// places, laws and programs.
const std::set<std::string> kOrganizationRoles = {"nsubj", "nsubj:pass", "nsubj:outer", "obj", "iobj",
                                                  "appos", "nmod:poss", "obl:agent"};

// The span's head: its word whose head lies outside it.
int HeadOf(const nlp::Sentence& s, const nlp::Name& n) {
  int head = n.last;
  for (int k = n.first; k <= n.last; ++k)
    if (s.tokens[k].head < n.first || s.tokens[k].head > n.last) head = k;
  return head;
}

// Whether word k lies in a name of type `type`.
bool InName(const nlp::Sentence& s, int k, const std::string& type) {
  for (const nlp::Name& n : s.names)
    if (n.type == type && n.first <= k && k <= n.last) return true;
  return false;
}

NameSpans SpansInRoles(const std::vector<nlp::Sentence>& sentences, const std::string& type,
                       size_t min_words, const std::set<std::string>& roles) {
  NameSpans out;
  for (const nlp::Sentence& s : sentences)
    for (const nlp::Name& n : s.names) {
      if (n.type != type || static_cast<size_t>(n.last - n.first + 1) < min_words) continue;
      const nlp::Token& head = s.tokens[HeadOf(s, n)];
      if (!roles.count(head.deprel)) continue;
      // An organization in apposition to a place is the place's state or
      // country ("Dunmore, Pa."). (A person there is a person: "Tolvik News'
      // Ana Ruiz" with the outlet misread as a place.)
      if (type == "ORG" && head.deprel == "appos" && head.head >= 0 && InName(s, head.head, "LOC")) continue;
      out.emplace_back(s.tokens[n.first].begin, s.tokens[n.last].end);
    }
  return out;
}

}  // namespace

NameSpans PersonNames(const std::vector<nlp::Sentence>& sentences) {
  return SpansInRoles(sentences, "PER", 2, kPersonRoles);
}

NameSpans OrganizationNames(const std::vector<nlp::Sentence>& sentences) {
  return SpansInRoles(sentences, "ORG", 1, kOrganizationRoles);
}

NameSpans FunctionWords(const std::vector<nlp::Sentence>& sentences) {
  static const std::set<std::string> kClosed = {"ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART", "ADV"};
  NameSpans out;
  for (const nlp::Sentence& s : sentences)
    for (const nlp::Token& t : s.tokens)
      if (kClosed.count(t.upos)) out.emplace_back(t.begin, t.end);
  return out;
}

}  // namespace ng::ingest
