#include "ingest/appositions.h"

#include <set>
#include <string>

#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// Kinds a person can work for; a country is an office (HOLDS_ROLE), not this.
bool IsEmployer(const std::string& kind) {
  static const std::set<std::string> kEmployers = {"organization", "government_body", "media",
                                                   "armed_group", "coalition"};
  return kEmployers.count(kind) > 0;
}

// The word before `pos` links a description to its institution ("at", "of").
bool AfterLinkWord(std::string_view text, size_t pos) {
  static const std::set<std::string> kLinks = {"at", "of", "with", "for", "from"};
  std::vector<std::string> words = Words(Lower(text.substr(0, pos)));
  if (!words.empty() && words.back() == "the") words.pop_back();
  return !words.empty() && kLinks.count(words.back()) > 0;
}

}  // namespace

void LinkAppositions(const ParagraphView& p, std::vector<ActorFact>* actors) {
  std::string_view text = p.text;
  for (size_t i = 0; i < p.mentions.size(); ++i) {
    const PlacedMention& person = p.mentions[i];
    ActorFact& who = (*actors)[person.actor];
    if (who.kind != "person" || person.modifier || who.affiliation >= 0) continue;
    // ", the director of ...": a comma, then a description in lower case.
    size_t at = person.end;
    if (at + 2 >= text.size() || text[at] != ',' || text[at + 1] != ' ' || !IsLower(text[at + 2]))
      continue;
    size_t clause_end = text.find_first_of(",.;\"", at + 2);
    if (clause_end == std::string_view::npos) clause_end = text.size();
    for (size_t k = i + 1; k < p.mentions.size() && p.mentions[k].end <= clause_end; ++k) {
      const PlacedMention& m = p.mentions[k];
      if (IsEmployer((*actors)[m.actor].kind) && AfterLinkWord(text, m.start)) {
        who.affiliation = m.actor;
        break;
      }
    }
  }
}

}  // namespace ng::ingest
