#include "ingest/about_inference.h"

#include <algorithm>
#include <set>
#include <string>

#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

int FindActor(const std::vector<ActorFact>& actors, const std::string& name) {
  for (size_t i = 0; i < actors.size(); ++i)
    if (actors[i].name == name) return static_cast<int>(i);
  return -1;
}

// The country or body a speaker speaks for: a country itself, else what it is
// affiliated with, part of, or holds an office of (followed a few steps).
int GroupOf(int actor, const std::vector<ActorFact>& actors, const Lexicon& lex) {
  for (int step = 0; step < 4 && actor >= 0; ++step) {
    const ActorFact& a = actors[actor];
    if (a.kind == "country") return actor;
    // The dictionary's relations first: an office outweighs an apposition.
    int next = -1;
    if (a.dict >= 0) {
      const DictActor& d = lex.actors[a.dict];
      if (!d.part_of.empty()) next = FindActor(actors, d.part_of);
      else if (!d.roles.empty()) next = FindActor(actors, d.roles[0].of);
      else if (!d.affiliated_with.empty()) next = FindActor(actors, d.affiliated_with);
    }
    if (next < 0) next = a.affiliation;
    if (next == actor) return -1;
    actor = next;
  }
  return -1;
}

// The speaker talks of its own side: "we", "us", "our" anywhere in the words,
// or an institution's reported words opening with "it"/"they" ("the Pentagon
// said it was not considering ...").
bool SpeaksOfItsOwnSide(const StatementFact& st, const ActorFact& speaker) {
  static const std::set<std::string> kFirstPersonPlural = {"we", "us", "our", "ours", "ourselves"};
  std::vector<std::string> words = Words(Lower(st.text));
  for (const std::string& w : words)
    if (kFirstPersonPlural.count(w.substr(0, w.find('\'')))) return true;  // "we've"
  return st.kind == "indirect" && speaker.kind != "person" && !words.empty() &&
         (words[0] == "it" || words[0] == "they");
}

// An unnamed official with no country of its own ("a senior defense
// official") belongs to the outlet's home country when the article names it.
void AffiliateUnnamedOfficials(const Lexicon& lex, Extraction* x) {
  int home = FindActor(x->actors, lex.HomeCountryOf(x->article.outlet));
  if (home < 0 || x->actors[home].mentions == 0) return;
  for (ActorFact& a : x->actors) {
    if (a.kind != "anonymous_source" || a.affiliation >= 0) continue;
    std::vector<std::string> words = Words(Lower(a.name));
    if (!words.empty() && lex.home_country_heads.count(words.back())) a.affiliation = home;
  }
}

// Types whose subject is a participant, not an agent (talks, agreement): the
// countries taking part are the sides every mention of the event is about.
std::set<std::string> MutualEventTypes(const Lexicon& lex) {
  std::set<std::string> types;
  for (const auto& [trigger, t] : lex.event_triggers)
    if (t.subject_role == "participant") types.insert(t.type);
  return types;
}

void AddUnique(std::vector<int>* list, int actor) {
  if (actor >= 0 && std::find(list->begin(), list->end(), actor) == list->end())
    list->push_back(actor);
}

}  // namespace

void InferAboutTargets(const Lexicon& lex, Extraction* x) {
  AffiliateUnnamedOfficials(lex, x);
  std::set<std::string> mutual = MutualEventTypes(lex);
  for (StatementFact& st : x->statements) {
    if (st.speaker < 0) continue;
    if (SpeaksOfItsOwnSide(st, x->actors[st.speaker]))
      AddUnique(&st.about_actors, GroupOf(st.speaker, x->actors, lex));
    for (int e : st.about_events) {
      const EventFact& event = x->events[e];
      if (!mutual.count(event.type)) continue;
      for (const auto& [actor, role] : event.participants)
        if (x->actors[actor].kind == "country" && actor != st.speaker) AddUnique(&st.about_actors, actor);
    }
  }
  // A quotation that carries on from the same speaker's previous statements
  // (each in the same or the next paragraph as the one after it, nobody else
  // in between; words of no known speaker are nobody's) continues the topic
  // of the nearest that has one.
  for (size_t i = 1; i < x->statements.size(); ++i) {
    StatementFact& st = x->statements[i];
    if (st.kind == "indirect" || st.speaker < 0) continue;
    int next_paragraph = st.paragraph;
    for (size_t k = i; k-- > 0;) {
      const StatementFact& prev = x->statements[k];
      if (prev.speaker < 0) continue;
      if (prev.speaker != st.speaker || next_paragraph - prev.paragraph > 1) break;
      next_paragraph = prev.paragraph;
      if (prev.about_actors.empty()) continue;
      for (int actor : prev.about_actors) AddUnique(&st.about_actors, actor);
      break;
    }
  }
  for (StatementFact& st : x->statements) std::sort(st.about_actors.begin(), st.about_actors.end());
}

}  // namespace ng::ingest
