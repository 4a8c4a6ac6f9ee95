#include "ingest/event_arguments.h"

#include <algorithm>
#include <map>
#include <set>

#include "ingest/dependency_tree.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

enum class Slot { kSubject, kObject, kAgent, kTarget, kParticipant, kLocation };

// Nouns that count or measure what their "of" phrase names ("a series of
// raids", "tonnes of aid"): English partitives, not news vocabulary.
const std::set<std::string> kPartitives = {"series", "round", "wave",  "spate",  "string",   "number",
                                           "dozen",  "dozens", "hundreds", "thousands", "couple", "pair",
                                           "barrage", "volley", "flurry", "tonne", "ton",    "batch",
                                           "shipment", "package", "handful"};

// How a dependent of the trigger (or of the clause a noun trigger sits in)
// relates to the event: by relation, and for obliques and noun modifiers by
// preposition.
struct SlotRule {
  const char* relation;
  const char* preposition;  // "" for none
  Slot slot;
};

const SlotRule kRules[] = {
    {"nsubj", "", Slot::kSubject},        {"nsubj:pass", "", Slot::kTarget},
    {"obl:agent", "", Slot::kAgent},      {"obl", "by", Slot::kAgent},  // a passive's agent, however parsed
    {"obj", "", Slot::kObject},
    {"iobj", "", Slot::kObject},          {"nmod:poss", "", Slot::kSubject},
    {"compound", "", Slot::kSubject},     {"amod", "", Slot::kSubject},
    {"obl", "on", Slot::kTarget},         {"obl", "against", Slot::kTarget},
    {"obl", "at", Slot::kTarget},         {"obl", "with", Slot::kParticipant},
    {"obl", "between", Slot::kParticipant}, {"obl", "among", Slot::kParticipant},
    {"obl", "in", Slot::kLocation},       {"obl", "near", Slot::kLocation},
    {"obl", "off", Slot::kLocation},      // "off the coast of X"
    {"obl", "inside", Slot::kLocation},   {"obl", "outside", Slot::kLocation},
    {"obl", "across", Slot::kLocation},   {"obl", "within", Slot::kLocation},
    {"nmod", "by", Slot::kAgent},         {"nmod", "of", Slot::kSubject},
    {"nmod", "on", Slot::kTarget},        {"nmod", "against", Slot::kTarget},
    {"nmod", "with", Slot::kParticipant}, {"nmod", "between", Slot::kParticipant},
    {"nmod", "among", Slot::kParticipant}, {"nmod", "from", Slot::kParticipant},
    {"nmod", "in", Slot::kLocation},      {"nmod", "near", Slot::kLocation},
    {"nmod", "inside", Slot::kLocation},  {"nmod", "outside", Slot::kLocation},
    {"nmod", "across", Slot::kLocation},  {"nmod", "within", Slot::kLocation},
};

Slot SlotNamed(const std::string& role) {
  static const std::map<std::string, Slot> kSlots = {{"agent", Slot::kAgent},
                                                     {"target", Slot::kTarget},
                                                     {"participant", Slot::kParticipant},
                                                     {"location", Slot::kLocation}};
  auto slot = kSlots.find(role);
  return slot == kSlots.end() ? Slot::kParticipant : slot->second;
}

// Dependents that start a clause of their own: not part of an argument's phrase.
bool Clausal(const std::string& relation) {
  std::string base = relation.substr(0, relation.find(':'));
  return base == "acl" || base == "advcl" || base == "ccomp" || base == "parataxis" || base == "xcomp";
}

struct Parse : DependencyTree {
  using DependencyTree::DependencyTree;

  // The first and last token of t's phrase, without clauses hanging from it
  // nor, at any depth, the place something in it is in or whom it opposes
  // ("the coalition forces in X": X is where they are; "the coalition
  // against X": X is whom it fights; "the ambassador to X": X is where she
  // is posted; "groups trained by Y, including attacks in X": X is where;
  // none is one of them).
  void Phrase(int t, int* first, int* last) const {
    *first = std::min(*first, t);
    *last = std::max(*last, t);
    for (int c : children[t]) {
      // A root's final stop would stretch the phrase over the sentence.
      if (Clausal(s.tokens[c].deprel) || s.tokens[c].deprel == "punct") continue;
      if (!Beside(c)) {
        Phrase(c, first, last);
        continue;
      }
      for (int g : children[c])  // see Asides
        if (base_rel(g) == "appos") Phrase(g, first, last);
    }
  }

  // The token ranges Phrase(t) leaves out although they lie inside its span
  // ("the ambassador to X, Y": X is left out, Y is not). A name set beside
  // the place is the head's, however parsed ("to X, Y" with Y hung from X).
  void Asides(int t, std::vector<std::pair<int, int>>* out) const {
    for (int c : children[t]) {
      if (Clausal(s.tokens[c].deprel)) continue;
      if (!Beside(c)) {
        Asides(c, out);
        continue;
      }
      int first = c, last = c;
      for (int g : children[c])
        if (base_rel(g) != "appos") Span(g, -1, &first, &last);
      out->emplace_back(first, last);
    }
  }

  bool Beside(int t) const {
    static const std::set<std::string> kPlaceOrOpposition = {"in",      "near",   "inside", "outside", "across",
                                                             "within",  "off",    "at",     "along",   "around",
                                                             "against", "versus", "to"};
    if (base_rel(t) != "nmod") return false;
    const std::string prep = Preposition(t);
    return kPlaceOrOpposition.count(prep) > 0 || where.count(prep) > 0;
  }

  // Prepositions that say where an event of this type happens
  // (data/event_prepositions.tsv: "from" for a withdrawal).
  std::set<std::string> where;

  // The preposition marking t ("on" in "on the port"); not a possessive 's.
  std::string Preposition(int t) const {
    for (int c : children[t])
      if (s.tokens[c].deprel == "case" && s.tokens[c].upos == "ADP") return Lower(s.tokens[c].form);
    return "";
  }

  // "X said it would strike Y": the subject of the clause that reports
  // the words t stands in (its ccomp, through the phrases and clauses t
  // completes), or -1. A conjoined reporting verb shares its first verb's
  // subject ("X denied the charge and said it ...").
  int ReporterSubject(int t) const {
    static const std::set<std::string> kThrough = {"xcomp", "obj", "acl", "nmod", "obl", "conj", "nsubj"};
    for (int up = 0; up < 6 && t >= 0; ++up) {
      const std::string rel = base_rel(t);
      const int head = s.tokens[t].head;
      if (head < 0) return -1;
      // "said in a statement that it would ...": the content clause of the
      // reporting verb's noun (no relative clause: its "that" is no mark)
      // gives the words of that verb's subject.
      int reporter = head;
      if (s.tokens[t].deprel == "acl" && HasMark(t, "that") && (base_rel(head) == "obl" || base_rel(head) == "obj") &&
          s.tokens[head].head >= 0 && s.tokens[s.tokens[head].head].upos == "VERB")
        reporter = s.tokens[head].head;
      // "has not said whether it will ...": a whether-clause the parse
      // hangs as an adverbial is the verb's complement all the same.
      if (rel == "ccomp" || (rel == "advcl" && HasMark(t, "whether")) || reporter != head) {
        int subject = Child(reporter, "nsubj");
        if (subject < 0 && base_rel(reporter) == "conj" && s.tokens[reporter].head >= 0)
          subject = Child(s.tokens[reporter].head, "nsubj");
        // "X praised the talks, saying he met Y": the gerund's doer.
        if (subject < 0) subject = AdverbialController(reporter);
        return subject >= 0 && s.tokens[subject].upos != "PRON" ? subject : -1;
      }
      if (!kThrough.count(rel)) return -1;
      t = head;
    }
    return -1;
  }

  // The named subject of the nearest verb above t, not `except` ("X has
  // not paid the loans it froze": X), or -1.
  int SubjectAbove(int t, int except) const {
    for (int up = s.tokens[t].head; up >= 0; up = s.tokens[up].head) {
      const int subject = Child(up, "nsubj");
      if (s.tokens[up].upos == "VERB" && subject >= 0 && subject != except && s.tokens[subject].upos != "PRON")
        return subject;
    }
    return -1;
  }

  // "Norway struck back, shelling the port", "Norway sent jets to strike
  // the port": a clause of a gerund or an infinitive with no subject of its
  // own is done by the subject of the clause it modifies. That subject, or -1.
  int AdverbialController(int verb) const {
    const nlp::Token& v = s.tokens[verb];
    if (base_rel(verb) != "advcl" || v.head < 0 || Child(verb, "nsubj") >= 0) return -1;
    const bool to = HasMark(verb, "to");
    // "open to reducing X": a gerund after "to" is a matter, not an act of
    // the subject's.
    if (!(v.xpos == "VBG" && !to) && !(v.xpos == "VB" && to)) return -1;
    // "X accused Y of shelling Z", "blamed Y for attacking Z", "kept Y from
    // leaving": a gerund of "of", "for" or "from" is the object's act.
    if (v.xpos == "VBG" && (HasMark(verb, "of") || HasMark(verb, "for") || HasMark(verb, "from")))
      for (int c : children[v.head])
        if (rel(c) == "obj") return c;
    // An active clause's subject only: "the port was shelled, killing
    // three" says nothing of who killed.
    for (int c : children[v.head])
      if (rel(c) == "nsubj") return c;
    return -1;
  }

  // "militants launching raids on X", "militants attacking X": an active
  // participle describing a noun is done by that noun. The noun, or -1.
  int ParticipleNoun(int verb) const {
    const nlp::Token& v = s.tokens[verb];
    if (v.deprel != "acl" || v.xpos != "VBG" || v.head < 0 || Child(verb, "nsubj") >= 0) return -1;
    const std::string& upos = s.tokens[v.head].upos;
    return upos == "NOUN" || upos == "PROPN" ? v.head : -1;
  }

  const SlotRule* RuleFor(int t) const {
    const std::string& relation = s.tokens[t].deprel;
    std::string base = relation.substr(0, relation.find(':'));
    std::string prep = Preposition(t);
    for (const SlotRule& r : kRules) {
      bool exact = relation == r.relation;
      bool by_base = base == r.relation && (base == "obl" || base == "nmod");
      if ((exact || by_base) && prep == r.preposition) return &r;
    }
    return nullptr;
  }
};

}  // namespace

EventArguments ArgumentsOf(const nlp::Sentence& sentence, int trigger, const EventTrigger& entry,
                           const std::vector<PlacedMention>& mentions,
                           const std::set<std::string>& onlookers,
                           const std::set<std::string>& places,
                           const std::set<std::string>& intentions,
                           const std::set<std::string>& attacks,
                           const std::set<std::string>& undergoers,
                           const std::set<std::string>& settlements) {
  const std::string& subject_role = entry.subject_role;
  const std::set<std::string>& event_nouns = entry.needs;
  Parse parse(sentence);
  for (const auto& [prep, role] : entry.preposition_roles)
    if (role == "location") parse.where.insert(prep);
  const auto& tokens = sentence.tokens;
  const bool symmetric = subject_role == "participant";
  std::vector<std::pair<int, Slot>> slots;  // argument head token, slot
  std::vector<int> bystanders;              // heads of onlookers' phrases
  int cause = -1;  // the attack noun the event is part of
  for (int c : parse.children[trigger]) {
    // "talks hosted by X": who hosts them is no side.
    if (parse.base_rel(c) == "acl" && onlookers.count(Lower(tokens[c].lemma))) {
      for (int g : parse.children[c])
        if (parse.base_rel(g) == "obl" && parse.Preposition(g) == "by") bystanders.push_back(g);
      continue;
    }
    // "met at the invitation of X", "talks under criticism from X": who
    // invites or judges is no side.
    if ((parse.base_rel(c) == "obl" || parse.base_rel(c) == "nmod") && tokens[c].upos == "NOUN" &&
        onlookers.count(Lower(tokens[c].lemma))) {
      bystanders.push_back(c);
      continue;
    }
    if (event_nouns.count(Lower(tokens[c].lemma))) {
      // "reinforced its frontier", "reinforced the Polish border": ground
      // the act needs is where it is, and whose ground it is acts in nothing.
      if (places.count(Lower(tokens[c].lemma))) {
        slots.emplace_back(c, Slot::kLocation);
        continue;
      }
      // The noun's owner does the act ("ended its mission"), unless the
      // type says it suffers it ("blocked a Philippine supply run":
      // event_prepositions.tsv, "needed").
      auto owner = entry.preposition_roles.find("needed");
      for (int g : parse.children[c]) {
        // "recalled its ambassador from X": the type's own prepositions.
        auto own = entry.preposition_roles.find(parse.Preposition(g));
        if ((parse.base_rel(g) == "nmod" || parse.base_rel(g) == "obl") && own != entry.preposition_roles.end() &&
            own->second != "cause") {
          if (own->second != "none") slots.emplace_back(g, SlotNamed(own->second));
        }
        else if (const SlotRule* r = parse.RuleFor(g))
          slots.emplace_back(g, owner != entry.preposition_roles.end() && r->slot == Slot::kSubject
                                    ? SlotNamed(owner->second)
                                    : r->slot);
      }
      // "summoned Norway's ambassador": the noun is an unnamed person,
      // whose country the caller finds (EventArguments).
      if (std::any_of(mentions.begin(), mentions.end(),
                      [&](const PlacedMention& m) { return m.anonymous && m.end == tokens[c].end; }))
        slots.emplace_back(c, Slot::kSubject);
      continue;
    }
    // "the invasion of X": X suffered it; "the withdrawal from X": X is where.
    auto own = entry.preposition_roles.find(parse.Preposition(c));
    const bool phrase = parse.base_rel(c) == "nmod" || parse.base_rel(c) == "obl";
    // "killed in Norwegian airstrikes": the killing is part of the attack.
    if (phrase && own != entry.preposition_roles.end() && own->second == "cause") {
      if (attacks.count(Lower(tokens[c].lemma)) || attacks.count(Lower(tokens[c].form))) {
        if (cause < 0) cause = c;
      } else if (const SlotRule* r = parse.RuleFor(c)) {
        slots.emplace_back(c, r->slot);
      }
      continue;
    }
    // "delivered a letter to X": the phrases of the object that makes the
    // event are the event's, as the type reads them.
    if (entry.objects.count(Lower(tokens[c].lemma)))
      for (int g : parse.children[c]) {
        auto of_object = entry.preposition_roles.find(parse.Preposition(g));
        if ((parse.base_rel(g) == "nmod" || parse.base_rel(g) == "obl") && of_object != entry.preposition_roles.end() &&
            of_object->second != "cause" && of_object->second != "none")
          slots.emplace_back(g, SlotNamed(of_object->second));
      }
    if (phrase && own != entry.preposition_roles.end()) {
      if (own->second != "none") slots.emplace_back(c, SlotNamed(own->second));
    } else if (const SlotRule* r = parse.RuleFor(c)) {
      // "withdrew its troops", "withdraw Swedish forces": what some types
      // do to their object is their owner's act (data/event_prepositions.tsv,
      // "object").
      // So do their passive subjects ("Chilean gunboats were deployed").
      auto object = entry.preposition_roles.find("object");
      const bool done_to = r->slot == Slot::kObject || tokens[c].deprel == "nsubj:pass";
      slots.emplace_back(c, done_to && object != entry.preposition_roles.end() ? SlotNamed(object->second)
                                                                                : r->slot);
    }
  }
  // "gunboats dispatched to the strait", "a tanker seized by X": a participle
  // describing a noun does its act to that noun, as to a passive subject —
  // not one with an object of its own ("police detained a ship" misread as
  // a noun with a participle: the noun does it, below).
  if (tokens[trigger].upos == "VERB" && tokens[trigger].deprel == "acl" && tokens[trigger].xpos == "VBN" &&
      tokens[trigger].head >= 0 && parse.Child(trigger, "obj") < 0) {
    auto object = entry.preposition_roles.find("object");
    slots.emplace_back(tokens[trigger].head,
                       object != entry.preposition_roles.end() ? SlotNamed(object->second) : Slot::kTarget);
  }
  // A verb trigger completing another verb has that verb's object as its
  // subject ("urged Norway to withdraw", "called for Norway to withdraw"),
  // else that verb's subject ("Norway plans to withdraw").
  const nlp::Token& v = tokens[trigger];
  if (v.upos == "VERB" && v.deprel == "xcomp" && v.head >= 0 && parse.Child(trigger, "nsubj") < 0) {
    int controller = -1;
    for (int c : parse.children[v.head]) {
      const std::string& rel = tokens[c].deprel;
      if ((rel == "obj" || rel == "iobj" || (parse.base_rel(c) == "obl" && parse.Preposition(c) == "for")) &&
          controller < 0)
        controller = c;
    }
    if (controller < 0) controller = parse.Child(v.head, "nsubj");
    if (controller >= 0) slots.emplace_back(controller, Slot::kSubject);
  }
  // "Sweden recalled its envoy and attacked Norway": a conjoined verb with
  // no subject of its own has its first conjunct's, the doer whether that
  // verb is active or passive ("was shelled and struck back"); a passive
  // conjunct's is acted on ("condemned X and was attacked by Y").
  if (v.upos == "VERB" && parse.base_rel(trigger) == "conj" && parse.Child(trigger, "nsubj") < 0) {
    bool passive = false;
    for (int c : parse.children[trigger]) passive |= parse.rel(c) == "aux:pass";
    int first_verb = trigger;
    while (parse.base_rel(first_verb) == "conj" && tokens[first_verb].head >= 0) first_verb = tokens[first_verb].head;
    int subject = parse.Child(first_verb, "nsubj");
    if (subject >= 0 && tokens[first_verb].upos == "VERB")
      slots.emplace_back(subject, passive ? Slot::kTarget : Slot::kSubject);
  }
  if (v.upos == "VERB") {
    int controller = parse.AdverbialController(trigger);
    if (controller < 0) controller = parse.ParticipleNoun(trigger);
    if (controller >= 0) slots.emplace_back(controller, Slot::kSubject);
  }
  // "Norway has no plans to attack Sweden", "gave the order to withdraw": an
  // act in the infinitive describing a noun of intention is done by the
  // subject of the clause that noun is the object of.
  if (v.upos == "VERB" && v.deprel == "acl" && v.head >= 0 && parse.Child(trigger, "nsubj") < 0 &&
      parse.rel(v.head) == "obj" && tokens[v.head].head >= 0 && intentions.count(Lower(tokens[v.head].lemma))) {
    int subject = parse.Child(tokens[v.head].head, "nsubj");
    if (parse.HasMark(trigger, "to") && subject >= 0) slots.emplace_back(subject, Slot::kSubject);
  }
  // "Norway's plans to withdraw", "Norway plans to withdraw" read as a noun:
  // the owner of the intention does the act.
  if (v.upos == "VERB" && v.deprel == "acl" && v.head >= 0 && parse.Child(trigger, "nsubj") < 0 &&
      intentions.count(Lower(tokens[v.head].lemma)) && parse.HasMark(trigger, "to"))
    for (int c : parse.children[v.head])
      if (c < v.head && (tokens[c].deprel == "nmod:poss" || tokens[c].deprel == "compound" || tokens[c].deprel == "amod"))
        slots.emplace_back(c, Slot::kSubject);
  // "Militias attacked X." parsed as a noun with a participle ("militias
  // [who were] attacked"): when that noun is the sentence's root and the
  // participle has an object, there is no other verb, so the noun is the
  // trigger's subject.
  if (v.upos == "VERB" && v.deprel == "acl" && v.head >= 0 && tokens[v.head].deprel == "root" &&
      parse.Child(trigger, "nsubj") < 0 && parse.Child(trigger, "obj") >= 0)
    slots.emplace_back(v.head, Slot::kSubject);
  // A participle describing a noun trigger: its object is acted on
  // ("airstrikes targeting Norway", "raids hitting Sweden"), its "by" phrase
  // acts ("an attack claimed by Norway"). An infinitive tells what the act
  // is for, another act ("a deployment to fight rebels"), but for a demand,
  // whose act it is ("a petition to expel X").
  if (tokens[trigger].upos == "NOUN" && !symmetric) {
    std::vector<int> participles;
    for (int c : parse.children[trigger])
      if (parse.rel(c) == "acl" && tokens[c].upos == "VERB" && (!parse.HasMark(c, "to") || entry.demands))
        participles.push_back(c);
    // "launched airstrikes near X targeting Y": a participle after the noun
    // with no comma or verb between, which the parse hung from the verb
    // taking the noun, describes the noun as well (the attachment is
    // ambiguous; set off by a comma, "…, angering Y", it tells what followed).
    if (const int taker = tokens[trigger].head; taker >= 0 && parse.base_rel(trigger) == "obj")
      for (int c : parse.children[taker])
        if (c > trigger && parse.rel(c) == "advcl" && tokens[c].xpos == "VBG" && parse.Child(c, "nsubj") < 0 &&
            std::none_of(tokens.begin() + trigger + 1, tokens.begin() + c,
                         [](const nlp::Token& w) { return w.upos == "PUNCT" || w.upos == "VERB"; }))
          participles.push_back(c);
    for (int c : participles)
      for (int g : parse.children[c])
        if (parse.rel(g) == "obj") slots.emplace_back(g, Slot::kTarget);
        else if (parse.rel(g) == "obl:agent") slots.emplace_back(g, Slot::kAgent);
  }
  // "voted to expel X", "threatened to strike X": the act a verb trigger
  // is done to bring about is aimed at that act's object.
  if (tokens[trigger].upos == "VERB" && !symmetric)
    for (int c : parse.children[trigger])
      if (parse.rel(c) == "xcomp" && tokens[c].upos == "VERB" && tokens[c].xpos == "VB")
        for (int g : parse.children[c])
          if (parse.rel(g) == "obj") slots.emplace_back(g, Slot::kTarget);
  // A noun trigger in a clause: "Norway launched strikes on X" (the noun is
  // the verb's object: its subject acts), "the strikes hit X" (the noun is
  // the subject: the verb's object is acted on).
  // "sent 50 tonnes of aid", "launched a series of raids": a trigger
  // counted by a noun of quantity stands in the clause where that noun does.
  int in_clause = trigger;
  if (const int counter = tokens[trigger].head;
      tokens[trigger].upos == "NOUN" && parse.base_rel(trigger) == "nmod" && parse.Preposition(trigger) == "of" &&
      counter >= 0 && tokens[counter].upos == "NOUN" &&
      (kPartitives.count(Lower(tokens[counter].lemma)) > 0 ||
       std::any_of(parse.children[counter].begin(), parse.children[counter].end(),
                   [&](int c) { return parse.base_rel(c) == "nummod"; })))
    in_clause = counter;
  const nlp::Token& t = tokens[in_clause];
  if (t.upos == "NOUN" && t.head >= 0 && tokens[t.head].upos == "VERB") {
    // "X called the strikes unjust": a verb with an adjective or noun
    // complement judges the event as an onlooker's verb does.
    bool judges = onlookers.count(Lower(tokens[t.head].lemma)) > 0;
    // "X suffered attacks": the subject of a verb of undergoing is acted on.
    const bool undergoes = undergoers.count(Lower(tokens[t.head].lemma)) > 0;
    for (int c : parse.children[t.head])
      judges |= tokens[c].deprel == "xcomp" && (tokens[c].upos == "ADJ" || tokens[c].upos == "NOUN");
    std::string role = t.deprel.substr(0, t.deprel.find(':'));
    // "Sweden demanded the withdrawal of Norwegian troops": a noun that names
    // its own doer (owner, modifier or "of" phrase; not a pronoun, which may
    // stand for the clause's subject) is not done by the clause's subject.
    // "X announced the agreement between Y and Z": a symmetric event naming
    // both sides has them; whoever tells of it is none.
    const bool names_sides = symmetric && std::any_of(parse.children[trigger].begin(), parse.children[trigger].end(),
                                                      [&](int c) { return parse.Preposition(c) == "between"; });
    const bool names_doer = names_sides || (!symmetric && std::any_of(slots.begin(), slots.end(), [&](const auto& slot) {
      if (tokens[slot.first].head != trigger || tokens[slot.first].upos == "PRON" ||
          (slot.second != Slot::kSubject && slot.second != Slot::kAgent))
        return false;
      int first = slot.first, last = slot.first;
      parse.Phrase(slot.first, &first, &last);
      return std::any_of(mentions.begin(), mentions.end(), [&](const PlacedMention& m) {
        return tokens[first].begin <= m.start && m.end <= tokens[last].end;
      });
    }));
    bool has_subject = names_doer;
    for (int c : parse.children[t.head]) {
      if (c == in_clause) continue;
      const SlotRule* r = parse.RuleFor(c);
      if (!r) continue;
      has_subject |= r->slot == Slot::kSubject || tokens[c].deprel == "nsubj:pass";
      if (judges && r->slot == Slot::kSubject) {
        // Named, the onlooker is no side the sentence may complete talks
        // with ("Chile, which will host the talks, ...").
        const std::string& x = tokens[c].xpos;
        bystanders.push_back((x == "WP" || x == "WDT") && parse.rel(t.head) == "acl:relcl" ? tokens[t.head].head : c);
        continue;
      }
      // "the strikes drew condemnation from X": a judgement of the event
      // is no party to it, nor whoever voices it.
      if (r->slot == Slot::kObject && onlookers.count(Lower(tokens[c].lemma))) continue;
      // "X invited Y and Z to talks": whom an onlooker invites to the event
      // takes part in it.
      if (role == "obl" && judges && r->slot == Slot::kObject && parse.Preposition(trigger) == "to") {
        slots.emplace_back(c, symmetric ? Slot::kParticipant : Slot::kTarget);
        continue;
      }
      if (names_doer && r->slot == Slot::kSubject) continue;
      if (role == "obj" && undergoes && r->slot == Slot::kSubject)
        slots.emplace_back(c, Slot::kTarget);
      else if (role == "obj" && (r->slot == Slot::kSubject || r->slot == Slot::kTarget ||
                                 r->slot == Slot::kParticipant || r->slot == Slot::kLocation))
        slots.emplace_back(c, r->slot);
      else if (role == "nsubj" && (r->slot == Slot::kObject || r->slot == Slot::kLocation))
        slots.emplace_back(c, r->slot == Slot::kObject ? Slot::kTarget : r->slot);
    }
    // "X and Y are expected to begin talks": the verb's subject is that of
    // the clause it completes.
    int verb = t.head;
    for (int up = 0; role == "obj" && !has_subject && !judges && up < 2 && tokens[verb].deprel == "xcomp"; ++up) {
      verb = tokens[verb].head;
      for (int c : parse.children[verb])
        if (tokens[c].deprel == "nsubj" || tokens[c].deprel == "nsubj:pass") {
          slots.emplace_back(c, Slot::kSubject);
          has_subject = true;
        }
    }
    // "Norway struck back, launching raids on the port".
    if (role == "obj" && !has_subject && !judges) {
      int controller = parse.AdverbialController(verb);
      if (controller < 0) controller = parse.ParticipleNoun(verb);
      if (controller >= 0) slots.emplace_back(controller, Slot::kSubject);
    }
  }
  // "X came under attack by Y", "X is under fire from Y": the clause's
  // subject suffers the event, its "by" or "from" phrase does it.
  // The "from" phrase may hang from the noun itself ("under attack from Y").
  if (t.upos == "NOUN" && t.head >= 0 && parse.base_rel(trigger) == "obl" && parse.Preposition(trigger) == "under") {
    for (int c : parse.children[t.head]) {
      if (c == trigger) continue;
      const std::string prep = parse.Preposition(c);
      if (parse.base_rel(c) == "nsubj") slots.emplace_back(c, Slot::kTarget);
      else if (parse.base_rel(c) == "obl" && (prep == "by" || prep == "from")) slots.emplace_back(c, Slot::kAgent);
    }
    for (auto& [head, slot] : slots)
      if (parse.rel(head) == "nmod" && parse.Preposition(head) == "from" && tokens[head].head == trigger) slot = Slot::kAgent;
  }
  // "banned a protest by X", "faced attacks last month by X": an active
  // verb has no "by" agent of its own; the parse hung the noun's "by" phrase
  // (after the noun) on it.
  if (t.upos == "NOUN" && t.head >= 0 && tokens[t.head].upos == "VERB" &&
      (parse.base_rel(trigger) == "obj" || parse.base_rel(trigger) == "obl")) {
    bool passive = false;
    for (int c : parse.children[t.head]) passive |= tokens[c].deprel == "aux:pass" || tokens[c].deprel == "nsubj:pass";
    for (int c : parse.children[t.head])
      if (!passive && c > trigger && parse.base_rel(c) == "obl" && parse.Preposition(c) == "by")
        slots.emplace_back(c, Slot::kAgent);
  }
  // Below a party, such a phrase still says where ("the withdrawal of the
  // fleet from X": X is where it leaves).
  // So does a place phrase of what the act is done to ("raided a camp near
  // X", "shelled a market in the town of X"); not of its doer ("militias in
  // X attacked troops in Y": Y is where).
  for (size_t i = 0, n = slots.size(); i < n; ++i) {
    if (slots[i].second == Slot::kLocation) continue;
    const bool done_to = slots[i].second == Slot::kObject || slots[i].second == Slot::kTarget;
    for (int c : parse.children[slots[i].first]) {
      if (parse.base_rel(c) != "nmod") continue;
      const SlotRule* r = parse.RuleFor(c);
      if (parse.where.count(parse.Preposition(c)) || (done_to && r && r->slot == Slot::kLocation))
        slots.emplace_back(c, Slot::kLocation);
    }
  }
  EventArguments out;
  if (cause >= 0) out.cause_begin = tokens[cause].begin;
  for (int b : bystanders) {
    if (b < 0) continue;
    int first = b, last = b;
    parse.Phrase(b, &first, &last);
    for (const PlacedMention& m : mentions)
      if (tokens[first].begin <= m.start && m.end <= tokens[last].end) out.bystanders.push_back(m.actor);
  }
  std::set<int> seen;
  // A name standing as a word of its own right before a noun trigger acts
  // in it ("American airstrikes", "a U.S. exit"); one fused into another
  // word ("Norway-backed", "pro-Norway") does not.
  auto own_word_modifier = [&](int head, const PlacedMention& m) {
    if (t.upos != "NOUN" || tokens[head].head != trigger) return false;
    const std::string& rel = tokens[head].deprel;
    if (rel != "amod" && rel != "compound") return false;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].begin > m.start || tokens[i].end < m.end) continue;
      bool whole = tokens[i].begin == m.start && tokens[i].end == m.end;
      // "Peruvian-Chilean talks": a word of two names joined by a hyphen.
      whole |= std::any_of(mentions.begin(), mentions.end(), [&](const PlacedMention& other) {
        return (other.start == m.end + 1 && tokens[i].begin == m.start && tokens[i].end == other.end) ||
               (m.start == other.end + 1 && tokens[i].begin == other.start && tokens[i].end == m.end);
      });
      bool hyphen_next = i + 1 < tokens.size() && tokens[i + 1].form == "-";
      bool hyphen_before = i > 0 && tokens[i - 1].form == "-";
      return whole && !hyphen_next && !hyphen_before;
    }
    // A name of several words ("U.S." may be one): none fused with a hyphen.
    return m.end <= tokens[head].end;
  };
  for (auto [head, slot] : slots) {
    // "the militias who attacked X": a relative pronoun stands for the noun
    // its clause describes.
    const std::string& xpos = tokens[head].xpos;
    if ((xpos == "WP" || xpos == "WDT") && parse.rel(trigger) == "acl:relcl" && t.head >= 0) head = t.head;
    // "Norway said it would strike Sweden": a personal pronoun in reported
    // words stands for whoever reports them.
    static const std::set<std::string> kPersonal = {"it", "they", "he", "she", "we"};
    if (tokens[head].upos == "PRON" && kPersonal.count(Lower(tokens[head].form))) {
      int reporter = parse.ReporterSubject(trigger);
      // In a relative clause, not in reported words: the subject of the
      // clause above ("X has not paid the loans it froze").
      if (reporter < 0 && t.deprel == "acl:relcl") reporter = parse.SubjectAbove(trigger, head);
      // "They" in a clause of time or cause ("have not spoken since they
      // quarrelled"): the subject of the clause it modifies ("it" there is as
      // often a thing: "attacked the port after it was shelled").
      if (reporter < 0 && parse.base_rel(trigger) == "advcl" && parse.Child(trigger, "nsubj") == head &&
          Lower(tokens[head].form) == "they")
        reporter = parse.SubjectAbove(trigger, head);
      if (reporter >= 0) head = reporter;
    }
    // "Norway said its air force would strike": what "its", "their", "his"
    // or "her" owns as the subject of reported words, naming no one itself,
    // is the reporter's (as an object it is the subject's: "X demanded that
    // Y pull its ships out").
    static const std::set<std::string> kOwners = {"its", "their", "his", "her"};
    bool through_owner = false;
    int owner = -1;
    for (int c : parse.children[head])
      if (parse.rel(c) == "nmod:poss") owner = c;
    if (tokens[head].upos == "NOUN" && parse.base_rel(head) == "nsubj" && owner >= 0 &&
        kOwners.count(Lower(tokens[owner].form))) {
      int first = head, last = head;
      parse.Phrase(head, &first, &last);
      const bool names = std::any_of(mentions.begin(), mentions.end(), [&](const PlacedMention& m) {
        return tokens[first].begin <= m.start && m.end <= tokens[last].end && m.start >= tokens[owner].end;
      });
      int reporter = names ? -1 : parse.ReporterSubject(trigger);
      // Not in reported words: the subject of the clause above ("X will
      // return the boats its sailors seized").
      if (!names && reporter < 0) reporter = parse.SubjectAbove(trigger, head);
      if (reporter >= 0) head = reporter;
      through_owner = reporter >= 0;
    }
    // Ground acted on is where ("strikes on Norwegian soil", "reinforced
    // its frontier"), whatever the type makes of an object.
    if ((slot == Slot::kTarget || tokens[head].deprel == "obj") && places.count(Lower(tokens[head].lemma)))
      slot = Slot::kLocation;
    // Talks "on" or "about" a matter: its topic, not a party.
    std::string prep = parse.Preposition(head);
    if (symmetric && slot == Slot::kTarget && (prep == "on" || prep == "about" || prep == "over")) continue;
    // What is negotiated or discussed ("negotiate the terms of X's mission")
    // is a matter too: an object is a side of a talk only when it
    // names one ("met X", "met X's envoy").
    const nlp::Token& object = tokens[head];
    if (symmetric && slot == Slot::kObject &&
        std::none_of(mentions.begin(), mentions.end(), [&](const PlacedMention& m) {
          return m.start <= object.begin && object.end <= m.end;
        }))
      continue;
    int first = head, last = head;
    parse.Phrase(head, &first, &last);
    // A place in a place is where, the finer ("from a valley in X").
    if (slot == Slot::kLocation)
      for (int c : parse.children[head])
        if (const SlotRule* r = parse.RuleFor(c); r && r->slot == Slot::kLocation && parse.base_rel(c) == "nmod")
          parse.Phrase(c, &first, &last);
    size_t begin = tokens[first].begin, end = tokens[last].end;
    // "a European Union aid package": a name the parse split among the
    // trigger's modifiers ("European" amod, "Union" compound) is one of
    // them whole.
    if ((tokens[head].deprel == "compound" || tokens[head].deprel == "amod") && tokens[head].head == trigger)
      for (const PlacedMention& m : mentions)
        if (m.start < end && m.end > begin && m.end <= tokens[trigger].begin) {
          begin = std::min(begin, m.start);
          end = std::max(end, m.end);
        }
    std::vector<std::pair<int, int>> asides;
    if (slot != Slot::kLocation) parse.Asides(head, &asides);
    auto aside = [&](const PlacedMention& m) {
      for (auto [from, to] : asides)
        if (m.start >= tokens[from].begin && m.end <= tokens[to].end) return true;
      return false;
    };
    // "visited X", "a visit to X": X is a side, and where; so is "a Thai
    // village" shelled: done to Thailand, and in Thailand.
    const bool visited = entry.visits && (slot == Slot::kObject || (slot == Slot::kParticipant && prep == "to"));
    const bool also_where = out.where_end == 0 &&
                         (visited || (!symmetric && (slot == Slot::kTarget || slot == Slot::kObject) &&
                                      settlements.count(Lower(tokens[head].lemma)) > 0));
    if (also_where) {
      out.where_begin = begin;
      out.where_end = end;
    }
    if (slot == Slot::kLocation && out.where_end == 0) {
      out.where_begin = begin;
      out.where_end = end;
      for (int c : parse.children[head])
        if (tokens[c].deprel == "nmod:poss" && tokens[c].upos == "PRON") {
          const std::string owner = Lower(tokens[c].form);
          out.own_place = owner == "its" || owner == "their";
        }
    }
    for (const PlacedMention& m : mentions) {
      // A modifier names a side of a talk ("Chile-Peru talks", "the
      // Chile-Peru commission met") but acts in nothing ("pro-Norway militias").
      // An unnamed source ("Swedish officials") is kept: the caller knows
      // whom it is of (EventArguments).
      // A name the head opens that runs past the phrase ("Police in
      // Belarus", the parse leaving its place out) is the head's too.
      const bool opened_by_head = slot != Slot::kLocation && m.start >= begin &&
                                  m.start <= tokens[head].begin && tokens[head].end <= m.end;
      if (((m.start < begin || m.end > end) && !opened_by_head) || aside(m)) continue;
      if (m.modifier && !symmetric && !own_word_modifier(head, m)) continue;
      if (also_where && out.location < 0 && !m.anonymous) out.location = m.actor;
      if (slot == Slot::kLocation) {
        if (m.anonymous) continue;
        if (out.location < 0) out.location = m.actor;
        continue;
      }
      if (!seen.insert(m.actor).second) continue;
      if (through_owner) out.owners.insert(m.actor);
      std::string role = slot == Slot::kAgent    ? "agent"
                         : slot == Slot::kTarget ? "target"
                         : slot == Slot::kSubject ? subject_role
                         : slot == Slot::kObject  ? "target"
                                                  : "participant";
      if (symmetric) role = "participant";
      out.participants.emplace_back(m.actor, role);
    }
  }
  return out;
}

}  // namespace ng::ingest
