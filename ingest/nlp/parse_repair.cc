#include "ingest/nlp/parse_repair.h"

#include <algorithm>
#include <set>
#include <string>

#include "ingest/nlp/lexical.h"

namespace ng::nlp {

namespace {

bool Nominal(const Token& t) { return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON"; }

// A finite verb's Penn tag: past, third-person present, other present.
bool Finite(const std::string& xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP"; }

// The first dependent of `head` whose relation starts with `relation` ("aux"
// finds "aux:pass" too), or -1.
int Dependent(const std::vector<Token>& t, int head, std::string_view relation) {
  // (A subtype after a colon, not a longer name: "cc" is no "ccomp".)
  auto of_relation = [&](const std::string& deprel) {
    return deprel.rfind(relation, 0) == 0 && (deprel.size() == relation.size() || deprel[relation.size()] == ':');
  };
  for (size_t c = 0; c < t.size(); ++c)
    if (t[c].head == head && of_relation(t[c].deprel)) return static_cast<int>(c);
  return -1;
}

bool HasDependent(const std::vector<Token>& t, int head, std::string_view relation) {
  return Dependent(t, head, relation) >= 0;
}

// A verb in a tense ("sent") or with a tensed or modal auxiliary ("has sent",
// "will train", "had been told"): a clause of its own.
bool FiniteClause(const std::vector<Token>& t, int verb) {
  if (Finite(t[verb].xpos)) return true;
  for (const Token& c : t)
    if (c.head == verb && c.deprel.rfind("aux", 0) == 0 && (Finite(c.xpos) || c.xpos == "MD")) return true;
  return false;
}

// Whether a wh-word hangs from `verb` ("What Peru sent", "Whoever runs"):
// its clause may be a subject.
bool OpenedByWhWord(const std::vector<Token>& t, int verb) {
  return std::any_of(t.begin(), t.end(), [&](const Token& c) { return c.head == verb && IsWhWord(c); });
}

// Whether word `down` hangs, at any depth, from word `up` (or is it).
bool Dominates(const std::vector<Token>& t, int up, int down) {
  for (int h = down; h >= 0; h = t[h].head)
    if (h == up) return true;
  return false;
}

// Whether every word after `verb` hangs from it, but a closing mark: its
// clause ends the sentence.
bool ClauseEndsSentence(const std::vector<Token>& t, int verb) {
  const int n = static_cast<int>(t.size());
  for (int c = verb + 1; c < n; ++c)
    if (!Dominates(t, verb, c) && !(c == n - 1 && t[c].upos == "PUNCT")) return false;
  return true;
}

// Makes `main`, a word after `from` hung from `opener`, the sentence's
// root, with the other words from `from` on that hung from the opener.
void PromoteToRoot(std::vector<Token>& t, int opener, int main, int from) {
  for (int c = from; c < static_cast<int>(t.size()); ++c)
    if (t[c].head == opener && c != main) t[c].head = main;
  t[main].head = -1;
  t[main].deprel = "root";
}

// Makes `verb`, hung from `clause`, take the clause's place and report it:
// the clause becomes its complement, and the words from `from` on that hung
// from the clause hang from the verb.
void ReportClause(std::vector<Token>& t, int verb, int clause, int from) {
  t[verb].head = t[clause].head;
  t[verb].deprel = t[clause].deprel;
  t[clause].head = verb;
  t[clause].deprel = "ccomp";
  for (int c = from; c < static_cast<int>(t.size()); ++c)
    if (t[c].head == clause) t[c].head = verb;
}

// Hangs `word` from `head` by `relation`.
void Attach(std::vector<Token>& t, int word, int head, const char* relation) {
  t[word].head = head;
  t[word].deprel = relation;
}

// Hangs `clause` from `verb` as its clausal complement, opened by `that`.
void HangThatClause(std::vector<Token>& t, int clause, int verb, int that) {
  t[clause].head = verb;
  t[clause].deprel = "ccomp";
  t[that].head = clause;
  t[that].deprel = "mark";
  t[that].upos = "SCONJ";
  t[that].xpos = "IN";
}

}  // namespace

void RepairPassiveSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int v = 0; v < n; ++v) {
    int subject = -1;
    bool object = false, infinitive = false, passive_aux = false, any_aux = false, active_subject = false;
    for (int c = 0; c < n; ++c) {
      if (t[c].head != v) continue;
      const std::string& rel = t[c].deprel;
      active_subject |= rel == "nsubj";
      if (rel == "nsubj:pass") subject = c;
      else if (rel == "obj") object = true;
      else if (rel == "aux:pass") passive_aux = true;
      else if (rel == "xcomp" && HasDependent(t, c, "mark")) infinitive = true;
      if (rel.rfind("aux", 0) == 0) any_aux = true;
    }
    // "Lin declined to say ...": with no auxiliary at all, an infinitive
    // after the participle shows an active past as an object does.
    if (subject >= 0 && (object || (infinitive && !any_aux)) && !passive_aux) {
      t[subject].deprel = "nsubj";
      active_subject = true;
    }
    // "Russia, which has troops there, called for restraint": a headline may
    // drop a passive's auxiliary ("Six killed in clash"), but a sentence's
    // root whose subject carries a relative clause or an apposition is no
    // headline, so with no auxiliary it is active.
    if (subject >= 0 && !any_aux && t[v].head < 0 && t[v].xpos == "VBN" &&
        (HasDependent(t, subject, "acl:relcl") || HasDependent(t, subject, "appos"))) {
      t[subject].deprel = "nsubj";
      active_subject = true;
    }
    // "the minister pointed to talks" with a participle's tag: a past tense.
    if (active_subject && !any_aux && t[v].upos == "VERB" && t[v].xpos == "VBN") t[v].xpos = "VBD";
  }
}

namespace {

// Relations only a noun (phrase) takes as head.
const std::set<std::string> kNominalOnly = {"acl", "acl:relcl", "nmod", "appos"};

// The first word of t's subtree.
int SubtreeStart(const std::vector<Token>& t, int head) {
  int first = head;
  for (int k = 0; k < head; ++k)
    for (int h = t[k].head; h >= 0; h = t[h].head)
      if (h == head) {
        first = std::min(first, k);
        break;
      }
  return first;
}

// The last word of t's subtree.
int SubtreeEnd(const std::vector<Token>& t, int head) {
  int last = head;
  for (bool grew = true; grew;) {
    grew = false;
    for (int c = last + 1; c < static_cast<int>(t.size()); ++c)
      for (int h = t[c].head; h >= 0; h = t[h].head)
        if (h == head) {
          last = c;
          grew = true;
          break;
        }
  }
  return last;
}

// The sentence's root when it is a noun or name whose words open the
// sentence (the parse found no verb to head it); else -1.
int OpeningNominalRoot(const std::vector<Token>& t) {
  int root = -1;
  for (int c = 0; c < static_cast<int>(t.size()); ++c)
    if (t[c].head < 0) root = c;
  if (root < 0 || (t[root].upos != "NOUN" && t[root].upos != "PROPN") || SubtreeStart(t, root) != 0) return -1;
  return root;
}

}  // namespace

void RepairNominalDependents(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int c = 0; c < n; ++c) {
    int v = t[c].head;
    if (v < 0 || v > c || t[v].upos != "VERB" || !kNominalOnly.count(t[c].deprel)) continue;
    // The verb's object, ending right before c's subtree begins.
    const int first = SubtreeStart(t, c);
    int object = -1;
    for (int k = v + 1; k < first; ++k)
      if (t[k].head == v && t[k].deprel == "obj" && (t[k].upos == "NOUN" || t[k].upos == "PROPN"))
        object = k;
    if (object < 0) continue;
    int end = SubtreeEnd(t, object);
    while (end + 1 < first && t[end + 1].upos == "PUNCT") ++end;
    if (end + 1 != first) continue;
    t[c].head = object;
  }
}

void RepairSubjectModifiers(std::vector<Token>* tokens) {
  static const std::set<std::string> kModifiers = {"det", "amod", "nummod", "compound"};
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int c = 0; c < n; ++c) {
    const int v = t[c].head;
    if (v <= c || t[v].upos != "VERB" || !kModifiers.count(t[c].deprel)) continue;
    // The verb's subject after it, with only such modifiers between them.
    int subject = -1;
    for (int k = c + 1; k < v && subject < 0; ++k) {
      if (t[k].head == v && t[k].deprel.rfind("nsubj", 0) == 0 && Nominal(t[k])) subject = k;
      else if (!kModifiers.count(t[k].deprel) || (t[k].head != v && t[k].head <= k)) break;
    }
    if (subject >= 0) t[c].head = subject;
  }
}

void RepairCompoundSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int v = 0; v < n; ++v) {
    if (t[v].upos != "VERB" || t[v].xpos == "VBG" || t[v].xpos == "VBN") continue;
    int compound = -1;
    bool subject = false;
    for (int c = 0; c < n; ++c) {
      if (t[c].head != v) continue;
      if (t[c].deprel.rfind("nsubj", 0) == 0 || t[c].deprel == "expl") subject = true;
      if (c < v && t[c].deprel == "compound" && (t[c].upos == "NOUN" || t[c].upos == "PROPN")) compound = c;
    }
    if (compound >= 0 && !subject) t[compound].deprel = "nsubj";
  }
}

namespace {

// The names of days and months (closed classes of English).
bool NamesDayOrMonth(const Token& t) { return IsDayOrMonthName(t.form); }

// Spans of time an act is dated by ("last week", "this morning").
bool NamesTimeSpan(const Token& t) {
  static const std::set<std::string> kTimeSpans = {"week",    "month",     "year",  "weekend", "morning", "afternoon",
                                                   "evening", "night",     "spring", "summer", "autumn",  "winter"};
  return kTimeSpans.count(LowerAscii(t.form)) > 0;
}

}  // namespace

void RepairTimeSubjectAppositions(std::vector<Token>* tokens) {
  static const std::set<std::string> kSpans = {"week", "month", "year", "day", "weekend", "morning", "evening", "night"};
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int s = 0; s < n; ++s) {
    if (t[s].deprel != "nsubj" || t[s].head <= s) continue;
    if (!NamesDayOrMonth(t[s]) && !(t[s].upos == "NOUN" && kSpans.count(LowerAscii(t[s].form)))) continue;
    const int verb = t[s].head;
    // The first name set off by a comma, hung below the time, before the verb.
    int name = -1;
    for (int a = s + 1; a < verb && name < 0; ++a)
      if (t[a].deprel == "appos" && t[a].upos == "PROPN" && t[a - 1].form == "," && Dominates(t, s, a)) name = a;
    if (name < 0) continue;
    const int old_head = t[name].head;
    for (int a = name + 1; a < verb; ++a)  // "..., the head of the league,": the name's
      if (t[a].head == old_head && t[a].deprel == "appos") t[a].head = name;
    t[name].head = verb;
    t[name].deprel = "nsubj";
    t[s].deprel = "obl:tmod";
  }
}

void RepairDayAppositions(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  auto has_subject = [&](int v) { return HasDependent(t, v, "nsubj") || HasDependent(t, v, "expl"); };
  for (int a = 0; a < n; ++a) {
    const int day = t[a].head;
    if (t[a].deprel != "appos" || day < 0 || day > a || !NamesDayOrMonth(t[day]) || NamesDayOrMonth(t[a]) ||
        (t[a].upos != "NOUN" && t[a].upos != "PROPN"))
      continue;
    const int verb = t[day].head;
    if (verb <= a || t[verb].upos != "VERB" || t[day].deprel.rfind("obl", 0) != 0 || has_subject(verb)) continue;
    t[a].head = verb;
    t[a].deprel = "nsubj";
  }
}

void RepairRelativeClauseVerbTags(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int c = 0; c < n; ++c) {
    if (t[c].deprel != "acl:relcl" || t[c].xpos != "NNS") continue;
    bool subject = false, relative_object = false, nominal = false;
    for (int d = 0; d < n; ++d) {
      if (t[d].head != c) continue;
      // (Or a name hung from it as a compound: RepairCompoundSubjects then
      // makes it the subject.)
      if (t[d].deprel == "nsubj" || (t[d].deprel == "compound" && d < c && t[d].upos == "PROPN")) subject = true;
      if (t[d].deprel == "obj" && d < c && (t[d].xpos == "WDT" || t[d].xpos == "WP")) relative_object = true;
      if (t[d].deprel == "det" || t[d].deprel == "cop" || t[d].deprel == "case") nominal = true;
    }
    if (subject && relative_object && !nominal) {
      t[c].upos = "VERB";
      t[c].xpos = "VBZ";
    }
  }
}

void RepairDayRelatives(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  // "said Monday they had seen ...", "said Tuesday its crews would strike"
  // with the day the clause's mark or a second subject: a day right after
  // the verb, before the clause's own subject, says when the verb happened.
  for (int day = 1; day < n; ++day) {
    const int clause = t[day].head, verb = day - 1;
    if (!NamesDayOrMonth(t[day]) || clause <= day || t[clause].head != verb || t[clause].deprel != "ccomp" ||
        t[verb].upos != "VERB")
      continue;
    bool other_subject = false;
    for (int k = day + 1; k < clause; ++k) other_subject |= t[k].head == clause && t[k].deprel.rfind("nsubj", 0) == 0;
    if (other_subject && (t[day].deprel == "mark" || t[day].deprel.rfind("nsubj", 0) == 0)) {
      t[day].head = verb;
      t[day].deprel = "obl:tmod";
    }
  }
  for (int c = 0; c < n; ++c) {
    if (t[c].deprel != "acl:relcl") continue;
    const int day = t[c].head;
    // ("said last week that ...": a span of time with no preposition is as
    // much a when as a day's name.)
    if (day < 0 || day > c || t[day].deprel.rfind("obl", 0) != 0 ||
        !(NamesDayOrMonth(t[day]) || (NamesTimeSpan(t[day]) && !HasDependent(t, day, "case"))))
      continue;
    const int verb = t[day].head;
    if (verb < 0 || verb > day || t[verb].upos != "VERB") continue;
    // The clause opens with "that", right after the day's phrase; after a
    // span of time, with a subject of its own besides ("an announcement this
    // year that formalizes ...": the relative clause of another noun).
    int that = day + 1;
    if (that >= c) continue;
    bool own_subject = false;
    for (int k = that + 1; k < c; ++k) own_subject |= t[k].head == c && t[k].deprel.rfind("nsubj", 0) == 0;
    // With no "that" ("said Tuesday they had found ..."), the clause's own
    // subject opens it right after the day.
    if (LowerAscii(t[that].form) != "that") {
      const int subject = Dependent(t, c, "nsubj");
      if (subject >= 0 && SubtreeStart(t, subject) == that && SubtreeStart(t, c) == that && FiniteClause(t, c)) {
        t[c].head = verb;
        t[c].deprel = "ccomp";
      }
      continue;
    }
    if (t[that].head != c || (!NamesDayOrMonth(t[day]) && !own_subject)) continue;
    HangThatClause(t, c, verb, that);
  }
}

namespace {

// "According to the company, fewer than 2% of users had …" with "fewer"
// hung from "company", the subject: what follows the comma that closes the
// source's phrase is the subject (the words after it hang from its first),
// the source an oblique. (Not the source's appositions: "according to a
// University of X poll out Thursday, …".)
void HangSubjectAfterSource(std::vector<Token>& t, int source) {
  const int n = static_cast<int>(t.size());
  int comma = source + 1;
  while (comma < n && t[comma].form != ",") ++comma;
  if (comma == n || !(t[comma].head == source || (t[comma].head > comma && t[t[comma].head].head == source)))
    return;
  int subject = -1;
  for (int c = comma + 1; c < n; ++c) {
    if (t[c].head != source || t[c].deprel == "punct") continue;
    if (subject < 0) {
      subject = c;
      Attach(t, c, t[source].head, t[source].deprel.c_str());
    } else {
      t[c].head = subject;
    }
  }
  if (subject >= 0) t[source].deprel = "obl";
}

}  // namespace

void RepairPrepositionalSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int s = 0; s < n; ++s) {
    if (t[s].deprel.rfind("nsubj", 0) != 0) continue;
    int preposition = -1, apposition = -1, before = -1;
    for (int c = 0; c < n; ++c) {
      if (t[c].head != s) continue;
      // ("According to the company, …": "according" marks it as a preposition would.)
      const bool according = t[c].form == "According" || t[c].form == "according";
      if (t[c].deprel == "case" && (t[c].upos == "ADP" || according) && preposition < 0) preposition = c;
      if (t[c].deprel == "appos" && c > s && apposition < 0) apposition = c;
    }
    if (preposition < 0) continue;
    if (t[preposition].upos != "ADP") {
      HangSubjectAfterSource(t, s);
      continue;
    }
    // "said the Rev. Ana Holm, of the Baptist church" with "church" the
    // subject: the noun hung from it before its preposition is the subject,
    // and the phrase describes that noun.
    for (int c = 0; c < preposition; ++c)
      if (t[c].head == s && Nominal(t[c]) && t[c].deprel != "nmod:poss") before = c;
    if (before >= 0) {
      for (int c = 0; c < before; ++c)
        if (t[c].head == s) t[c].head = before;  // "the" of "the Rev. Ana Holm"
      t[before].head = t[s].head;
      t[before].deprel = t[s].deprel;
      t[s].head = before;
      t[s].deprel = "nmod";
      continue;
    }
    if (apposition >= 0) {
      t[apposition].head = t[s].head;
      t[apposition].deprel = t[s].deprel;
    }
    t[s].deprel = "obl";
  }
}

namespace {

// Prepositions that never open a finite clause in English.
const std::set<std::string> kNoClausePrepositions = {"on",   "of",     "against", "at",    "into",  "onto",
                                                     "upon", "from",   "with",    "for",   "about", "between",
                                                     "over", "toward", "towards", "among", "in",    "by"};
// Prepositions of place that open no clause, finite or not: "launched raids
// inside Norway targeting X" is no clause "inside Norway targeting X" (EWT
// marks no clause with them).
const std::set<std::string> kPlacePrepositions = {"inside", "outside", "near", "across", "within", "around",
                                                  "behind", "beyond", "throughout", "amid", "beneath", "along"};
// Subordinators that may stand before a noun as its preposition ("before
// the attack") or open a clause ("before the attack began").
const std::set<std::string> kSubordinators = {"before", "after", "since", "until", "as", "once", "while"};

}  // namespace

void RepairTimeSpanSubjects(std::vector<Token>* tokens) {
  static const std::set<std::string> kSpans = {"second", "minute", "hour", "day", "week", "month", "year", "moment"};
  static const std::set<std::string> kMarks = {"after", "before", "since"};
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  auto mark_of = [&](int subject, int from) {
    for (int c = from; c < subject; ++c)
      if (t[c].head == subject && t[c].deprel == "case" && kMarks.count(LowerAscii(t[c].form))) return c;
    return -1;
  };
  // "(a week) after X detained Y" with "detained" a participle describing X:
  // a participle with a direct object is active, so it is the clause's verb
  // in the past tense, X its subject, "after" its mark.
  for (int subject = 0; subject < n; ++subject) {
    const int mark = mark_of(subject, 0);
    if (mark < 0 || t[subject].head < 0) continue;
    for (int verb = subject + 1; verb < n; ++verb) {
      if (t[verb].head != subject || t[verb].deprel != "acl" || t[verb].xpos != "VBN") continue;
      if (HasDependent(t, verb, "aux") || !HasDependent(t, verb, "obj")) continue;
      // The span before it ("a week after") modifies the clause.
      int head = t[subject].head;
      if (kSpans.count(LowerAscii(t[head].lemma)) && head < mark) {
        const int span = head;
        head = t[span].head;
        t[span].head = verb;
        t[span].deprel = "obl:unmarked";
      }
      t[verb].head = head;
      t[verb].deprel = head < 0 ? "root" : "advcl";
      t[verb].xpos = "VBD";
      t[subject].head = verb;
      t[subject].deprel = "nsubj";
      t[mark].head = verb;
      t[mark].deprel = "mark";
      t[mark].upos = "SCONJ";
      break;
    }
  }
  for (int span = 0; span < n; ++span) {
    const int verb = t[span].head;
    if (t[span].deprel != "nsubj" || verb <= span || t[verb].upos != "VERB" ||
        !kSpans.count(LowerAscii(t[span].lemma)))
      continue;
    for (int subject = span + 1; subject < verb; ++subject) {
      if (t[subject].head != span || t[subject].deprel != "nmod") continue;
      const int mark = mark_of(subject, span + 1);
      if (mark < 0) continue;
      t[subject].head = verb;
      t[subject].deprel = "nsubj";
      t[mark].head = verb;
      t[mark].deprel = "mark";
      t[mark].upos = "SCONJ";
      t[span].deprel = "obl:unmarked";
      if (t[verb].deprel == "ccomp") t[verb].deprel = "advcl";
      break;
    }
  }
  // "X shut the port, two days after reservists were called up" with
  // "reservists" a modifier of "days" and "called" a conjunct with no subject: the noun
  // right before the verb's auxiliaries is its subject, and the clause
  // modifies what the span modified.
  for (int subject = 0; subject < n; ++subject) {
    const int span = t[subject].head;
    if (span < 0 || t[subject].deprel != "nmod" || !kSpans.count(LowerAscii(t[span].lemma))) continue;
    const int mark = mark_of(subject, span + 1);
    if (mark < 0) continue;
    int verb = subject + 1;
    bool passive = false;
    while (verb < n && t[verb].upos == "AUX") passive |= t[verb++].deprel == "aux:pass";
    if (verb == subject + 1 || verb >= n || t[verb].upos != "VERB" || HasDependent(t, verb, "nsubj") ||
        HasDependent(t, verb, "nsubj:pass"))
      continue;
    bool auxiliaries_of_verb = true;
    for (int a = subject + 1; a < verb; ++a) auxiliaries_of_verb &= t[a].head == verb;
    if (!auxiliaries_of_verb) continue;
    t[verb].head = t[span].head;
    t[verb].deprel = t[span].head < 0 ? "root" : "advcl";
    t[span].head = verb;
    t[span].deprel = "obl:unmarked";
    t[subject].head = verb;
    t[subject].deprel = passive ? "nsubj:pass" : "nsubj";
    t[mark].head = verb;
    t[mark].deprel = "mark";
    t[mark].upos = "SCONJ";
  }
}

void RepairPunctuationHeads(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int c = 0; c < n; ++c) {
    int head = t[c].head;
    if (head < 0 || t[head].upos != "PUNCT" || t[c].upos == "PUNCT") continue;
    // Up past any punctuation to a word (the root's stop hangs from the root).
    for (int up = 0; up < n && head >= 0 && t[head].upos == "PUNCT"; ++up) head = t[head].head;
    if (head < 0 || head == c) continue;
    t[c].head = head;
    if (t[head].upos != "VERB" || (t[c].deprel != "nmod" && t[c].deprel != "nmod:unmarked")) continue;
    bool by = false, passive = false;
    for (const Token& d : t) {
      by |= d.head == c && d.deprel == "case" && LowerAscii(d.form) == "by";
      passive |= d.head == head && d.deprel == "aux:pass";
    }
    t[c].deprel = by && passive ? "obl:agent" : t[c].deprel == "nmod" ? "obl" : "obl:unmarked";
  }
}

void RepairPrepositionMarks(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int m = 1; m < n; ++m) {
    const int verb = t[m].head;
    if (t[m].deprel != "mark" || t[m].upos != "ADP" || verb <= m) continue;
    const std::string preposition = LowerAscii(t[m].form);
    const bool place = kPlacePrepositions.count(preposition) > 0;
    if (!place && !kNoClausePrepositions.count(preposition)) continue;
    // A gerund may have a subject after "with", "of", "on" ("with Norway
    // leaving", "the risk of Norway leaving"), not after a place's.
    const bool gerund = t[verb].xpos == "VBG" && place;
    if (!Finite(t[verb].xpos) && !gerund) continue;
    // The verb's subject right after the preposition, and another before it.
    int subject = -1, other = -1;
    for (int c = 0; c < n; ++c) {
      if (t[c].head != verb || t[c].deprel.rfind("nsubj", 0) != 0) continue;
      if (c > m && subject < 0) subject = c;
      if (c < m) other = c;
    }
    if (subject < 0 || !Nominal(t[subject])) continue;
    // "Writing in the Oslo Courier, the minister argued": after a
    // participle of the verb, the phrase is the participle's; the verb keeps
    // the subject after it.
    if (t[m - 1].upos == "VERB" && (t[m - 1].xpos == "VBG" || t[m - 1].xpos == "VBN") && t[m - 1].head == verb) {
      bool second = false;
      for (int c = subject + 1; c < n; ++c) second |= t[c].head == verb && t[c].deprel.rfind("nsubj", 0) == 0;
      bool words_of_phrase = true;  // determiners and adjectives between
      for (int k = m + 1; k < subject; ++k)
        words_of_phrase &= t[k].upos == "DET" || t[k].upos == "ADJ" || t[k].head == subject;
      if (!second || !words_of_phrase) continue;
      for (int k = m + 1; k < subject; ++k) t[k].head = subject;
      t[m].head = subject;
      t[m].deprel = "case";
      t[subject].head = m - 1;
      t[subject].deprel = "obl";
      continue;
    }
    bool adjacent = true;  // nothing but the subject's own words between
    for (int k = m + 1; k < subject; ++k) {
      int h = k;
      while (h >= 0 && h != subject) h = t[h].head;
      adjacent &= h == subject;
    }
    if (!adjacent) continue;
    // The noun phrase before the preposition: from the word before it, up
    // through the nouns it modifies that also lie before it.
    int noun = m - 1;
    if (!Nominal(t[noun])) continue;
    while (t[noun].head >= 0 && t[noun].head < m && Nominal(t[t[noun].head]) && noun != other) noun = t[noun].head;
    // Hung below the subject, the noun cannot take it (the tree would loop).
    bool below = false;
    for (int h = noun, steps = 0; h >= 0 && steps < n && !below; h = t[h].head, ++steps) below = h == subject;
    if (below) continue;
    t[m].head = subject;
    t[m].deprel = "case";
    t[subject].head = noun;
    t[subject].deprel = "nmod";
    // "raids inside Norway targeting X": the gerund describes the noun.
    if (gerund && other < 0) {
      t[verb].head = noun;
      t[verb].deprel = "acl";
      continue;
    }
    if (other >= 0) continue;
    // The verb had no other subject: the phrase is it. "before the attack
    // ... sparked": the phrase's subordinator marks the verb, which takes
    // the phrase's place.
    int subordinator = -1;
    for (int c = 0; c < noun; ++c)
      if (t[c].head == noun && t[c].deprel == "case" && kSubordinators.count(LowerAscii(t[c].form))) subordinator = c;
    if (subordinator >= 0) {
      t[verb].head = t[noun].head;
      t[verb].deprel = t[noun].head < 0 ? "root" : "advcl";
      t[subordinator].head = verb;
      t[subordinator].deprel = "mark";
      t[subordinator].upos = "SCONJ";
    }
    if (subordinator >= 0 || t[noun].head == verb) {
      t[noun].head = verb;
      t[noun].deprel = "nsubj";
    }
  }
}

namespace {

constexpr size_t kMinSentenceTokens = 6;  // shorter ones are often fragments

bool EndsWithStop(const std::vector<Token>& tokens) {
  const std::string& end = tokens.back().form;
  return end == "." || end == "!" || end == "?";
}

}  // namespace

int VerblessMainClause(const std::vector<Token>& tokens) {
  if (tokens.size() < kMinSentenceTokens || !EndsWithStop(tokens)) return 0;
  int root = -1;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].head < 0) root = static_cast<int>(i);
  if (root < 0) return 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.upos == "VERB" || t.upos == "AUX") return 0;
    // (Read as a relative pronoun too: "A new poll shows that X leads" with
    // "shows that X leads" a noun and its relative clause.)
    if ((t.upos != "SCONJ" && t.xpos != "WDT") || LowerAscii(t.form) != "that") continue;
    int that = static_cast<int>(i);
    // (As a relative pronoun only right after a plural-looking root: the
    // verb in "-s" it was read for.)
    if (t.upos != "SCONJ" && !(root == that - 1 && tokens[root].xpos == "NNS")) return 0;
    // The root a noun before the "that", or the root's own clause opened by
    // it (the noun phrase before it parsed as that clause's subject).
    bool noun_root = tokens[root].upos == "NOUN" && root < that;
    bool marks_root = t.head == root && t.deprel == "mark";
    return noun_root || marks_root ? that : 0;
  }
  return 0;
}

std::vector<int> FinitelessParticiples(const std::vector<Token>& tokens) {
  if (tokens.size() < kMinSentenceTokens || !EndsWithStop(tokens)) return {};
  std::vector<int> participles;
  for (size_t i = 0; i < tokens.size(); ++i) {
    // What a subordinator after the participles opens is a clause of its
    // own ("Lisa Ord declined to say whether she would run").
    // (So does a question word: "declined to say when the hold might be lifted".)
    if ((tokens[i].upos == "SCONJ" || tokens[i].xpos == "WRB") && !participles.empty()) break;
    // So is a relative clause set off by a comma ("blamed workers for the
    // losses, which were widespread").
    if (!participles.empty() && i > 0 && tokens[i - 1].form == "," &&
        (tokens[i].xpos == "WDT" || tokens[i].xpos == "WP" || tokens[i].xpos == "WP$"))
      break;
    if (tokens[i].upos == "AUX" || Finite(tokens[i].xpos) || tokens[i].xpos == "MD") return {};
    if (tokens[i].upos == "VERB" && tokens[i].xpos == "VBN") participles.push_back(static_cast<int>(i));
  }
  return participles;
}

int OpeningDayParticiple(const std::vector<Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  // The opening phrase: a preposition, then its noun naming a day or month.
  if (n < 4 || tokens[0].upos != "ADP" || tokens[0].deprel != "case") return -1;
  const int day = tokens[0].head;
  if (day <= 0 || !NamesDayOrMonth(tokens[day])) return -1;
  for (int i = 1; i < day; ++i)
    if (tokens[i].upos == "PUNCT") return -1;
  for (int a = day + 1; a < n; ++a) {
    if (tokens[a].head != day || tokens[a].deprel != "appos" || NamesDayOrMonth(tokens[a]) ||
        (tokens[a].upos != "NOUN" && tokens[a].upos != "PROPN"))
      continue;
    for (int v = a + 1; v < n; ++v) {
      if (tokens[v].head == a && tokens[v].deprel == "acl" && tokens[v].xpos == "VBN" && !HasDependent(tokens, v, "aux"))
        return v;
    }
  }
  return -1;
}

int ClosingReportNoun(const std::vector<Token>& tokens) {
  if (tokens.size() < kMinSentenceTokens || !EndsWithStop(tokens)) return -1;
  int last = static_cast<int>(tokens.size()) - 1;
  while (last > 0 && tokens[last].upos == "PUNCT") --last;
  // "a new poll shows", "the figures show", "a Harbor University poll
  // shows": a noun after its noun, opened by a determiner right after a
  // comma.
  if (last < 4 || tokens[last].xpos != "NNS" || tokens[last - 1].upos != "NOUN") return -1;
  int k = last - 1;
  while (k > 0 && (tokens[k].upos == "NOUN" || tokens[k].upos == "ADJ" || tokens[k].upos == "PROPN")) --k;
  if (tokens[k].upos != "DET" || k == 0 || tokens[k - 1].form != ",") return -1;
  // The clause before has its verb: this is a reporting clause closing it.
  for (int i = 0; i < k; ++i)
    if (Finite(tokens[i].xpos) || tokens[i].xpos == "MD") return last;
  return -1;
}

// The comma opening a reporting clause that closes the sentence ("…, an
// official said on Friday."), read backwards: a phrase ("in a statement",
// "Friday"), the finite verb, the subject's words, the comma; else -1.
int ClosingReportComma(const std::vector<Token>& tokens) {
  static const std::set<std::string> kSubjectWords = {"DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS"};
  static const std::set<std::string> kPhraseWords = {"IN", "DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CD"};
  constexpr int kLongestSubject = 6;
  const int n = static_cast<int>(tokens.size());
  if (n < static_cast<int>(kMinSentenceTokens) || !EndsWithStop(tokens)) return -1;
  int k = n - 2;
  while (k > 0 && kPhraseWords.count(tokens[k].xpos) && n - 2 - k < kLongestSubject) --k;
  if (k <= 0 || tokens[k].upos != "VERB" || !Finite(tokens[k].xpos)) return -1;
  int comma = k - 1;
  while (comma > 0 && kSubjectWords.count(tokens[comma].xpos) && k - comma <= kLongestSubject) --comma;
  if (comma <= 1 || comma == k - 1 || tokens[comma].form != ",") return -1;
  return comma;
}

int ClosingReportParticiple(const std::vector<Token>& tokens) {
  const int comma = ClosingReportComma(tokens);
  if (comma < 0) return -1;
  int participle = -1;
  for (int i = 0; i < comma; ++i) {
    const Token& w = tokens[i];
    if (w.upos == "AUX" || Finite(w.xpos) || w.xpos == "MD") return -1;
    const std::string lower = LowerAscii(w.form);
    const bool past_looking = lower.size() > 3 && lower.compare(lower.size() - 2, 2, "ed") == 0;
    if (participle < 0 && i > 0 && (w.xpos == "VBN" || (w.xpos == "JJ" && past_looking)) && Nominal(tokens[i - 1]))
      participle = i;
  }
  return participle;
}

std::vector<int> FinitelessPluralNouns(const std::vector<Token>& tokens) {
  static const std::set<std::string> kOpensComplement = {"DT", "PRP", "PRP$", "CD", "WDT", "VBG"};
  const int n = static_cast<int>(tokens.size());
  if (tokens.size() < kMinSentenceTokens || !EndsWithStop(tokens)) return {};
  int first = -1;
  for (int i = 0; i < n; ++i) {
    if (Finite(tokens[i].xpos) || tokens[i].xpos == "MD") return {};
    // After a singular noun, as its verb in "-s" would be; not a headline's
    // capitals ("ADVERTISERS STICKING TO ...").
    if (i == 0 || i + 1 >= n || tokens[i].xpos != "NNS" ||
        (tokens[i - 1].xpos != "NN" && tokens[i - 1].xpos != "NNP") || Describe(tokens[i].form).all_caps)
      continue;
    const Token& next = tokens[i + 1];
    const bool infinitive = next.xpos == "TO" && i + 2 < n && tokens[i + 2].xpos == "VB";
    const bool that = LowerAscii(next.form) == "that";
    // The first: the subject's verb comes before its objects' words.
    if (first < 0 && (infinitive || that || kOpensComplement.count(next.xpos))) first = i;
  }
  if (first >= 0) return {first};
  // "Most voters in the county support Olsen.": a plural subject's verb has
  // no "-s"; a singular-looking noun after a noun, right before a name or
  // what opens an object, after a plural noun.
  bool plural = false;
  for (int i = 1; i + 1 < n; ++i) {
    plural |= tokens[i - 1].xpos == "NNS";
    const Token& next = tokens[i + 1];
    if (plural && tokens[i].xpos == "NN" && (tokens[i - 1].xpos == "NN" || tokens[i - 1].xpos == "NNS") &&
        !Describe(tokens[i].form).all_caps && (next.xpos == "NNP" || kOpensComplement.count(next.xpos)))
      return {i};
  }
  return {};
}

std::vector<int> VerblessThatClause(const std::vector<Token>& tokens) {
  static const std::set<std::string> kNounPhrase = {"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH"};
  static const std::set<std::string> kOpensComplement = {"DT", "PRP", "PRP$", "CD", "TO", "IN", "RB", "NNP", "JJ"};
  const int n = static_cast<int>(tokens.size());
  for (int that = 1; that + 3 < n; ++that) {
    if (LowerAscii(tokens[that].form) != "that" || tokens[that].xpos != "IN" ||
        tokens[that - 1].xpos.rfind("VB", 0) != 0)
      continue;
    bool tensed = false;
    for (int i = that + 1; i < n; ++i) tensed |= Finite(tokens[i].xpos) || tokens[i].xpos == "MD";
    if (tensed) return {};
    // The subject: words of a plain noun phrase, then a plural-looking noun
    // after a word of its own that opens what a verb would take.
    std::vector<int> nouns;
    bool head_word = false;
    for (int i = that + 1; i + 1 < n && kNounPhrase.count(tokens[i].xpos); ++i) {
      if (tokens[i].upos == "NOUN") nouns.push_back(i);
      if (tokens[i].xpos == "NNS" && head_word && kOpensComplement.count(tokens[i + 1].xpos)) return nouns;
      head_word |= tokens[i].xpos != "DT" && tokens[i].xpos != "PRP$";
    }
  }
  return {};
}

std::vector<int> PluralSubjectBeforeSubject(const std::vector<Token>& tokens) {
  // (A quantifier or a bare plural or name opens one too: "A new survey
  // shows most voters were unhappy", "… shows prices rose".)
  static const std::set<std::string> kOpensNounPhrase = {"DT", "PRP$", "PRP", "CD", "JJS", "JJR", "NNS", "NNP"};
  const int n = static_cast<int>(tokens.size());
  for (int i = 1; i + 1 < n; ++i) {
    const Token& w = tokens[i];
    if (w.xpos != "NNS" || w.deprel != "nsubj" || w.head <= i || Describe(w.form).all_caps) continue;
    if ((tokens[i - 1].xpos != "NN" && tokens[i - 1].xpos != "NNP") || tokens[i - 1].head != i ||
        !kOpensNounPhrase.count(tokens[i + 1].xpos))
      continue;
    // A second subject of the same verb after it, opened right after it.
    for (int j = i + 1; j < w.head; ++j)
      if (tokens[j].head == w.head && tokens[j].deprel.rfind("nsubj", 0) == 0 && SubtreeStart(tokens, j) == i + 1)
        return {i};
  }
  return {};
}

std::vector<int> FinitelessPluralNounsBeforeReport(const std::vector<Token>& tokens) {
  const int comma = ClosingReportComma(tokens);
  if (comma < 0) return {};
  std::vector<Token> reported(tokens.begin(), tokens.begin() + comma);
  reported.push_back(tokens.back());  // its stop
  return FinitelessPluralNouns(reported);
}

std::vector<int> VerblessSubordinateClause(const std::vector<Token>& tokens) {
  static const std::set<std::string> kSubordinators = {"though", "although", "because", "while", "whereas", "since"};
  const int n = static_cast<int>(tokens.size());
  for (int i = 2; i + 1 < n; ++i) {
    const Token& w = tokens[i];
    if (w.xpos != "NN" || (w.deprel != "advcl" && w.deprel != "conj") || Describe(w.form).all_caps) continue;
    int mark = -1, subject = -1;
    bool verbal = false;  // a copula, auxiliary or verb of its own
    for (int c = 0; c < n; ++c) {
      if (tokens[c].head != i) continue;
      if (tokens[c].deprel == "mark" && c < i && kSubordinators.count(LowerAscii(tokens[c].form))) mark = c;
      if (tokens[c].deprel.rfind("nsubj", 0) == 0 && c < i) subject = c;
      verbal |= tokens[c].deprel == "cop" || tokens[c].deprel.rfind("aux", 0) == 0;
    }
    // (The subject right before it: "the authors caution".)
    if (mark < 0 || subject != i - 1 || verbal) continue;
    for (int c = i + 1; c < n && !verbal; ++c) verbal = tokens[c].head == i && Finite(tokens[c].xpos);
    const std::string_view next = tokens[i + 1].xpos;
    if (!verbal && (next == "IN" || next == "DT" || next == "PRP" || next == "TO")) return {i};
  }
  return {};
}

std::vector<int> MistaggedMainVerbs(const std::vector<Token>& tokens) {
  int that = VerblessMainClause(tokens);
  if (that <= 0) {
    std::vector<int> participles = FinitelessParticiples(tokens);
    if (participles.empty())
      if (int v = OpeningDayParticiple(tokens); v >= 0) participles.push_back(v);
    if (participles.empty())
      if (int v = ClosingReportNoun(tokens); v >= 0) participles.push_back(v);
    if (participles.empty())
      if (int v = ClosingReportParticiple(tokens); v >= 0) participles.push_back(v);
    if (participles.empty()) participles = FinitelessPluralNouns(tokens);
    if (participles.empty()) participles = VerblessThatClause(tokens);
    if (participles.empty()) participles = PluralSubjectBeforeSubject(tokens);
    if (participles.empty()) participles = VerblessSubordinateClause(tokens);
    if (participles.empty()) participles = FinitelessPluralNounsBeforeReport(tokens);
    return participles;
  }
  std::vector<int> nouns;
  for (int i = 0; i < that; ++i)
    if (tokens[i].upos == "NOUN") nouns.push_back(i);
  return nouns;
}

void RepairDoubleObjects(std::vector<Token>* tokens) {
  static const std::set<std::string> kNaming = {"call", "name", "label", "brand", "deem", "consider", "dub", "term"};
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int verb = 0; verb < n; ++verb) {
    if (!kNaming.count(LowerAscii(t[verb].lemma))) continue;
    // The object, then a noun with no preposition after it: a second object
    // or a bare "oblique" ("called X a grave provocation").
    int first = -1, second = -1;
    for (int c = verb + 1; c < n && second < 0; ++c) {
      if (t[c].head != verb) continue;
      if (first < 0 && t[c].deprel == "obj") first = c;
      else if (first >= 0 && t[c].upos == "NOUN" && (t[c].deprel == "obj" || t[c].deprel == "obl:unmarked") &&
               !HasDependent(t, c, "case"))
        second = c;
    }
    if (second >= 0) t[second].deprel = "xcomp";
  }
}

void RepairHearerBeforeClauseSubject(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int noun = 3; noun < n; ++noun) {
    const int clause = t[noun].head;
    if (t[noun].deprel != "nsubj" || clause <= noun || t[clause].deprel != "ccomp") continue;
    const int verb = t[clause].head;
    if (verb < 0 || verb >= noun || t[verb].upos != "VERB") continue;
    // Two determiners of the noun with only a name between them.
    int first_det = -1, second_det = -1;
    for (int k = verb + 1; k < noun; ++k)
      if (t[k].head == noun && t[k].deprel == "det") (first_det < 0 ? first_det : second_det) = k;
    if (first_det < 0 || second_det < 0) continue;
    bool name_between = second_det > first_det + 1;
    for (int k = first_det + 1; k < second_det && name_between; ++k) name_between = t[k].upos == "PROPN";
    if (!name_between || first_det != verb + 1) continue;
    const int name = first_det + 1;
    for (int k = name + 1; k < second_det; ++k)
      if (t[k].head == noun || t[k].head == name) {
        t[k].head = name;
        if (t[k].deprel == "compound") t[k].deprel = "flat";
      }
    t[first_det].head = name;
    Attach(t, name, verb, "iobj");
  }
}

void RepairHearerRelativeClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int clause = 2; clause < n; ++clause) {
    const int hearer = t[clause].head;
    if (t[clause].deprel != "acl:relcl" || hearer < 1 || hearer > clause) continue;
    const int verb = t[hearer].head;
    const bool hearer_role =
        t[hearer].deprel == "iobj" || (t[hearer].deprel == "obj" && (t[hearer].upos == "PRON" || t[hearer].upos == "PROPN"));
    if (verb < 0 || verb > hearer || t[verb].upos != "VERB" || !hearer_role) continue;
    // "that" opens the clause, right after the hearer's words.
    const int that = SubtreeStart(t, clause);
    if (that <= hearer || LowerAscii(t[that].form) != "that" || t[that].head != clause ||
        t[that].deprel.rfind("nsubj", 0) == 0)
      continue;
    bool right_after = true;
    for (int k = hearer + 1; k < that; ++k) right_after = right_after && Dominates(t, hearer, k);
    if (!right_after) continue;
    const int subject = Dependent(t, clause, "nsubj");
    if (subject <= that) continue;
    Attach(t, clause, verb, "ccomp");
    Attach(t, that, clause, "mark");
    t[that].upos = "SCONJ";
    t[that].xpos = "IN";
  }
}

void RepairContactClausesAfterInPhrase(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int clause = 3; clause < n; ++clause) {
    const int noun = t[clause].head;
    if (t[clause].deprel != "acl:relcl" || noun < 1 || noun > clause || t[noun].deprel != "obl") continue;
    const int verb = t[noun].head, in = Dependent(t, noun, "case");
    if (verb < 0 || verb > noun || t[verb].upos != "VERB" || in < 0 || LowerAscii(t[in].form) != "in") continue;
    const int subject = Dependent(t, clause, "nsubj");
    const int copula = Dependent(t, clause, "cop");
    const bool finite = FiniteClause(t, clause) || (copula >= 0 && Finite(t[copula].xpos));
    if (subject < 0 || SubtreeStart(t, clause) != subject || !finite) continue;
    // No relative word, and nothing missing: its object, clause or
    // predicate is there.
    if (std::any_of(t.begin(), t.end(), [&](const Token& c) { return c.head == clause && IsWhWord(c); })) continue;
    if (!HasDependent(t, clause, "obj") && !HasDependent(t, clause, "ccomp") && !HasDependent(t, clause, "xcomp") &&
        copula < 0)
      continue;
    Attach(t, clause, verb, "ccomp");
  }
}

void RepairPrepositionMarkedReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  static const std::set<std::string, std::less<>> kPrepositions = {"with", "of", "to", "about", "on"};
  for (int verb = 4; verb < n; ++verb) {
    const int mark = Dependent(t, verb, "mark"), object = Dependent(t, verb, "nsubj");
    if (t[verb].upos != "VERB" || !Finite(t[verb].xpos) || mark < 2 || object < mark || object > verb ||
        !kPrepositions.count(LowerAscii(t[mark].form)))
      continue;
    const int adjective = mark - 1, noun = mark - 2;
    if (t[adjective].upos != "ADJ" || !Nominal(t[noun]) || t[noun].head != adjective ||
        !t[noun].deprel.starts_with("nsubj"))
      continue;
    // It takes the adjective's place, or keeps its own, a clause set
    // beside the one before ("…, two people familiar with it said").
    if (t[verb].head == adjective) {
      t[verb].head = t[adjective].head;
      t[verb].deprel = t[adjective].deprel;
    } else if (t[verb].deprel == "advcl") {
      t[verb].deprel = "parataxis";
    }
    Attach(t, noun, verb, "nsubj");
    Attach(t, adjective, noun, "amod");
    Attach(t, object, adjective, "obl");
    Attach(t, mark, object, "case");
    t[mark].upos = "ADP";
    t[mark].xpos = "IN";
    for (int c = 0; c < n; ++c)  // the adjective's other words (a comma before it) go with the verb
      if (t[c].head == adjective && c < noun) t[c].head = verb;
  }
}

void RepairThatAdverbialClauses(std::vector<Token>* tokens) {
  static const std::set<std::string, std::less<>> kOpeners = {"so", "order", "now", "such", "save", "except",
                                                             "given", "provided", "providing", "seeing"};
  std::vector<Token>& t = *tokens;
  for (int that = 1; that + 2 < static_cast<int>(t.size()); ++that) {
    const int clause = t[that].head;
    if (LowerAscii(t[that].form) != "that" || t[that].deprel != "mark" || clause <= that ||
        t[clause].deprel != "advcl")
      continue;
    const int verb = t[clause].head;
    if (verb < 0 || verb >= that || t[verb].upos != "VERB") continue;
    int before = that - 1;
    while (before > 0 && t[before].upos == "PUNCT") --before;
    if (kOpeners.count(LowerAscii(t[before].form)) || Dependent(t, clause, "mark") != that) continue;
    t[clause].deprel = "ccomp";
  }
}

void RepairRelativeClausesReadAsReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int clause = 2; clause < n; ++clause) {
    const int verb = t[clause].head;
    if ((t[clause].deprel != "ccomp" && t[clause].deprel != "parataxis") || verb <= clause ||
        t[verb].upos != "VERB" || !HasDependent(t, verb, "nsubj"))
      continue;
    // Two subjects of the clause: a noun, then a relative pronoun.
    int noun = -1, relative = -1;
    for (int c = 0; c < clause; ++c) {
      if (t[c].head != clause || t[c].deprel != "nsubj") continue;
      if (t[c].xpos == "WDT" || t[c].xpos == "WP") relative = c;
      else if (Nominal(t[c]) && t[c].upos != "PRON") noun = c;
    }
    if (noun < 0 || relative < 0 || noun > relative) continue;
    // The verb's "subject" after it, and a subjectless verb beside it.
    const int late = Dependent(t, verb, "nsubj");
    if (late < verb) continue;
    int complement = -1;
    for (int c = late + 1; c < n && complement < 0; ++c)
      if (t[c].head == verb && t[c].upos == "VERB" && !HasDependent(t, c, "nsubj") &&
          !HasDependent(t, c, "nsubj:pass") && (t[c].deprel == "parataxis" || t[c].deprel == "ccomp" ||
                                                t[c].deprel == "conj" || t[c].deprel == "advcl"))
        complement = c;
    if (complement < 0) continue;
    Attach(t, noun, verb, "nsubj");
    Attach(t, clause, noun, "acl:relcl");
    Attach(t, late, complement, HasDependent(t, complement, "aux:pass") ? "nsubj:pass" : "nsubj");
    Attach(t, complement, verb, "ccomp");
  }
}

void RepairMislabelledThatClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  auto impossible = [](const std::string& deprel) {
    return deprel == "obl" || deprel == "nmod" || deprel == "obj" || deprel == "iobj";
  };
  for (int that = 1; that + 2 < n; ++that) {
    const int verb = t[that].head;
    if (LowerAscii(t[that].form) != "that" || t[that].upos != "SCONJ" || !impossible(t[that].deprel) ||
        verb < 0 || verb > that || t[verb].upos != "VERB")
      continue;
    // The clause's verb: the first verb after "that" hung from the same
    // verb by a label a verb does not take.
    int clause = -1;
    for (int c = that + 1; c < n && clause < 0; ++c)
      if (t[c].head == verb && (t[c].upos == "VERB" || t[c].upos == "AUX" || t[c].upos == "ADJ") &&
          impossible(t[c].deprel))
        clause = c;
    if (clause < 0) continue;
    for (int c = that + 1; c < clause; ++c)
      if (t[c].head == verb && (t[c].upos == "NOUN" || t[c].upos == "PROPN" || t[c].upos == "PRON") &&
          !HasDependent(t, clause, "nsubj"))
        Attach(t, c, clause, "nsubj");
    Attach(t, that, clause, "mark");
    t[clause].deprel = "ccomp";
  }
}

void RepairReducedRelativeSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int verb = 1; verb < n; ++verb) {
    // (An object that is a time, "released last month", is its phrase.)
    const int object = Dependent(t, verb, "obj");
    if (t[verb].deprel != "root" || t[verb].upos != "VERB" || (t[verb].xpos != "VBD" && t[verb].xpos != "VBN") ||
        (object >= 0 && !NamesTimeSpan(t[object])) || HasDependent(t, verb, "aux"))  // "aux:pass" too
      continue;
    const int subject = Dependent(t, verb, "nsubj");
    if (subject < 0 || subject > verb || SubtreeEnd(t, subject) != verb - 1 || t[subject].upos != "NOUN") continue;
    int main = -1;
    for (int c = verb + 1; c < n && main < 0; ++c) {
      if (t[c].form == "," || t[c].upos == "CCONJ") break;
      // (The tagger may have swapped the two: "released … estimated that"
      // with the second a participle describing nothing, yet reporting.)
      const bool swapped = t[c].xpos == "VBN" && t[c].deprel == "acl" && HasDependent(t, c, "ccomp") &&
                           !HasDependent(t, c, "aux");
      if (t[c].head == verb && t[c].upos == "VERB" && (Finite(t[c].xpos) || swapped) &&
          (t[c].deprel == "ccomp" || t[c].deprel == "parataxis" || t[c].deprel == "conj" || swapped) &&
          !HasDependent(t, c, "nsubj") && !HasDependent(t, c, "mark") && !HasDependent(t, c, "cc"))
        main = c;
    }
    if (main < 0) continue;
    // Only the participle's own phrases between them ("last month", "by X").
    bool own = true;
    for (int c = verb + 1; c < main && own; ++c) own = Dominates(t, verb, c) && t[c].upos != "VERB";
    if (!own) continue;
    for (int c = main + 1; c < n; ++c)
      if (t[c].head == verb) t[c].head = main;
    Attach(t, main, -1, "root");
    if (t[main].xpos == "VBN") t[main].xpos = "VBD";
    t[subject].head = main;
    Attach(t, verb, subject, "acl");
    t[verb].xpos = "VBN";
    if (object >= 0) t[object].deprel = "obl:tmod";
  }
}

void RepairInfinitiveObjectsReadAsSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int second = 1; second < n; ++second) {
    const int predicate = t[second].head;
    if (t[second].deprel != "nsubj" || predicate < 0 || !Nominal(t[second]) || t[second].upos == "PRON") continue;
    int first = -1;
    for (int c = 0; c < second && first < 0; ++c)
      if (t[c].head == predicate && t[c].deprel == "nsubj") first = c;
    if (first < 0) continue;
    const int infinitive = Dependent(t, first, "acl");
    if (infinitive < 0 || t[infinitive].upos != "VERB" || HasDependent(t, infinitive, "obj") ||
        SubtreeEnd(t, first) + 1 != SubtreeStart(t, second))
      continue;
    const int to = Dependent(t, infinitive, "mark");
    if (to < 0 || t[to].xpos != "TO") continue;
    Attach(t, second, infinitive, "obj");
  }
}

void RepairDemonstrativesReadAsMarks(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int that = 1; that + 3 < n; ++that) {
    const int clause = t[that].head;
    if (LowerAscii(t[that].form) != "that" || t[that].deprel != "mark" || clause <= that) continue;
    const int verb = t[clause].head;
    if (verb < 0 || verb > that || t[clause].deprel != "ccomp" || t[verb].upos != "VERB" ||
        HasDependent(t, verb, "obj") || t[clause].upos != "VERB" || !Finite(t[clause].xpos))
      continue;
    const int subject = Dependent(t, clause, "nsubj");
    const int joint = Dependent(t, clause, "cc");
    if (subject < 0 || joint < 0 || t[subject].xpos != "NN" || HasDependent(t, subject, "det") ||
        SubtreeStart(t, subject) != that + 1 || SubtreeEnd(t, subject) + 1 != joint || joint > clause)
      continue;
    Attach(t, that, subject, "det");
    t[that].upos = "DET";
    t[that].xpos = "DT";
    Attach(t, subject, verb, "obj");
    t[clause].deprel = "conj";
  }
}

void RepairStrandedThatClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int verb = 3; verb < n; ++verb) {
    if (t[verb].upos != "VERB" || t[verb].deprel != "ccomp" || HasDependent(t, verb, "nsubj") ||
        HasDependent(t, verb, "nsubj:pass") || HasDependent(t, verb, "mark"))
      continue;
    // Its auxiliaries right before it ("would continue").
    int start = verb;
    while (start > 0 && t[start - 1].head == verb && t[start - 1].upos == "AUX") --start;
    if (start == verb && !Finite(t[verb].xpos)) continue;
    // The last "that" before them, then one noun phrase up to them: a noun
    // every word between hangs from (the parse may have hung "that" from it
    // too, as its relative pronoun).
    int that = -1;
    for (int k = start - 2; k > 0 && that < 0; --k)
      if (LowerAscii(t[k].form) == "that") that = k;
    if (that < 0 || t[that].deprel == "mark" || t[that].deprel == "det") continue;
    // (Phrases of the noun the parse hung elsewhere are the noun's: "repairs
    // to the bridge".)
    int noun = -1;
    std::vector<int> phrases;
    for (int k = that + 1; k < start; ++k) {
      if (t[k].head >= that + 1 && t[k].head < start) continue;
      if (noun < 0) noun = k;
      else if (HasDependent(t, k, "case") && t[k].head != verb) phrases.push_back(k);
      else noun = n;  // a second head: none
    }
    if (noun < 0 || noun == n || (t[noun].upos != "NOUN" && t[noun].upos != "PROPN") || Dominates(t, verb, noun))
      continue;
    for (int k : phrases) Attach(t, k, noun, "nmod");
    Attach(t, noun, verb, "nsubj");
    Attach(t, that, verb, "mark");
    t[that].upos = "SCONJ";
    t[that].xpos = "IN";
  }
}

void RepairDescribedNameHeads(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int name = 2; name < n; ++name) {
    const int first = t[name].head;
    if (t[name].deprel != "flat" || first < 0 || first >= name) continue;
    int description = -1;
    for (int d = first + 1; d < name; ++d)
      if (t[d].head == name && t[d].deprel == "nmod:desc") description = d;
    if (description < 0) continue;
    t[name].head = t[first].head;  // the name takes the first word's place
    t[name].deprel = t[first].deprel;
    for (int c = name + 1; c < n; ++c)
      if (t[c].head == first) t[c].head = name;
    Attach(t, first, description, "compound");
  }
}

void RepairGerundSubjectClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int gerund = 1; gerund + 2 < n; ++gerund) {
    const int verb = gerund - 1;
    if (t[gerund].xpos != "VBG" || t[gerund].head != verb || t[verb].upos != "VERB" ||
        HasDependent(t, gerund, "mark") || HasDependent(t, gerund, "aux"))
      continue;
    // Or with its object read right and the clause hung from the verb with
    // no subject: "believe raising the levy will hurt small firms".
    if (const int end = SubtreeEnd(t, gerund); HasDependent(t, gerund, "obj") && end + 2 < n) {
      int clause = end + 1;
      for (int c = end + 1; c < n; ++c)
        if (t[c].head == verb && t[c].upos == "VERB") {
          clause = c;
          break;
        }
      bool helpers = clause < n && t[clause].head == verb && t[clause].deprel == "ccomp" && FiniteClause(t, clause) &&
                     !HasDependent(t, clause, "nsubj") && !HasDependent(t, clause, "csubj");
      for (int c = end + 1; c < clause && helpers; ++c)
        helpers = t[c].head == clause && t[c].deprel.rfind("aux", 0) == 0;
      if (helpers) Attach(t, gerund, clause, "csubj");
      continue;
    }
    // (Not the gerund a verb goes on with: "kept saying things would improve".)
    if (t[gerund].deprel == "xcomp") continue;
    int clause = -1;
    for (int c = gerund + 2; c < n && clause < 0; ++c)
      if (t[c].head == gerund && t[c].upos == "VERB" && FiniteClause(t, c) &&
          (t[c].deprel == "ccomp" || t[c].deprel == "xcomp" || t[c].deprel == "parataxis"))
        clause = c;
    if (clause < 0) continue;
    const int subject = Dependent(t, clause, "nsubj");
    if (subject != gerund + 1 && (subject < gerund + 1 || SubtreeStart(t, subject) != gerund + 1)) continue;
    // Only the phrase and the clause's helpers between the gerund and the clause.
    bool only = subject > gerund && subject < clause;
    for (int c = gerund + 1; c < clause && only; ++c)
      only = Dominates(t, subject, c) || (t[c].head == clause && t[c].deprel.rfind("aux", 0) == 0);
    if (!only) continue;
    Attach(t, clause, verb, "ccomp");
    Attach(t, gerund, clause, "csubj");
    Attach(t, subject, gerund, "obj");
  }
}

void RepairListItems(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int x = 0; x < n; ++x) {
    if (t[x].upos != "NOUN" || t[x].deprel != "obl" || HasDependent(t, x, "case")) continue;
    // The comma before it, its own dependent or not.
    int comma = SubtreeStart(t, x);
    if (t[comma].form != ",") --comma;
    if (comma < 1 || t[comma].form != ",") continue;
    // The noun whose phrase ends right before the comma.
    const int before = comma - 1;
    int item = -1;
    for (int c = before; c >= 0 && item < 0; --c)
      if (Nominal(t[c]) && t[c].upos != "PRON" && SubtreeEnd(t, c) == before && !Dominates(t, x, c)) item = c;
    if (item < 0 || Dominates(t, x, item) || Dominates(t, item, x)) continue;
    t[x].head = item;
    t[x].deprel = "conj";
    t[comma].head = x;
    t[comma].deprel = "punct";
  }
}

void RepairConjoinedSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int verb = 1; verb < n; ++verb) {
    if (t[verb].upos != "VERB" || !Finite(t[verb].xpos) || t[verb].deprel != "conj" ||
        HasDependent(t, verb, "nsubj") || HasDependent(t, verb, "expl"))
      continue;
    int noun = -1;
    for (int c = verb - 1; c >= 0 && noun < 0; --c)
      if (t[c].deprel == "conj" && t[c].head == t[verb].head && (t[c].upos == "NOUN" || t[c].upos == "PROPN") &&
          SubtreeEnd(t, c) == verb - 1)
        noun = c;
    if (noun < 0) continue;
    t[noun].head = verb;
    t[noun].deprel = "nsubj";
    // Its "and" and the comma before, said of the noun, join the verb.
    for (int c = SubtreeStart(t, noun); c < noun; ++c)
      if (t[c].head == noun && (t[c].deprel == "cc" || t[c].upos == "PUNCT")) t[c].head = verb;
  }
}

namespace {

// The word closing a sentence as "..., <phrase> said": the root, or a verb
// the parse hung from the clause before ("Prices will rise, Prime Minister
// Ana Rojas said on Tuesday": "said" a complement of "rise", "Ana" its
// object) that takes no object or clause of its own and ends the sentence;
// -1 when none.
int ClosingVerb(const std::vector<Token>& t) {
  static const std::set<std::string> kUnderClause = {"xcomp", "conj", "parataxis", "ccomp", "advcl"};
  const int n = static_cast<int>(t.size());
  // (A subject with a preposition is none: "figures published on Tuesday
  // showed" with "Tuesday" the subject; RepairPrepositionalSubjects makes it
  // an oblique.)
  auto has_subject = [&](int verb) {
    for (int c = 0; c < n; ++c)
      if (t[c].head == verb && t[c].deprel == "nsubj" && !HasDependent(t, c, "case")) return true;
    return false;
  };
  for (int verb = 3; verb < n; ++verb) {
    if (t[verb].upos != "VERB" || !Finite(t[verb].xpos) || has_subject(verb) || HasDependent(t, verb, "expl"))
      continue;
    if (t[verb].head < 0) return verb;
    // (Whom it was told may follow: "…, Rosa Ibarra, told reporters.")
    if (t[verb].head > verb || !kUnderClause.count(t[verb].deprel) || HasDependent(t, verb, "obj") ||
        HasDependent(t, verb, "ccomp") || HasDependent(t, verb, "xcomp"))
      continue;
    if (ClauseEndsSentence(t, verb)) return verb;
  }
  return -1;
}

}  // namespace

void RepairClosingDatedReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  int verb = n - 1;
  while (verb > 0 && t[verb].upos == "PUNCT") --verb;
  if (verb < 4 || t[verb].upos != "VERB" || !Finite(t[verb].xpos)) return;
  const int day = verb - 1, preposition = verb - 2;
  if (!NamesDayOrMonth(t[day]) || t[day].head != verb || t[preposition].upos != "ADP" ||
      t[preposition].head != verb)
    return;
  // The participle the date belongs to, after the comma that opens the phrase.
  int participle = -1;
  for (int c = preposition - 1; c > 0 && t[c].form != ","; --c)
    if (t[c].xpos == "VBN") participle = c;
  int root = -1;
  for (int c = 0; c < n; ++c)
    if (t[c].head < 0) root = c;
  if (participle < 0 || root < 0 || root == verb || Dominates(t, verb, root)) return;
  Attach(t, preposition, day, "case");
  Attach(t, day, participle, "obl");
  Attach(t, verb, root, "parataxis");
}

void RepairInterposedComplementParticiples(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int p = 2; p < n; ++p) {
    const int verb = t[p].head;
    if (t[p].xpos != "VBG" || t[p].deprel != "ccomp" || verb <= p || t[p - 1].form != "," ||
        t[verb].upos != "VERB" || !Finite(t[verb].xpos) || t[verb - 1].form != "," || SubtreeEnd(t, p) < verb - 2)
      continue;
    const int subject = Dependent(t, verb, "nsubj");
    if (subject < 0 || subject >= p || SubtreeEnd(t, subject) != p - 2) continue;
    Attach(t, p, subject, "acl");
    Attach(t, verb - 1, p, "punct");
  }
}

void RepairClosingSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int verb = ClosingVerb(t);
  if (verb < 0) return;
  const int n = static_cast<int>(t.size());
  // The noun phrase right before it, back to a comma ("Minister Ana Rojas":
  // its head "Ana"; "lawyers for the family": "lawyers", the parse may have
  // hung "family" elsewhere).
  // "..., Ana Rojas, the minister, said": the phrase ends at a comma.
  const int stop = t[verb - 1].form == "," ? verb - 1 : verb;
  int start = stop - 1;
  while (start > 0 && t[start - 1].upos != "PUNCT") --start;
  if (start < 2 || t[start - 1].form != ",") return;
  int noun = -1;
  int adjective = -1;          // "people familiar with the matter": describes the head
  int participle = -1;         // "figures published on Tuesday": describes the head
  std::vector<int> modifiers;  // "for the family": of the phrase's head
  std::vector<int> adjuncts;   // "on Tuesday" hung from the verb: the participle's
  std::vector<int> conjuncts;  // "traders and analysts": the parse may have hung both from a noun before
  // (Or a number or quantity of them: "…, two of the people said.")
  auto partitive = [&](int c) {
    return c + 1 < stop && LowerAscii(t[c + 1].form) == "of" && CountsAGroup(t[c], LowerAscii(t[c].form));
  };
  // (The parse may have made the adjective the phrase's head, its noun the
  // adjective's subject: "…, people familiar with the matter said.")
  auto subject_of_adjective = [&](int c) {
    for (int k = start; k < c; ++k)
      if (t[k].head == c && t[k].deprel == "nsubj" && (t[k].upos == "NOUN" || t[k].upos == "PROPN")) return k;
    return -1;
  };
  for (int c = start; c < stop; ++c) {
    if (t[c].head >= start && t[c].head < stop) continue;  // inside the phrase
    if (noun < 0 && (t[c].upos == "NOUN" || t[c].upos == "PROPN" || partitive(c)))
      noun = c;
    else if (noun < 0 && t[c].upos == "ADJ" && subject_of_adjective(c) >= 0) {
      noun = subject_of_adjective(c);
      adjective = c;
    }
    else if (noun >= 0 && t[c].upos == "NOUN" && HasDependent(t, c, "case") && !Dominates(t, c, noun))
      modifiers.push_back(c);
    else if (noun >= 0 && participle < 0 && (t[c].upos == "NOUN" || t[c].upos == "PROPN") &&
             t[c].deprel == "conj" && t[c - 1].upos == "CCONJ" && t[c - 1].head == c)
      conjuncts.push_back(c);
    else if (noun >= 0 && participle < 0 && t[c].xpos == "VBN" && c == SubtreeEnd(t, noun) + 1)
      participle = c;
    else if (participle >= 0 && t[c].head == verb &&
             (t[c].deprel == "obl" || t[c].deprel == "advmod" || HasDependent(t, c, "case")))
      adjuncts.push_back(c);
    else
      return;
  }
  if (noun < 0) return;
  if (stop != verb) {
    // Set off by commas, the phrase is an apposition: the subject is the
    // name it describes, right before its comma.
    const int name = t[noun].head;
    if (t[noun].deprel != "appos" || name < 0 || name >= start - 1) return;
    start = name;
    while (start > 0 && t[start - 1].upos != "PUNCT" && Dominates(t, name, start - 1)) --start;
    if (start < 2 || t[start - 1].form != "," || SubtreeEnd(t, name) != stop - 1) return;
    noun = name;
  }
  if (t[noun].head == verb) return;
  if (Dominates(t, noun, verb)) return;  // the verb hangs from the noun: a clause of its own
  for (int c : modifiers) {
    t[c].head = noun;
    t[c].deprel = "nmod";
  }
  for (int c : conjuncts) t[c].head = noun;
  // The clause before is what the closing verb says, not its head (nor is
  // the participle, which describes the subject).
  int clause = t[verb].head;
  if (clause >= 0 && clause == participle) clause = t[participle].head;
  if (clause >= 0) ReportClause(t, verb, clause, verb + 1);
  if (participle >= 0) {
    t[participle].head = noun;
    t[participle].deprel = "acl";
  }
  if (adjective >= 0) {
    t[adjective].head = noun;
    t[adjective].deprel = "amod";
    for (int c = 0; c < n; ++c)  // its comma and conjunction were the clause's
      if (t[c].head == adjective && c < noun && (t[c].deprel == "punct" || t[c].deprel == "cc")) t[c].head = verb;
  }
  for (int c : adjuncts) {
    t[c].head = participle;
    if (t[c].deprel == "nsubj") t[c].deprel = "obl";
  }
  // Words the parse gave the noun before the comma stay with its old head.
  for (int c = 0; c < start - 1; ++c)
    if (t[c].head == noun) {
      t[c].head = t[noun].head;
      t[c].deprel = t[c].upos == "ADJ" || t[c].upos == "ADV" ? "advmod" : "obl";
    }
  t[noun].head = verb;
  t[noun].deprel = "nsubj";
}

void RepairClosingConjoinedReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int verb = 3; verb < n; ++verb) {
    const int clause = t[verb].head;
    if (t[verb].upos != "VERB" || !Finite(t[verb].xpos) || clause < 0 || clause > verb || t[clause].head >= 0 ||
        (t[verb].deprel != "conj" && t[verb].deprel != "parataxis") || !ClauseEndsSentence(t, verb))
      continue;
    if (HasDependent(t, verb, "obj") || HasDependent(t, verb, "ccomp") || HasDependent(t, verb, "xcomp")) continue;
    // What follows the verb says when, where or how at most ("said on
    // Tuesday in a statement"): no verb, a few words.
    const int end = SubtreeEnd(t, verb);
    bool short_close = end - verb <= 8;
    for (int c = verb + 1; c <= end && short_close; ++c) short_close = t[c].upos != "VERB" && t[c].upos != "AUX";
    if (!short_close) continue;
    const int subject = Dependent(t, verb, "nsubj");
    if (subject < 0 || subject > verb || !Nominal(t[subject]) || SubtreeEnd(t, subject) != verb - 1) continue;
    // (The comma before it may be hung from the subject itself: "…, data
    // released by the office showed.")
    int start = SubtreeStart(t, subject);
    if (start < subject && t[start].form == "," && t[start].head == subject) ++start;
    const int and_word = Dependent(t, verb, "cc");
    if (and_word >= 0 && and_word == start - 1) {
      // "…, residents and a police source said": the first noun, after the
      // comma, is the subject's first conjunct.
      int first = and_word - 1;
      while (first > 0 && t[first - 1].upos != "PUNCT") --first;
      if (first < 2 || t[first - 1].form != ",") continue;
      int noun = -1;
      for (int c = first; c < and_word; ++c)
        if (t[c].head < first || t[c].head >= and_word) noun = noun < 0 ? c : -2;
      if (noun < 0 || !Nominal(t[noun]) || t[noun].deprel != "conj") continue;
      t[noun].head = verb;
      t[noun].deprel = "nsubj";
      t[subject].head = noun;
      t[subject].deprel = "conj";
      t[and_word].head = subject;
    } else if (start < 2 || t[start - 1].form != ",") {
      continue;
    }
    ReportClause(t, verb, clause, verb + 1);
    return;
  }
}

void RepairClosingRelativeReports(std::vector<Token>* tokens) {
  // (Or hung by a nominal's relation: "…, the district estimates." as an oblique.)
  static const std::set<std::string> kMisread = {"acl:relcl", "obl", "obj", "nmod"};
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  int root = -1;
  for (int i = 0; i < n; ++i)
    if (t[i].head < 0) root = i;
  for (int verb = 3; verb < n; ++verb) {
    if (t[verb].upos != "VERB" || !Finite(t[verb].xpos) || !kMisread.count(t[verb].deprel) || root < 0 ||
        root > verb || !ClauseEndsSentence(t, verb) || HasDependent(t, verb, "obj") ||
        HasDependent(t, verb, "ccomp") || HasDependent(t, verb, "xcomp") || SubtreeEnd(t, verb) - verb > 8)
      continue;
    bool relative_word = false;
    for (int c = 0; c < verb; ++c)
      if (t[c].head == verb && (t[c].xpos == "WDT" || t[c].xpos == "WP" || t[c].xpos == "WP$" ||
                                LowerAscii(t[c].form) == "that"))
        relative_word = true;
    const int subject = Dependent(t, verb, "nsubj");
    if (relative_word || subject < 0 || subject > verb || !Nominal(t[subject]) || SubtreeEnd(t, subject) != verb - 1)
      continue;
    int start = SubtreeStart(t, subject);
    while (start < subject && t[start].upos == "PUNCT") ++start;  // the comma, if hung from the subject
    if (start < 2 || t[start - 1].form != ",") continue;
    ReportClause(t, verb, root, verb + 1);
    return;
  }
}

void RepairNominalComplementsBeforeSubject(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int noun = 0; noun < n; ++noun) {
    const int verb = t[noun].head;
    if (t[noun].deprel != "ccomp" || verb <= noun || t[verb].upos != "VERB" ||
        (t[noun].upos != "NOUN" && t[noun].upos != "PROPN") || HasDependent(t, noun, "cop") ||
        HasDependent(t, noun, "nsubj"))
      continue;
    const int subject = Dependent(t, verb, "nsubj");
    if (subject < 0 || subject < noun || subject > verb || t[subject].upos != "PROPN") continue;
    // Only commas between the noun's phrase and the name: an apposition.
    const int end = SubtreeEnd(t, noun);
    if (end >= subject || (t[end].form != "," && t[end + 1].form != ",")) continue;
    bool only_comma = true;
    for (int k = end + 1; k < SubtreeStart(t, subject); ++k) only_comma &= t[k].upos == "PUNCT";
    if (!only_comma) continue;
    t[noun].deprel = "nsubj";
    t[subject].head = noun;
    t[subject].deprel = "appos";
  }
}

void RepairObjectsReadAsSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int second = 0; second < n; ++second) {
    const int first = t[second].head, and_word = Dependent(t, second, "cc");
    if (t[second].upos != "VERB" || first < 0 || first > second || t[first].upos != "VERB" || and_word < 0 ||
        and_word > second || HasDependent(t, first, "obj") || HasDependent(t, first, "ccomp"))
      continue;
    const int subject = Dependent(t, second, "nsubj");
    if (subject < 0 || subject < first || subject > and_word || !Nominal(t[subject]) || t[subject].upos == "PRON")
      continue;
    const int first_subject = Dependent(t, first, "nsubj");
    if (first_subject < 0 || first_subject > first) continue;
    t[subject].head = first;
    t[subject].deprel = "obj";
    t[second].deprel = "conj";
  }
}

void RepairRelativeClausesReadAsComplements(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int clause = 0; clause < n; ++clause) {
    const int verb = t[clause].head;
    if (t[clause].deprel != "ccomp" || verb <= clause || HasDependent(t, verb, "nsubj")) continue;
    // (The phrase may be read as a second subject of the clause: "Deputy
    // mayor Luca Bernardi, who led the plan, said".)
    int who = -1;
    for (int c = 0; c < clause; ++c)
      if (t[c].head == clause && t[c].deprel == "nsubj" && (t[c].xpos == "WP" || t[c].xpos == "WDT")) who = c;
    if (who < 2 || t[who - 1].form != ",") continue;
    // The noun phrase opening the sentence and ending before the comma
    // (whatever the parse hung it from): its highest word.
    int noun = who - 2;
    while (t[noun].head >= 0 && t[noun].head < who - 1) noun = t[noun].head;
    if (!Nominal(t[noun]) || SubtreeStart(t, noun) != 0 || SubtreeEnd(t, noun) != who - 2) continue;
    t[noun].head = verb;
    t[noun].deprel = "nsubj";
    t[clause].head = noun;
    t[clause].deprel = "acl:relcl";
    t[who - 1].head = clause;
  }
}

void RepairClosingAdverbialReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int verb = 2; verb < n; ++verb) {
    // (A participle with a subject of its own is the finite verb the tagger
    // missed, or a perfect: "…, the council confirmed.", "…, the cabinet has said.")
    if (t[verb].upos != "VERB" || !(Finite(t[verb].xpos) || t[verb].xpos == "VBN") || t[verb].deprel != "advcl" ||
        t[verb].head < 0 ||
        t[verb].head > verb || HasDependent(t, verb, "mark"))
      continue;
    const int subject = Dependent(t, verb, "nsubj");
    if (subject < 0 || subject > verb) continue;
    int start = SubtreeStart(t, subject);
    while (start < subject && t[start].upos == "PUNCT") ++start;  // the parser may hang the comma inside
    if (start < 1 || t[start - 1].form != "," || SubtreeStart(t, verb) < start - 1) continue;
    if (ClauseEndsSentence(t, verb)) t[verb].deprel = "parataxis";
  }
}

void RepairRelativeClauseSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int rel = 2; rel < n; ++rel) {
    const std::string pronoun = LowerAscii(t[rel].form);
    // ("Holm, whose contract runs out in June, refused …": the clause's
    // subject is the noun "whose" owns.)
    const bool whose = pronoun == "whose" && t[rel].deprel == "nmod:poss" && t[rel].head > rel &&
                       t[t[rel].head].deprel.rfind("nsubj", 0) == 0;
    if (((pronoun != "who" && pronoun != "which") || t[rel].deprel.rfind("nsubj", 0) != 0) && !whose) continue;
    if (t[rel - 1].form != ",") continue;
    int noun = rel - 2;
    // "Dan Hale, 58, who ...": past the age set off by commas.
    if (t[noun].upos == "NUM" && noun >= 2 && t[noun - 1].form == "," && t[noun].head >= 0 &&
        t[noun].head < noun - 1)
      noun = t[noun].head;
    while (t[noun].deprel == "flat" && t[noun].head >= 0 && t[noun].head < noun) noun = t[noun].head;
    const int clause = whose ? t[t[rel].head].head : t[rel].head;
    if ((t[noun].upos != "NOUN" && t[noun].upos != "PROPN") || clause <= rel) continue;
    const bool relative_of_noun = t[clause].head == noun && t[clause].deprel == "acl:relcl";
    const bool second_subject = t[noun].head == clause && t[noun].deprel.rfind("nsubj", 0) == 0;
    if (!relative_of_noun && !second_subject) continue;
    // The phrase opens the sentence.
    bool opens = true;
    for (int c = 0; c < noun && opens; ++c) opens = Dominates(t, noun, c);
    if (!opens) continue;
    int verb = -1;
    for (int c = clause + 1; c < n && verb < 0; ++c) {
      if (!Dominates(t, clause, c)) break;  // the relative clause ended before a verb
      // ("faltered" tagged a participle but hung as the clause's conjunct
      // with no auxiliary: a past tense.)
      const bool past = t[c].xpos == "VBN" && t[c].head == clause && t[c].deprel == "conj" &&
                        !HasDependent(t, c, "aux") && !HasDependent(t, c, "aux:pass");
      // ("has encouraged": the comma before its auxiliaries.)
      int lead = c;
      while (lead - 1 > clause && t[lead - 1].head == c && t[lead - 1].deprel == "aux") --lead;
      if (t[c].upos == "VERB" && (Finite(t[c].xpos) || past || lead < c) && t[lead - 1].form == "," &&
          !HasDependent(t, c, "nsubj") && !HasDependent(t, c, "expl") &&
          std::none_of(t.begin(), t.end(), [&](const Token& d) { return d.head == c && d.deprel == "cc"; })) {
        verb = c;
        if (past) t[c].xpos = "VBD";
      }
    }
    // "Olsen, who held a town hall on Friday, has urged ...": the parse hung
    // the relative clause, with the phrase for its subject, as an adverbial
    // clause of the sentence's verb, which follows the clause's closing comma
    // (finite, or after its auxiliaries) and has no subject.
    if (verb < 0 && second_subject && (t[clause].deprel == "advcl" || t[clause].deprel == "parataxis") &&
        t[clause].head > clause) {
      const int head = t[clause].head;
      // (The closing comma may hang inside the clause: then it is its last word.)
      const int end = SubtreeEnd(t, clause);
      const bool inner_comma = t[end].form == "," && t[end].head == clause;
      const int after = inner_comma ? end : end + 1;
      bool joined = after < head && t[after].form == "," && (inner_comma || t[after].head != clause) &&
                    (after + 1 < head || Finite(t[head].xpos));
      for (int c = after + 1; c < head && joined; ++c) joined = t[c].head == head && t[c].deprel == "aux";
      if (joined && t[head].upos == "VERB" && !HasDependent(t, head, "nsubj") &&
          !HasDependent(t, head, "nsubj:pass") && !HasDependent(t, head, "expl")) {
        t[clause].head = noun;
        t[clause].deprel = "acl:relcl";
        t[noun].head = head;
        t[noun].deprel = HasDependent(t, head, "aux:pass") ? "nsubj:pass" : "nsubj";
        if (inner_comma) t[after].head = head;
        return;
      }
    }
    // Or, with the phrase heading the sentence, a past participle after the
    // clause's closing comma hung from the phrase: "pleaded" read as
    // "(the mayor) pleaded by the court" is the sentence's past tense.
    if (verb < 0 && relative_of_noun && t[noun].head < 0) {
      const int after = SubtreeEnd(t, clause) + 1;
      if (after + 1 < n && t[after].form == "," && t[after + 1].head == noun && t[after + 1].upos == "VERB" &&
          (Finite(t[after + 1].xpos) || t[after + 1].xpos == "VBN") && !HasDependent(t, after + 1, "aux") &&
          !HasDependent(t, after + 1, "nsubj")) {
        verb = after + 1;
        t[verb].xpos = Finite(t[verb].xpos) ? t[verb].xpos : "VBD";
        t[after].head = verb;
      }
    }
    if (verb < 0) continue;
    if (relative_of_noun) {
      if (t[noun].head >= 0 && t[noun].head < verb) continue;
      // The noun headed the sentence, or was the subject of a closing
      // "..., lawyers said": the verb takes its place.
      t[verb].head = t[noun].head;
      t[verb].deprel = t[noun].head < 0 ? "root" : "ccomp";
    } else {
      t[verb].head = t[clause].head;
      t[verb].deprel = t[clause].deprel;
      t[clause].head = noun;
      t[clause].deprel = "acl:relcl";
    }
    const int old_head = relative_of_noun ? noun : clause;
    for (int c = verb + 1; c < n; ++c)
      if (t[c].head == old_head) t[c].head = verb;
    t[noun].head = verb;
    t[noun].deprel = HasDependent(t, verb, "aux:pass") ? "nsubj:pass" : "nsubj";
    return;
  }
}

void RepairCommaCompounds(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  for (int c = 1; c < static_cast<int>(t.size()); ++c) {
    const int head = t[c].head;
    if ((t[c].deprel != "compound" && t[c].deprel != "flat") || head < 0 || head >= c) continue;
    const int first = SubtreeStart(t, c);
    if (first < 1 || t[first - 1].form != "," || first - 1 <= head) continue;
    t[c].deprel = "appos";
    t[first - 1].head = c;
    t[first - 1].deprel = "punct";
  }
}

void RepairAppositiveSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  int noun = 0;
  while (noun < n && t[noun].head >= 0) ++noun;  // the root
  if (noun >= n || (t[noun].upos != "NOUN" && t[noun].upos != "PROPN" && t[noun].upos != "ADJ")) return;
  for (int c = 0; c < noun; ++c)
    if (!Dominates(t, noun, c)) return;  // the phrase opens the sentence
  int apposition = -1;
  // Set off by a comma: right before it, or before the compounds it opens
  // with ("Kari Nordby"), or its own first word.
  auto set_off = [&](int c) {
    const int first = SubtreeStart(t, c);
    return t[c - 1].form == "," || t[first].form == "," || (first > 0 && t[first - 1].form == ",");
  };
  for (int c = noun + 1; c < n && apposition < 0; ++c)
    if (t[c].head == noun && t[c].deprel == "appos" && set_off(c)) apposition = c;
  if (apposition < 0) return;
  const int end = SubtreeEnd(t, apposition);
  if (end + 2 >= n || t[end + 1].form != ",") return;
  const int verb = end + 2;
  if (t[verb].upos != "VERB" || !Finite(t[verb].xpos) || !Dominates(t, noun, verb) ||
      HasDependent(t, verb, "nsubj") || HasDependent(t, verb, "expl"))
    return;
  if (t[noun].upos == "ADJ") {  // "chief executive": a noun, as its apposition shows
    t[noun].upos = "NOUN";
    t[noun].xpos = "NN";
  }
  t[verb].head = -1;
  t[verb].deprel = "root";
  for (int c = verb + 1; c < n; ++c)
    if (t[c].head == noun) t[c].head = verb;
  t[end + 1].head = apposition;
  t[noun].head = verb;
  t[noun].deprel = "nsubj";
}

void RepairAgedSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int verb = 4; verb < n; ++verb) {
    if (t[verb].upos != "VERB" || !Finite(t[verb].xpos) || HasDependent(t, verb, "nsubj") ||
        HasDependent(t, verb, "nsubj:pass") || t[verb - 1].form != "," || t[verb - 2].upos != "NUM" ||
        t[verb - 3].form != "," || t[verb - 4].upos != "PROPN")
      continue;
    // The name's first word heads it ("Leo Grant": "Leo").
    int name = verb - 4;
    while (name > 0 && t[name - 1].upos == "PROPN" && t[name].deprel == "flat" && t[name].head == name - 1) --name;
    if (Dominates(t, name, verb)) continue;
    const int age = verb - 2;
    Attach(t, name, verb, "nsubj");
    Attach(t, age, name, "appos");
    Attach(t, verb - 3, age, "punct");
    Attach(t, verb - 1, age, "punct");
    // (Words hung from the age, the comma before the name, stay the clause's.)
    for (int c = 0; c < n; ++c)
      if (c != verb - 3 && c != verb - 1 && t[c].head == age) t[c].head = verb;
    if (name > 0 && t[name - 1].form == "," && t[name - 1].head != name) Attach(t, name - 1, verb, "punct");
  }
}

void RepairOpeningInvertedReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  int end = n - 1;  // the last word
  while (end > 0 && t[end].upos == "PUNCT") --end;
  for (int v = 2; v < std::min(n, 6); ++v) {
    if (t[v].upos != "VERB" || !Finite(t[v].xpos) || t[v - 1].form != "," || HasDependent(t, v, "nsubj") ||
        HasDependent(t, v, "expl"))
      continue;
    bool verbless = true;
    for (int c = 0; c < v - 1; ++c) verbless = verbless && t[c].upos != "VERB" && t[c].upos != "AUX";
    int stop = v + 1;
    while (stop <= end && t[stop].upos == "PROPN") ++stop;
    if (!verbless || stop == v + 1 || stop >= end || t[stop].form != ",") return;
    // The clause after the name: one word hung from outside it, with a subject.
    int clause = -1;
    for (int c = stop + 1; c <= end; ++c) {
      if (t[c].head > stop && t[c].head <= end) continue;
      if (clause >= 0) return;
      clause = c;
    }
    if (clause < 0 || (!HasDependent(t, clause, "nsubj") && !HasDependent(t, clause, "nsubj:pass"))) return;
    const int name = v + 1;
    for (int c = name + 1; c < stop; ++c) Attach(t, c, name, "flat");
    for (int c = 0; c < n; ++c)  // what hung from the old root (the opening, the stop) is the verb's
      if (t[c].head < 0 || (c < v - 1 && t[c].head >= v)) {
        t[c].head = v;
        if (t[c].upos == "PUNCT") t[c].deprel = "punct";
        else if (t[c].upos == "ADV") t[c].deprel = "advmod";
        else if (c < v) t[c].deprel = "obl";
      }
    Attach(t, v, -1, "root");
    Attach(t, name, v, "nsubj");
    Attach(t, stop, v, "punct");
    Attach(t, clause, v, "ccomp");
    for (int c = end + 1; c < n; ++c) t[c].head = v;  // the closing mark
    return;
  }
}

void RepairSubjectsAfterReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  auto subjectless = [&](int c) { return !HasDependent(t, c, "nsubj"); };  // "nsubj:pass" too
  for (int verb = 1; verb + 3 < n; ++verb) {
    if (t[verb].upos != "VERB" || !Finite(t[verb].xpos)) continue;
    int before = -1, after = -1;
    for (int c = 0; c < n; ++c)
      if (t[c].head == verb && t[c].deprel == "nsubj") (c < verb ? before : after) = c;
    if (before < 0 || after < 0 || SubtreeEnd(t, after) + 1 >= n || t[SubtreeEnd(t, after) + 1].form != ",") continue;
    int clause = -1;
    for (int c = after + 1; c < n; ++c)
      if (t[c].head == verb && (t[c].deprel == "conj" || t[c].deprel == "parataxis" || t[c].deprel == "ccomp") &&
          (t[c].upos == "VERB" || t[c].upos == "ADJ") && subjectless(c) && !HasDependent(t, c, "cc")) {
        clause = c;
        break;
      }
    if (clause < 0) continue;
    // What stood between the subject and its clause ("despite her money")
    // is the clause's.
    for (int c = after + 1; c < clause; ++c)
      if (t[c].head == verb) t[c].head = clause;
    Attach(t, after, clause, "nsubj");
    Attach(t, clause, verb, "ccomp");
  }
}

void RepairFramedComplements(std::vector<Token>* tokens) {
  static const std::set<std::string> kFrames = {"in", "on", "at", "during"};
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int clause = 0; clause < n; ++clause) {
    const int noun = t[clause].head;
    // (Its subject may be an "it" read as an expletive: "that it takes
    // every complaint seriously".)
    if ((t[clause].deprel != "acl" && t[clause].deprel != "acl:relcl") || noun < 0 || t[noun].deprel != "obl" ||
        t[noun].head < 0 || (!HasDependent(t, clause, "nsubj") && !HasDependent(t, clause, "expl")))
      continue;
    // Read as a relative clause: "that" its object, with a subject and a
    // modal of its own ("on her blog that the bridge would reopen"; "the
    // blog that the mayor writes" stays), or its subject beside a second
    // subject ("in an email that staff had been told").
    int relative = -1;
    if (t[clause].deprel == "acl:relcl") {
      bool modal = false, second_subject = false;
      for (int c = 0; c < clause; ++c)
        if (t[c].head == clause && LowerAscii(t[c].form) == "that" &&
            (t[c].deprel == "obj" || t[c].deprel.rfind("nsubj", 0) == 0))
          relative = c;
      for (int c = 0; c < n; ++c) {
        modal = modal || (t[c].head == clause && t[c].xpos == "MD");
        second_subject = second_subject || (t[c].head == clause && c != relative && t[c].deprel.rfind("nsubj", 0) == 0);
      }
      // A passive has no object: "that" there opens the clause ("on social
      // media that the vote had been rigged").
      const bool passive = HasDependent(t, clause, "aux:pass") || HasDependent(t, clause, "nsubj:pass");
      if (relative < 0 || !second_subject || (t[relative].deprel == "obj" && !modal && !passive)) continue;
    }
    const int verb = t[noun].head;
    if (t[verb].upos != "VERB" || noun < verb || HasDependent(t, verb, "ccomp") || HasDependent(t, verb, "obj"))
      continue;
    bool that = relative >= 0, framed = false;
    for (int c = 0; c < n; ++c) {
      if (t[c].head == clause && t[c].deprel == "mark" && LowerAscii(t[c].form) == "that") that = true;
      if (t[c].head == noun && t[c].deprel == "case" && kFrames.count(LowerAscii(t[c].form))) framed = true;
    }
    if (!that || !framed) continue;
    if (relative >= 0) {
      t[relative].deprel = "mark";
      t[relative].upos = "SCONJ";
      t[relative].xpos = "IN";
    }
    t[clause].head = verb;
    t[clause].deprel = "ccomp";
  }
}

void RepairAdjectiveSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int adjective = 1; adjective < n; ++adjective) {
    if (t[adjective].upos != "ADJ") continue;
    const int head = t[adjective].head;
    // Or read as a clause of its own before the verb ("Officials familiar
    // with the plan said": "familiar" a complement of "said").
    const bool clause = t[adjective].deprel == "ccomp" && head > adjective && !HasDependent(t, adjective, "cop") &&
                        !HasDependent(t, head, "nsubj");
    if (t[adjective].deprel.rfind("nsubj", 0) != 0 && !clause) continue;
    int noun = -1;
    for (int c = 0; c < adjective; ++c)
      if (t[c].head == adjective && t[c].deprel.rfind("nsubj", 0) == 0 && Nominal(t[c]) &&
          SubtreeEnd(t, c) == adjective - 1)
        noun = c;
    if (noun < 0) continue;
    t[noun].head = head;
    t[noun].deprel = clause ? "nsubj" : t[adjective].deprel;
    t[adjective].head = noun;
    t[adjective].deprel = "amod";
  }
}

void RepairThatClauseParticiples(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int that = 1; that + 2 < n; ++that) {
    const int verb = t[that].head;
    if (LowerAscii(t[that].form) != "that" || t[that].xpos != "IN" || t[that].deprel == "mark" || verb < 0 ||
        verb >= that || t[verb].upos != "VERB")
      continue;
    int noun = -1;
    for (int c = that + 1; c < n && noun < 0; ++c)
      if (t[c].head == verb && Nominal(t[c]) && SubtreeStart(t, c) == that + 1) noun = c;
    if (noun < 0) continue;
    int participle = -1;
    for (int c = noun + 1; c < n && participle < 0; ++c)
      if (t[c].head == noun && t[c].deprel == "acl" && t[c].xpos == "VBN" && !HasDependent(t, c, "aux") &&
          !HasDependent(t, c, "nsubj") && !HasDependent(t, c, "mark"))
        participle = c;
    if (participle < 0) continue;
    t[participle].xpos = "VBD";
    HangThatClause(t, participle, verb, that);
    t[noun].head = participle;
    t[noun].deprel = "nsubj";
  }
}

void RepairParticipleSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int participle = 2; participle < n; ++participle) {
    const int verb = t[participle].head;
    if (t[participle].xpos != "VBG" || t[participle].deprel != "ccomp" || verb <= participle ||
        !Finite(t[verb].xpos) || HasDependent(t, verb, "nsubj") || t[participle - 1].form != ",")
      continue;
    const int end = SubtreeEnd(t, participle);
    int subject = -1;
    for (int c = 0; c < participle - 1; ++c)
      if (t[c].head == participle && t[c].deprel.rfind("nsubj", 0) == 0) subject = c;
    const int comma = t[end].form == "," ? end : end + 1;  // the parse may give it the participle
    if (subject < 0 || comma + 1 != verb || t[comma].form != ",") continue;
    t[subject].head = verb;
    t[subject].deprel = "nsubj";
    t[participle].deprel = "advcl";
  }
}

void RepairFiniteClausalSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int clause = 0; clause < n; ++clause) {
    const int verb = t[clause].head;
    if (t[clause].deprel != "csubj" || verb <= clause || !HasDependent(t, clause, "nsubj") ||
        HasDependent(t, clause, "mark"))
      continue;
    const bool opened = OpenedByWhWord(t, clause);
    if (!FiniteClause(t, clause) || opened) continue;
    t[clause].head = t[verb].head;
    t[clause].deprel = t[verb].head < 0 ? "root" : t[verb].deprel;
    t[verb].head = clause;
    t[verb].deprel = "conj";
    // The closing stop belongs to the main clause.
    if (t[n - 1].upos == "PUNCT" && t[n - 1].head == verb) t[n - 1].head = clause;
  }
}

void RepairFiniteVerbsReadAsSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int v = 0; v < n; ++v) {
    const int later = t[v].head;
    if (t[v].upos != "VERB" || !Finite(t[v].xpos) || later <= v || t[v].deprel.rfind("nsubj", 0) != 0 ||
        HasDependent(t, v, "mark"))
      continue;
    const int subject = Dependent(t, v, "nsubj");
    const int object = Dependent(t, v, "obj");
    if (subject < 0 || subject > v || IsWhWord(t[subject]) || object < v || object > later ||
        !FiniteClause(t, later))
      continue;
    // "Celebrity endorsers Ana Vik and …": a plural noun in -ers the tagger
    // took for a verb, its bare modifier right before it for the subject.
    const std::string& form = t[v].form;
    if (form.size() > 3 && form.compare(form.size() - 3, 3, "ers") == 0 && subject == v - 1 &&
        !HasDependent(t, subject, "det"))
      continue;
    const bool opened = OpenedByWhWord(t, v);
    // Between them only the verb's own words, an opening quotation mark,
    // then the words the later verb's head takes before it: auxiliaries,
    // copula, adverbs, a predicate noun's article and modifiers ("must be",
    // "would be one"). Its clause, and nothing else.
    static const std::set<std::string_view> kBeforeHead = {"aux", "aux:pass", "cop", "advmod", "det",
                                                           "amod", "nummod", "compound", "nmod:poss"};
    bool adjacent = true;
    for (int c = v + 1; c < later; ++c) {
      int top = c;  // the word hung from the later verb that c hangs from
      while (top >= 0 && t[top].head != later) top = t[top].head;
      adjacent &= Dominates(t, v, c) || t[c].form == "\"" || (top >= 0 && kBeforeHead.count(t[top].deprel));
    }
    if (opened || !adjacent) continue;
    t[v].head = t[later].head;
    t[v].deprel = t[later].head < 0 ? "root" : t[later].deprel;
    t[later].head = v;
    t[later].deprel = "ccomp";
    t[object].head = later;
    t[object].deprel = HasDependent(t, later, "aux:pass") ? "nsubj:pass" : "nsubj";
    // The closing stop belongs to the main clause.
    if (t[n - 1].upos == "PUNCT" && t[n - 1].head == later) t[n - 1].head = v;
  }
}

void RepairObjectsBeforeSubjectlessClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int clause = 1; clause < n; ++clause) {
    const int verb = t[clause].head;
    // (An "open" complement with a modal or a tense of its own is a clause
    // too: "hopes results will be available" read with "available" the
    // xcomp.)
    bool tensed_xcomp = false;
    for (int c = 0; c < clause && t[clause].deprel == "xcomp"; ++c)
      tensed_xcomp = tensed_xcomp || (t[c].head == clause && t[c].deprel == "aux" && t[c].xpos == "MD");
    if ((t[clause].deprel != "ccomp" && !tensed_xcomp) || verb < 0 || verb > clause ||
        (t[clause].upos != "VERB" && !tensed_xcomp) || !FiniteClause(t, clause) || HasDependent(t, clause, "nsubj") ||
        HasDependent(t, clause, "expl") || HasDependent(t, clause, "mark"))
      continue;
    const int object = Dependent(t, verb, "obj");
    if (object < 0 || object > clause || t[object].deprel != "obj" ||
        (t[object].upos != "NOUN" && t[object].upos != "PROPN"))
      continue;
    // The clause opens right after the object's phrase: its auxiliaries or
    // its verb.
    const int opens = SubtreeEnd(t, object) + 1;
    bool adjacent = opens <= clause;
    for (int c = opens; c < clause && adjacent; ++c)
      adjacent = t[c].head == clause && (t[c].deprel.rfind("aux", 0) == 0 || t[c].deprel == "advmod" ||
                                          t[c].deprel == "cop");
    if (!adjacent) continue;
    t[object].head = clause;
    t[object].deprel = HasDependent(t, clause, "aux:pass") ? "nsubj:pass" : "nsubj";
    t[clause].deprel = "ccomp";
  }
}

void RepairClosingInvertedSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  int end = n - 1;  // the last word
  while (end > 0 && t[end].upos == "PUNCT") --end;
  int root = -1;
  for (int c = 0; c < n; ++c)
    if (t[c].head < 0) root = c;
  if (root < 0) return;
  for (int v = root + 1; v < end; ++v) {
    if (t[v].upos != "VERB" || !Finite(t[v].xpos) || v < 3 || t[v - 1].form != "," || t[v].head < 0 ||
        t[v].head > v)
      continue;
    if (HasDependent(t, v, "nsubj") || HasDependent(t, v, "obj") || HasDependent(t, v, "ccomp") ||
        HasDependent(t, v, "xcomp") || HasDependent(t, v, "expl"))
      continue;
    // A name set off right before the comma is the subject ("…, his aide,
    // Ana Ruiz, told The Gazette": the name after is whom she told), and a
    // name with a determiner after the verb is whom it was told to.
    if (t[v - 2].upos == "PROPN" || t[v + 1].upos == "DET") continue;
    // The name after it, up to a comma or the end, hung from one word; a
    // description of it after that comma, hung from one word too.
    int stop = v + 1;
    while (stop <= end && t[stop].form != ",") ++stop;
    auto top_of = [&](int from, int to) {  // the one word of [from, to) hung from outside it, or -1
      int top = -1;
      for (int c = from; c < to; ++c) {
        if (t[c].head >= from && t[c].head < to) continue;
        if (top >= 0) return -1;
        top = c;
      }
      return top;
    };
    const int name = top_of(v + 1, stop);
    if (name < 0 || t[name].upos != "PROPN" || NamesDayOrMonth(t[name])) continue;
    int description = -1;
    if (stop <= end) {
      description = top_of(stop + 1, end + 1);
      if (description < 0 || t[description].upos != "NOUN") continue;
    }
    // The clause before is what the verb says.
    t[v].head = -1;
    t[v].deprel = "root";
    t[root].head = v;
    t[root].deprel = "ccomp";
    t[name].head = v;
    t[name].deprel = "nsubj";
    if (description >= 0) {
      t[description].head = name;
      t[description].deprel = "appos";
      t[stop].head = description;
      t[stop].deprel = "punct";
    }
    for (int c = end + 1; c < n; ++c) t[c].head = v;  // the closing mark
    return;
  }
}

void RepairInvertedNamedReports(std::vector<Token>* tokens) {
  static const std::set<std::string> kPrepositions = {"of", "at", "from", "with"};
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  int end = n - 1;  // the last word
  while (end > 0 && t[end].upos == "PUNCT") --end;
  int root = -1;
  for (int c = 0; c < n; ++c)
    if (t[c].head < 0) root = c;
  if (root < 0) return;
  for (int v = 2; v < end; ++v) {
    // Its subject, if the parse gave it one, is in the words after it
    // ("Institute" of "said Ana Ruiz of the Farm Institute").
    const int subject = Dependent(t, v, "nsubj");
    if (t[v].upos != "VERB" || !Finite(t[v].xpos) || t[v - 1].form != "," || (subject >= 0 && subject < v) ||
        !Dominates(t, root, v) || t[v + 1].upos != "PROPN")
      continue;
    int last_name = v + 1;  // the name: a run of proper nouns
    while (last_name + 1 <= end && t[last_name + 1].upos == "PROPN") ++last_name;
    int stop = last_name + 1;  // the comma after the name and its phrase, or past the end
    int phrase = -1;           // the head of its "of" phrase
    if (stop <= end && kPrepositions.count(LowerAscii(t[stop].form))) {
      int k = stop + 1;
      while (k <= end && t[k].form != "," &&
             (t[k].upos == "DET" || t[k].upos == "ADJ" || t[k].upos == "NOUN" || t[k].upos == "PROPN"))
        ++k;
      phrase = k - 1;
      if (phrase <= stop || (t[phrase].upos != "NOUN" && t[phrase].upos != "PROPN")) continue;
      stop = k;
    }
    int participle = -1;
    if (stop <= end) {
      participle = stop + 1;
      if (t[stop].form != "," || participle > end || t[participle].xpos != "VBG") continue;
      bool its_own = true;  // every word after it is of its clause
      for (int c = participle + 1; c <= end; ++c) its_own &= Dominates(t, participle, c);
      if (!its_own) continue;
    }
    // (No word before the verb may hang from a word after it.)
    bool clean = true;
    for (int c = 0; c < v; ++c) clean &= t[c].head <= v || t[c].head > end;
    if (!clean) continue;
    const int name = v + 1;
    if (v != root) {
      t[v].head = -1;
      t[v].deprel = "root";
      t[root].head = v;
      t[root].deprel = "ccomp";
    }
    t[name].head = v;
    t[name].deprel = "nsubj";
    for (int c = name + 1; c <= last_name; ++c) {
      t[c].head = name;
      t[c].deprel = "flat";
    }
    if (phrase >= 0) {
      t[phrase].head = name;
      t[phrase].deprel = "nmod";
      for (int c = last_name + 1; c < phrase; ++c) {
        t[c].head = phrase;
        t[c].deprel = c == last_name + 1 ? "case"
                      : t[c].upos == "DET" ? "det"
                      : t[c].upos == "ADJ" ? "amod"
                                           : "compound";
      }
    }
    if (participle >= 0) {
      t[participle].head = v;
      t[participle].deprel = "advcl";
      t[stop].head = participle;
      t[stop].deprel = "punct";
    }
    for (int c = end + 1; c < n; ++c) t[c].head = v;  // the closing mark
    return;
  }
}

void RepairInvertedTitledSubjects(std::vector<Token>* tokens) {
  static const std::set<std::string> kBareRelations = {"obl", "obj", "iobj", "nmod", "obl:unmarked", "obl:npmod"};
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int noun = 1; noun < n; ++noun) {
    const int verb = t[noun].head;
    // ("declared Senator Ana Holm" with both "Senator" and "Ana" subjects:
    // a capitalized title, then a name that is a second subject.)
    const bool title = t[noun].upos == "PROPN";
    if (t[noun].deprel != "nsubj" || (t[noun].upos != "NOUN" && !title) || verb < 0 || verb >= noun ||
        t[verb].upos != "VERB")
      continue;
    const int after = SubtreeEnd(t, noun) + 1;
    for (int name = after; name < n; ++name) {
      const bool related = title ? t[name].deprel == "nsubj" : kBareRelations.count(t[name].deprel) > 0;
      if (t[name].head != verb || t[name].upos != "PROPN" || !related || HasDependent(t, name, "case") ||
          SubtreeStart(t, name) != after)
        continue;
      t[noun].head = name;
      t[noun].deprel = "compound";
      t[name].deprel = "nsubj";
      break;
    }
  }
}

void RepairObliqueClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int verb = 1; verb < n; ++verb) {
    const int head = t[verb].head;
    if (t[verb].upos != "VERB" || t[verb].deprel != "obl" || head < 0 || t[head].upos != "VERB" || head > verb)
      continue;
    const int that = SubtreeStart(t, verb) - 1;
    if (!FiniteClause(t, verb) || that <= head || LowerAscii(t[that].form) != "that" || (t[that].head != head && t[that].head != verb))
      continue;
    HangThatClause(t, verb, head, that);
  }
}

void RepairPossessiveCopulas(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int mark = 1; mark < n; ++mark) {
    const int owned = t[mark].head;
    const int owner = mark - 1;
    if (t[mark].xpos != "POS" || t[mark].deprel == "case" || owned <= mark || !Nominal(t[owner]) ||
        t[owner].head != owned || !Nominal(t[owned]))
      continue;
    t[mark].head = owner;
    t[mark].deprel = "case";
    t[owner].deprel = "nmod:poss";
  }
}

void RepairNominalComplementSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int noun = 0; noun < n; ++noun) {
    const int verb = t[noun].head;
    if (t[noun].deprel != "ccomp" || verb <= noun || (t[noun].upos != "NOUN" && t[noun].upos != "PROPN")) continue;
    if (t[verb].upos != "VERB" || !Finite(t[verb].xpos) || HasDependent(t, verb, "nsubj") ||
        HasDependent(t, verb, "expl") || HasDependent(t, noun, "nsubj") || HasDependent(t, noun, "cop"))
      continue;
    if (SubtreeEnd(t, noun) != verb - 1 || t[verb - 1].form != ",") continue;
    t[noun].deprel = "nsubj";
  }
}

void RepairParticipleAgents(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int by = 1; by + 1 < n; ++by) {
    const int participle = by - 1;
    if (LowerAscii(t[by].form) != "by" || t[by].deprel == "case" || t[participle].xpos != "VBN" ||
        t[participle].deprel != "acl")
      continue;
    for (int noun = by + 1; noun < n; ++noun) {
      const int verb = t[noun].head;
      if (t[noun].deprel != "nsubj" || SubtreeStart(t, noun) != by + 1 || verb < 0) continue;
      bool other_subject = false;
      for (int c = 0; c < participle; ++c) other_subject |= t[c].head == verb && t[c].deprel == "nsubj";
      if (!other_subject) break;
      t[noun].head = participle;
      t[noun].deprel = "obl:agent";
      t[by].head = noun;
      t[by].deprel = "case";
      break;
    }
  }
}

void RepairObjectSubjectClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int verb = 0; verb < n; ++verb) {
    const int clause = t[verb].head;
    if (t[verb].deprel != "csubj" || clause <= verb || t[verb].upos != "VERB" || !Finite(t[verb].xpos) ||
        HasDependent(t, verb, "mark") || HasDependent(t, clause, "nsubj") || HasDependent(t, clause, "expl"))
      continue;
    const int subject = Dependent(t, verb, "nsubj");
    const int object = Dependent(t, verb, "obj");
    if (subject < 0 || subject > verb || object < 0 || object < verb || !Nominal(t[subject]) ||
        t[subject].xpos == "WP" || (t[object].upos != "NOUN" && t[object].upos != "PROPN") ||
        SubtreeEnd(t, verb) != SubtreeEnd(t, object))
      continue;
    // Only the verb's own auxiliaries or adverbs between ("could", "not").
    bool adjacent = true;
    for (int k = SubtreeEnd(t, object) + 1; k < clause; ++k) adjacent &= t[k].head == clause;
    if (!adjacent) continue;
    ReportClause(t, verb, clause, t[n - 1].upos == "PUNCT" ? n - 1 : n);  // the closing stop with it
    t[object].head = clause;
    t[object].deprel = "nsubj";
  }
}

void RepairObjectSubjectConjuncts(std::vector<Token>* tokens) {
  // Not after the verbs that take an object and a bare verb: "helping her
  // succeed him", its bare verb misread as a past tense.
  static const std::set<std::string> kBareVerbTakers = {"help", "let", "make", "see", "watch", "hear", "have", "feel"};
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int clause = 0; clause < n; ++clause) {
    // (Or a predicate with its copula: "believe a cut is likely".)
    const bool predicate = (t[clause].upos == "ADJ" || t[clause].upos == "NOUN") && HasDependent(t, clause, "cop");
    if ((t[clause].deprel != "conj" && t[clause].deprel != "advcl") || (t[clause].upos != "VERB" && !predicate) ||
        HasDependent(t, clause, "nsubj") ||
        HasDependent(t, clause, "cc") || HasDependent(t, clause, "expl") || HasDependent(t, clause, "mark"))
      continue;
    const int start = SubtreeStart(t, clause);
    // "had", "would", or the verb itself in the past ("-s" may be a plural
    // noun misread: "death row inmates whose …").
    const bool finite = (t[start].upos == "AUX" && (Finite(t[start].xpos) || t[start].xpos == "MD")) ||
                        (start == clause && t[start].xpos == "VBD");
    // (After a wh-word the clause is its: "the draft of what would become".)
    if (!finite || (start != clause && t[start].head != clause) || start == 0 || t[start - 1].upos == "PUNCT" ||
        t[start - 1].xpos == "WP" || t[start - 1].xpos == "WDT")
      continue;
    // Phrases the parse hung from the verb between its object and the clause
    // are the object's ("believe a cut in June is likely"; not one whose
    // preposition may open a clause: "started hours after the crew left").
    auto phrase = [&](int k) {
      const int preposition = Dependent(t, k, "case");
      return t[k].deprel == "obl" && preposition >= 0 && !kSubordinators.count(LowerAscii(t[preposition].form));
    };
    // (Of a clause read as joined to the verb only: "win and more voters
    // across the state would see", read with an adverbial clause, is
    // seldom a report; and one its auxiliary or copula opens: "scored the
    // winner with eight minutes left" is no clause of "the winner".)
    std::vector<int> phrases;
    int end = start - 1;
    for (bool found = t[clause].deprel == "conj" && start != clause; found && end > 0;) {
      found = false;
      for (int k = 0; k <= end && !found; ++k)
        if (phrase(k) && SubtreeEnd(t, k) == end && SubtreeStart(t, k) < k) {
          phrases.push_back(k);
          end = SubtreeStart(t, k) - 1;
          found = true;
        }
    }
    // The noun object ending right before it, of a verb before it.
    // (Not through a conjunct set off by a comma: "aid to X, …, and
    // instructors will train" has its subject in the list the parse gave
    // the object; "showed the owner and his firms lost" is one subject.)
    int object = end;
    bool conjunct = false;
    // Nor through a relative clause: "money that migrants send home until
    // the government agreed" has its subject in it.
    while (object >= 0 && SubtreeEnd(t, object) == end && t[object].deprel != "obj") {
      if (t[object].deprel == "conj")
        for (int k = t[object].head + 1; k < object; ++k) conjunct |= t[k].form == ",";
      conjunct |= t[object].deprel == "acl:relcl";
      object = t[object].head;
    }
    if (object < 0 || conjunct || t[object].deprel != "obj" || SubtreeEnd(t, object) != end ||
        (t[object].upos != "NOUN" && t[object].upos != "PROPN"))
      continue;
    const int verb = t[object].head;
    if (t[verb].upos != "VERB" || verb > object || !Dominates(t, t[clause].head, verb) ||
        kBareVerbTakers.count(LowerAscii(t[verb].lemma)) ||
        std::any_of(phrases.begin(), phrases.end(), [&](int k) { return t[k].head != verb; }))
      continue;
    for (int k : phrases) Attach(t, k, object, "nmod");
    t[clause].head = verb;
    t[clause].deprel = "ccomp";
    t[object].head = clause;
    t[object].deprel = "nsubj";
  }
}

void RepairDescribedPronounSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int pronoun = 0; pronoun + 2 < n; ++pronoun) {
    const std::string lower = LowerAscii(t[pronoun].form);
    const int participle = pronoun + 1, verb = pronoun + 2;
    if ((lower != "those" && lower != "these") || t[participle].xpos != "VBN" || t[participle].head != verb ||
        t[participle].deprel != "nsubj" || t[verb].head != pronoun || t[verb].deprel != "acl:relcl" ||
        t[verb].upos != "VERB" || !Finite(t[verb].xpos))
      continue;
    t[verb].head = t[pronoun].head;
    t[verb].deprel = t[pronoun].deprel;
    for (int c = verb + 1; c < n; ++c)
      if (t[c].head == pronoun) t[c].head = verb;
    t[pronoun].head = verb;
    t[pronoun].deprel = "nsubj";
    t[participle].head = pronoun;
    t[participle].deprel = "acl";
  }
}

void RepairUnpunctuatedParataxis(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int clause = 1; clause < n; ++clause) {
    const int verb = t[clause].head;
    if (t[clause].deprel != "parataxis" || verb < 0 || verb > clause || t[verb].upos != "VERB") continue;
    if (!FiniteClause(t, clause) || !HasDependent(t, clause, "nsubj")) continue;
    const int start = SubtreeStart(t, clause);
    if (start != verb + 1 || t[start].upos == "PUNCT") continue;
    t[clause].deprel = "ccomp";
  }
}

void RepairDueTo(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int due = 0; due + 2 < n; ++due) {
    const int to = due + 1, verb = due + 2;
    if (LowerAscii(t[due].form) != "due" || LowerAscii(t[to].form) != "to" || t[verb].upos != "VERB" ||
        t[verb].xpos != "VB")
      continue;
    if (t[due].head == verb) {
      // "due" under the verb: it takes the verb's place, and the clause's
      // words before it (subject, copula, auxiliaries) and its closing stop.
      t[due].head = t[verb].head;
      t[due].deprel = t[verb].deprel;
      for (int c = 0; c < n; ++c)
        if (t[c].head == verb && (c < due || (c == n - 1 && t[c].upos == "PUNCT"))) t[c].head = due;
    } else if (Dominates(t, verb, due)) {
      continue;
    }
    t[due].upos = "ADJ";
    t[due].xpos = "JJ";
    t[verb].head = due;
    t[verb].deprel = "xcomp";
    t[to].head = verb;
    t[to].deprel = "mark";
    t[to].upos = "PART";
  }
}

void RepairAccordingToAttachments(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int according = 0; according < n; ++according) {
    const int source = t[according].head;
    if (LowerAscii(t[according].form) != "according" || t[according].deprel != "case" || source <= according)
      continue;
    const int above = t[source].head;
    if (above < 0) continue;
    // The phrases' heads go up; the words that open a phrase ("by", "a"),
    // which the parse may have hung from the noun too, go to the phrase
    // head after them.
    static const std::set<std::string> kOpeners = {"case", "det", "amod", "nummod", "compound", "cc", "punct"};
    std::vector<int> moved;
    for (int d = above + 1; d < according; ++d) {
      if (t[d].head != source || kOpeners.count(t[d].deprel)) continue;
      t[d].head = above;
      if (t[d].deprel == "nmod" || t[d].deprel == "obl") t[d].deprel = t[above].upos == "VERB" ? "obl" : "nmod";
      moved.push_back(d);
    }
    for (int d = above + 1; d < according; ++d) {
      if (t[d].head != source || !kOpeners.count(t[d].deprel) || t[d].deprel == "punct") continue;
      auto phrase = std::upper_bound(moved.begin(), moved.end(), d);
      if (phrase != moved.end()) t[d].head = *phrase;
    }
  }
}

void RepairGaplessRelativeClauses(std::vector<Token>* tokens) {
  // Where a statement is made ("in a note", "at a briefing", "on its
  // website"); not "despite advice that ...", the advice's own clause.
  // (Or when: "said after the match that …".)
  static const std::set<std::string> kWhere = {"in", "on", "at", "during", "via", "through", "over", "after", "before"};
  // Nouns whose own "that" clause is no report ("to the extent that",
  // "in the hope that").
  static const std::set<std::string> kNotGapless = {"moment", "way",   "reason", "extent", "degree",
                                                    "point",  "sense", "hope",   "belief", "event"};
  static const std::set<std::string> kSpansOfTime = {"day", "week", "month", "year", "decade", "hour", "time"};
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int c = 0; c < n; ++c) {
    // (Or read as the noun's own clause, "that" its mark.)
    if (t[c].deprel != "acl:relcl" && t[c].deprel != "acl") continue;
    // The noun, or the oblique whose modifier it is ("in a note to clients").
    int noun = t[c].head;
    while (noun >= 0 && t[noun].deprel == "nmod") noun = t[noun].head;
    const int verb = noun >= 0 ? t[noun].head : -1;
    if (noun < 0 || t[noun].deprel != "obl" || verb < 0 || t[verb].upos != "VERB" || HasDependent(t, verb, "ccomp"))
      continue;
    // Or for how long ("has argued for years that ..."), where a time's own
    // relative clause would take "in" or "on" ("in the week that …").
    const int preposition = Dependent(t, noun, "case");
    const std::string how = preposition < 0 ? "" : LowerAscii(t[preposition].form);
    const bool time = NamesTimeSpan(t[noun]) || NamesDayOrMonth(t[noun]) || kSpansOfTime.count(LowerAscii(t[noun].lemma));
    if (time ? how != "for" : (!kWhere.count(how) || kNotGapless.count(LowerAscii(t[noun].lemma)))) continue;
    int that = -1;
    bool subject = false, filled = false;
    for (int d = 0; d < n; ++d) {
      if (t[d].head != c) continue;
      if (d < c && LowerAscii(t[d].form) == "that" && that < 0 &&
          (t[d].deprel == "obl" || t[d].deprel == "obj" || t[d].deprel == "nsubj" || t[d].deprel == "mark"))
        that = d;
      else if (t[d].deprel.rfind("nsubj", 0) == 0 && t[d].xpos != "WDT" && t[d].xpos != "WP" && d > that && that >= 0)
        subject = true;
      // (A passive's object is its subject: "the cables were prone to …".)
      else if (t[d].deprel == "cop" || t[d].deprel == "obj" || t[d].deprel == "aux:pass") filled = true;
    }
    // A subject besides "that", and unless "that" is an oblique (which it
    // cannot be with no preposition), no object's place free for it.
    if (that < 0 || !subject || (t[that].deprel != "obl" && !filled)) continue;
    if (t[c].deprel == "acl" && t[that].deprel != "mark") continue;
    HangThatClause(t, c, verb, that);
  }
}

void RepairRelativeClauseComplements(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  auto that_clause = [&](int c) {
    if (t[c].deprel != "ccomp" && t[c].deprel != "acl") return false;
    bool that = false, subject = false;
    for (int d = 0; d < c; ++d)
      if (t[d].head == c) {
        that |= t[d].deprel == "mark" && LowerAscii(t[d].form) == "that";
        subject |= t[d].deprel.rfind("nsubj", 0) == 0 && t[d].xpos != "WDT" && t[d].xpos != "WP";
      }
    return that && subject;
  };
  for (int verb = 0; verb < n; ++verb) {
    if (t[verb].upos != "VERB") continue;
    int told = -1;
    bool more = false;
    for (int c = 0; c < n; ++c) {
      if (t[c].head != verb) continue;
      if (t[c].deprel == "iobj") told = c;
      if (t[c].deprel == "obj" || t[c].deprel == "ccomp" || t[c].deprel == "xcomp") more = true;
    }
    if (told < 0 || more) continue;
    int relative = -1;
    for (int c = told + 1; c < n; ++c)
      if (t[c].deprel == "acl:relcl" && Dominates(t, told, c)) {
        relative = c;
        break;
      }
    if (relative < 0) continue;
    std::vector<int> clauses;
    for (int c = relative + 1; c < n; ++c)
      if (that_clause(c) && Dominates(t, relative, c)) clauses.push_back(c);
    if (clauses.empty()) continue;
    const int last = clauses.back();
    // "who said that ...": a verb's only "that" clause right after it (no
    // object or phrase between: "who asked about the delay that ..." has
    // its complement) is its own.
    const int head = t[last].head;
    bool between = false;
    for (int c = head + 1; c < last; ++c)
      between |= t[c].head == head && (t[c].deprel == "obj" || t[c].deprel == "iobj" || t[c].deprel.rfind("obl", 0) == 0);
    if (clauses.size() == 1 && t[head].upos == "VERB" && !between) continue;
    t[last].head = verb;
    t[last].deprel = "ccomp";
  }
}

// Verbs that tell a person something in a clause ("warned residents that
// ..."), after whose object a "that" clause is theirs, not a relative one.
const std::set<std::string, std::less<>> kTellVerbs = {"tell",   "warn",   "remind", "assure", "inform",
                                                        "notify", "caution", "alert",  "reassure", "convince",
                                                        "persuade", "promise", "advise", "teach", "show"};

void RepairIndirectObjectClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int c = 0; c < n; ++c) {
    if ((t[c].deprel != "acl" && t[c].deprel != "acl:relcl") || t[c].head < 0) continue;
    const int object = t[c].head, verb = t[object].head;
    if (verb < 0 || t[verb].upos != "VERB" || object > c) continue;
    if (HasDependent(t, verb, "ccomp") || HasDependent(t, verb, "xcomp")) continue;
    const int subject = Dependent(t, c, "nsubj");
    if (subject < 0 || t[subject].xpos == "WDT" || t[subject].xpos == "WP") continue;
    int that = -1;
    for (int d = object + 1; d < subject; ++d)
      if (t[d].head == c && LowerAscii(t[d].form) == "that") that = d;
    if (that < 0) continue;
    const bool indirect = t[object].deprel == "iobj";
    const bool named = t[object].deprel == "obj" && (t[object].upos == "PROPN" || t[object].upos == "PRON");
    const bool clause = t[c].deprel == "acl" && t[that].upos == "SCONJ" && (indirect || named);
    // "warned residents that the bridge will close" read as a relative
    // clause with "that" its object: a verb that tells someone something.
    const bool told = t[that].deprel == "obj" && t[object].deprel == "obj" && kTellVerbs.count(LowerAscii(t[verb].lemma));
    if (!clause && !told) continue;
    HangThatClause(t, c, verb, that);
  }
}

void RepairRelativeSubjectClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  static const std::set<std::string, std::less<>> kRelativePronouns = {"who", "that", "which"};
  for (int that = 0; that + 2 < n; ++that) {
    const int verb = t[that].head;
    if (LowerAscii(t[that].form) != "that" || t[that].upos != "SCONJ" || t[that].deprel == "mark" || verb < 0 ||
        t[verb].upos != "VERB")
      continue;
    // The clause's subject: the first noun after "that" hung from the verb.
    int subject = -1;
    for (int c = that + 1; c < n && subject < 0; ++c)
      if (t[c].head == verb && Nominal(t[c])) subject = c;
    if (subject < 0) continue;
    const int relative = Dependent(t, subject, "acl:relcl");
    if (relative < 0) continue;
    const int pronoun = Dependent(t, relative, "nsubj");
    if (pronoun < 0 || pronoun < subject || !kRelativePronouns.count(LowerAscii(t[pronoun].form))) continue;
    // The predicate: a verb with no subject of its own, after the relative
    // clause's verb, that the parse hung inside it.
    int predicate = -1;
    // ("do better", "were silent": a word with an auxiliary or copula too.)
    for (int c = relative + 1; c < n && predicate < 0; ++c) {
      const bool verbal = HasDependent(t, c, "aux") || HasDependent(t, c, "cop") ||
                          (t[c].upos == "VERB" && (Finite(t[c].xpos) || t[c].xpos == "VBN"));
      if (verbal && Dominates(t, relative, c) && !HasDependent(t, c, "nsubj") && !HasDependent(t, c, "mark") &&
          t[c].deprel != "acl" && t[c].deprel != "acl:relcl" && t[c].deprel != "amod")
        predicate = c;
    }
    if (predicate < 0) continue;
    // Its phrases before it are the relative verb's ("knew about the leak").
    for (int d = relative + 1; d < predicate; ++d)
      if (t[d].head == predicate && (t[d].deprel == "obl" || t[d].deprel == "obj")) t[d].head = relative;
    // "fled" read as a participle: with no auxiliary, a past tense.
    if (t[predicate].xpos == "VBN" && !HasDependent(t, predicate, "aux")) t[predicate].xpos = "VBD";
    HangThatClause(t, predicate, verb, that);
    t[subject].head = predicate;
    t[subject].deprel = "nsubj";
  }
}

void RepairContrastedReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int c = 0; c < n; ++c) {
    const int reported = t[c].head;
    if (t[c].deprel != "advcl" || reported < 0 || t[reported].deprel != "ccomp" || t[reported].head < 0) continue;
    const int mark = Dependent(t, c, "mark");
    if (mark < 1 || (LowerAscii(t[mark].form) != "while" && LowerAscii(t[mark].form) != "whereas") ||
        t[mark - 1].form != ",")
      continue;
    if (!HasDependent(t, c, "nsubj") || !HasDependent(t, c, "ccomp")) continue;
    t[c].head = t[reported].head;
  }
}

void RepairOpeningParticiples(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  if (n < 4 || t[0].upos != "VERB" || t[0].head >= 0 || (t[0].xpos != "VBD" && t[0].xpos != "VBN")) return;
  if (HasDependent(t, 0, "nsubj") || HasDependent(t, 0, "aux")) return;
  int comma = -1;
  for (int i = 1; i < n && comma < 0; ++i)
    if (t[i].form == ",") comma = i;
  if (comma < 0) return;
  // The main clause: a verb after the comma, hung from the opener, with a
  // subject of its own right after the comma.
  int main = -1;
  for (int c = comma + 1; c < n && main < 0; ++c)
    if (t[c].head == 0 && t[c].upos == "VERB" && FiniteClause(t, c)) {
      const int subject = Dependent(t, c, "nsubj");
      if (subject > comma && subject < c) main = c;
    }
  if (main < 0) return;
  PromoteToRoot(t, 0, main, comma);
  t[0].head = main;
  t[0].deprel = "advcl";
  t[0].xpos = "VBN";
}

void RepairOpeningPhraseParticiples(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  if (n < 6 || t[0].upos != "ADP" || t[0].deprel != "case") return;
  const int noun = t[0].head;
  if (noun <= 0 || noun + 2 >= n || !Nominal(t[noun])) return;
  // Right after the noun, or set off by a comma ("In the poll, conducted
  // in May, X led").
  const int verb = t[noun + 1].form == "," ? noun + 2 : noun + 1;
  if (t[noun].head != verb || t[verb].head >= 0 || t[verb].upos != "VERB" ||
      (t[verb].xpos != "VBD" && t[verb].xpos != "VBN"))
    return;
  if (HasDependent(t, verb, "nsubj") || HasDependent(t, verb, "aux")) return;
  for (int i = 1; i < noun; ++i)
    if (t[i].upos == "PUNCT") return;
  int comma = -1;
  for (int i = verb + 1; i < n && comma < 0; ++i)
    if (t[i].form == ",") comma = i;
  if (comma < 0) return;
  // The main clause: a verb after the comma, hung from the participle, with
  // a subject of its own right after the comma, or none but a noun there
  // the parse made the participle's object ("..., most voters chose X").
  int main = -1, object_subject = -1;
  for (int c = comma + 1; c < n && main < 0; ++c)
    if (t[c].head == verb && t[c].upos == "VERB" && FiniteClause(t, c)) {
      const int subject = Dependent(t, c, "nsubj");
      if (subject > comma && subject < c) main = c;
      for (int o = comma + 1; o < c && subject < 0 && main < 0; ++o)
        if (t[o].head == verb && t[o].deprel == "obj" && Nominal(t[o])) main = c, object_subject = o;
    }
  if (main < 0) return;
  if (object_subject >= 0) {
    t[object_subject].head = main;
    t[object_subject].deprel = "nsubj";
  }
  PromoteToRoot(t, verb, main, comma);
  t[noun].head = main;
  t[verb].head = noun;
  t[verb].deprel = "acl";
  t[verb].xpos = "VBN";
}

void RepairElidedClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int aux = 1; aux < n; ++aux) {
    const int verb = t[aux].head;
    if (t[aux].upos != "AUX" || verb < 0 || verb >= aux - 1 || t[verb].upos != "VERB") continue;
    const std::string& relation = t[aux].deprel;
    if (relation.rfind("aux", 0) == 0 || relation == "cop") continue;
    // The clause right after the verb (or its "that"): not a clause of a
    // sentence's second half ("X love it; Y do not").
    const int subject = aux - 1;
    const bool opened = subject == verb + 1 || (subject == verb + 2 && LowerAscii(t[verb + 1].form) == "that");
    if (!opened || t[subject].head != verb || !Nominal(t[subject])) continue;
    int end = aux + 1;
    if (end < n && t[end].upos == "PART" && (LowerAscii(t[end].form) == "not" || LowerAscii(t[end].form) == "n't")) ++end;
    bool closes = true;
    for (int i = end; i < n; ++i) closes &= t[i].upos == "PUNCT";
    if (!closes) continue;
    t[aux].deprel = "ccomp";
    t[subject].head = aux;
    t[subject].deprel = "nsubj";
    if (end > aux + 1) {
      t[aux + 1].head = aux;
      t[aux + 1].deprel = "advmod";
    }
    // "said that it would not": the "that" opens the clause.
    if (subject == verb + 2) {
      t[subject - 1].head = aux;
      t[subject - 1].deprel = "mark";
    }
    return;
  }
}

void RepairOpeningAsAgents(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  if (n < 7 || LowerAscii(t[0].form) != "as" || t[1].upos != "VERB" || (t[1].xpos != "VBN" && t[1].xpos != "VBD") ||
      LowerAscii(t[2].form) != "by")
    return;
  int comma = -1;
  for (int i = 3; i < n && comma < 0; ++i)
    if (t[i].form == ",") comma = i;
  if (comma < 4) return;
  int root = -1;
  for (int i = 0; i < n; ++i)
    if (t[i].head < 0) root = i;
  // The participle the root: the verb after the comma hung from it is to
  // head the sentence.
  const bool participle_root = root == 1;
  if (participle_root)
    for (int c = comma + 1; c < n && root == 1; ++c)
      if (t[c].head == 1 && t[c].upos == "VERB") root = c;
  if (root <= comma) return;
  // The phrase's head: its last noun hung from outside it.
  auto outside = [&](int i) { return t[i].head < 3 || t[i].head >= comma; };
  int agent = -1;
  for (int i = 3; i < comma; ++i)
    if (outside(i) && Nominal(t[i])) agent = i;
  if (agent < 0) return;
  if (participle_root) PromoteToRoot(t, 1, root, comma);
  for (int i = 3; i < comma; ++i)
    if (i != agent && outside(i)) {
      t[i].head = agent;
      if (t[i].deprel.rfind("nsubj", 0) == 0) t[i].deprel = "compound";
    }
  t[agent].head = 1;
  t[agent].deprel = "obl:agent";
  t[2].head = agent;
  t[2].deprel = "case";
  t[0].head = 1;
  t[0].deprel = "mark";
  t[1].head = root;
  t[1].deprel = "advcl";
  t[1].xpos = "VBN";
  t[comma].head = 1;
  t[comma].deprel = "punct";
}

void RepairCopulalessAdjectives(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int adjective = 1; adjective < n; ++adjective) {
    if (t[adjective].upos != "ADJ") continue;
    const int subject = Dependent(t, adjective, "nsubj");
    if (subject < 0 || subject > adjective || HasDependent(t, adjective, "cop") ||
        HasDependent(t, adjective, "aux") || !Nominal(t[subject]))
      continue;
    // Its phrase says whom ("close to X", "familiar with X"): no fragment.
    const int phrase = Dependent(t, adjective, "obl");
    if (phrase < adjective || !HasDependent(t, phrase, "case")) continue;
    // The verb: hung from the adjective (the root), or the adjective's head.
    auto subjectless_verb = [&](int c) {
      return c > adjective && t[c].upos == "VERB" && Finite(t[c].xpos) && !HasDependent(t, c, "nsubj");
    };
    int verb = -1;
    if (t[adjective].head < 0) {
      for (int c = adjective + 1; c < n && verb < 0; ++c)
        if (t[c].head == adjective && subjectless_verb(c)) verb = c;
      if (verb < 0) continue;
      for (int c = verb + 1; c < n; ++c)
        if (t[c].head == adjective) t[c].head = verb;
      t[verb].head = -1;
      t[verb].deprel = "root";
    } else if (subjectless_verb(t[adjective].head)) {
      verb = t[adjective].head;
    } else {
      continue;
    }
    t[subject].head = verb;
    t[adjective].head = subject;
    t[adjective].deprel = "amod";
    return;
  }
}

void RepairInterposedParticiples(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int first = 2; first < n; ++first) {
    const bool participle_form = t[first].xpos == "VBD" || t[first].xpos == "VBN" || t[first].xpos == "VBG";
    if (t[first].upos != "VERB" || !participle_form || t[first - 1].form != ",") continue;
    const int subject = Dependent(t, first, "nsubj");
    if (subject < 0 || subject != first - 2 || !Nominal(t[subject]) || HasDependent(t, first, "aux")) continue;
    // The verb after the participle's phrase: conjoined to it after a comma,
    // finite, with no subject of its own.
    int second = -1;
    for (int c = first + 2; c < n && second < 0; ++c) {
      // "and said" joins two acts ("cc" exactly: Dependent would take "ccomp").
      const bool joined = std::any_of(t.begin(), t.end(), [&](const Token& w) {
        return w.head == c && w.deprel == "cc" && w.upos == "CCONJ";
      });
      // (Beside it, or, after "speaking to a crowd", read as its phrase.)
      const bool beside = t[c].deprel == "conj" || t[c].deprel == "parataxis" || t[c].deprel == "obl";
      if (t[c].head == first && beside && Finite(t[c].xpos) &&
          t[c - 1].form == "," &&
          !HasDependent(t, c, "nsubj") && !joined)
        second = c;
    }
    if (second < 0) continue;
    for (int c = second + 1; c < n; ++c)
      if (t[c].head == first) t[c].head = second;
    t[second].head = t[first].head;
    t[second].deprel = t[first].deprel;
    t[subject].head = second;
    t[first].head = subject;
    t[first].deprel = "acl";
    if (t[first].xpos == "VBD") t[first].xpos = "VBN";
    t[second - 1].head = first;  // the comma closing the participle's phrase
  }
}

void RepairSubjectParticipleComplements(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int p = 2; p < n; ++p) {
    const bool participle_form = t[p].xpos == "VBG" || t[p].xpos == "VBN" || t[p].xpos == "VBD";
    if (t[p].upos != "VERB" || !participle_form || t[p - 1].form != "," || HasDependent(t, p, "aux")) continue;
    const int verb = t[p].head;
    if (verb <= p + 1 || t[verb].upos != "VERB" || !Finite(t[verb].xpos) || t[verb - 1].form != "," ||
        HasDependent(t, verb, "nsubj"))
      continue;
    // The opening phrase: a noun or name before the comma, hung from the
    // participle, whose words open the sentence.
    int subject = -1;
    for (int c = 0; c < p - 1; ++c)
      if (t[c].head == p && Nominal(t[c])) subject = c;
    if (subject < 0 || SubtreeStart(t, subject) != 0 || SubtreeEnd(t, subject) != p - 2) continue;
    t[subject].head = verb;
    t[subject].deprel = "nsubj";
    t[p].head = subject;
    t[p].deprel = "acl";
    if (t[p].xpos == "VBD") t[p].xpos = "VBN";
    t[verb - 1].head = p;  // the comma closing the participle's phrase
    return;
  }
}

void RepairConjoinedReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int c = 0; c < n; ++c) {
    if (t[c].deprel != "conj" || t[c].upos != "VERB" || t[c].head < 0 || t[c].head > c) continue;
    if (t[c].xpos != "VBD" && t[c].xpos != "VBN") continue;
    if (HasDependent(t, c, "nsubj") || HasDependent(t, c, "aux") || !HasDependent(t, c, "cc")) continue;
    // The clause it joins, up the chain of conjuncts: a report's complement.
    int clause = t[c].head;
    while (t[clause].deprel == "conj" && t[clause].head >= 0) clause = t[clause].head;
    const int report = t[clause].head;
    if (t[clause].deprel != "ccomp" || report < 0 || t[report].upos != "VERB" || !Finite(t[report].xpos) ||
        !HasDependent(t, report, "nsubj") || !HasDependent(t, clause, "nsubj"))
      continue;
    // A report of its own ("and warned that ..."), or a past tense the
    // joined verb's modal cannot govern ("would order a review and warned").
    bool modal = false, other_auxiliary = false;
    for (const Token& w : t) {
      if (w.head != t[c].head || w.deprel.rfind("aux", 0) != 0) continue;
      if (w.xpos == "MD") modal = true;
      else other_auxiliary = true;
    }
    // So can a progressive's "were" not govern a past ("the findings were
    // intriguing but cautioned against …"), nor a passive's a past tense with
    // an object ("rain was expected and issued an alert").
    const Token& joined = t[t[c].head];
    const bool progressive = joined.xpos == "VBG" && other_auxiliary && !modal;
    const bool passive = HasDependent(t, t[c].head, "aux:pass") && t[c].xpos == "VBD" && HasDependent(t, c, "obj");
    const bool other_tense = (modal && !other_auxiliary) || progressive || passive;
    // Or a refusal to answer after a report in the past ("said …, but
    // declined to give a date"): the one asked is the one reporting, not
    // the subject of what was reported ("Police say he refused to stop").
    const std::string verb = LowerAscii(t[c].form);
    const bool refusal = (verb == "declined" || verb == "refused") && HasDependent(t, c, "xcomp") &&
                         t[report].xpos == "VBD";
    if (!HasDependent(t, c, "ccomp") && !other_tense && !refusal) continue;
    t[c].head = report;
    t[c].xpos = "VBD";
  }
}

void RepairQuotationReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int close = 2; close + 2 < n; ++close) {
    // (A quotation opened in the sentence before: its closing mark may be
    // read as an opening one.)
    if (t[close].upos != "PUNCT" || (t[close].xpos != "''" && t[close].xpos != "``") || t[close - 1].form != ",")
      continue;
    // The verb after the quotation, with only a subject's phrase between
    // (the first such closing mark decides).
    int verb = close + 1;
    while (verb < n && t[verb].upos != "VERB" && t[verb].upos != "AUX") ++verb;
    if (verb >= n || t[verb].upos != "VERB" || !Finite(t[verb].xpos) || !Nominal(t[close + 1])) return;
    // A mark read as opening may open one ("the mayor said, \"It is
    // late\""): as a closing one it leaves the verb after it nothing but
    // when, where, how ("said Thursday on Radio Nord").
    if (t[close].xpos == "``")
      for (int c = verb + 1; c < n; ++c)
        if (t[c].head == verb && t[c].deprel != "obl" && t[c].deprel != "advmod" && t[c].deprel != "punct" &&
            !(t[c].deprel == "nsubj" && NamesDayOrMonth(t[c])))
          return;
    // A subject of its own before it: read right; a day after it ("said
    // Thursday") is a time.
    const int own_subject = Dependent(t, verb, "nsubj");
    if (own_subject >= 0 && (own_subject < verb || !NamesDayOrMonth(t[own_subject]))) return;
    // The quotation's verb: the root, or already the reporting verb's complement.
    int quoted = -1;
    for (int c = 0; c < close - 1; ++c)
      if ((t[c].head < 0 && t[verb].head >= 0) || (t[c].head == verb && t[c].deprel == "ccomp")) quoted = c;
    if (quoted < 0) return;
    for (int c = close + 1; c < verb; ++c)
      if (t[c].head < close && t[c].head != quoted) return;
    const int subject = close + 1;
    for (int c = close + 1; c < verb; ++c) {
      if (c == subject || t[c].head > close) continue;
      t[c].head = Nominal(t[c]) ? subject : verb;  // an apposition, or the verb's
      if (Nominal(t[c])) t[c].deprel = "appos";
    }
    for (int c = verb + 1; c < n; ++c)
      if (t[c].head == quoted) t[c].head = verb;
    if (own_subject >= 0) t[own_subject].deprel = "obl:tmod";
    t[subject].head = verb;
    t[subject].deprel = "nsubj";
    if (t[quoted].head < 0) {
      t[verb].head = -1;
      t[verb].deprel = "root";
      t[quoted].head = verb;
      t[quoted].deprel = "ccomp";
    }
    return;
  }
}

void RepairInterruptedThatClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int c = 0; c < n; ++c) {
    if ((t[c].deprel != "ccomp" && t[c].deprel != "acl") || !Nominal(t[c]) || t[c].head < 0) continue;
    const int mark = Dependent(t, c, "mark"), subject = Dependent(t, c, "nsubj"), preposition = Dependent(t, c, "case");
    if (mark < 0 || LowerAscii(t[mark].form) != "that" || subject < 0 || preposition < 0 || preposition < subject) continue;
    if (HasDependent(t, c, "cop")) continue;  // "that the cuts were about a tenth"
    for (int v = c + 1; v < n; ++v) {
      // Hung from a word above the phrase ("said", or "statement" it is
      // read to describe), beside it.
      if (t[v].head < 0 || !Dominates(t, t[v].head, c) || t[v].upos != "VERB" ||
          (t[v].deprel != "parataxis" && t[v].deprel != "conj" && t[v].deprel != "ccomp"))
        continue;
      if (HasDependent(t, v, "nsubj") || !FiniteClause(t, v)) break;
      bool comma = false;
      for (int k = c + 1; k < v; ++k) comma |= t[k].form == ",";
      if (!comma) break;
      int verb = t[v].head;  // the clause's verb: the nearest verb above
      while (verb >= 0 && t[verb].upos != "VERB") verb = t[verb].head;
      if (verb < 0) break;
      t[v].head = verb;
      t[v].deprel = "ccomp";
      t[subject].head = v;
      t[mark].head = v;
      t[c].head = subject;
      t[c].deprel = "appos";
      break;
    }
  }
}

void RepairInvertedReports(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int v = 0; v + 1 < n; ++v) {
    // ("found" tagged a participle, with a subject and no auxiliary: a past tense.)
    const bool past = t[v].xpos == "VBN" && HasDependent(t, v, "nsubj") && !HasDependent(t, v, "aux") &&
                      !HasDependent(t, v, "aux:pass");
    if (t[v].deprel != "advcl" || t[v].upos != "VERB" || t[v].head < 0 || !(FiniteClause(t, v) || past) ||
        HasDependent(t, v, "mark"))
      continue;
    // The clause after the verb: its head, or the first head above it that
    // comes after it ("While ridership grew, inspectors found trains ran
    // late" with "found" hung from "grew", itself from "ran").
    int h = t[v].head;
    while (h >= 0 && h < v) h = t[h].head;
    if (h < 0) continue;
    // An active verb's subject, and no "when" or "where" opening the clause.
    bool subject = false, opened = false;
    for (const Token& c : t) {
      if (c.head != v) continue;
      subject = subject || c.deprel == "nsubj";
      opened = opened || c.xpos == "WRB";
    }
    if (!subject || opened) continue;
    // The other clause's subject right after the verb, and nothing of the
    // verb's after it.
    if (t[v + 1].head != h || t[v + 1].deprel.rfind("nsubj", 0) != 0) continue;
    bool after = false;
    for (int c = v + 1; c < n && !after; ++c) after = t[c].head == v;
    if (after) continue;
    // What stood before the verb, and the closing mark, were the clause's.
    for (int c = 0; c < n; ++c)
      if (t[c].head == h && (c < v || (t[c].upos == "PUNCT" && c == n - 1))) t[c].head = v;
    t[v].head = t[h].head;
    t[v].deprel = t[h].deprel;
    if (past) t[v].xpos = "VBD";
    t[h].head = v;
    t[h].deprel = "ccomp";
  }
}

void RepairNominalRootsBeforeVerbs(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  static const std::set<std::string> kModifierRelations = {"nmod", "acl", "parataxis", "appos", "dep", "amod"};
  const int root = OpeningNominalRoot(t);
  if (root < 0) return;
  // The first verb hung from the root, past clauses that describe the noun
  // set off by commas ("A former engineer, who asked not to be named because
  // …, said").
  auto describes = [&](int c) { return t[c].head == root && (t[c].deprel == "acl:relcl" || t[c].deprel == "advcl"); };
  int verb = root + 1;
  while (verb < n && !(t[verb].head == root && t[verb].upos == "VERB" && !describes(verb))) ++verb;
  if (verb == n || !Finite(t[verb].xpos) || !kModifierRelations.count(t[verb].deprel)) return;
  if (HasDependent(t, verb, "nsubj") || HasDependent(t, verb, "nsubj:pass") || HasDependent(t, verb, "expl")) return;
  int set_off = verb;  // the comma opening the describing clauses, if any
  if (t[verb - 1].form == ",") {
    int open = verb - 2;
    while (open > root && t[open].form != ",") --open;
    bool clauses = open > root;
    for (int c = open + 1; clauses && c < verb - 1; ++c) {
      int h = c;
      while (h >= 0 && !describes(h)) h = t[h].head;
      clauses = h >= 0 || t[c].upos == "PUNCT";
    }
    if (clauses) set_off = open;
  }
  // The words before the verb are the noun's: no quotation, no clause of
  // their own opened by a verb or a relative word.
  if (SubtreeStart(t, verb) < verb) return;
  for (int c = 0; c < set_off; ++c)
    if (t[c].upos == "VERB" || t[c].upos == "AUX" || IsWhWord(t[c]) || t[c].xpos == "``" || t[c].xpos == "''") return;
  // "In May, Ana Lund, the party's leader, proposed …": a noun with a
  // preposition is the verb's oblique, and a name set off after it (read
  // as its conjunct or apposition) the subject, with its description.
  int subject = root;
  if (HasDependent(t, root, "case")) {
    subject = -1;
    for (int c = root + 1; c < verb && subject < 0; ++c)
      if (t[c].head == root && (t[c].deprel == "conj" || t[c].deprel == "appos") && Nominal(t[c]) &&
          SubtreeStart(t, c) > 0 && t[SubtreeStart(t, c) - 1].form == "," && !HasDependent(t, c, "cc"))
        subject = c;
    if (subject < 0) return;
    for (int c = subject + 1; c < verb; ++c)
      if (t[c].head == root && (t[c].deprel == "parataxis" || t[c].deprel == "appos") && Nominal(t[c])) {
        t[c].head = subject;
        t[c].deprel = "appos";
      }
  }
  PromoteToRoot(t, root, verb, verb + 1);
  t[root].head = verb;
  t[root].deprel = subject == root ? "nsubj" : "obl";
  if (subject != root) {
    t[subject].head = verb;
    t[subject].deprel = "nsubj";
  }
}

void RepairThatBeforeSubject(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int that = 0; that + 1 < n; ++that) {
    const int verb = t[that].head;
    if (LowerAscii(t[that].form) != "that" || verb <= that || t[that].deprel.rfind("nsubj", 0) != 0) continue;
    for (int c = that + 1; c < verb; ++c)
      if (t[c].head == verb && t[c].deprel.rfind("nsubj", 0) == 0 && SubtreeStart(t, c) == that + 1) {
        t[that].deprel = "mark";
        t[that].upos = "SCONJ";
        t[that].xpos = "IN";
        break;
      }
  }
}

void RepairNamesBeforeDescribedSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int d = 0; d < n; ++d) {
    const int verb = t[d].head;
    if (t[d].deprel != "nsubj" || t[d].upos != "NOUN" || verb <= d || t[verb].upos != "VERB") continue;
    int start = SubtreeStart(t, d);
    // (Or the name read as a compound of the description across the comma:
    // "Ostrova, the party's leader" with "Ostrova" a compound of "leader".)
    if (t[start].upos == "PROPN" && t[start].head == d && t[start].deprel == "compound" && start + 1 < d &&
        t[start + 1].form == "," && start > 0 && t[start - 1].form == ",") {
      t[start].head = verb;
      t[start].deprel = "nsubj";
      t[d].head = start;
      t[d].deprel = "appos";
      continue;
    }
    while (start < d && t[start].upos == "PUNCT") ++start;  // its comma, hung from it
    if (start < 2 || t[start - 1].form != ",") continue;
    // The name right before that comma: its one word hung from outside it.
    const int last = start - 2;
    int first = last, name = -1, heads = 0;
    while (first > 0 && t[first - 1].upos == "PROPN") --first;
    for (int w = first; w <= last; ++w)
      if (t[w].upos == "PROPN" && (t[w].head < first || t[w].head > last)) {
        name = w;
        ++heads;
      }
    if (heads != 1) continue;
    const int phrase = t[name].head;
    static const std::set<std::string> kUnder = {"conj", "appos", "nmod"};
    if (phrase < 0 || phrase >= name || t[phrase].head != verb || t[phrase].deprel.rfind("obl", 0) != 0 ||
        !kUnder.count(t[name].deprel) || HasDependent(t, name, "case") || HasDependent(t, name, "cc") ||
        SubtreeStart(t, name) < 1 || t[SubtreeStart(t, name) - 1].form != "," || SubtreeEnd(t, name) != start - 2)
      continue;
    t[name].head = verb;
    t[name].deprel = "nsubj";
    t[d].head = name;
    t[d].deprel = "appos";
  }
}

void RepairBareNameObliques(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  // Whether `word` has a dependent `relation` after `name`.
  auto other = [&](int word, const std::string& relation, int name) {
    for (int c = name + 1; c < n; ++c)
      if (t[c].head == word && t[c].deprel == relation) return true;
    return false;
  };
  for (int name = 1; name < n; ++name) {
    const int noun = name - 1, head = t[name].head;
    if (t[name].upos != "PROPN" || HasDependent(t, name, "case") || NamesDayOrMonth(t[name]) ||
        t[noun].xpos != "NNS" || t[noun].head == name || !HasDependent(t, noun, "case") || head < 0)
      continue;
    const std::string& rel = t[name].deprel;
    // Read as what no name there can be: an oblique with no preposition, a
    // vocative, the object or subject of a noun, the object or subject of a
    // verb that has another after it ("…, who ran": a title's words before
    // a name may be the subject the parse got wrong instead).
    const bool of_noun = t[head].upos != "VERB";
    const bool misread = rel == "obl" || rel == "vocative" || (rel == "obj" && (of_noun || other(head, "obj", name))) ||
                         (rel == "nsubj" && (of_noun || other(head, "nsubj", name)));
    if (!misread) continue;
    t[name].head = noun;
    t[name].deprel = "appos";
  }
}

void RepairProportionSubjects(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  for (int part = 0; part + 4 < n; ++part) {
    const std::string by = LowerAscii(t[part + 1].form);
    if (t[part].upos != "NUM" || (by != "of" && by != "in") || t[part + 2].upos != "NUM") continue;
    // The people: plural nouns (and their adjectives) right after the whole.
    int noun = part + 3;
    while (noun < n && t[noun].upos == "ADJ") ++noun;
    if (noun >= n || t[noun].xpos != "NNS") continue;
    int verb = noun + 1;
    while (verb < n && (t[verb].upos == "AUX" || t[verb].upos == "ADV")) ++verb;
    if (verb >= n || t[verb].upos != "VERB" || (verb == noun + 1 && !Finite(t[verb].xpos))) continue;
    // (The proportion may have been read as the root, the verb its
    // parataxis: the verb then heads the sentence. A verb hung otherwise
    // from the proportion is its own clause's.)
    const bool reroot = t[verb].head == part && t[part].head < 0;
    if (!reroot && (Dominates(t, part, verb) || Dominates(t, noun, verb))) continue;
    // (The people may be the parse's subject, their "of" notwithstanding; a
    // subject it found after the verb is its clause's, the nearest verb after
    // it: "say they plan" read with "they" the subject of "say".)
    int after = -1, clause = -1;
    bool subject_before = false;
    for (int c = 0; c < n; ++c)
      if (t[c].head == verb && (t[c].deprel == "nsubj" || t[c].deprel == "nsubj:pass") && c != noun) {
        if (c < verb) subject_before = true;
        else after = c;
      }
    for (int c = after + 1; after >= 0 && c < n && clause < 0; ++c)
      if (t[c].head == verb && t[c].upos == "VERB") clause = c;
    if (subject_before || (after >= 0 && clause < 0)) continue;
    if (reroot) {
      t[verb].head = -1;
      t[verb].deprel = "root";
      for (int c = verb + 1; c < n; ++c)
        if (t[c].head == part) t[c].head = verb;
    }
    if (after >= 0) t[after].head = clause;
    t[part].head = verb;
    t[part].deprel = "nsubj";
    t[noun].head = part;
    t[noun].deprel = "nmod";
    t[part + 1].head = noun;
    t[part + 1].deprel = "case";
    t[part + 2].head = noun;
    t[part + 2].deprel = "nummod";
    for (int a = part + 3; a < noun; ++a) {
      t[a].head = noun;
      t[a].deprel = "amod";
    }
    // An adverb before the number ("nearly eight") stays the number's.
    if (part > 0 && t[part - 1].upos == "ADV" && t[part - 1].head != part) {
      t[part - 1].head = part;
      t[part - 1].deprel = "advmod";
    }
    return;
  }
}

void RepairVerbsAfterRelativeClauses(std::vector<Token>* tokens) {
  std::vector<Token>& t = *tokens;
  const int n = static_cast<int>(t.size());
  const int root = OpeningNominalRoot(t);
  if (root < 0) return;
  // The relative clause: opened by a comma right after the noun's words.
  int relative = -1;
  for (int c = root + 1; c < n && relative < 0; ++c)
    if (t[c].head == root && t[c].deprel == "acl:relcl") relative = c;
  if (relative < 0) return;
  // (The parse may have hung that comma from the clause.)
  int open = SubtreeStart(t, relative);
  if (t[open].form != ",") --open;
  if (open <= root || t[open].form != ",") return;
  // The verb: right after the comma that closes it, hung inside it.
  int verb = -1;
  for (int c = open + 2; c + 1 < n && verb < 0; ++c)
    if (t[c - 1].form == "," && Dominates(t, relative, c - 1) && t[c].upos == "VERB") verb = c;
  if (verb < 0 || !Dominates(t, relative, verb) || (t[verb].xpos != "VBD" && t[verb].xpos != "VBN")) return;
  if (HasDependent(t, verb, "nsubj") || HasDependent(t, verb, "nsubj:pass") || HasDependent(t, verb, "aux") ||
      HasDependent(t, verb, "aux:pass"))
    return;
  const int comma = verb - 1;
  t[verb].head = -1;
  t[verb].deprel = "root";
  t[verb].xpos = "VBD";
  t[comma].head = root;
  for (int c = verb + 1; c < n; ++c)
    if (t[c].head == root) t[c].head = verb;
  t[root].head = verb;
  t[root].deprel = "nsubj";
}

}  // namespace ng::nlp
