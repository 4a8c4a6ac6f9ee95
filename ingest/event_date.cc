#include "ingest/event_date.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <vector>

#include "graph/temporal_value.h"
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

// Prepositions that place an event against another time, and subordinators
// of a contrast whose clause tells of something else ("While X said on
// Monday that ..., the talks ...").
constexpr const char* kRelativeTime[] = {"before", "after", "since", "until", "till", "prior",
                                         "while", "although", "though", "whereas"};

struct DateScope : DependencyTree {
  using DependencyTree::DependencyTree;
  std::string_view text;
  std::vector<bool> relative;  // RelativeTimeWords
  std::string words;

  // t's phrase without the clauses hanging from it.
  void Add(int t) {
    int first = t, last = t;
    Phrase(t, &first, &last);
    // "in July 2024" with the year parsed apart: the year goes with it.
    const int n = static_cast<int>(s.tokens.size());
    if (last + 1 < n && s.tokens[last + 1].upos == "NUM" && s.tokens[last + 1].form.size() == 4) ++last;
    words += std::string(text.substr(s.tokens[first].begin, s.tokens[last].end - s.tokens[first].begin));
    words += " | ";
  }
  void Phrase(int t, int* first, int* last) const {
    *first = std::min(*first, t);
    *last = std::max(*last, t);
    for (int c : children[t])
      if (!kClausal.count(base_rel(c))) Phrase(c, first, last);
  }
  // t's temporal modifiers, but for those placing the event against
  // another time.
  void AddModifiers(int t) {
    for (int c : children[t])
      if (kTemporal.count(base_rel(c)) && !relative[c]) Add(c);
  }
};

// A verb of saying or believing, not any cue ("ordered", "voted").
bool Says(const nlp::Token& t, const Lexicon& lex) {
  std::string lemma = Lower(t.lemma);
  return lex.speech_lemmas.count(lemma) || lex.belief_verbs.count(lemma);
}

// A verb that says an act took place as it begins or goes on ("began to
// withdraw", "resumed talks").
bool Begins(const nlp::Token& t, const Lexicon& lex) {
  auto mode = lex.event_modes.find(Lower(t.lemma));
  return mode != lex.event_modes.end() && mode->second == "occurred";
}

// "to withdraw" completing or modifying the verb above it.
bool Infinitive(const DateScope& scope, int verb) {
  const std::string rel = scope.base_rel(verb);
  if (rel != "xcomp" && rel != "advcl") return false;
  return scope.s.tokens[verb].xpos == "VB" && scope.HasMark(verb, "to");
}

// A cue of any kind, verbs of saying among them.
bool Reports(const nlp::Token& t, const Lexicon& lex) {
  return Says(t, lex) || lex.attribution_cues.count(Lower(t.lemma) + " " + t.upos);
}

// Where the words of relative time starting at `i` end: at the next comma,
// past a clause that tells what happened then (", when ...") or a participle
// describing it (", held on Monday").
int RelativeSpanEnd(const nlp::Sentence& sentence, int i) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  int end = i;
  for (;;) {
    while (end < n && tokens[end].form != "," && tokens[end].form != ";") ++end;
    if (end + 1 >= n) break;
    const nlp::Token& next = tokens[end + 1];
    // (A participle the tagger read as a past tense has no subject.)
    const int verb = end + 1;
    const bool has_subject = std::any_of(tokens.begin(), tokens.end(), [&](const nlp::Token& t) {
      return t.head == verb && t.deprel.rfind("nsubj", 0) == 0;
    });
    const bool participle = next.upos == "VERB" && (next.xpos == "VBN" || (next.xpos == "VBD" && !has_subject));
    if (Lower(next.form) != "when" && !participle) break;
    ++end;
  }
  return end;
}

// The words from a preposition of relative time to the next comma ("long
// before the storm of March 3 closed the port": the parse may hang the date
// from any verb of the sentence), unless the event is told of there ("since
// May 2021, when the patrols ended").
std::vector<bool> RelativeTimeWords(const nlp::Sentence& sentence, int trigger) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  std::vector<bool> relative(n, false);
  for (int i = 0; i < n; ++i) {
    const std::string lower = Lower(tokens[i].form);
    if (std::none_of(std::begin(kRelativeTime), std::end(kRelativeTime),
                     [&](const char* word) { return lower == word; }))
      continue;
    const int end = RelativeSpanEnd(sentence, i);
    if (trigger < i || trigger >= end)
      for (int k = i; k < end; ++k) relative[k] = true;
    i = end - 1;
  }
  return relative;
}

// The day an act lies on that "a day after" (`mark` at "after"), "two
// weeks before", "hours after" ... `day` names: "" when the words before
// the mark are no such span.
std::string DayAcrossSpan(const nlp::Sentence& sentence, int mark, const std::string& day) {
  static const std::map<std::string, int> kUnits = {{"day", 1}, {"days", 1}, {"week", 7}, {"weeks", 7}};
  const auto& tokens = sentence.tokens;
  if (mark < 2 || day.size() != 10) return "";
  // Told against a clause to come ("will meet on Friday, a week after ..."),
  // the day is that clause's, read ahead: not this act's to count from.
  if (std::any_of(tokens.begin(), tokens.begin() + mark, [](const nlp::Token& t) { return t.xpos == "MD"; }))
    return "";
  const std::string how = Lower(tokens[mark].form);
  if (how != "after" && how != "before") return "";
  // "hours after X", "minutes before X": the same day.
  const std::string just_before = Lower(tokens[mark - 1].form);
  if (just_before == "hours" || just_before == "minutes") return day;
  const int count = SpanCount(tokens[mark - 2].form);
  auto unit = kUnits.find(just_before);
  if (count == 0 || unit == kUnits.end()) return "";
  int y, m, d;
  if (std::sscanf(day.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return "";
  const int shift = count * unit->second * (how == "after" ? -1 : 1);
  const CivilDate c = CivilFromDays(DaysFromCivil(y, m, d) + shift);
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", static_cast<int>(c.year), c.month, c.day);
  return out;
}

// "Five years after X, the town is still ...", with the span's words [mark, end)
// from "after" to its comma: the date X lies that span before
// `published`, when the clause told against it speaks of the present — its
// first finite word is in the present tense ("is still", "remain"; "will
// be" and "was" are another time, from which the span counts);
// else empty.
std::string SpanBeforeNow(const nlp::Sentence& sentence, int mark, int end, const std::string& published) {
  const auto& tokens = sentence.tokens;
  if (mark < 2 || Lower(tokens[mark].form) != "after") return "";
  static const std::set<std::string> kFinite = {"VBP", "VBZ", "VBD", "MD"};
  for (size_t i = end; i < tokens.size(); ++i) {
    if (!kFinite.count(tokens[i].xpos)) continue;
    if (tokens[i].xpos != "VBP" && tokens[i].xpos != "VBZ") return "";
    return DateSpanBefore(tokens[mark - 2].form, tokens[mark - 1].form, published);
  }
  return "";
}

// The words from a preposition of relative time to the next comma that hold
// the trigger ("two days after patrols clashed, X said on Friday": the clash
// is told against the saying's time, not at it), as [*from, *to); false
// when it lies in none.
bool RelativeClauseOf(const nlp::Sentence& sentence, int trigger, int* from, int* to) {
  static const std::set<std::string> kTemporalOnly = {"before", "after", "since", "until", "till", "prior"};
  const auto& tokens = sentence.tokens;
  for (int i = 0; i < trigger; ++i) {
    if (!kTemporalOnly.count(Lower(tokens[i].form))) continue;
    const int end = RelativeSpanEnd(sentence, i);
    if (trigger < end) {
      *from = i;
      *to = end;
      return true;
    }
  }
  return false;
}

// The date as the sentence ties it to the trigger (EventDate, but for the
// check of an event to come).
std::string DateAsTold(const nlp::Sentence& sentence, int trigger, std::string_view text,
                       const std::string& published, const Lexicon& lex, bool ahead) {
  DateScope scope(sentence);
  scope.text = text;
  scope.relative = RelativeTimeWords(sentence, trigger);
  scope.AddModifiers(trigger);
  // "the 2003 invasion", "a 2014 deployment", "Norway's 1999 strikes": a
  // year between a noun trigger's determiner or owner and it ("2000 strikes"
  // counts them).
  int opener = -1;
  for (int c : scope.children[trigger])
    if (opener < 0 && (scope.base_rel(c) == "det" || scope.rel(c) == "nmod:poss")) opener = c;
  if (sentence.tokens[trigger].upos == "NOUN" && opener >= 0)
    for (int c : scope.children[trigger]) {
      if (c < opener) continue;
      const std::string& form = sentence.tokens[c].form;
      const std::string rel = scope.base_rel(c);
      if ((rel == "nummod" || rel == "compound") && c < trigger && form.size() == 4 &&
          std::all_of(form.begin(), form.end(), [](char d) { return d >= '0' && d <= '9'; }) &&
          (form.rfind("19", 0) == 0 || form.rfind("20", 0) == 0))
        scope.words += "in " + form + " | ";
      // "the June summit", "the Friday talks": a month or day named there
      // (the resolver reads no other name as a date).
      else if (rel == "compound" && c < trigger && sentence.tokens[c].upos == "PROPN")
        scope.words += "in " + form + " | ";
    }
  // An event something else is for ("formed a commission in August as a
  // vehicle for the talks"): the dates above are of that other act; so
  // with an act meant (below).
  bool purpose = false;
  for (int c : scope.children[trigger])
    purpose |= scope.base_rel(c) == "case" && Lower(sentence.tokens[c].form) == "for";
  int node = trigger;
  for (int up = 0; up < 3 && !purpose; ++up) {
    int head = sentence.tokens[node].head;
    // "agreed on Thursday to resume talks", "decided in May to withdraw":
    // the act meant is not dated by the meaning of it; "began on Monday to
    // withdraw" is (a verb of mode "occurred" in data/event_modes.tsv).
    if (head >= 0 && Infinitive(scope, node) && !Begins(sentence.tokens[head], lex)) {
      purpose = true;
      break;
    }
    if (!kArgument.count(sentence.tokens[node].deprel)) break;
    if (head < 0 || Reports(sentence.tokens[head], lex)) break;
    scope.AddModifiers(head);
    node = head;
  }
  std::string date = ResolveEventDate(scope.words, published, ahead);
  if (!date.empty()) return date;
  // A date the parse ties to a verb of saying or believing above the event
  // dates the report ("announced on May 2 that an exit was possible"),
  // not it; an act it tells of in the simple past took place by then and
  // is dated so ("said on Monday that he met the envoy"; not "that he had
  // met", told as earlier).
  bool simple_past = sentence.tokens[trigger].xpos == "VBD";
  for (int c : scope.children[trigger])  // not "had met", not "after they met"
    simple_past &= scope.base_rel(c) != "aux" &&
                   !(scope.base_rel(c) == "mark" && Lower(sentence.tokens[c].form) != "that");
  for (int above = sentence.tokens[trigger].head, up = 0; above >= 0 && up < 4;
       above = sentence.tokens[above].head, ++up) {
    if (!Says(sentence.tokens[above], lex)) continue;
    DateScope report(sentence);
    report.text = text;
    report.relative = scope.relative;
    report.AddModifiers(above);
    std::string reported = ResolveEventDate(report.words, published);
    if (!reported.empty()) return simple_past ? reported : "";
  }
  // "the talks that were announced in August", "strikes reported on
  // Monday": a clause saying the event was told of dates the telling.
  for (int c : scope.children[trigger]) {
    if (scope.base_rel(c) != "acl" || !Reports(sentence.tokens[c], lex)) continue;
    DateScope report(sentence);
    report.text = text;
    report.relative = scope.relative;
    report.AddModifiers(c);
    if (!ResolveEventDate(report.words, published).empty()) return "";
  }
  // The parse often ties a date to the clause above ("ordered the invasion
  // in March 2003", "In 2020, angry over the killing, …"): the sentence's
  // date then, but never the publication's when the sentence names none.
  // Not for an event to come: a date elsewhere in its sentence is the
  // telling's ("kept the door open on Monday to a pullback").
  if (purpose || RepeatedAct(sentence, trigger) || ahead) return "";
  const auto& tokens = sentence.tokens;
  // Nor a date of a clause the trigger governs: that clause's own act's
  // ("agreed to talk again in June" does not date the agreement). A clause
  // describing a noun trigger may date it ("the talks held in May").
  static const std::set<std::string> kOwnAct = {"xcomp", "ccomp", "advcl", "parataxis", "csubj"};
  std::vector<bool> below(tokens.size(), false);
  for (int c : scope.children[trigger])
    if (kOwnAct.count(scope.base_rel(c))) {
      int first = c, last = c;
      scope.Span(c, -1, &first, &last);
      for (int k = first; k <= last; ++k) below[k] = true;
    }
  std::string rest;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (!scope.relative[i] && !below[i])
      rest += std::string(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin)) + ' ';
  return ResolveEventDate(rest, published, ahead);
}

}  // namespace

std::string EventDate(const nlp::Sentence& sentence, int trigger, std::string_view text,
                      const std::string& published, const Lexicon& lex, bool ahead) {
  std::string date = DateAsTold(sentence, trigger, text, published, lex, ahead);
  // Told against another time ("two days after they clashed, X said on
  // Monday"), the act lies near that time, not on its day: its own
  // clause's day, else the month or year of the date found.
  int from = -1, to = -1;
  if (date.size() == 10 && RelativeClauseOf(sentence, trigger, &from, &to)) {
    std::string own;
    for (int i = from + 1; i < to; ++i)
      own += std::string(text.substr(sentence.tokens[i].begin, sentence.tokens[i].end - sentence.tokens[i].begin)) + ' ';
    const std::string told = ResolveEventDate(own, published, ahead);
    // "a day after X", "two weeks before X": X lies that span from the day told.
    const std::string spanned = told.empty() ? DayAcrossSpan(sentence, from, date) : "";
    date = told.size() == 10 ? told : !spanned.empty() ? spanned : date.substr(0, 7);
  } else if (date.empty() && RelativeClauseOf(sentence, trigger, &from, &to)) {
    // "Five years after the war, the town is still ...": the act lies
    // that span before now.
    date = SpanBeforeNow(sentence, from, to, published);
  }
  // ISO dates compare as text at the coarser one's precision: "2023" is
  // wholly before "2024-01-24", "2024-01" is not.
  if (ahead && !published.empty() && !date.empty() && date < published.substr(0, date.size())) return "";
  return date;
}

std::string IncludedActDate(const nlp::Sentence& sentence, int trigger, std::string_view text,
                            const std::string& published) {
  const auto& tokens = sentence.tokens;
  DateScope scope(sentence);
  scope.text = text;
  for (size_t c = 0; c < tokens.size(); ++c) {
    bool including = false;
    for (int g : scope.children[c])
      including |= scope.base_rel(g) == "case" && Lower(tokens[g].form) == "including";
    if (!including) continue;
    // Below the trigger, through phrases only (not another clause's words).
    int up = static_cast<int>(c);
    while (up >= 0 && up != trigger && !kClausal.count(scope.base_rel(up))) up = tokens[up].head;
    if (up != trigger) continue;
    scope.words.clear();
    scope.Add(static_cast<int>(c));
    std::string date = ResolveEventDate(scope.words, published);
    if (!date.empty()) return date;
  }
  return "";
}

bool RepeatedAct(const nlp::Sentence& sentence, int trigger) {
  const auto& tokens = sentence.tokens;
  DependencyTree tree(sentence);
  std::vector<int> words = {trigger};
  // "launched strikes 40 times", "have been hit by mortar and drone attacks
  // since May": the verb a noun trigger (or the phrase it is joined to) is
  // the object, subject or oblique of.
  int phrase = trigger;
  while (tokens[phrase].deprel == "conj" && tokens[phrase].head >= 0 && tokens[tokens[phrase].head].upos == "NOUN")
    phrase = tokens[phrase].head;
  const nlp::Token& t = tokens[phrase];
  if (tokens[trigger].upos == "NOUN" && t.head >= 0 && tokens[t.head].upos == "VERB" &&
      (t.deprel == "obj" || t.deprel.rfind("obl", 0) == 0 || t.deprel.rfind("nsubj", 0) == 0))
    words.push_back(t.head);
  static const std::set<std::string> kOften = {"repeatedly", "regularly", "frequently", "routinely"};
  // "40 times": a count of the act, wherever the parse hung it in the
  // act's clause ("attacked X as part of Y more than 40 times", the count
  // read under "Y"): up through phrases to the first verb, the act's.
  for (size_t c = 0; c < tokens.size(); ++c) {
    if (Lower(tokens[c].lemma) != "time" || tokens[c].xpos != "NNS") continue;
    const bool counted = std::any_of(tree.children[c].begin(), tree.children[c].end(), [&](int g) {
      return tree.base_rel(g) == "nummod" || tree.base_rel(g) == "amod";
    });
    int up = static_cast<int>(c);
    while (up >= 0 && tokens[up].upos != "VERB" && !kClausal.count(tree.base_rel(up))) up = tokens[up].head;
    if (counted && up >= 0 && tokens[up].upos == "VERB" && std::find(words.begin(), words.end(), up) != words.end())
      return true;
  }
  for (int w : words) {
    const bool verb = tokens[w].upos == "VERB";
    bool perfect = false;
    for (int c : tree.children[w]) perfect |= tree.base_rel(c) == "aux" && Lower(tokens[c].lemma) == "have";
    for (int c : tree.children[w]) {
      const std::string lemma = Lower(tokens[c].lemma);
      if (tree.base_rel(c) == "advmod" && kOften.count(lemma)) return true;
      // "40 times", "several times": a count of the act.
      if (lemma == "time" && tokens[c].xpos == "NNS")
        for (int g : tree.children[c])
          if (tree.base_rel(g) == "nummod" || tree.base_rel(g) == "amod") return true;
      // "have attacked since May", "attacks since May".
      const bool since = std::any_of(tree.children[c].begin(), tree.children[c].end(), [&](int g) {
        return tree.base_rel(g) == "case" && Lower(tokens[g].form) == "since";
      });
      if (since && (tree.base_rel(c) == "obl" || tree.base_rel(c) == "nmod") &&
          ((verb && perfect) || (!verb && tokens[w].xpos == "NNS")))
        return true;
    }
  }
  return false;
}

}  // namespace ng::ingest
