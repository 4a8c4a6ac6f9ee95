#include "ingest/event_mode.h"

#include <set>

#include "ingest/dependency_tree.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// Relations by which a trigger is an argument of the word above it: the
// governors whose own words count ("considering [a withdrawal]").
const std::set<std::string> kArgument = {"obj", "nsubj", "nsubj:pass", "xcomp", "ccomp", "nmod",
                                         "obl", "acl", "advcl", "csubj"};
// Relations by which an act is what the word above it does or begins
// ("start [talks]"), not a time or place beside it ("before [the attack]").
const std::set<std::string> kCompletes = {"obj", "nsubj", "nsubj:pass", "xcomp", "ccomp", "csubj"};
// Relations of the words that modify a trigger or a governor ("case": "without agreement").
const std::set<std::string> kModifier = {"aux", "advmod", "mark", "amod", "det", "cop", "aux:pass", "case"};

// A verb in the past ("held") or the perfect ("have held").
bool PastTense(const nlp::Sentence& s, int word) {
  const nlp::Token& w = s.tokens[word];
  if (w.upos != "VERB") return false;
  if (w.xpos == "VBD") return true;
  if (w.xpos != "VBN") return false;
  for (const nlp::Token& c : s.tokens)
    if (c.head == word && c.deprel == "aux" && Lower(c.lemma) == "have") return true;
  return false;
}

// Stronger modes win: denied, hypothetical, planned.
int Rank(const std::string& mode) {
  return mode == "denied" ? 3 : mode == "hypothetical" ? 2 : mode == "planned" ? 1 : 0;
}

// "to withdraw": a verb in the infinitive with its "to".
bool ToInfinitive(const nlp::Sentence& s, int verb) {
  if (s.tokens[verb].xpos != "VB") return false;
  for (const nlp::Token& c : s.tokens)
    if (c.head == verb && c.deprel == "mark" && Lower(c.form) == "to") return true;
  return false;
}

// "said the plan is meant to set a timetable, begin a drawdown and end the
// mission": a base-form verb joined (or set beside, as the parse may have
// it) to a verb in another tense, with no subject or auxiliary of its own,
// cannot share that verb's tense; it goes on a list of infinitives (whose
// "to" the parse hung elsewhere), of acts meant, not done.
bool StrandedInfinitive(const nlp::Sentence& s, int verb) {
  static const std::set<std::string> kBase = {"VB", "VBP"};
  static const std::set<std::string> kOtherTense = {"VBD", "VBN", "VBZ", "VBG"};
  const nlp::Token& v = s.tokens[verb];
  if (v.upos != "VERB" || !kBase.count(v.xpos) || (v.deprel != "conj" && v.deprel != "parataxis") || v.head < 0)
    return false;
  for (const nlp::Token& c : s.tokens)
    if (c.head == verb && (c.deprel.rfind("nsubj", 0) == 0 || c.deprel.rfind("aux", 0) == 0 || c.deprel == "mark"))
      return false;
  const nlp::Token& head = s.tokens[v.head];
  if (kOtherTense.count(head.xpos)) return true;
  // Further down the list: joined to an infinitive ("..., begin a drawdown
  // and hold talks").
  return v.deprel == "conj" && kBase.count(head.xpos) && (ToInfinitive(s, v.head) || StrandedInfinitive(s, v.head));
}

// "Norway to withdraw troops": a sentence whose main verb is an infinitive
// with no verb over it is headline style for what will be done.
bool HeadlineInfinitive(const nlp::Sentence& s, int verb) {
  const nlp::Token& v = s.tokens[verb];
  if (v.head >= 0 || v.upos != "VERB" || v.xpos != "VB") return false;
  bool to = false;
  for (const nlp::Token& c : s.tokens) {
    if (c.head != verb) continue;
    if (c.deprel == "mark" && Lower(c.form) == "to") to = true;
    if (c.deprel.rfind("aux", 0) == 0) return false;
  }
  return to;
}

// The word's key in the tables: its lemma, joined to its particle when it
// has one ("ruled out" is "rule_out").
std::string KeyOf(const nlp::Sentence& s, int word) {
  std::string lemma = Lower(s.tokens[word].lemma);
  for (const nlp::Token& c : s.tokens)
    if (c.head == word && c.deprel == "compound:prt") return lemma + "_" + Lower(c.form);
  return lemma;
}

// The mode a noun with its preposition gives what it stands for: as the
// predicate of the act ("talks are in the works", "an exit is under
// consideration") or beside it ("a withdrawal under consideration"). Its
// key joins them: "in_work". Not a phrase the act is placed by ("talks
// before the attack in the works" leaves the attack alone).
const std::string* PhraseModeOf(const nlp::Sentence& s, int word, const Lexicon& lex) {
  if (s.tokens[word].upos != "NOUN") return nullptr;
  for (const nlp::Token& c : s.tokens)
    if (c.head == word && c.deprel == "case") {
      auto mode = lex.event_modes.find(Lower(c.form) + "_" + Lower(s.tokens[word].lemma));
      return mode == lex.event_modes.end() ? nullptr : &mode->second;
    }
  return nullptr;
}

// The word's key joined to its object's lemma ("kept the door open to a
// deal" is "keep_door"), or empty.
std::string ObjectKeyOf(const nlp::Sentence& s, int word) {
  for (const nlp::Token& c : s.tokens)
    if (c.head == word && c.deprel == "obj") return Lower(s.tokens[word].lemma) + "_" + Lower(c.lemma);
  return "";
}

// The mode a word gives by itself, if any: by its key, its lemma, its form,
// its lemma with its object's.
const std::string* ModeOf(const nlp::Sentence& s, int word, const Lexicon& lex) {
  for (const std::string& key :
       {KeyOf(s, word), Lower(s.tokens[word].lemma), Lower(s.tokens[word].form), ObjectKeyOf(s, word)}) {
    auto mode = lex.event_modes.find(key);
    if (mode != lex.event_modes.end()) return &mode->second;
  }
  return nullptr;
}

// A word with a modifier of mode denied ("not", "never").
bool Negated(const nlp::Sentence& s, int word, const Lexicon& lex) {
  for (size_t c = 0; c < s.tokens.size(); ++c)
    if (s.tokens[c].head == word && kModifier.count(s.tokens[c].deprel)) {
      const std::string* mode = ModeOf(s, static_cast<int>(c), lex);
      if (mode && *mode == "denied") return true;
    }
  return false;
}

// A verb that, negated, says nothing of whether the event it governs is:
// "has not commented on an exit", "did not deny that strikes might follow"
// leave it open.
bool LeavesOpen(const nlp::Sentence& s, int word, const Lexicon& lex) {
  const std::string lemma = Lower(s.tokens[word].lemma);
  return (lex.speech_lemmas.count(lemma) || lex.event_mode_open.count(lemma) ||
          lex.event_mode_open.count(KeyOf(s, word))) &&
         Negated(s, word, lex);
}

// An event word of its own ("a negotiation over an exit"): the words
// around it tell of that event, not of the one it is about.
bool EventWord(const nlp::Token& t, const Lexicon& lex) {
  if (lex.event_triggers.count(Lower(t.form))) return true;
  auto by_lemma = lex.event_trigger_lemmas.find(Lower(t.lemma) + " " + t.upos);
  return by_lemma != lex.event_trigger_lemmas.end() && by_lemma->second.needs.empty();
}

// "to end the deployment", "suspended the talks": a word that names an
// event only by what it ends or cuts (its needs in
// data/event_trigger_lemmas.tsv) presupposes that act, under way whatever
// the ending's own mode; the words above tell of the ending.
bool Ends(const nlp::Token& governor, const nlp::Token& trigger, const Lexicon& lex) {
  auto by_lemma = lex.event_trigger_lemmas.find(Lower(governor.lemma) + " " + governor.upos);
  return by_lemma != lex.event_trigger_lemmas.end() && by_lemma->second.needs.count(Lower(trigger.lemma)) > 0;
}

// "The visit was no negotiation": a trigger that is the predicate of a
// named subject describes that subject; denying the description does not
// deny an event.
bool Description(const nlp::Sentence& s, int trigger) {
  bool copula = false, subject = false;
  for (const nlp::Token& c : s.tokens) {
    if (c.head != trigger) continue;
    if (c.deprel == "cop") copula = true;
    if (c.deprel == "nsubj" && (c.upos == "NOUN" || c.upos == "PROPN")) subject = true;
  }
  return copula && subject;
}

// "a petition calling for a vote", "a resolution that urges talks": the
// noun a clause describes does what its verb says, and that verb's mode is
// of what it calls for, not of the noun ("talks planned for May": the noun
// is what is planned).
bool NounActs(const nlp::Sentence& s, int clause) {
  if (s.tokens[clause].xpos == "VBG") return true;
  for (const nlp::Token& c : s.tokens)
    if (c.head == clause && c.deprel == "nsubj" && (c.xpos == "WDT" || c.xpos == "WP")) return true;
  return false;
}

// "a step Baku called unjust", "considers the strikes illegal": a verb
// with an adjective or noun as its complement says what something is, not
// that an act is asked for or weighed.
bool Judges(const nlp::Sentence& s, int verb) {
  if (s.tokens[verb].upos != "VERB") return false;
  for (const nlp::Token& c : s.tokens)
    if (c.head == verb && c.deprel == "xcomp" && (c.upos == "ADJ" || c.upos == "NOUN")) return true;
  return false;
}

}  // namespace

std::string EventMode(const nlp::Sentence& s, int trigger, const Lexicon& lex) {
  std::string best = "occurred";
  const bool description = Description(s, trigger);
  auto raise = [&](const std::string& m) {
    if (description && m == "denied") return;
    if (Rank(m) > Rank(best)) best = m;
  };
  // `reported`: t modifies a clause a verb of speech reports; `open`: t
  // modifies a negated verb that leaves the event open, whose negation
  // denies nothing.
  auto consider = [&](int t, bool reported, bool open) {
    const std::string* mode = ModeOf(s, t, lex);
    // "kept the door open to a deal": the verb with its object is an idiom,
    // whatever the adjective says of the door.
    const bool idiom = lex.event_modes.count(ObjectKeyOf(s, t)) > 0;
    if (!mode || (Judges(s, t) && !idiom)) return;
    std::string m = *mode;
    auto as_reported = lex.event_modes_reported.find(Lower(s.tokens[t].lemma));
    if (reported && as_reported != lex.event_modes_reported.end()) m = as_reported->second;
    if (open && m == "denied") return;
    raise(m);
  };
  // "talks set to begin soon", "a withdrawal planned for May", "strikes
  // that could follow": a clause describing a noun trigger tells its mode by
  // its own words and their modifiers. Not by its "to": "a resolution to
  // expel" was passed; the infinitive is what it asks for.
  if (s.tokens[trigger].upos == "NOUN")
    for (size_t c = 0; c < s.tokens.size(); ++c) {
      if (s.tokens[c].head != trigger || s.tokens[c].deprel.rfind("acl", 0) != 0) continue;
      const int clause = static_cast<int>(c);
      if (!NounActs(s, clause)) consider(clause, false, false);
      for (size_t m = 0; m < s.tokens.size(); ++m)
        if (s.tokens[m].head == clause && kModifier.count(s.tokens[m].deprel)) consider(static_cast<int>(m), false, false);
    }
  for (size_t c = 0; c < s.tokens.size(); ++c)
    if (s.tokens[c].head == trigger && s.tokens[c].deprel == "nmod")
      if (const std::string* m = PhraseModeOf(s, static_cast<int>(c), lex)) raise(*m);
  int node = trigger;
  // "agreed to withdraw", "agreed to resume talks": an act in the infinitive,
  // or one that an infinitive would begin, is one someone means to do, not
  // one done — unless a word above says it took place ("began to withdraw").
  bool only_meant = ToInfinitive(s, trigger) || StrandedInfinitive(s, trigger);
  std::string via;  // the relation by which the walk reached `node`
  for (int depth = 0; depth < 4 && node >= 0; ++depth) {
    if (depth == 1 && Ends(s.tokens[node], s.tokens[trigger], lex)) break;
    const bool open = depth > 0 && LeavesOpen(s, node, lex);
    if (open) raise("hypothetical");
    if (depth > 0) {
      consider(node, false, open);  // the governor itself ("consider", "plan")
      if (via == "nsubj" || via == "nsubj:pass" || via == "csubj")
        if (const std::string* m = PhraseModeOf(s, node, lex)) raise(*m);
      const std::string* own = ModeOf(s, node, lex);
      // "to resume [talks]", not "to start [talks] before [the attack]".
      const bool infinitive = ToInfinitive(s, node) || StrandedInfinitive(s, node);
      if (own && *own == "occurred") only_meant = infinitive && kCompletes.count(via);
      // "agreed to hold [talks]": the act an infinitive does is meant too.
      if (!own && depth == 1 && s.tokens[trigger].upos == "NOUN" && kCompletes.count(via) && infinitive)
        only_meant = true;
    }
    // The trigger is what another event is about: that event's words are
    // its own ("no negotiation over an exit" denies no exit).
    if (depth > 0 && EventWord(s.tokens[node], lex)) break;
    // "The visit was no negotiation": what is said of the
    // description is not said of the event it describes.
    const nlp::Token& n = s.tokens[node];
    if (n.deprel == "nsubj" && n.head >= 0 && EventWord(s.tokens[n.head], lex) && Description(s, n.head)) break;
    // "said X would ..., and that Y would ...": a conjunct of reported words is reported too.
    int clause = node;
    while (s.tokens[clause].deprel == "conj" && s.tokens[clause].head >= 0) clause = s.tokens[clause].head;
    const nlp::Token& reported_clause = s.tokens[clause];
    // A verb opened by "that" under a verb of speech is its content,
    // however the parser hung it.
    const bool that_clause = DependencyTree(s).HasMark(clause, "that");
    bool reported = (reported_clause.deprel == "ccomp" || (that_clause && reported_clause.upos == "VERB")) &&
                    reported_clause.head >= 0 && lex.speech_lemmas.count(Lower(s.tokens[reported_clause.head].lemma));
    for (size_t c = 0; c < s.tokens.size(); ++c)
      if (s.tokens[c].head == node && kModifier.count(s.tokens[c].deprel))
        consider(static_cast<int>(c), reported, open);
    // "will hold talks and sign a treaty": a conjunct stands where its first
    // conjunct stands and shares its auxiliaries, not its other words ("did
    // not attack and withdrew": the withdrawal took place).
    while (s.tokens[node].deprel == "conj" && s.tokens[node].head >= 0) {
      node = s.tokens[node].head;
      for (size_t c = 0; c < s.tokens.size(); ++c)
        if (s.tokens[c].head == node && s.tokens[c].deprel == "aux") consider(static_cast<int>(c), reported, open);
    }
    if (!kArgument.count(s.tokens[node].deprel)) break;
    // "the troops sent last month will stay": a participle describing a
    // noun tells its own act, done; the clause around the noun tells another.
    if (s.tokens[node].deprel == "acl" && s.tokens[node].xpos == "VBN") break;
    // "will resume talks days after they clashed": a clause in the past
    // tense tells its own time, not the mode of the clause it modifies.
    if (s.tokens[node].deprel == "advcl" && s.tokens[node].xpos == "VBD") break;
    via = s.tokens[node].deprel;
    node = s.tokens[node].head;
  }
  if (best == "occurred" && node >= 0 && HeadlineInfinitive(s, node)) best = "planned";
  if (best == "occurred" && only_meant) best = "planned";
  return best;
}

bool ModeTold(const nlp::Sentence& s, int trigger, const Lexicon& lex) {
  const nlp::Token& t = s.tokens[trigger];
  if (t.upos == "VERB") return true;
  for (int node = trigger, depth = 0; depth < 4 && node >= 0; ++depth) {
    if (depth > 0) {
      if (ModeOf(s, node, lex)) return true;  // "began the talks"
      if (PastTense(s, node)) return true;    // "held talks", "have held talks"
    }
    if (!kArgument.count(s.tokens[node].deprel)) break;
    node = s.tokens[node].head;
  }
  return false;
}

}  // namespace ng::ingest
