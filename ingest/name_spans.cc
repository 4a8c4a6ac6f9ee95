#include "ingest/name_spans.h"

#include <set>
#include <string>

#include "ingest/name_key.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// Relations a person's name takes in a clause: who acts (a passive's agent
// too, "the cafe run by Ana Ruiz"), is acted on, owns or is described.
const std::set<std::string> kPersonRoles = {"nsubj", "nsubj:pass", "nsubj:outer", "obj", "iobj",
                                            "appos", "nmod:poss", "vocative", "obl:agent"};

// Whether a lower-case noun right before the name describes it ("chef Ana
// Ruiz", "economist Lise Dahl"), however the parse hangs the two: a person
// in any role.
bool DescribedByNoun(const nlp::Sentence& s, const nlp::Name& n, int head) {
  if (n.first == 0) return false;
  const nlp::Token& before = s.tokens[n.first - 1];
  if (before.upos != "NOUN" || before.form.empty() || !IsLower(before.form[0])) return false;
  return (before.head >= n.first && before.head <= n.last) || s.tokens[head].head == n.first - 1;
}

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
      // ("Ferry captain" opening a headline is no person; "Ana van Dijk" is.)
      bool lower_word = false;
      for (int k = n.first; k <= n.last && type == "PER"; ++k)
        lower_word |= IsLower(s.tokens[k].form[0]) && !IsNameParticle(s.tokens[k].form);
      if (lower_word) continue;
      const int head_at = HeadOf(s, n);
      const nlp::Token& head = s.tokens[head_at];
      // (A conjunct takes its first conjunct's role: "Ana Vik and Jon Berg said".)
      const bool joined = head.deprel == "conj" && head.head >= 0 && roles.count(s.tokens[head.head].deprel);
      if (!roles.count(head.deprel) && !joined && !(type == "PER" && DescribedByNoun(s, n, head_at))) continue;
      // An organization in apposition to a place is the place's state or
      // country ("Dunmore, Pa."). (A person there is a person: "Tolvik News'
      // Ana Ruiz" with the outlet misread as a place.)
      if (type == "ORG" && head.deprel == "appos" && head.head >= 0 && InName(s, head.head, "LOC")) continue;
      out.emplace_back(s.tokens[n.first].begin, s.tokens[n.last].end);
    }
  return out;
}

// A name of two or three capitalized words that a given name of one sex
// opens ("Maria", not "Jordan" nor a city's name, "Florence"), none a place's
// last word ("Victoria Falls"), the whole no place the gazetteer knows
// ("West Virginia").
bool NamedLikePerson(const nlp::Sentence& s, const nlp::Name& n, const Lexicon& lex) {
  int words = 0;
  std::string whole;
  for (int k = n.first; k <= n.last; ++k) {
    const std::string& form = s.tokens[k].form;
    if (s.tokens[k].xpos == "HYPH" && k > n.first && k < n.last) {  // "Hallam-Wexcombe" is one surname
      whole += form;
      continue;
    }
    if (s.tokens[k].upos != "PROPN" || form.empty() || !StartsUpper(form)) return false;
    whole += (k > n.first && s.tokens[k - 1].xpos != "HYPH" ? " " : "") + form;
    ++words;
  }
  if (words < 2 || words > 3) return false;
  const std::string& first = s.tokens[n.first].form;
  const std::string& last = s.tokens[n.last].form;
  return lex.given_names.count(first) && !lex.gazetteer.count(Lower(first)) && !lex.place_words.count(last) &&
         !lex.geographic_words.count(last) && !lex.gazetteer.count(Lower(whole));
}

// "Her son Diego, 28, …": a given name alone right after a lower-case noun
// of a person that it names (in apposition or as its compound), which the
// name finder may miss.
bool GivenNameOfDescribed(const nlp::Sentence& s, int k, const Lexicon& lex) {
  const nlp::Token& t = s.tokens[k];
  if (k == 0 || t.upos != "PROPN" || !lex.given_names.count(t.form)) return false;
  if (k + 1 < static_cast<int>(s.tokens.size()) && s.tokens[k + 1].upos == "PROPN") return false;  // a longer name
  const nlp::Token& noun = s.tokens[k - 1];
  const std::string lower = Lower(noun.lemma);
  return noun.upos == "NOUN" && IsLower(noun.form[0]) && noun.end + 1 == t.begin &&
         (lex.person_nouns.count(lower) || lex.relation_nouns.count(Lower(noun.form))) &&
         (t.head == k - 1 || noun.head == k);
}

// "Former League defender Marcus Oduwole disagreed": a given name and a
// surname right after a lower-case noun of a trade or tie (data/person_nouns.tsv),
// which the name finder may miss: whether word k opens one (its surname the
// next word, which closes the name).
bool FullNameAfterTrade(const nlp::Sentence& s, int k, const Lexicon& lex) {
  const auto& t = s.tokens;
  if (k < 1 || k + 1 >= static_cast<int>(t.size())) return false;
  const nlp::Token& noun = t[k - 1];
  if (noun.form.empty() || !IsLower(noun.form[0]) || !lex.person_nouns.count(noun.form)) return false;
  if (!lex.given_names.count(t[k].form) || t[k].upos != "PROPN" || t[k + 1].upos != "PROPN" ||
      !StartsUpper(t[k + 1].form) || t[k].begin != noun.end + 1 || t[k + 1].begin != t[k].end + 1)
    return false;
  const bool runs_on = k + 2 < static_cast<int>(t.size()) && t[k + 2].upos == "PROPN";
  return !runs_on && !lex.place_words.count(t[k + 1].form) && !lex.geographic_words.count(t[k + 1].form);
}

// "Lars Berge has sailed …": a sentence's opening given name of one sex,
// which the tagger may read as a common noun (no name then found), before a
// capitalized name word that ends the name ("Lars Berge", "Ana Maria Ruiz"),
// none of it a place the gazetteer knows. Its last word, else -1.
int OpeningGivenNameEnd(const nlp::Sentence& s, const Lexicon& lex) {
  const auto& t = s.tokens;
  // (Read as a noun or a name, not a verb: "Said Ostby: …".)
  if (t.size() < 3 || !lex.given_names.count(t[0].form) || lex.gazetteer.count(Lower(t[0].form)) ||
      (t[0].upos != "NOUN" && t[0].upos != "PROPN"))
    return -1;
  // (Not before a name the name finder found: "Star Ana Vell said" is
  // "Ana Vell", a star.)
  for (const nlp::Name& n : s.names)
    if (n.first == 1) return -1;
  int last = 0;
  while (last + 1 < static_cast<int>(t.size()) && last < 2 && t[last + 1].upos == "PROPN" &&
         StartsUpper(t[last + 1].form) && t[last + 1].begin == t[last].end + 1)
    ++last;
  const bool runs_on = last + 1 < static_cast<int>(t.size()) && t[last + 1].upos == "PROPN";
  if (last == 0 || runs_on || lex.place_words.count(t[last].form) || lex.geographic_words.count(t[last].form))
    return -1;
  std::string whole;
  for (int k = 0; k <= last; ++k) whole += (k ? " " : "") + t[k].form;
  return lex.gazetteer.count(Lower(whole)) ? -1 : last;
}

}  // namespace

NameSpans PersonNames(const std::vector<nlp::Sentence>& sentences, const Lexicon& lex) {
  NameSpans out = SpansInRoles(sentences, "PER", 2, kPersonRoles);
  for (const nlp::Sentence& s : sentences)
    for (int k = 1; k < static_cast<int>(s.tokens.size()); ++k)
      if (GivenNameOfDescribed(s, k, lex)) out.emplace_back(s.tokens[k].begin, s.tokens[k].end);
  for (const nlp::Sentence& s : sentences)
    for (int k = 1; k + 1 < static_cast<int>(s.tokens.size()); ++k)
      if (FullNameAfterTrade(s, k, lex)) out.emplace_back(s.tokens[k].begin, s.tokens[k + 1].end);
  for (const nlp::Sentence& s : sentences)
    if (const int last = OpeningGivenNameEnd(s, lex); last > 0) out.emplace_back(s.tokens[0].begin, s.tokens[last].end);
  // The name finder's places so named, as a subject, object or the like
  // ("met Maria Lenz"), and its people so named in any role ("the
  // nomination of Ben Ortiz", "a letter to Ana Vik").
  for (const nlp::Sentence& s : sentences)
    for (const nlp::Name& n : s.names)
      if (NamedLikePerson(s, n, lex) &&
          (n.type == "PER" || (n.type == "LOC" && kPersonRoles.count(s.tokens[HeadOf(s, n)].deprel))))
        out.emplace_back(s.tokens[n.first].begin, s.tokens[n.last].end);
  return out;
}

// The sentence splitter may have put the name in a sentence of its own, so
// the text before it is read, not the tokens.
NameSpans QuotationSignatures(std::string_view text, const std::vector<nlp::Sentence>& sentences) {
  NameSpans out;
  for (const nlp::Sentence& s : sentences) {
    const auto& t = s.tokens;
    for (size_t k = 0; k < t.size(); ++k) {
      size_t at = t[k].begin;
      while (at > 0 && text[at - 1] == ' ') --at;
      if (at < 2 || text[at - 1] != '-') continue;
      --at;
      while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '-')) --at;
      if (at == 0 || text[at - 1] != '"') continue;
      size_t last = k;
      while (last < t.size() && last < k + 4 && t[last].upos == "PROPN" && StartsUpper(t[last].form)) ++last;
      if (last - k >= 2) out.emplace_back(t[k].begin, t[last - 1].end);
    }
  }
  return out;
}

NameSpans OrganizationNames(const std::vector<nlp::Sentence>& sentences) {
  return SpansInRoles(sentences, "ORG", 1, kOrganizationRoles);
}

namespace {
// "Yesterday Ana Ruiz said", "Earlier Ana Ruiz had …": a sentence's first
// word the parse reads as a common word, outside the person's name the
// name finder opens right after it, and no title ("Mayor Ana Ruiz").
bool OpensBeforePersonName(const nlp::Sentence& s, const Lexicon& lex) {
  if (s.tokens.size() < 3) return false;
  const nlp::Token& t = s.tokens[0];
  if (t.upos == "PROPN" || t.upos == "PUNCT" || !StartsUpper(t.form) || !t.space_after) return false;
  bool opens_name = false;
  for (const nlp::Name& n : s.names) {
    if (n.first == 0) return false;
    opens_name = opens_name || (n.first == 1 && n.last > 1 && n.type == "PER");
  }
  if (!opens_name) return false;
  const std::string lower = Lower(t.form);
  for (const std::string& title : lex.lower_titles)
    if (title.compare(0, lower.size(), lower) == 0 && (title.size() == lower.size() || title[lower.size()] == ' '))
      return false;
  return true;
}
}  // namespace

NameSpans FunctionWords(const std::vector<nlp::Sentence>& sentences, const Lexicon& lex) {
  static const std::set<std::string> kClosed = {"ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART", "ADV"};
  NameSpans out;
  // (And words that count a group: "Several Democrats said" names no one;
  // and a common noun or adjective capitalized only to open the sentence
  // before a lower-case noun: "Rail operators warned" is no "Rail" firm's.)
  for (const nlp::Sentence& s : sentences)
    for (size_t k = 0; k < s.tokens.size(); ++k) {
      const nlp::Token& t = s.tokens[k];
      const bool opening_common = k == 0 && (t.upos == "NOUN" || t.upos == "ADJ") && s.tokens.size() > 1 &&
                                  s.tokens[1].upos == "NOUN" && IsLower(s.tokens[1].form[0]);
      if (kClosed.count(t.upos) || (t.upos != "PROPN" && nlp::CountsAGroup(t, Lower(t.form))) || opening_common ||
          (k == 0 && OpensBeforePersonName(s, lex)))
        out.emplace_back(t.begin, t.end);
    }
  return out;
}

}  // namespace ng::ingest
