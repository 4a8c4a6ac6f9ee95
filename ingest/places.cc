#include "ingest/places.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// The article's actors as places are checked against them, gathered once
// per paragraph: their names and aliases in lower case, and every word of a
// person's name.
struct ActorWords {
  std::set<std::string> names;
  std::set<std::string> person_words;
  std::vector<PlacedMention> mentions;  // the paragraph's, sorted by start

  ActorWords(const std::vector<ActorFact>& actors, const std::vector<PlacedMention>& paragraph_mentions)
      : mentions(paragraph_mentions) {
    std::sort(mentions.begin(), mentions.end(),
              [](const PlacedMention& a, const PlacedMention& b) { return a.start < b.start; });
    for (const ActorFact& f : actors) {
      names.insert(Lower(f.name));
      for (const std::string& alias : f.aliases) names.insert(Lower(alias));
      if (f.kind != "person") continue;
      for (std::string& w : Words(f.name)) person_words.insert(std::move(w));
    }
  }
};

// A place named in a sentence: where, by which name, and its country.
struct FoundPlace {
  size_t begin = 0, end = 0;
  std::string name, alias;  // "Haldorvik", "Haldorvik province"
  int country = -1;         // the ActorFact the sentence names with it
  std::string country_name;
};

// One sentence read for places: its tokens, the paragraph's actor mentions
// and the cue words of data/place_cues.tsv.
class SentencePlaces {
 public:
  SentencePlaces(const nlp::Sentence& s, const ParagraphView& p, const Lexicon& lex,
                 const std::vector<ActorFact>& actors, const ActorWords& words)
      : tok_(s.tokens), s_(s), p_(p), lex_(lex), actors_(actors), words_(words) {}

  // Every place of the sentence, in text order.
  std::vector<FoundPlace> Find() const {
    std::vector<FoundPlace> out;
    const int n = static_cast<int>(tok_.size());
    for (int a = 0; a < n; ++a) {
      if (!NameWord(a)) continue;
      int b = RunEnd(a);
      if (auto place = Consider(a, b)) out.push_back(std::move(*place));
      a = b;
    }
    return out;
  }

 private:
  bool Capitalized(int t) const {
    const std::string& w = tok_[t].form;
    return !w.empty() && (StartsUpper(w) || static_cast<unsigned char>(w[0]) >= 0x80);
  }

  // A capitalized proper noun (not a plural one: "Americans") or place word.
  bool NameWord(int t) const {
    return Capitalized(t) && tok_[t].xpos != "NNPS" &&
           (tok_[t].upos == "PROPN" || lex_.place_words.count(tok_[t].form));
  }

  bool Joiner(int t) const { return tok_[t].form == "-" || lex_.name_particles.count(tok_[t].form); }

  // The last word of the name starting at `a`: name words, joined directly
  // or through a hyphen or particle ("Brekkestad Air Base", "Gulf of X").
  int RunEnd(int a) const {
    const int n = static_cast<int>(tok_.size());
    int b = a;
    for (;;) {
      if (b + 1 < n && NameWord(b + 1)) {
        ++b;
        continue;
      }
      int k = b + 1;
      while (k < n && k <= b + 2 && Joiner(k)) ++k;
      if (k > b + 1 && k < n && NameWord(k)) {
        b = k;
        continue;
      }
      return b;
    }
  }

  // The word of [a, b] the rest hangs from.
  int HeadOf(int a, int b) const {
    int head = b;
    for (int t = a; t <= b; ++t)
      if (tok_[t].head < a || tok_[t].head > b) head = t;
    return head;
  }

  // Only mentions starting before `end` can overlap, and a mention is a
  // few words long.
  bool OverlapsActor(size_t begin, size_t end) const {
    const auto& mentions = words_.mentions;
    auto after = std::lower_bound(mentions.begin(), mentions.end(), end,
                                  [](const PlacedMention& m, size_t at) { return m.start < at; });
    for (auto it = after; it != mentions.begin();) {
      --it;
      if (it->end > begin) return true;
      if (it->start + 200 < begin) break;
    }
    return false;
  }

  bool NamesActor(const std::string& name) const { return words_.names.count(Lower(name)) > 0; }

  std::set<std::string> NameTypes(int a, int b) const {
    std::set<std::string> types;
    for (const nlp::Name& nm : s_.names)
      if (nm.first <= b && a <= nm.last) types.insert(nm.type);
    return types;
  }

  bool PlaceNoun(int t) const { return lex_.place_nouns.count(Lower(tok_[t].form)) > 0; }

  // "in X", "near X", and "in Y and X".
  bool GovernedByPreposition(int head) const {
    int h = head;
    if (tok_[h].deprel == "conj" && tok_[h].head >= 0) h = tok_[h].head;
    const std::string& rel = tok_[h].deprel;
    if (rel != "obl" && rel != "nmod") return false;
    for (size_t c = 0; c < tok_.size(); ++c)
      if (tok_[c].head == h && tok_[c].deprel == "case" && lex_.place_prepositions.count(Lower(tok_[c].form)))
        return true;
    return false;
  }

  // The country named with the place: its possessor ("Norway's Haldorvik
  // province") or the name after a comma ("Lyngstrand, Norway").
  int CountryOf(int a, int last) const {
    for (size_t c = 0; c < tok_.size(); ++c) {
      int h = tok_[c].head;
      if (h < a || h > last || tok_[c].deprel != "nmod:poss") continue;
      if (int actor = CountryAt(tok_[c].begin); actor >= 0) return actor;
    }
    int k = last + 1;
    if (k + 1 < static_cast<int>(tok_.size()) && tok_[k].form == ",") return CountryAt(tok_[k + 1].begin);
    return -1;
  }

  int CountryAt(size_t begin) const {
    const auto& mentions = words_.mentions;
    auto it = std::lower_bound(mentions.begin(), mentions.end(), begin,
                               [](const PlacedMention& m, size_t at) { return m.start < at; });
    for (; it != mentions.end() && it->start == begin; ++it)
      if (actors_[it->actor].kind == "country") return it->actor;
    return -1;
  }

  // A word of a person of the article ("Clinton" of "Hillary Clinton"):
  // named there as that person, not as a town of the name.
  bool PersonWord(int a, int b) const {
    for (int t = a; t <= b; ++t)
      if (words_.person_words.count(tok_[t].form)) return true;
    return false;
  }

  // Words that make a run no place name: a calendar word or title anywhere
  // ("Labor Day", "Mrs. X"), a single letter before a hyphen ("R-Ohio").
  bool NoPlace(int a, int b) const {
    for (int t = a; t <= b; ++t)
      if (lex_.never_places.count(tok_[t].form)) return true;
    return tok_[a].form.size() == 1 && a + 1 <= b && tok_[a + 1].form == "-";
  }

  std::optional<FoundPlace> Consider(int a, int b) const {
    const int n = static_cast<int>(tok_.size());
    // "New York": a capitalized adjective that heads into the name is of it.
    if (a > 0 && tok_[a - 1].upos == "ADJ" && Capitalized(a - 1) && tok_[a - 1].head >= a && tok_[a - 1].head <= b)
      --a;
    // "Haldorvik Province" is "Haldorvik" with its noun, like "Haldorvik province".
    int name_last = b;
    if (b > a && PlaceNoun(b) && !lex_.place_words.count(tok_[b].form)) name_last = b - 1;
    int last = b;  // the place's words with a noun that follows
    if (b + 1 < n && PlaceNoun(b + 1) && !Capitalized(b + 1) && tok_[HeadOf(a, b)].head == b + 1) last = b + 1;
    const size_t begin = tok_[a].begin, end = tok_[last].end;
    if (OverlapsActor(begin, end) || NoPlace(a, b) || PersonWord(a, b)) return std::nullopt;
    const std::string name(p_.text.substr(begin, tok_[name_last].end - begin));
    if (NamesActor(name)) return std::nullopt;
    const int head = HeadOf(a, b);
    const std::set<std::string> types = NameTypes(a, b);
    const bool person_or_organization = types.count("PER") || types.count("ORG");
    auto known = lex_.gazetteer.find(Lower(name));
    // Evidence of its own: a place word ("Air Base"), a place noun after or
    // before ("X province", "the city of X"), or the gazetteer.
    const bool place_word = b > a && lex_.place_words.count(tok_[b].form);
    const bool noun_after = last > b || name_last < b;
    const bool noun_before = a >= 2 && Lower(tok_[a - 1].form) == "of" && PlaceNoun(a - 2);

    // Else the name finder and a locative preposition together ("in X"),
    // unless the name only modifies a common noun ("in X talks").
    const std::string& rel = tok_[head].deprel;
    const bool modifier = (rel == "compound" || rel == "amod" || rel == "nmod:poss") && tok_[head].head >= 0 &&
                          tok_[tok_[head].head].upos == "NOUN" && !PlaceNoun(tok_[head].head);
    const bool located = types.count("LOC") && GovernedByPreposition(head) && !person_or_organization && !modifier;
    const bool in_gazetteer = known != lex_.gazetteer.end() && !person_or_organization && !modifier;
    if (!place_word && !noun_after && !noun_before && !in_gazetteer && !located) return std::nullopt;
    FoundPlace place;
    place.begin = begin;
    place.end = end;
    place.name = name;
    if (last != name_last) place.alias = std::string(p_.text.substr(begin, end - begin));
    place.country = CountryOf(a, last);
    // Else the gazetteer's country (empty when places of several share the name).
    place.country_name = place.country >= 0               ? actors_[place.country].name
                         : known != lex_.gazetteer.end() ? known->second
                                                         : "";
    return place;
  }

  const std::vector<nlp::Token>& tok_;
  const nlp::Sentence& s_;
  const ParagraphView& p_;
  const Lexicon& lex_;
  const std::vector<ActorFact>& actors_;
  const ActorWords& words_;
};

// The article's places by every name they go by, in lower case.
class PlaceIndex {
 public:
  explicit PlaceIndex(std::vector<PlaceFact>* places) : places_(places) {
    for (size_t i = 0; i < places->size(); ++i) {
      by_name_.emplace(Lower((*places)[i].name), static_cast<int>(i));
      for (const std::string& alias : (*places)[i].aliases) by_name_.emplace(Lower(alias), static_cast<int>(i));
    }
  }

  int FindOrAdd(const std::string& name) {
    auto [it, added] = by_name_.emplace(Lower(name), static_cast<int>(places_->size()));
    if (added) {
      PlaceFact f;
      f.name = name;
      places_->push_back(f);
    }
    return it->second;
  }

  void AddAlias(int place, const std::string& alias) {
    (*places_)[place].aliases.insert(alias);
    by_name_.emplace(Lower(alias), place);
  }

 private:
  std::vector<PlaceFact>* places_;
  std::map<std::string, int> by_name_;
};

}  // namespace

std::vector<PlacedMention> FindPlaces(const ParagraphView& p, const Lexicon& lex,
                                      const std::vector<ActorFact>& actors, std::vector<PlaceFact>* places) {
  std::vector<PlacedMention> out;
  const ActorWords words(actors, p.mentions);
  PlaceIndex index(places);
  for (const nlp::Sentence& s : p.syntax)
    for (const FoundPlace& found : SentencePlaces(s, p, lex, actors, words).Find()) {
      const int place = index.FindOrAdd(found.name);
      PlaceFact& f = (*places)[place];
      ++f.mentions;
      if (!found.alias.empty() && found.alias != f.name) index.AddAlias(place, found.alias);
      if (f.country < 0 && found.country >= 0) f.country = found.country;
      if (f.country_name.empty() || found.country >= 0) f.country_name = found.country_name;
      PlacedMention m;
      m.start = found.begin;
      m.end = found.end;
      m.actor = place;
      out.push_back(m);
    }
  return out;
}

}  // namespace ng::ingest
