#include "ingest/event_groups.h"

#include <algorithm>

#include "ingest/dependency_tree.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// Modifiers before a head that may carry its backer ("Norway-backed",
// "pro-Norway", "militia" in "militia groups").
bool ModifierRelation(const std::string& base) {
  return base == "amod" || base == "compound" || base == "nmod" || base == "obl";
}

// Where the backer's name starts among tokens [first, head): the word before
// "-backed", or after the "pro-" of a word; npos when none says who backs
// the group.
size_t BackerAt(const nlp::Sentence& s, int first, int head, const Lexicon& lex) {
  for (int i = first; i < head; ++i) {
    std::string w = Lower(s.tokens[i].form);
    auto cue = lex.event_group_cues.find(w);
    if (cue != lex.event_group_cues.end() && cue->second == "backed" && i - 2 >= first &&
        s.tokens[i - 1].form == "-")
      return s.tokens[i - 2].begin;
    for (const auto& [prefix, what] : lex.event_group_cues)
      if (what == "pro" && w.size() > prefix.size() && w.compare(0, prefix.size(), prefix) == 0)
        return s.tokens[i].begin + prefix.size();
  }
  return std::string::npos;
}

// The backer named at `at`: an actor of the article's mentions, else one of
// the dictionary (fused words like "pro-Norway" or "Norwegian-backed" are no
// mentions). Its name, and its index in `actors` when it has one.
std::string Backer(const ParagraphView& p, size_t at, const Lexicon& lex, const std::vector<ActorFact>& actors,
                   int* index) {
  *index = -1;
  for (const PlacedMention& m : p.mentions)
    if (m.start <= at && at < m.end && !m.anonymous && !m.person) {
      *index = m.actor;
      return actors[m.actor].name;
    }
  const Alias* a = lex.MatchAlias(p.text, at);
  if (!a) return "";
  for (size_t i = 0; i < actors.size(); ++i)
    if (actors[i].dict == a->actor) *index = static_cast<int>(i);
  return lex.actors[a->actor].name;
}

int FindOrAddGroup(const std::string& name, const std::string& surface, int backer,
                   std::vector<ActorFact>* actors) {
  for (size_t i = 0; i < actors->size(); ++i)
    if ((*actors)[i].name == name) {
      if (surface != name) (*actors)[i].aliases.insert(surface);
      return static_cast<int>(i);
    }
  ActorFact group;
  group.name = name;
  group.kind = "armed_group";
  if (surface != name) group.aliases.insert(surface);
  group.affiliation = backer;
  actors->push_back(std::move(group));
  return static_cast<int>(actors->size()) - 1;
}

}  // namespace

void AddGroupDescriptions(ParagraphView* p, const Lexicon& lex, std::vector<ActorFact>* actors) {
  for (const nlp::Sentence& s : p->syntax) {
    DependencyTree tree(s);
    for (size_t h = 0; h < s.tokens.size(); ++h) {
      const nlp::Token& head = s.tokens[h];
      auto plural = lex.event_group_heads.find(Lower(head.lemma));
      if (head.upos != "NOUN" || plural == lex.event_group_heads.end()) continue;
      int first = static_cast<int>(h), last = static_cast<int>(h);
      for (int c : tree.children[h]) {
        std::string base = tree.base_rel(c);
        if (c < static_cast<int>(h) && ModifierRelation(base)) tree.Span(c, -1, &first, &last);
      }
      size_t at = first < static_cast<int>(h) ? BackerAt(s, first, static_cast<int>(h), lex) : std::string::npos;
      if (at == std::string::npos) continue;
      int backer = -1;
      std::string backer_name = Backer(*p, at, lex, *actors, &backer);
      if (backer_name.empty()) continue;
      // The description runs from the word naming the backer to the head
      // ("Norwegian-backed militia groups"), not over what is conjoined before.
      size_t begin = at, end = head.end;
      for (int i = first; i <= static_cast<int>(h); ++i)
        if (s.tokens[i].begin <= at && at < s.tokens[i].end) begin = s.tokens[i].begin;
      std::string surface(p->text.substr(begin, end - begin));
      int group = FindOrAddGroup(backer_name + "-backed " + plural->second, surface, backer, actors);
      auto& ms = p->mentions;
      ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const PlacedMention& m) { return m.start >= begin && m.end <= end; }),
               ms.end());
      PlacedMention pm;
      pm.start = begin;
      pm.end = end;
      pm.actor = group;
      pm.plural = true;
      ms.insert(std::lower_bound(ms.begin(), ms.end(), pm,
                                 [](const PlacedMention& a, const PlacedMention& b) { return a.start < b.start; }),
                pm);
    }
  }
}

}  // namespace ng::ingest
