#include "ingest/event_forums.h"

#include <algorithm>

#include "ingest/text_util.h"

namespace ng::ingest {

// An organization (not a country, person or armed group) whose name ends
// in a forum word.
bool ForumBody(const ActorFact& a, const Lexicon& lex) {
  if (a.kind != "organization" && a.kind != "government_body") return false;
  std::vector<std::string> words = Words(Lower(a.name));
  return !words.empty() && lex.event_forum_heads.count(words.back()) > 0;
}

void SetEventForums(const Lexicon& lex, const std::vector<ActorFact>& actors, std::vector<EventFact>* events) {
  for (EventFact& e : *events) {
    auto& parties = e.participants;
    const auto is_forum = [&](const std::pair<int, std::string>& p) {
      return p.second == "participant" && ForumBody(actors[p.first], lex);
    };
    const auto sides = std::count_if(parties.begin(), parties.end(), [&](const auto& p) {
      return p.second == "participant" && !is_forum(p);
    });
    if (sides < 2) continue;
    for (const auto& p : parties)
      if (is_forum(p)) e.forums.push_back(p.first);
    if (e.forums.empty()) continue;
    parties.erase(std::remove_if(parties.begin(), parties.end(), is_forum), parties.end());
    e.label = e.type + ": ";
    for (size_t i = 0; i < parties.size() && i < 3; ++i) e.label += (i ? ", " : "") + actors[parties[i].first].name;
  }
}

}  // namespace ng::ingest
