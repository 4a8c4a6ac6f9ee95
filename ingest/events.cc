#include "ingest/events.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "ingest/dependency_tree.h"
#include "ingest/event_date.h"
#include "ingest/event_forums.h"
#include "ingest/event_arguments.h"
#include "ingest/event_mode.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// Two mentions of one event share a participant, or a participant and the
// country it belongs to ("talks" of the Foreign Ministry of Brazil and of Brazil).
bool Overlap(const EventFact& a, const EventFact& b, const std::vector<ActorFact>& actors) {
  for (const auto& [x, rx] : a.participants)
    for (const auto& [y, ry] : b.participants)
      if (x == y || actors[x].affiliation == y || actors[y].affiliation == x) return true;
  return false;
}

// Two mentions in one article may be of one event when their dates agree
// at the precision both give ("2023-08" and "2023-08-14"), or one of them
// names none ("the talks" after "talks on Tuesday").
bool DatesAgree(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || a.compare(0, b.size(), b) == 0 || b.compare(0, a.size(), a) == 0;
}

// Both mentions name two sides or more, and neither's sides hold the
// other's ("the defence treaty of X and Y", "the access agreement of Z and
// Y"): two agreements, not one.
bool OtherSides(const EventFact& a, const EventFact& b, const std::vector<ActorFact>& actors, const Lexicon& lex) {
  auto sides = [&](const EventFact& e) {
    std::set<int> out;  // the body they meet in is no side (event_forums.h)
    for (const auto& [actor, role] : e.participants)
      if (role == "participant" && !ForumBody(actors[actor], lex)) out.insert(actor);
    return out;
  };
  const std::set<int> x = sides(a), y = sides(b);
  if (x.size() < 2 || y.size() < 2) return false;
  return !std::includes(x.begin(), x.end(), y.begin(), y.end()) && !std::includes(y.begin(), y.end(), x.begin(), x.end());
}

// An event every mention of which tells it as to come ("will resume talks
// next week", "could withdraw") and a mention of one held on another day,
// month or year ("sent a delegation on Wednesday", "ended its naval
// mission in March 2019"): not one event. (Talks set for Friday and held on
// Friday are.)
bool AwaitedAndHeld(const EventFact& awaited, const EventFact& held) {
  auto only = [](const EventFact& e, std::initializer_list<const char*> modes) {
    auto in = [&](const std::string& m) {
      return std::any_of(modes.begin(), modes.end(), [&](const char* mode) { return m == mode; });
    };
    return in(e.mode) && std::all_of(e.mention_modes.begin(), e.mention_modes.end(),
                                     [&](const std::string& m) { return m.empty() || in(m); });
  };
  return only(awaited, {"planned", "hypothetical"}) && only(held, {"occurred"}) && !held.date.empty() &&
         awaited.date != held.date;
}

// Whether each mention aims at a country and no country is aimed at by both
// ("invaded Georgia" and "the invasion of Ukraine").
bool OtherCountriesAimedAt(const EventFact& a, const EventFact& b, const std::vector<ActorFact>& actors) {
  auto countries = [&](const EventFact& e) {
    std::set<int> out;
    for (const auto& [actor, role] : e.participants)
      if (role == "target" && actors[actor].kind == "country") out.insert(actor);
    return out;
  };
  const std::set<int> x = countries(a), y = countries(b);
  return !x.empty() && !y.empty() &&
         std::none_of(x.begin(), x.end(), [&](int country) { return y.count(country) > 0; });
}

// Evidence that two mentions are of different events: an actor on opposite
// sides ("X struck Y" and "Y's attacks on X"), two places, two sets of
// sides, two countries aimed at, or a campaign and a dated act.
bool Compatible(const EventFact& a, const EventFact& b, const std::vector<ActorFact>& actors, const Lexicon& lex) {
  if (OtherSides(a, b, actors, lex) || OtherCountriesAimedAt(a, b, actors)) return false;
  // A campaign ("have attacked ships 40 times since May") is not one of
  // its dated acts ("the attack of May 3").
  if (a.repeated != b.repeated && !(a.repeated ? b : a).date.empty()) return false;
  if (AwaitedAndHeld(a, b) || AwaitedAndHeld(b, a)) return false;
  for (const auto& [x, rx] : a.participants)
    for (const auto& [y, ry] : b.participants)
      if (x == y && rx != ry && (rx == "agent" || ry == "agent") && (rx == "target" || ry == "target"))
        return false;
  if (!a.location.empty() && !b.location.empty() && a.location != b.location) return false;
  if (a.place >= 0 && b.place >= 0 && a.place != b.place) return false;
  return true;
}

// The mode most of an event's mentions give it; of equals, the earliest
// ("talks" planned in the lead and twice after stay planned against one
// "held talks" in passing). Mentions that tell no mode (empty) do not vote.
// One pass to count (an event may gather thousands of mentions), one to
// find the earliest of the most given.
std::string MostMentioned(const std::vector<std::string>& modes) {
  std::map<std::string, int> counts;
  int most = 0;
  for (const std::string& m : modes)
    if (!m.empty()) most = std::max(most, ++counts[m]);
  for (const std::string& m : modes)
    if (!m.empty() && counts[m] == most) return m;
  return "occurred";  // no mention told it: the default
}

// The words of the parse by the byte they start at: the parsed sentence
// and the word's index in it. Built once per paragraph, so that finding a
// word costs no scan (a paragraph may hold a hundred thousand words).
class ParsedWords {
 public:
  explicit ParsedWords(const std::vector<nlp::Sentence>& syntax) {
    for (const nlp::Sentence& s : syntax)
      for (size_t i = 0; i < s.tokens.size(); ++i) at_.emplace(s.tokens[i].begin, std::make_pair(&s, static_cast<int>(i)));
  }

  const nlp::Sentence* Find(size_t at, int* token) const {
    auto it = at_.find(at);
    if (it == at_.end()) return nullptr;
    *token = it->second.second;
    return it->second.first;
  }

 private:
  std::unordered_map<size_t, std::pair<const nlp::Sentence*, int>> at_;
};

// Triggers that need a noun to name an event ("ended the deployment") and
// those nouns, by the byte they start at: the nouns are that event, no
// event of their own.
struct NeededNouns {
  struct Part {
    std::string type;      // of the event the noun is part of ("withdrawal")
    size_t trigger_begin;  // of the word that needs it ("ended")
  };
  std::map<size_t, Part> nouns;  // "deployment"
  std::set<size_t> triggers;  // "ended", which has one

  NeededNouns(const std::vector<nlp::Sentence>& syntax, const Lexicon& lex) {
    for (const nlp::Sentence& s : syntax)
      for (const nlp::Token& d : s.tokens) {
        if (d.head < 0) continue;
        const nlp::Token* head = &s.tokens[d.head];
        std::string relation = d.deprel.substr(0, d.deprel.find(':'));
        // "an end to combat operations" misread with "combat" a verb: the
        // noun is the object of an infinitive hanging from the trigger
        // (when that noun needs it: "the procedure to end the mission" is the
        // infinitive's).
        if (relation == "obj" && head->deprel == "acl" && head->xpos == "VB" && head->head >= 0 &&
            d.head > 0 && Lower(s.tokens[d.head - 1].form) == "to") {
          const nlp::Token& noun = s.tokens[head->head];
          auto of_noun = lex.event_trigger_lemmas.find(Lower(noun.lemma) + " " + noun.upos);
          if (of_noun != lex.event_trigger_lemmas.end() && of_noun->second.needs.count(Lower(d.lemma))) {
            head = &noun;
            relation = "nmod";
          }
        }
        // "gunboats dispatched to the strait": the participle describing the noun;
        // "the loans it froze": a relative clause with no object of
        // its own acts on the noun it describes.
        const bool object_relative = d.deprel == "acl:relcl" && std::none_of(s.tokens.begin(), s.tokens.end(),
            [&](const nlp::Token& o) { return o.head == &d - &s.tokens[0] && o.deprel == "obj"; });
        if ((d.deprel == "acl" && d.xpos == "VBN") || object_relative) {
          auto sent = lex.event_trigger_lemmas.find(Lower(d.lemma) + " " + d.upos);
          if (sent != lex.event_trigger_lemmas.end() && sent->second.needs.count(Lower(head->lemma))) {
            nouns.emplace(head->begin, Part{sent->second.type, d.begin});
            triggers.insert(d.begin);
          }
          continue;
        }
        const nlp::Token& w = *head;
        auto trig = lex.event_trigger_lemmas.find(Lower(w.lemma) + " " + w.upos);
        if (trig == lex.event_trigger_lemmas.end() || trig->second.needs.empty()) continue;
        if (trig->second.needs.count(Lower(d.lemma)) &&
            (relation == "obj" || relation == "nsubj" || relation == "nmod")) {
          nouns.emplace(d.begin, Part{trig->second.type, w.begin});
          triggers.insert(w.begin);
        }
        // "to" needed: an infinitive complement ("committed to dredge the
        // canal"), not an object ("committed an error").
        if (relation == "xcomp" && trig->second.needs.count("to") &&
            DependencyTree(s).HasMark(static_cast<int>(&d - &s.tokens[0]), "to"))
          triggers.insert(w.begin);
      }
  }
};

// "... in Chile" after the trigger, up to `end`: a country named as where it
// happened, when the parse attached the phrase elsewhere.
std::string CountryAfter(const ParagraphView& p, size_t from, size_t end, const std::vector<ActorFact>& actors) {
  for (const PlacedMention& m : p.mentions) {
    if (m.start < from || m.end > end || actors[m.actor].kind != "country") continue;
    std::string_view gap = p.text.substr(from, m.start - from);
    if (gap.size() >= 3 && gap.substr(gap.size() - 3) == "in ") return actors[m.actor].name;
  }
  return "";
}

// The country an actor named as where stands for: itself, or the country
// of a body ("met at the White House"); none for others ("talks at the
// United Nations": a forum, no place).
std::string CountryOf(const std::vector<ActorFact>& actors, int actor, const Lexicon& lex) {
  const ActorFact& a = actors[actor];
  if (a.kind == "country") return a.name;
  if (a.affiliation >= 0 && actors[a.affiliation].kind == "country") return actors[a.affiliation].name;
  if (a.dict >= 0 && !lex.actors[a.dict].part_of.empty()) {
    auto whole = lex.actor_by_name.find(lex.actors[a.dict].part_of);
    if (whole != lex.actor_by_name.end() && lex.actors[whole->second].kind == "country")
      return lex.actors[whole->second].name;
  }
  return "";
}

// The one country that does the event ("Chile moved troops to its border"),
// else empty.
std::string DoerCountry(const EventFact& e, const std::vector<ActorFact>& actors) {
  std::string doer;
  for (const auto& [actor, role] : e.participants) {
    if (role != "agent") continue;
    if (!doer.empty() || actors[actor].kind != "country") return "";
    doer = actors[actor].name;
  }
  return doer;
}

// "soldiers stationed in Chile and Peru": a state the sentence names as where
// something is (with a preposition of place, or conjoined to a place so
// named), no side of the talks it mentions in passing. Not "officials in
// X": an actor's phrase says whose they are.
bool NamedAsPlace(const nlp::Sentence& s, const PlacedMention& m, const std::vector<PlacedMention>& mentions) {
  static const std::set<std::string> kPlace = {"in", "inside", "near", "at", "across", "within", "throughout"};
  const auto& tokens = s.tokens;
  auto named = [&](int t) {
    return std::any_of(mentions.begin(), mentions.end(), [&](const PlacedMention& other) {
      return other.start <= tokens[t].begin && tokens[t].end <= other.end;
    });
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].end != m.end) continue;
    int word = static_cast<int>(i);
    if (tokens[word].deprel == "conj" && tokens[word].head >= 0) {
      word = tokens[word].head;
      if (!named(word)) return false;  // "In May, X and Y ..." misparsed
    }
    const int governor = tokens[word].head;
    if (governor >= 0 && named(governor)) return false;
    for (const nlp::Token& d : tokens)
      if (d.head == word && d.deprel == "case" && kPlace.count(Lower(d.form))) return true;
    return false;
  }
  return false;
}

// A plural noun with nothing of its own — no determiner, number, owner,
// modifier or phrase — that a verb with a subject governs ("the strikes are
// weakening agreements", "the mayor opposes sanctions") names a kind of
// event, not one that took place. (With no subject parsed the verb may be
// the event's own: "... and X and Y held talks" misparsed.)
bool BarePlural(const nlp::Sentence& s, int word) {
  const nlp::Token& w = s.tokens[word];
  if (w.xpos != "NNS" && w.xpos != "NNPS") return false;
  bool governor_has_subject = false;
  for (const nlp::Token& d : s.tokens) {
    std::string relation = d.deprel.substr(0, d.deprel.find(':'));
    if (w.head >= 0 && d.head == w.head && relation == "nsubj") governor_has_subject = true;
    if (d.head != word) continue;
    if (relation != "conj" && relation != "cc" && relation != "punct") return false;
  }
  return governor_has_subject;
}

// Whether the word has a dependent by the relation.
bool HasChild(const nlp::Sentence& s, int word, const std::string& relation) {
  return std::any_of(s.tokens.begin(), s.tokens.end(),
                     [&](const nlp::Token& t) { return t.head == word && t.deprel == relation; });
}

// The trigger at token t: two words, one word, then the parse's lemma and
// part of speech ("attacking" is "attack VERB").
const EventTrigger* FindTrigger(const std::vector<Token>& tokens, size_t t, const nlp::Sentence* sentence,
                                int at, const NeededNouns& needed, const Lexicon& lex) {
  // "seized a tanker": the object says the kind ("the tanker was seized");
  // a noun's modifier or the verb it is the object of does too ("a 24-hour
  // strike", "staged a strike": "^stage"), before the word alone does.
  const nlp::Token* word_at = sentence ? &sentence->tokens[at] : nullptr;
  auto by_object = word_at ? lex.event_object_types.find(Lower(word_at->lemma) + " " + word_at->upos)
                           : lex.event_object_types.end();
  if (by_object != lex.event_object_types.end()) {
    const bool noun = word_at->upos == "NOUN";
    for (const nlp::Token& c : sentence->tokens) {
      if (c.head != at) continue;
      if (c.deprel != "obj" && c.deprel != "nsubj:pass" && c.deprel != "nmod" &&
          !(noun && (c.deprel == "amod" || c.deprel == "compound")))
        continue;
      for (const auto& [objects, kind] : by_object->second)
        if (objects.count(Lower(c.lemma))) return &kind;
    }
    if (noun && word_at->head >= 0 && (word_at->deprel == "obj" || word_at->deprel == "obl"))
      for (const auto& [objects, kind] : by_object->second)
        if (objects.count("^" + Lower(sentence->tokens[word_at->head].lemma))) return &kind;
  }
  auto trig = lex.event_triggers.end();
  if (t + 1 < tokens.size()) trig = lex.event_triggers.find(tokens[t].lower + " " + tokens[t + 1].lower);
  if (trig == lex.event_triggers.end()) trig = lex.event_triggers.find(tokens[t].lower);
  if (trig != lex.event_triggers.end()) return &trig->second;
  if (!sentence) return nullptr;
  const nlp::Token& word = sentence->tokens[at];
  if (by_object != lex.event_object_types.end()) {
    // "a tanker seized by Iran": the noun a participle describes.
    if (word.deprel == "acl" && word.xpos == "VBN" && word.head >= 0)
      for (const auto& [objects, kind] : by_object->second)
        if (objects.count(Lower(sentence->tokens[word.head].lemma))) return &kind;
  }
  // "pulled the ships out", "pulled back", "pull the ships out of the
  // bay": a verb with its particle first ("pull_out"), however parsed.
  auto by_lemma = lex.event_trigger_lemmas.end();
  const auto& words = sentence->tokens;
  for (int c = at + 1; c < static_cast<int>(words.size()) && by_lemma == lex.event_trigger_lemmas.end(); ++c) {
    if (words[c].head != at) continue;
    std::string particle;
    if (words[c].deprel == "compound:prt" || (words[c].deprel == "advmod" && words[c].upos == "ADV"))
      particle = Lower(words[c].form);
    for (int g = at + 1; g < c && particle.empty() && words[c].deprel == "obl"; ++g)
      if (words[g].head == c && words[g].deprel == "case") particle = Lower(words[g].form);  // "out of"
    if (!particle.empty())
      by_lemma = lex.event_trigger_lemmas.find(Lower(word.lemma) + "_" + particle + " " + word.upos);
  }
  if (by_lemma == lex.event_trigger_lemmas.end())
    by_lemma = lex.event_trigger_lemmas.find(Lower(word.lemma) + " " + word.upos);
  if (by_lemma == lex.event_trigger_lemmas.end()) return nullptr;
  const EventTrigger& found = by_lemma->second;
  // "ended the mission", "the mission ended", "an end to the deployment".
  if (found.needs.empty() || needed.triggers.count(word.begin)) return &found;
  return nullptr;
}

// The event of the attack a killing told as a participle clause of its verb
// did ("raided the port, killing two sailors"), already found in the
// sentence, or -1.
int AttackDone(const nlp::Sentence& parsed, int trigger, const EventTrigger& trig,
               const std::vector<EventMention>& found, size_t offset, const std::vector<EventFact>& events,
               const Lexicon& lex) {
  const nlp::Token& w = parsed.tokens[trigger];
  if (!trig.preposition_roles.count("in") || trig.preposition_roles.at("in") != "cause") return -1;
  if (w.deprel != "advcl" || w.xpos != "VBG" || w.head < 0) return -1;
  for (const EventMention& m : found) {
    if (m.at != offset + parsed.tokens[w.head].begin) continue;
    auto category = lex.event_categories.find(events[m.event].type);
    if (category != lex.event_categories.end() && category->second == "ASSAULT" &&
        events[m.event].type != trig.type)
      return m.event;
  }
  return -1;
}

}  // namespace

std::vector<std::vector<EventMention>> FindEvents(const ParagraphView& p, const Lexicon& lex,
                                         const std::vector<ActorFact>& actors,
                                         const std::string& published,
                                         std::vector<EventFact>* events) {
  std::vector<std::vector<EventMention>> per_sentence(p.sentences.size());
  std::vector<Token> tokens = Tokenize(p.text);
  const NeededNouns needed(p.syntax, lex);
  const ParsedWords words(p.syntax);
  for (size_t s = 0; s < p.sentences.size(); ++s) {
    const Span& sent = p.sentences[s];
    // The parties of the sentence's first event of each type: a second
    // trigger of the type is one more event only with other parties ("the US
    // strikes answered a missile strike by militias").
    std::map<std::string, std::set<int>> first_parties;
    std::map<std::string, int> first_event;  // of each type: its index in *events
    std::map<std::string, std::string> first_mode;  // of each type: the mode its first trigger gave
    // Parties of killings the sentence tells as part of an attack it names
    // after ("killed in Norwegian airstrikes", "X killed three rebels in a
    // raid"), by the byte the attack's noun starts at: the victims are that
    // attack's targets, the killers its agents when it names none.
    std::map<size_t, std::vector<std::pair<int, std::string>>> attack_parties;
    // Tokens are in text order: the sentence's start where the first one does.
    auto first = std::lower_bound(tokens.begin(), tokens.end(), sent.start,
                                  [](const Token& tok, size_t at) { return tok.start < at; });
    for (size_t t = static_cast<size_t>(first - tokens.begin()); t < tokens.size() && tokens[t].start < sent.end; ++t) {
      if (tokens[t].end > sent.end) continue;
      int trigger = -1;
      const nlp::Sentence* parsed = words.Find(tokens[t].start, &trigger);
      const EventTrigger* trig = FindTrigger(tokens, t, parsed, trigger, needed, lex);
      if (!trig) continue;
      // A noun another act needs is part of that act ("ended the
      // deployment"), unless it names an act of another kind that is still
      // under way, the act needing it yet to come ("a timeline to end the
      // deployment": the deployment goes on).
      if (auto part = needed.nouns.find(tokens[t].start); part != needed.nouns.end()) {
        if (part->second.type == trig->type || !parsed) continue;
        int needing = -1;
        for (size_t w = 0; w < parsed->tokens.size(); ++w)
          if (parsed->tokens[w].begin == part->second.trigger_begin) needing = static_cast<int>(w);
        if (needing < 0 || EventMode(*parsed, needing, lex) == "occurred") continue;
      }
      // "military exercises", "air strike": of a two-word trigger, the
      // parse's head word stands for it.
      if (parsed && t + 1 < tokens.size() && lex.event_triggers.count(tokens[t].lower + " " + tokens[t + 1].lower) &&
          trigger + 1 < static_cast<int>(parsed->tokens.size()) && parsed->tokens[trigger].head == trigger + 1)
        ++trigger;
      auto [entry, fresh] = first_parties.try_emplace(trig->type);
      // A first trigger with no party ("the war began with the attack by
      // X on Y") leaves the type's place to the next one that has some.
      std::set<int>& first = entry->second;
      const bool type_seen = !fresh && !first.empty();
      EventFact e;
      e.type = trig->type;
      auto category = lex.event_categories.find(e.type);
      if (category != lex.event_categories.end()) e.category = category->second;
      e.sentence = p.first_sentence + static_cast<int>(s);
      // Participants from the parse of the trigger, never the mere
      // neighbours of a word (ingest/event_arguments.h).
      if (!parsed) continue;
      e.mode = EventMode(*parsed, trigger, lex);
      // What this mention says of the mode, empty when it says nothing.
      const std::string told = e.mode != "occurred" || ModeTold(*parsed, trigger, lex) ? e.mode : "";
      e.date = EventDate(*parsed, trigger, p.text, published, lex, e.mode == "planned" || e.mode == "hypothetical");
      e.repeated = RepeatedAct(*parsed, trigger);
      EventArguments args = ArgumentsOf(*parsed, trigger, *trig, p.mentions, lex.event_onlookers, lex.event_places,
                                         lex.event_intentions, lex.event_attack_nouns, lex.event_undergoers,
                                         lex.event_settlements);
      // An outlet reports events; it takes no part in them ("talks, CNN
      // reported": the parse may hang the outlet from the trigger). Unnamed
      // people act for the country they are of ("Swedish officials",
      // "Norway's ambassador"); of none, they take no part.
      for (const auto& party : args.participants) {
        int actor = party.first;
        if (actors[actor].kind == "anonymous_source") actor = actors[actor].affiliation;
        // ("Japan's defence ministry said its navy would …": Japan's navy.)
        if (actor >= 0 && args.owners.count(party.first) && actors[actor].kind == "government_body" &&
            actors[actor].affiliation >= 0 && actors[actors[actor].affiliation].kind == "country")
          actor = actors[actor].affiliation;
        if (actor < 0 || actors[actor].kind == "media") continue;
        if (std::none_of(e.participants.begin(), e.participants.end(),
                         [&](const auto& q) { return q.first == actor; }))
          e.participants.emplace_back(actor, party.second);
      }
      // "Peru dismissed the protest", "a formal protest from Lima": a
      // state's or a ministry's protest is a diplomatic note, what it says,
      // not a demonstration (data/event_not_by_states.txt): no state or
      // ministry does one ("Sweden banned a protest by X": X's).
      if (lex.event_not_by_states.count(e.type)) {
        auto state = [&](int actor) {
          return actors[actor].kind == "country" || actors[actor].kind == "government_body";
        };
        std::set<int> states;
        for (const auto& [actor, role] : args.participants)
          if (role != "target" && state(actor)) states.insert(actor);
        std::erase_if(e.participants, [&](const auto& q) { return states.count(q.first) > 0; });
        if (!states.empty() && e.participants.empty()) continue;
      }
      if (args.cause_begin != std::string::npos) {
        for (const auto& [actor, role] : e.participants)
          if (role == "target" || role == "agent") attack_parties[args.cause_begin].emplace_back(actor, role);
        continue;
      }
      // "X raided a port, killing two sailors": a killing told as what an
      // attack of the sentence did is that attack; its victims, its targets.
      if (auto attack = AttackDone(*parsed, trigger, *trig, per_sentence[s], p.offset, *events, lex);
          attack >= 0) {
        auto& parties = (*events)[attack].participants;
        for (const auto& victim : e.participants)
          if (victim.second == "target" && std::none_of(parties.begin(), parties.end(),
                                                        [&](const auto& q) { return q.first == victim.first; }))
            parties.emplace_back(victim.first, "target");
        per_sentence[s].push_back({attack, p.offset + tokens[t].start});
        continue;
      }
      if (auto of_attack = attack_parties.find(tokens[t].start); of_attack != attack_parties.end()) {
        const bool has_agent = std::any_of(e.participants.begin(), e.participants.end(),
                                           [](const auto& q) { return q.second == "agent"; });
        for (const auto& party : of_attack->second)
          if ((party.second == "target" || !has_agent) &&
              std::none_of(e.participants.begin(), e.participants.end(),
                           [&](const auto& q) { return q.first == party.first; }))
            e.participants.push_back(party);
      }
      e.location = args.location >= 0 ? CountryOf(actors, args.location, lex)
                                      : CountryAfter(p, tokens[t].end, sent.end, actors);
      // "its border with X" is the doer's, X only its neighbour.
      if (const std::string doer = args.own_place ? DoerCountry(e, actors) : ""; !doer.empty()) e.location = doer;
      // A place that is no actor ("in Trennefjord"): where it happened, and the
      // country that place lies in when the article says.
      if (args.location < 0)
        for (const PlacedMention& m : p.places)
          if (args.where_begin <= m.start && m.end <= args.where_end) {
            e.place = m.actor;
            break;
          }
      // Talks have two sides at least: when the parse names fewer ("meetings
      // between the two governments"), the states the sentence names are the
      // likeliest sides (not its ministries, alliances or armed groups, which
      // it names for other reasons). A kind of event named in passing has no
      // sides to complete.
      bool kind_only = e.participants.empty() && BarePlural(*parsed, trigger);
      // Agreeing is told with its sides ("X and Y agreed", "agreed with
      // Y"): a verb of agreement has none of the sentence's other states.
      // Nor has an event that may have one side ("China held drills").
      const bool agreeing = trig->type == "agreement" && parsed->tokens[trigger].upos == "VERB";
      const bool may_be_one_sided = lex.event_categories_one_side.count(trig->type) > 0;
      if (trig->subject_role == "participant" && e.participants.size() < 2 && !kind_only && !agreeing &&
          !may_be_one_sided)
        for (const PlacedMention& m : p.mentions) {
          bool named = std::any_of(e.participants.begin(), e.participants.end(),
                                   [&](const auto& q) { return q.first == m.actor; });
          const bool bystander =
              std::find(args.bystanders.begin(), args.bystanders.end(), m.actor) != args.bystanders.end();
          if (m.start >= sent.start && m.end <= sent.end && !m.anonymous && !m.modifier && !named && !bystander &&
              actors[m.actor].kind == "country" && !NamedAsPlace(*parsed, m, p.mentions) &&
              actors[m.actor].name != e.location)
            e.participants.emplace_back(m.actor, "participant");
        }
      // One side agreeing to something is no agreement of sides, nor is
      // agreeing that something is so ("agreed that the border was unsafe").
      if (agreeing && (e.participants.size() < 2 || HasChild(*parsed, trigger, "ccomp"))) continue;
      // Talks with still one side: the others are the countries of the talks
      // the article told of last ("the progress of the long-running
      // negotiations" of one government, in an article on its talks with
      // another).
      if (trig->type == "talks" && e.participants.size() == 1)
        for (size_t i = events->size(); i-- > 0;) {
          if ((*events)[i].type != e.type) continue;
          int side = e.participants[0].first;
          for (const auto& [other, role] : (*events)[i].participants)
            if (other != side && actors[other].kind == "country") e.participants.emplace_back(other, "participant");
          break;
        }
      if (type_seen) {
        bool shared = std::any_of(e.participants.begin(), e.participants.end(),
                                  [&](const auto& q) { return first.count(q.first) > 0; });
        // One more word for the same event ("Norway retaliated by attacking
        // Sweden"): the parties it adds are the event's too. Not one told
        // with another mode ("praised the coming talks, adding that she met
        // X": the meeting took place, the talks are to come), nor one the
        // first cannot be ("X expelled Y's diplomats after Y detained X's
        // boat": a side on both ends).
        auto same = first_event.find(e.type);
        shared = shared && first_mode[e.type] == e.mode &&
                 (same == first_event.end() || Compatible((*events)[same->second], e, actors, lex));
        if (shared && same != first_event.end()) {
          auto& parties = (*events)[same->second].participants;
          for (const auto& q : e.participants)
            if (std::none_of(parties.begin(), parties.end(), [&](const auto& r) { return r.first == q.first; }))
              parties.push_back(q);
        }
        if (e.participants.empty() || shared) continue;
      } else {
        for (const auto& q : e.participants) first.insert(q.first);
        first_mode[e.type] = e.mode;
      }
      if (e.participants.empty()) {
        // "the negotiations" with no party named: the talks the article
        // told of last whose date agrees, if any (a reference back, not a
        // new event). What it tells of them is theirs when it tells of them
        // as they were told ("the strikes on Tuesday" dates the strikes told
        // of before; "said on May 8 that no further withdrawal was planned"
        // does not date a withdrawal that took place). Of several such
        // events, the one with most parties the sentence names ("the fight
        // against X, which was declared over in 2017" is the fight on X,
        // not another attack told of since); of equals, the last.
        std::set<int> named;
        for (const PlacedMention& m : p.mentions)
          if (m.start >= sent.start && m.end <= sent.end) named.insert(m.actor);
        int best = -1, best_named = -1;
        for (size_t i = events->size(); i-- > 0;) {
          const EventFact& old = (*events)[i];
          if (old.type != e.type || !DatesAgree(old.date, e.date)) continue;
          int n = static_cast<int>(std::count_if(old.participants.begin(), old.participants.end(),
                                                 [&](const auto& q) { return named.count(q.first) > 0; }));
          if (n > best_named) best = static_cast<int>(i), best_named = n;
        }
        if (best >= 0) {
          EventFact& old = (*events)[best];
          if (old.date.size() < e.date.size() && old.mode == e.mode) old.date = e.date;
          if (old.location.empty()) old.location = e.location;
          if (old.place < 0) old.place = e.place;
          per_sentence[s].push_back({best, p.offset + tokens[t].start});
        }
        continue;
      }
      std::string names;
      for (size_t i = 0; i < e.participants.size() && i < 3; ++i)
        names += (i ? ", " : "") + actors[e.participants[i].first].name;
      e.label = e.type + ": " + names;
      int index = -1;
      for (size_t i = 0; i < events->size(); ++i) {
        EventFact& old = (*events)[i];
        if (old.type == e.type && DatesAgree(old.date, e.date) && Overlap(old, e, actors) &&
            Compatible(old, e, actors, lex)) {
          if (old.location.empty()) old.location = e.location;
          if (old.place < 0) old.place = e.place;
          if (old.date.size() < e.date.size()) old.date = e.date;
          old.mention_modes.push_back(told);
          old.mode = MostMentioned(old.mention_modes);
          for (const auto& pr : e.participants)
            if (std::none_of(old.participants.begin(), old.participants.end(),
                             [&](const auto& q) { return q.first == pr.first; }))
              old.participants.push_back(pr);
          index = static_cast<int>(i);
          break;
        }
      }
      if (index < 0) {
        e.mention_modes = {told};
        index = static_cast<int>(events->size());
        // "have attacked bases 40 times, including on Thursday": the
        // campaign, and the dated act it includes, done by the same sides.
        if (e.repeated)
          if (std::string day = IncludedActDate(*parsed, trigger, p.text, published); !day.empty()) {
            EventFact act = e;
            act.repeated = false;
            act.date = day;
            events->push_back(std::move(act));
            ++index;
          }
        events->push_back(std::move(e));
      }
      if (!type_seen) first_event[trig->type] = index;
      per_sentence[s].push_back({index, p.offset + tokens[t].start});
    }
  }
  return per_sentence;
}

}  // namespace ng::ingest
