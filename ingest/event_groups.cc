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

// "militant groups trained and supplied by Norway": a participle of a
// backing word after the head, or one conjoined to it, with its "by"
// phrase. The start of that phrase's name and the description's last word
// (the phrase's end), or npos.
size_t BackerAfter(const DependencyTree& tree, int head, const Lexicon& lex, int* last) {
  const auto& tokens = tree.s.tokens;
  for (int c : tree.children[head]) {
    if (c < head || (tree.base_rel(c) != "acl" && tree.base_rel(c) != "amod") || tokens[c].xpos != "VBN") continue;
    std::vector<int> verbs = {c};
    for (int g : tree.children[c])
      if (tree.base_rel(g) == "conj" && tokens[g].xpos == "VBN") verbs.push_back(g);
    const bool backing = std::any_of(verbs.begin(), verbs.end(), [&](int v) {
      auto cue = lex.event_group_cues.find(Lower(tokens[v].form));
      return cue != lex.event_group_cues.end() && cue->second == "backed";
    });
    if (!backing) continue;
    for (int v : verbs)
      for (int g : tree.children[v])
        if (tree.rel(g) == "obl:agent") {
          int first = g;
          *last = g;
          tree.Span(g, -1, &first, last);
          while (first < *last && tokens[first].upos == "ADP") ++first;
          while (first < *last && tokens[first].upos == "DET") ++first;
          return tokens[first].begin;
        }
  }
  return std::string::npos;
}

// A head with "the" before it and no other word before it but those
// `may_precede` allows.
template <typename MayPrecede>
bool Definite(const DependencyTree& tree, int head, MayPrecede may_precede) {
  bool definite = false;
  for (int c : tree.children[head]) {
    if (c > head) continue;
    if (tree.rel(c) == "det" && Lower(tree.s.tokens[c].form) == "the") definite = true;
    else if (!may_precede(c)) return false;
  }
  return definite;
}

// "the militias", "the militant groups" after "Norway-backed militias": a
// definite plural head, with no words before it but group words, is the one
// group of that plural the article has named by description; else ("the
// rebels", "the insurgents") the one armed group it has named by name. -1
// when it has named none so far, or several. (Not without "the":
// "militants who attacked the post" may be a group the article never names.)
int GroupReferredTo(const DependencyTree& tree, int head, const std::string& plural, const Lexicon& lex,
                    const std::vector<ActorFact>& actors) {
  const auto& tokens = tree.s.tokens;
  if (tokens[head].xpos != "NNS" ||
      !Definite(tree, head, [&](int c) { return lex.event_group_heads.count(Lower(tokens[c].lemma)) > 0; }))
    return -1;
  // The one armed group whose name `matches`, else -1.
  auto only = [&](auto matches) {
    int found = -1;
    for (size_t i = 0; i < actors.size(); ++i) {
      if (actors[i].kind != "armed_group" || !matches(actors[i].name)) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(i);
    }
    return found;
  };
  const std::string ending = "-backed " + plural;
  const int described = only([&](const std::string& name) { return name.size() > ending.size() && EndsWith(name, ending); });
  if (described >= 0) return described;
  return only([](const std::string& name) { return name.find("-backed ") == std::string::npos; });
}

// "The group attacked a post": a definite singular "group" (or "militia")
// with no words before it is the armed group the paragraph named last
// before it; -1 when it named none.
int GroupNamedBefore(const DependencyTree& tree, int head, const ParagraphView& p,
                     const std::vector<ActorFact>& actors) {
  const auto& tokens = tree.s.tokens;
  if (tokens[head].xpos != "NN" || !Definite(tree, head, [](int) { return false; })) return -1;
  int found = -1;
  for (const PlacedMention& m : p.mentions)
    if (m.end <= tokens[head].begin && actors[m.actor].kind == "armed_group") found = m.actor;
  return found;
}

// Puts a mention of `group` over [begin, end) in place of those inside
// [begin, words_end): a "by" phrase after the head is the description's but
// no part of the head's phrase, where events look for parties.
void MentionGroup(ParagraphView* p, size_t begin, size_t end, size_t words_end, int group) {
  auto& ms = p->mentions;
  ms.erase(std::remove_if(ms.begin(), ms.end(),
                          [&](const PlacedMention& m) { return m.start >= begin && m.end <= words_end; }),
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
      // The description runs from the word naming the backer to the head
      // ("Norwegian-backed militia groups"), not over what is conjoined
      // before; or from the first word to the "by" phrase after it.
      size_t begin = at, end = head.end;
      if (at == std::string::npos) {
        int by_last = -1;
        at = BackerAfter(tree, static_cast<int>(h), lex, &by_last);
        if (at == std::string::npos) {
          int group = GroupReferredTo(tree, static_cast<int>(h), plural->second, lex, *actors);
          if (group < 0) group = GroupNamedBefore(tree, static_cast<int>(h), *p, *actors);
          if (group >= 0) MentionGroup(p, s.tokens[first].begin, head.end, head.end, group);
          continue;
        }
        begin = s.tokens[first].begin;
        end = s.tokens[by_last].end;
      }
      int backer = -1;
      std::string backer_name = Backer(*p, at, lex, *actors, &backer);
      if (backer_name.empty()) continue;
      for (int i = first; i <= static_cast<int>(h); ++i)
        if (s.tokens[i].begin <= begin && begin < s.tokens[i].end) begin = s.tokens[i].begin;
      std::string surface(p->text.substr(begin, end - begin));
      int group = FindOrAddGroup(backer_name + "-backed " + plural->second, surface, backer, actors);
      MentionGroup(p, begin, std::min(end, head.end), end, group);
    }
  }
}

}  // namespace ng::ingest
