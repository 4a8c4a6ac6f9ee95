#include "ingest/mentions.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <utility>

#include "ingest/name_key.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// "Eastern Freedom Front (EFF)": the acronym in brackets right after a
// name, else "". Its letters must be the name's initials in order: "(EFF)",
// not "(Reuters)" or "(AP)" after a name it does not abbreviate.
std::string AcronymAfter(std::string_view text, size_t end, const std::string& name) {
  size_t open = end;
  while (open < text.size() && text[open] == ' ') ++open;
  if (open >= text.size() || text[open] != '(') return "";
  const size_t close = text.find(')', open);
  if (close == std::string::npos || close - open > 13) return "";
  std::string acronym(text.substr(open + 1, close - open - 1));
  if (!IsAcronym(acronym)) return "";
  // Each capital a word's initial, in order (words like "of" may be skipped).
  size_t word = 0;
  const std::vector<std::string> words = Words(name);
  for (char c : acronym) {
    if (c == '.' || c == '&') continue;
    while (word < words.size() && std::toupper(static_cast<unsigned char>(words[word][0])) != c) ++word;
    if (word == words.size()) return "";
    ++word;
  }
  return acronym;
}


// Calendar words are capitalized but never names.
const std::set<std::string> kCalendar = {
    "January", "February", "March",  "April",    "May",    "June",     "July",
    "August",  "September", "October", "November", "December", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "In", "On",
    "But", "And", "However", "While", "Although", "After", "Before", "Still", "Officials"};

// A possessive pronoun opening a sentence owns the body after it and is no
// part of its name ("Its foreign ministry said": no "Its Foreign Ministry").
bool IsPossessivePronoun(const Token& t) {
  static const std::set<std::string> kPossessives = {"its", "their", "his", "her", "our"};
  return kPossessives.count(t.lower) > 0;
}

// Words after "official" that show it is an adjective ("official statement").
bool IsNameToken(const Token& t) {
  if (t.text.empty()) return false;
  if (StartsWith(t.text, "al-") || StartsWith(t.text, "el-"))
    return t.text.size() > 3 && IsUpper(t.text[3]);
  return StartsUpper(t.text) && !kCalendar.count(t.text);
}

bool IsParticle(const Token& t) { return IsNameParticle(t.text); }

std::string Capitalized(std::string word) {
  if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

std::string StripPossessive(const std::string& s) {
  if (EndsWith(s, "'s")) return s.substr(0, s.size() - 2);
  if (EndsWith(s, "'")) return s.substr(0, s.size() - 1);
  return s;
}

// A country's name or people's word at token i of `text` (ending at byte
// `end`) inside a longer name of a place: a region of the gazetteer ("New
// Mexico", "British Columbia"), a sea or the like ("the South China Sea",
// "the Gulf of Mexico"). Such a name names no actor.
bool InsidePlaceName(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end,
                     const Lexicon& lex) {
  size_t next = i;
  while (next < tokens.size() && tokens[next].start < end) ++next;
  auto capitalized = [&](size_t k) { return k < tokens.size() && StartsUpper(tokens[k].text); };
  auto adjacent = [&](size_t a, size_t b) {
    return text.substr(tokens[a].end, tokens[b].start - tokens[a].end) == " ";
  };
  if (capitalized(next) && adjacent(next - 1, next) && lex.geographic_words.count(StripPossessive(tokens[next].text)))
    return true;
  if (i >= 2 && tokens[i - 1].lower == "of" && capitalized(i - 2) && lex.geographic_words.count(tokens[i - 2].text))
    return true;
  const std::string name(text.substr(tokens[i].start, end - tokens[i].start));
  if (i >= 1 && capitalized(i - 1) && adjacent(i - 1, i) &&
      lex.gazetteer.count(Lower(tokens[i - 1].text + " " + name)))
    return true;
  return capitalized(next) && adjacent(next - 1, next) &&
         lex.gazetteer.count(Lower(name + " " + StripPossessive(tokens[next].text)));
}

struct Finder {
  std::string_view text;
  const Lexicon& lex;
  KnownPeople* people;
  std::vector<Token> tokens;
  const ArticleContext* context;
  size_t offset;  // of `text` in the article body
  const NameSpans* person_names;
  const std::vector<SpeakerPhrase>* speakers;
  const NameSpans* organization_names;
  const NameSpans* function_words;
  const NameSpans* lower_case_words;
  std::vector<Mention> found;

  // Whether `spans` (in text order, so a binary search finds it) holds token i.
  bool Listed(const NameSpans* spans, size_t i) const {
    if (!spans) return false;
    const std::pair<size_t, size_t> word{tokens[i].start, tokens[i].end};
    return std::binary_search(spans->begin(), spans->end(), word);
  }
  // The parse reads token i as a closed-class word ("When", "If", "For").
  bool FunctionWord(size_t i) const { return Listed(function_words, i); }
  // Token i is capitalized only by a Title Case headline: no part of a name.
  bool LowerCaseWord(size_t i) const { return Listed(lower_case_words, i); }

  // The name finder saw a person's name over [start, end).
  bool NamedPerson(size_t start, size_t end) const {
    if (!person_names) return false;
    for (const auto& [b, e] : *person_names)
      if (b < end && start < e) return true;
    return false;
  }

  const Alias* AliasAtPos(size_t pos) const {
    return lex.MatchAlias(text, pos, context ? &context->named : nullptr);
  }
  // "in Halden": a person's surname after a locative preposition, in an
  // article that never names that person by more, is a place of the name.
  bool PlaceNotPerson(const Alias& a, size_t i) const {
    if (!a.surname || i == 0 || (context && context->named.count(a.actor))) return false;
    return lex.place_prepositions.count(tokens[i - 1].lower) > 0;
  }

  // Dictionary alias starting at token i, if any.
  const Alias* AliasAt(size_t i) const { return AliasAtPos(tokens[i].start); }

  void AddDictionary() {
    for (size_t i = 0; i < tokens.size(); ++i) {
      size_t pos = tokens[i].start;
      if (pos > 0 && IsAlnum(text[pos - 1])) continue;
      const Alias* a = AliasAtPos(pos);
      if (!a) {
        LocalAliasElsewhere(i);
        continue;
      }
      if (PlaceNotPerson(*a, i)) continue;
      if (lex.actors[a->actor].kind == "country" && InsidePlaceName(text, tokens, i, pos + a->text.size(), lex))
        continue;
      Mention m;
      m.start = pos;
      m.end = pos + a->text.size();
      m.kind = MentionKind::kDictionary;
      m.actor = a->actor;
      m.demonym = a->demonym;
      std::string_view after = text.substr(m.end, 10);
      std::string_view before = text.substr(pos >= 5 ? pos - 5 : 0, pos >= 5 ? 5 : pos);
      bool hyphen_after = !after.empty() && after[0] == '-';
      m.modifier = hyphen_after || EndsWith(before, "pro-") || EndsWith(before, "anti-");
      // "Peruvian-Chilean talks", "Peru-Chile frontier": two countries named
      // together, both modifiers.
      if (hyphen_after) {
        if (auto pair = CountryAfterHyphen(m); pair && lex.actors[m.actor].kind == "country") {
          found.push_back(m);
          found.push_back(*pair);
          continue;
        }
      }
      // "Iranian-backed militias" speaks of the militias, not of Iran.
      if (m.demonym && hyphen_after) continue;
      found.push_back(m);
    }
  }

  // The country named right after `first` and a hyphen ("-Chilean" of
  // "Peruvian-Chilean"), as a whole word, before a noun of a relation.
  std::optional<Mention> CountryAfterHyphen(const Mention& first) const {
    const size_t at = first.end + 1;
    if (at >= text.size() || !IsUpper(text[at])) return std::nullopt;
    // (No article context: a name looked at here is not yet named.)
    const Alias* a = lex.MatchAlias(text, at);
    if (!a || lex.actors[a->actor].kind != "country" || a->actor == first.actor) return std::nullopt;
    const size_t end = at + a->text.size();
    if (end < text.size() && (IsAlnum(text[end]) || text[end] == '-')) return std::nullopt;
    // Of a relation ("border", "talks"), not of people ("Korean-American families").
    size_t word = end;
    while (word < text.size() && text[word] == ' ') ++word;
    size_t word_end = word;
    while (word_end < text.size() && IsAlnum(text[word_end])) ++word_end;
    if (!lex.bilateral_nouns.count(Lower(text.substr(word, word_end - word)))) return std::nullopt;
    Mention m = first;
    m.start = at;
    m.end = end;
    m.actor = a->actor;
    m.demonym = a->demonym;
    m.modifier = true;
    return m;
  }

  // "The foreign ministry said" in an article that does not name the
  // dictionary's ministry's country: the ministry of the country right before
  // ("the French foreign ministry") or of the article's main country.
  void LocalAliasElsewhere(size_t i) {
    const Alias* a = lex.MatchAlias(text, tokens[i].start);
    if (!a || !a->local) return;
    Mention m;
    m.start = tokens[i].start;
    m.end = m.start + a->text.size();
    m.kind = MentionKind::kOrganization;
    m.org_kind = lex.actors[a->actor].kind;
    // "the Kurdish parliament", "the European parliament": a body of whatever
    // the capitalized word before names (a dictionary organization is its owner).
    if (i > 0 && Adjacent(i - 1, i) && StartsUpper(tokens[i - 1].text) && CountryAt(i - 1) < 0 &&
        !EndsWith(tokens[i - 1].text, "'s") && !kCalendar.count(tokens[i - 1].text) &&
        !IsPossessivePronoun(tokens[i - 1])) {
      const Alias* owner = AliasAt(i - 1);
      if (owner && tokens[i - 1].start + owner->text.size() == tokens[i - 1].end)
        m.cues.push_back(owner->actor);
      m.start = tokens[i - 1].start;
      for (const std::string& w : Words(std::string(text.substr(m.start, m.end - m.start))))
        m.name += (m.name.empty() ? "" : " ") + Capitalized(w);
      found.push_back(m);
      return;
    }
    int country = SentenceCountryBefore(i);
    if (country < 0 && context) country = context->CountryBefore(offset + m.start);
    if (i > 0 && Adjacent(i - 1, i))
      if (int c = CountryAt(i - 1); c >= 0) {
        country = c;
        m.start = tokens[i - 1].start;
      }
    if (country < 0) return;
    m.cues.push_back(country);
    for (const std::string& w : Words(std::string(text.substr(tokens[i].start, a->text.size()))))
      m.name += (m.name.empty() ? "" : " ") + Capitalized(w);
    m.name += " of " + lex.actors[country].name;
    found.push_back(m);
  }

  // "Defense Secretary Lloyd Austin", "Jonathan Lord, the director ...",
  // "Rudaw's Diyar Kurda", "Jon Alterman said", "said Alterman".
  void AddPeople() {
    size_t i = 0;
    while (i < tokens.size()) {
      if (!IsNameToken(tokens[i]) || FunctionWord(i) || LowerCaseWord(i)) {
        ++i;
        continue;
      }
      size_t j = i;
      // "Secretary of State Helga Marund": a title with a lower-case word in
      // it runs on into the name.
      for (const std::string& t : lex.titles) {
        if (t.find(" of ") == std::string::npos || !TitleAt(tokens[i].start, t)) continue;
        if (size_t k = TokenAfterTitle(i, t); k > i + 1 && k < tokens.size() && IsNameToken(tokens[k])) j = k;
        break;
      }
      while (j < tokens.size() && (IsNameToken(tokens[j]) || ParticlesBeforeName(j)) &&
             (j == i || (JoinedInName(j) && !LowerCaseWord(j)))) {
        ++j;
        // A possessor ends the run, its name and all ("Ana Ruiz's plan").
        if (EndsWith(tokens[j - 1].text, "'s")) break;
      }
      if (!ShipNameAt(i)) ConsiderRun(i, j);
      i = std::max(j, i + 1);
    }
  }

  // "the MV Corran Star": a name that a ship's prefix (data/vessel_prefixes.txt)
  // opens or stands right before at token k is a ship's, no person's or body's.
  bool ShipNameAt(size_t k) const {
    return lex.vessel_prefixes.count(tokens[k].text) || (k > 0 && lex.vessel_prefixes.count(tokens[k - 1].text));
  }

  // Tokens j-1 and j are one space apart, or a dotted title stands before
  // ("Sen. Mitch McConnell", "Lt. Gen. Ali").
  bool JoinedInName(size_t j) const {
    size_t gap_at = tokens[j - 1].end;
    if (tokens[j].start == gap_at + 1 && text[gap_at] == ' ') return true;
    return tokens[j].start == gap_at + 2 && text[gap_at] == '.' && text[gap_at + 1] == ' ' &&
           lex.dotted_title_words.count(tokens[j - 1].text + ".") > 0;
  }

  // "von der" of "Ursula von der Leyen": particles, then a name.
  bool ParticlesBeforeName(size_t j) const {
    size_t k = j;
    while (k < tokens.size() && k < j + 3 && IsParticle(tokens[k])) ++k;
    return k > j && k < tokens.size() && IsNameToken(tokens[k]);
  }

  void ConsiderRun(size_t b, size_t e) {
    if (e <= b) return;
    if (lex.organization_heads.count(StripPossessive(tokens[e - 1].text))) return;  // AddOrganizations
    std::string title;
    bool possessor = false;
    // A possessive first token ("Rudaw's") or a demonym/title prefix.
    if (EndsWith(tokens[b].text, "'s") && e - b == 1) return;
    size_t name_b = b;
    std::vector<int> employers;  // "Iraqi" of "Iraqi Foreign Minister Fuad Hussein"
    bool given_name = false;     // the run starts with a country's name
    // Skip leading dictionary names and demonyms ("Iraqi Foreign Minister").
    while (name_b < e) {
      const Alias* a = AliasAt(name_b);
      if (!a) break;
      size_t alias_end = tokens[name_b].start + a->text.size();
      size_t k = name_b;
      while (k < e && tokens[k].end <= alias_end) ++k;
      if (k == e) return;       // the whole run is a dictionary name
      if (k == name_b) break;   // the alias ends inside the token ("U.S.-Iraq")
      // "Chad Wolf", "Jordan Peterson": a one-word country name, not a
      // demonym, right before the last word of the run with no title
      // between is a given name.
      if (name_b == b && k == b + 1 && e == b + 2 && !a->demonym &&
          lex.actors[a->actor].kind == "country" && !TitleStarts(k) &&
          !EndsWith(tokens[b].text, "'s")) {
        given_name = true;
        break;
      }
      employers.push_back(a->actor);
      name_b = k;
    }
    // "Budget Chairman X", "Riverton Mayor X": capitalized words that
    // qualify a title (a committee, a town) before it; a full name (two words
    // at least) must follow, so "Ana Maria Ruiz Jr." keeps its words.
    std::string qualifier;
    const size_t qualifier_b = name_b;
    for (size_t k = name_b + 1; k + 2 < e && !TitleStarts(name_b); ++k)
      if (TitleStarts(k) && !AliasAt(k)) {
        size_t after = TitleEnd(k);
        if (after == 0 || after + 2 > e) break;
        qualifier = std::string(text.substr(tokens[name_b].start, tokens[k - 1].end - tokens[name_b].start));
        name_b = k;
        break;
      }
    // A title, longest first; titles may stack ("Chairman Rep. X", "Majority
    // Leader Sen. X"), and none of them is part of the name.
    for (bool more = true; more;) {
      more = false;
      for (const std::string& t : lex.titles) {
        if (!TitleAt(tokens[name_b].start, t)) continue;
        size_t tend = tokens[name_b].start + t.size();
        if (tend < text.size() && IsAlnum(text[tend])) continue;
        size_t k = name_b;
        while (k < e && tokens[k].end <= tend) ++k;
        if (k < e && k > name_b) {
          title += (title.empty() ? "" : " ") + t;
          name_b = k;
          more = true;
        }
        break;
      }
    }
    if (!qualifier.empty() && !title.empty()) title = qualifier + " " + title;
    // "Comedian Wilma Osterhout posted …", "Neighbour Gregor Vance said":
    // a trade or tie (data/person_nouns.tsv) capitalized only to open the
    // sentence, before a given name and a surname, is no part of the name.
    if (title.empty() && name_b == b && e - b >= 3 && OpensSentence(b) &&
        lex.person_nouns.count(Lower(tokens[b].text)) && lex.given_names.count(tokens[b + 1].text))
      ++name_b;
    // "Rudaw's Diyar Kurda": a name owned by a news outlet is its journalist.
    int outlet = -1;  // and works for it
    auto media_possessor = [&](size_t k) {
      if (!EndsWith(tokens[k].text, "'s")) return false;
      // The outlet's name may span tokens: "Al Jazeera's".
      for (size_t from = k + 1; from-- > 0 && from + 3 > k;) {
        const Alias* a = AliasAt(from);
        if (a && tokens[from].start + a->text.size() + 2 == tokens[k].end &&
            lex.actors[a->actor].kind == "media") {
          outlet = a->actor;
          return true;
        }
      }
      return false;
    };
    if (name_b > b && media_possessor(name_b - 1)) possessor = true;
    if (b > 0 && media_possessor(b - 1) && tokens[b].start - tokens[b - 1].end == 1)
      possessor = true;
    size_t n = e - name_b;
    std::string full;
    for (size_t k = name_b; k < e; ++k) full += (full.empty() ? "" : " ") + StripPossessive(tokens[k].text);
    if (full.empty()) return;
    // "Farmers in South Dakota said": a region of the gazetteer no title
    // and no person's name the name finder saw make a person is none (not
    // a city: many are named after a person, whose name stays one).
    if (title.empty() && !possessor && n > 1 && lex.gazetteer_regions.count(Lower(full)) &&
        !NamedPerson(tokens[name_b].start, tokens[e - 1].end) && !people->full_names.count(full))
      return;
    // A dictionary name after a title ("Prime Minister Mohammed Shia al-Sudani").
    if (const Alias* a = given_name ? nullptr : AliasAt(name_b)) {
      Mention m;
      m.start = tokens[name_b].start;
      m.end = m.start + a->text.size();
      m.kind = MentionKind::kDictionary;
      m.actor = a->actor;
      m.title = title;
      found.push_back(m);
      return;
    }
    // "Rival Ana Ruiz", "Democrat Ana Ruiz": capitalized words describing a
    // person the dictionary knows or the article named in full before, whose
    // name ends the run. The mention covers them, as the parse may hang the
    // name from them.
    for (size_t k = name_b + 1; k + 1 < e; ++k) {
      std::string rest;
      for (size_t j = k; j < e; ++j) rest += (rest.empty() ? "" : " ") + StripPossessive(tokens[j].text);
      if (!people->full_names.count(rest)) continue;
      Mention m;
      m.start = tokens[name_b].start;
      m.end = tokens[e - 1].start + StripPossessive(tokens[e - 1].text).size();
      m.kind = MentionKind::kPerson;
      m.name = rest;
      m.title = title;
      found.push_back(m);
      return;
    }
    for (size_t k = name_b + 1; k < e; ++k) {
      const Alias* a = AliasAt(k);
      if (!a || lex.actors[a->actor].kind != "person" || a->text.find(' ') == std::string::npos) continue;
      if (tokens[k].start + a->text.size() != tokens[e - 1].start + StripPossessive(tokens[e - 1].text).size())
        continue;
      Mention m;
      m.start = tokens[name_b].start;
      m.end = tokens[k].start + a->text.size();
      m.kind = MentionKind::kDictionary;
      m.actor = a->actor;
      m.title = title;
      found.push_back(m);
      return;
    }
    Mention m;
    // The qualifier stays in the mention (the parse may hang the name from
    // it) unless it names an organization of its own ("Ohio Democratic Party
    // Chairman X": AddOrganizations finds the party).
    bool qualifier_names = false;
    for (size_t k = qualifier_b; k < name_b; ++k) qualifier_names = qualifier_names || !HeadAt(k).first.empty();
    m.start = tokens[qualifier.empty() || qualifier_names ? name_b : qualifier_b].start;
    m.end = tokens[e - 1].start + StripPossessive(tokens[e - 1].text).size();
    m.kind = MentionKind::kPerson;
    m.title = title;
    if (employers.empty() && title.empty()) OfficeBefore(b, &m);
    else if (!title.empty()) m.cues = employers;
    if (outlet >= 0 && m.cues.empty()) m.cues.push_back(outlet);
    // "Prime Minister Fumio Kishida of Japan", "President X of the Philippines"
    if (!title.empty() && m.cues.empty() && e + 1 < tokens.size() && tokens[e].text == "of" &&
        tokens[e].start <= tokens[e - 1].end + 2) {
      size_t c = e + 1;
      if (c + 1 < tokens.size() && tokens[c].text == "the") ++c;
      if (int country = CountryAt(c); country >= 0) m.cues.push_back(country);
    }
    if (n == 1) {
      m.name = people->FullNameOf(full);
      // ("Her son Diego": a given name the name finder's spans hold alone.)
      if (m.name.empty() && NamedPerson(m.start, m.end) && title.empty()) {
        m.name = full;
        people->Add(full);
      }
      if (!m.name.empty()) found.push_back(m);
      return;
    }
    if (n > 4) return;
    if (!people->full_names.count(full) && title.empty()) {
      const std::string kind = DescribedOrganization(b, e);
      if (!kind.empty()) {
        m.kind = MentionKind::kOrganization;
        m.org_kind = kind;
        m.name = full;
        m.cues.clear();
        found.push_back(m);
        return;
      }
    }
    if (lex.place_words.count(StripPossessive(tokens[e - 1].text))) return;
    if (people->full_names.count(full) || !title.empty() || possessor || Apposition(b, e) ||
        NextToSpeech(b, e) || NamedPerson(m.start, m.end)) {
      m.name = full;
      people->Add(full);
      found.push_back(m);
    }
  }

  // Whether a title starts at token k, and the token after it (0: none
  // ends at a token's end).
  bool TitleStarts(size_t k) const { return TitleEnd(k) > 0; }

  // Whether a title opens at token k and runs on past byte `end`.
  bool TitleRunsPast(size_t k, size_t end) const {
    const size_t after = TitleEnd(k);
    return after > 0 && tokens[after - 1].end > end;
  }

  // Whether token k opens a sentence (or the quotation opening one).
  bool OpensSentence(size_t k) const {
    size_t p = tokens[k].start;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p > 0 && text[p - 1] == '"') --p;
    while (p > 0 && text[p - 1] == ' ') --p;
    return p == 0 || text[p - 1] == '.' || text[p - 1] == '?' || text[p - 1] == '!' || text[p - 1] == ':';
  }
  size_t TitleEnd(size_t k) const {
    for (const std::string& t : lex.titles) {
      if (!MatchesAt(text, tokens[k].start, t, true)) continue;
      size_t tend = tokens[k].start + t.size();  // "Sen." ends after its token
      if (tend < text.size() && IsAlnum(text[tend])) continue;
      size_t after = k;
      while (after < tokens.size() && tokens[after].end <= tend) ++after;
      if (after > k) return after;
    }
    return 0;
  }

  // "Kremlin spokesman Dmitry Peskov", "U.N. spokesperson Stephane Dujarric":
  // a lower-case office word right before the name is its title, and a
  // dictionary name right before that is who the person works for.
  void OfficeBefore(size_t b, Mention* m) const {
    if (b == 0 || !Adjacent(b - 1, b)) return;
    const std::string& office = tokens[b - 1].lower;
    if (!IsLower(tokens[b - 1].text[0]) || EndsWith(office, "s")) return;
    bool is_office = lex.anonymous_heads.count(office) > 0;
    for (const std::string& t : lex.titles)
      if (Lower(t) == office) is_office = true;
    if (!is_office) return;
    m->title = office;
    // The employer's name ends right before the office or before lower-case
    // words qualifying it ("Syria's foreign minister Faisal Mekdad").
    for (size_t j = b - 1; j-- > 0 && j + 5 > b;) {
      for (size_t from = j + 1; from-- > 0 && from + 3 > j;) {
        const Alias* a = AliasAt(from);
        size_t end = a ? tokens[from].start + a->text.size() : 0;
        if (a && (end == tokens[j].end || (end + 2 == tokens[j].end && EndsWith(tokens[j].text, "'s")))) {
          m->cues.push_back(a->actor);
          return;
        }
      }
      if (!IsLower(tokens[j].text[0]) || !Adjacent(j, j + 1)) return;
    }
  }

  // The token right after title `t` written at token i, or 0 when the title
  // ends inside a token.
  size_t TokenAfterTitle(size_t i, const std::string& t) const {
    size_t title_end = tokens[i].start + t.size();
    size_t k = i;
    while (k < tokens.size() && tokens[k].end <= title_end) ++k;
    return k > i && tokens[k - 1].end == title_end ? k : 0;
  }

  // Whether a title of several words starts at token i and a name follows it.
  bool BeginsTitleOfName(size_t i) const {
    for (const std::string& t : lex.titles) {
      if (t.find(' ') == std::string::npos || !TitleAt(tokens[i].start, t)) continue;
      size_t k = TokenAfterTitle(i, t);
      if (k > 0 && k < tokens.size() && IsNameToken(tokens[k]) && Adjacent(k - 1, k)) return true;
    }
    return false;
  }

  // A title as listed, or a lower-case one capitalized at a sentence start
  // ("Spokesman Nasser Kanaani said").
  bool TitleAt(size_t pos, const std::string& title) const {
    if (MatchesAt(text, pos, title, true)) return true;
    return IsLower(title[0]) && pos + title.size() <= text.size() && IsUpper(text[pos]) &&
           MatchesAt(text, pos + 1, std::string_view(title).substr(1), true) &&
           Lower(std::string(1, text[pos])) == std::string(1, title[0]);
  }

  bool Adjacent(size_t a, size_t b) const {
    return tokens[b].start == tokens[a].end + 1 && text[tokens[a].end] == ' ';
  }

  // Whether token a, a person's name, is a possessive right before b ("Sanders'
  // Senate office").
  bool PossessiveOfPerson(size_t a, size_t b) const {
    const std::string_view gap = text.substr(tokens[a].end, tokens[b].start - tokens[a].end);
    if (gap != "' " && gap != "\u2019 ") return false;
    const Alias* known = AliasAt(a);
    return !people->FullNameOf(tokens[a].text).empty() || NamedPerson(tokens[a].start, tokens[a].end) ||
           (known && lex.actors[known->actor].kind == "person");
  }

  // Whether token a is a plural possessive right before b ("Teachers' Union"):
  // the parse read the apostrophe as a possessive marker, not a closing quote,
  // and no person is called by the word.
  bool PluralPossessiveBefore(size_t a, size_t b) const {
    const std::string_view gap = text.substr(tokens[a].end, tokens[b].start - tokens[a].end);
    if (!EndsWith(tokens[a].text, "s") || (gap != "' " && gap != "\u2019 ") || !function_words ||
        PossessiveOfPerson(a, b))
      return false;
    const std::pair<size_t, size_t> mark{tokens[a].end, tokens[a].end + gap.size() - 1};
    return std::binary_search(function_words->begin(), function_words->end(), mark);
  }

  // The organization head word (or two) at token h: its kind and length.
  std::pair<std::string, size_t> HeadAt(size_t h) const {
    if (h + 1 < tokens.size() && Adjacent(h, h + 1)) {
      auto two = lex.organization_heads.find(tokens[h].text + " " + StripPossessive(tokens[h + 1].text));
      if (two != lex.organization_heads.end()) return {two->second, 2};
    }
    auto one = lex.organization_heads.find(StripPossessive(tokens[h].text));
    if (one != lex.organization_heads.end()) return {one->second, 1};
    return {"", 0};
  }

  // "Bolivian police held protesters outside the parliament": the country
  // named last before token i in its sentence, by name or demonym, else -1.
  int SentenceCountryBefore(size_t i) const {
    for (size_t k = i; k-- > 0;) {
      if (text.substr(tokens[k].end, tokens[k + 1].start - tokens[k].end).find_first_of(".!?") !=
          std::string_view::npos)
        break;
      if (int c = CountryAt(k); c >= 0) return c;
    }
    return -1;
  }

  int CountryAt(size_t k) const {
    const Alias* a = AliasAt(k);
    return a && lex.actors[a->actor].kind == "country" ? a->actor : -1;
  }

  // "Institute for the Study of War", "Brazil's Defense Ministry", "Syrian
  // Democratic Forces": a run of capitalized words around an organization
  // head word (data/organization_heads.tsv). Countries in it are cues.
  void AddOrganizations() {
    static const std::set<std::string> kConnectors = {"of", "for", "the", "and", "on", "in"};
    for (size_t h = 0; h < tokens.size(); ++h) {
      auto [kind, head_len] = HeadAt(h);
      if (kind.empty() || !StartsUpper(tokens[h].text)) continue;
      size_t b = h, e = h + head_len;  // the run is tokens [b, e)
      // (A plural possessive is part of it: "the Provincial Teachers' Federation".)
      auto name_word_before = [&](size_t k) {  // token k - 1 goes on the name opening at k
        return (Adjacent(k - 1, k) || PluralPossessiveBefore(k - 1, k)) && IsNameToken(tokens[k - 1]) &&
               !LowerCaseWord(k - 1) && !IsPossessivePronoun(tokens[k - 1]) &&
               (!EndsWith(tokens[k - 1].text, "'s") ||
                lex.possessive_name_words.count(StripPossessive(tokens[k - 1].text)));
      };
      for (;;) {
        while (b > 0 && name_word_before(b)) --b;
        // "the Bakers and Millers Union", "Fire and Rescue Service": one word
        // joined by "and" to the name's first word, known as no name of its own
        // (not "the Harbour Times and Glenfield Times": two names).
        if (b >= 2 && b < h && tokens[b - 1].text == "and" && Adjacent(b - 1, b) && name_word_before(b - 1) &&
            !AliasAt(b - 2) && !EndsWith(tokens[b - 2].text, "'s") && HeadAt(b - 2).first.empty() &&
            !(b >= 3 && name_word_before(b - 2))) {
          b -= 2;
          continue;
        }
        break;
      }
      bool in_tail = false;  // past an "of"/"for" after the head
      while (!EndsWith(tokens[e - 1].text, "'s")) {  // "of Defense", "for the Study of War"
        size_t k = e;
        while (k < tokens.size() && k < e + 2 && kConnectors.count(tokens[k].text) && Adjacent(k - 1, k)) ++k;
        if (k == e + 2 && tokens[e].text == "and") break;  // "... War and the Syrian ...": two names
        // "the Dockers Union and Norvik Foods": right after the head, "and"
        // or "the" opens another name ("Council on Foreign Relations" goes on).
        if (!in_tail && e < tokens.size() && (tokens[e].text == "and" || tokens[e].text == "the")) break;
        // Without "of"/"for" the name ends at its head: "Senate Majority Leader Chuck
        // Schumer" is a title and a person (a longer head is found from its own word);
        // after one, capitalized words go on ("for Human Rights").
        if (k == e && !in_tail) break;
        in_tail = true;
        if (k >= tokens.size() || !Adjacent(k - 1, k) || !IsNameToken(tokens[k])) break;
        e = k + 1;
      }
      h = e - 1;
      if (e - b < 2 || ShipNameAt(b)) continue;
      // "Chief Financial Officer Ana Ruiz": a title's words are no body's name.
      if (TitleRunsPast(b, tokens[e - 1].end)) continue;
      Mention m;
      m.kind = MentionKind::kOrganization;
      m.org_kind = kind;
      m.start = tokens[b].start;
      m.end = tokens[e - 1].start + StripPossessive(tokens[e - 1].text).size();
      const Alias* whole = AliasAt(b);
      if (whole && tokens[b].start + whole->text.size() >= m.end) continue;  // the dictionary's
      m.name = std::string(text.substr(m.start, m.end - m.start));
      for (size_t k = b; k < e; ++k)
        if (int c = CountryAt(k); c >= 0) m.cues.push_back(c);
      // "Brazil's Defense Ministry" is the Defense Ministry of Brazil.
      if (b > 0 && Adjacent(b - 1, b) && EndsWith(tokens[b - 1].text, "'s")) {
        if (int c = CountryAt(b - 1); c >= 0) {
          m.start = tokens[b - 1].start;
          m.cues.push_back(c);
          m.name += " of " + lex.actors[c].name;
        }
      }
      found.push_back(m);
    }
    AddAmpersandNames();
  }

  // "Peru's central bank", "the Danish foreign ministry": an institution
  // of data/state_institutions.txt written in lower case right after a
  // country's possessive or demonym is that country's ("Central Bank of
  // Peru"), a government body.
  void AddCountryInstitutions() {
    for (size_t k = 0; k + 1 < tokens.size(); ++k) {
      const int country = CountryAt(k);
      if (country < 0 || !Adjacent(k, k + 1) || StartsUpper(tokens[k + 1].text)) continue;
      const Alias* a = AliasAt(k);
      if (!EndsWith(tokens[k].text, "'s") && !a->demonym) continue;
      for (const std::string& institution : lex.state_institutions) {
        if (!MatchesAt(text, tokens[k + 1].start, institution, true)) continue;
        const size_t end = tokens[k + 1].start + institution.size();
        if (end < text.size() && IsAlnum(text[end])) continue;
        Mention m;
        m.kind = MentionKind::kOrganization;
        m.org_kind = "government_body";
        m.start = tokens[k].start;
        m.end = end;
        for (const std::string& w : Words(institution)) m.name += (m.name.empty() ? "" : " ") + Capitalized(w);
        m.name += " of " + lex.actors[country].name;
        m.cues.push_back(country);
        found.push_back(m);
        break;
      }
    }
  }

  // "Tolland & Brisk", "Brenner & Sons": capitalized words joined by "&" name a
  // firm, never a person.
  void AddAmpersandNames() {
    auto joined = [&](size_t k) {  // tokens k and k + 1 are joined by " & "
      return text.substr(tokens[k].end, tokens[k + 1].start - tokens[k].end) == " & ";
    };
    for (size_t a = 0; a + 1 < tokens.size(); ++a) {
      if (!joined(a) || !IsNameToken(tokens[a]) || !IsNameToken(tokens[a + 1])) continue;
      size_t b = a, e = a + 2;  // the run is tokens [b, e)
      while (b > 0 && Adjacent(b - 1, b) && IsNameToken(tokens[b - 1]) && !LowerCaseWord(b - 1) &&
             !EndsWith(tokens[b - 1].text, "'s"))
        --b;
      while (e < tokens.size() && (Adjacent(e - 1, e) || joined(e - 1)) && IsNameToken(tokens[e]) &&
             !EndsWith(tokens[e - 1].text, "'s"))
        ++e;
      Mention m;
      m.kind = MentionKind::kOrganization;
      m.org_kind = "organization";
      m.start = tokens[b].start;
      m.end = tokens[e - 1].start + StripPossessive(tokens[e - 1].text).size();
      m.name = std::string(text.substr(m.start, m.end - m.start));
      found.push_back(m);
      a = e - 1;
    }
  }

  // Whether the text between tokens a and a + 1 holds a comma, stop or semicolon.
  bool BreakAfter(size_t a) const {
    return text.substr(tokens[a].end, tokens[a + 1].start - tokens[a].end).find_first_of(",.;:") !=
           std::string_view::npos;
  }

  // The head word of a description [from, to) opened by a determiner: its
  // last word before a preposition or a participle, possessives skipped
  // ("the port's largest operator", "the union representing the workers",
  // "the head of the union": "head"); empty when it opens otherwise.
  std::string DescriptionHead(size_t from, size_t to) const {
    static const std::set<std::string> kEnds = {"of", "for", "at", "in", "with", "from", "on", "to", "who", "that"};
    if (from >= to || (!lex.determiners.count(tokens[from].lower) && tokens[from].lower != "its" &&
                       tokens[from].lower != "their"))
      return "";
    std::string head;
    for (size_t k = from + 1; k < to; ++k) {
      const std::string& w = tokens[k].lower;
      if (kEnds.count(w) || (EndsWith(w, "ing") && !head.empty())) break;
      if (!EndsWith(w, "'s")) head = w;
    }
    return head;
  }

  // The kind of organization a name [b, e) set off by commas beside a
  // description is, when the description's head names one (data/
  // organization_nouns.txt, organization_heads.tsv) or "which" opens it;
  // empty otherwise.
  std::string DescribedOrganization(size_t b, size_t e) const {
    // "analysts at Tolland Brisk", "a consultant at the firm Orvane Fenwick":
    // people of a source's word work at an organization, not at a person.
    size_t at = b;
    if (at >= 1 && lex.organization_nouns.count(tokens[at - 1].lower)) --at;
    if (at >= 1 && tokens[at - 1].lower == "the") --at;
    if (at >= 2 && tokens[at - 1].lower == "at" && tokens[b].start - tokens[at - 1].end <= 12 &&
        lex.HeadsSources(tokens[at - 2].lower))
      return "organization";
    // "Orvane Haulage, which has not been charged, said": a person is "who".
    if (StartsWith(text.substr(tokens[e - 1].end), ", which ")) return "organization";
    std::vector<std::string> heads;
    if (e < tokens.size() && StartsWith(text.substr(tokens[e - 1].end), ", ")) {
      size_t to = e;
      while (to < tokens.size() && to < e + 8 && (to == e || !BreakAfter(to - 1))) ++to;
      heads.push_back(DescriptionHead(e, to));
    }
    if (b > 0 && text.substr(tokens[b - 1].end, tokens[b].start - tokens[b - 1].end) == ", ") {
      size_t from = b - 1;
      while (from > 0 && b - from < 8 && !BreakAfter(from - 1) && tokens[from].start - tokens[from - 1].end <= 1)
        --from;
      heads.push_back(DescriptionHead(from, b));
    }
    for (const std::string& head : heads) {
      if (head.empty()) continue;
      auto kind = lex.organization_heads.find(Capitalized(head));
      if (kind != lex.organization_heads.end()) return kind->second;
      if (lex.organization_nouns.count(head)) return "organization";
    }
    return "";
  }

  bool Apposition(size_t b, size_t e) const {
    // "in the Oslo Courier, the former minister argued": a name takes no
    // article; a paper, a firm or a place does.
    if (b > 0 && tokens[b - 1].lower == "the") return false;
    size_t after = tokens[e - 1].end;
    std::string_view rest = text.substr(after, 8);
    if (StartsWith(rest, ", the ") || StartsWith(rest, ", a ") || StartsWith(rest, ", an ") ||
        StartsWith(rest, ", who "))
      return true;
    // "A Pentagon spokeswoman, Sabrina Singh," — a name set off by commas after a role.
    size_t before = tokens[b].start;
    if (before >= 2 && text.substr(before - 2, 2) == ", " && !rest.empty() && rest[0] == ',' &&
        b > 0) {
      auto head = lex.anonymous_heads.find(tokens[b - 1].lower);
      if (head != lex.anonymous_heads.end()) return true;
      for (const std::string& t : lex.titles)
        if (Lower(t) == tokens[b - 1].lower) return true;
      if (AliasAt(b - 1)) return true;  // "the US Ambassador to Baghdad, Elena Romanowski,"
    }
    return false;
  }

  bool NextToSpeech(size_t b, size_t e) const {
    if (e < tokens.size() && lex.speech_verbs.count(tokens[e].lower)) return true;
    // "Pentagon spokeswoman Sabrina Singh": after a lower-case office word.
    if (b > 0 && lex.anonymous_heads.count(tokens[b - 1].text) &&
        tokens[b].start - tokens[b - 1].end == 1)
      return true;
    // "said Jon Alterman." but not "says Black Sea corridor has ..."; also with
    // a lower-case description between ("said farmer Lotte Brandauer.").
    size_t verb = b;
    if (b > 1 && IsLower(tokens[b - 1].text[0]) && !IsFunctionWord(tokens[b - 1].lower) &&
        lex.speech_verbs.count(tokens[b - 2].lower))
      verb = b - 1;
    if (verb > 0 && lex.speech_verbs.count(tokens[verb - 1].lower)) {
      size_t after = tokens[e - 1].end;
      if (after + 1 >= text.size() || text[after] != ' ') return true;  // end, comma, stop
      std::string_view next = text.substr(after + 1);
      return !IsLower(next[0]) || StartsWith(next, "who ") || StartsWith(next, "of ");
    }
    return false;
  }

  // "a senior US defense official", "US officials", "a spokesperson for the
  // prime minister", "Iraq's foreign minister".
  void AddAnonymous() {
    for (size_t i = 0; i < tokens.size(); ++i) {
      auto head = lex.anonymous_heads.find(tokens[i].lower);
      if (head == lex.anonymous_heads.end()) continue;
      bool role = head->second == "role";
      // "chief executive", "chief economist": a head word and the word after
      // it that together make a title are one head (no actor "chief").
      const size_t first_word = i;
      if (i + 1 < tokens.size() && tokens[i + 1].start - tokens[i].end == 1 && IsLower(tokens[i + 1].text[0])) {
        if (lex.lower_titles.count(tokens[i].lower + " " + tokens[i + 1].lower)) ++i;
      }
      // Capitalized office words before a name are titles, handled above.
      // "spokeswoman Sabrina Singh": a head word right before a name is a title.
      if (i + 1 < tokens.size() && IsNameToken(tokens[i + 1]) &&
          tokens[i + 1].start - tokens[i].end == 1 && !EndsWith(tokens[i].lower, "s"))
        continue;
      if (BeginsTitleOfName(i)) continue;  // "Secretary of State Helga Marund"
      if (!role && tokens[i].lower == "official" && i + 1 < tokens.size() &&
          IsLower(tokens[i + 1].text[0]) && !lex.speech_verbs.count(tokens[i + 1].lower) &&
          tokens[i + 1].start - tokens[i].end == 1 && !IsFunctionWord(tokens[i + 1].lower))
        continue;  // "official statement"
      // "the cheapest source of power", "sources of funding": a source of a
      // thing is no person ("a source close to X", "a source in the ministry" are).
      if ((tokens[i].lower == "source" || tokens[i].lower == "sources") && i + 1 < tokens.size() &&
          tokens[i + 1].lower == "of")
        continue;
      Mention m;
      m.kind = role ? MentionKind::kRole : MentionKind::kAnonymous;
      m.plural = EndsWith(tokens[i].lower, "s") && !role;
      size_t b = first_word;
      std::vector<std::string> words{first_word == i ? tokens[i].lower : tokens[first_word].lower + " " + tokens[i].lower};
      bool took_capital = false;  // an unknown name's word ("Guard" of "National Guard members")
      // A sentence's first word is capitalized for that alone.
      auto opens_sentence = [&](const Token& w) {
        size_t k = w.start;
        while (k > 0 && text[k - 1] == ' ') --k;
        return k == 0 || text[k - 1] == '.' || text[k - 1] == '"' || text[k - 1] == '\n';
      };
      while (b > 0 && tokens[b].start - tokens[b - 1].end <= 1) {
        const Token& t = tokens[b - 1];
        // A multi-word name ending right before ("State Department official").
        bool took_name = false;
        for (size_t k = b - 1; k + 4 > b && !took_name; --k) {
          const Alias* a = AliasAt(k);
          if (a && k + 1 < b && tokens[k].start + a->text.size() == t.end &&
              lex.actors[a->actor].kind != "person") {
            m.cues.push_back(a->actor);
            words.insert(words.begin(), std::string(text.substr(tokens[k].start, a->text.size())));
            b = k;
            took_name = true;
          }
          if (k == 0) break;
        }
        if (took_name) continue;
        const Alias* a = AliasAt(b - 1);
        if (lex.anonymous_modifiers.count(t.lower) && (!a || IsLower(t.text[0]))) {
          // As written ("Pentagon official"), but a sentence's capital is not kept.
          words.insert(words.begin(), opens_sentence(t) && !took_capital ? t.lower : t.text);
          --b;
          continue;
        }
        if (a) {
          // "al-Sudani's military spokesperson": the person is a cue, not the name.
          if (lex.actors[a->actor].kind == "person") {
            m.cues.push_back(a->actor);
            break;
          }
          if (tokens[b - 1].start + a->text.size() <= tokens[b - 1].end + 2) {
            m.cues.push_back(a->actor);
            words.insert(words.begin(), StripPossessive(t.text));
            --b;
            continue;
          }
        }
        // "a senior Treasury official": a capitalized word no alias knows
        // names the body all the same (its actor stays unknown); not a
        // sentence's first word ("But officials said").
        // (Only before a lower-case head of an unnamed source: "the Harbour
        // Observer" is a name, "the former Harbour master" a role.)
        if (!role && IsLower(tokens[i].text[0]) && IsNameToken(t) && !EndsWith(t.text, "'s") && !opens_sentence(t) &&
            !IsFunctionWord(t.lower) && !lex.determiners.count(t.lower)) {
          words.insert(words.begin(), t.text);
          --b;
          took_capital = true;
          continue;
        }
        if (EndsWith(t.text, "'s")) {  // an unknown possessor ends the phrase
          // A person the article named ("Hale's spokesman") may be whose it is.
          if (IsNameToken(t)) m.owner_name = StripPossessive(t.text);
          words.insert(words.begin(), t.text);
          --b;
          // with the whole of a place's name ("British Columbia's premier")
          std::string place = StripPossessive(t.text);
          size_t place_start = b;  // its first word
          for (size_t k = b; k > 0 && b - k < 2 && IsNameToken(tokens[k - 1]) &&
                             tokens[k].start - tokens[k - 1].end == 1;
               --k) {
            place = tokens[k - 1].text + " " + place;
            if (lex.gazetteer.count(Lower(place))) place_start = k - 1;
          }
          for (size_t w = b; w-- > place_start;) words.insert(words.begin(), tokens[w].text);
          b = place_start;
          break;
        }
        break;
      }
      m.start = tokens[b].start;
      if (b > 0 && lex.determiners.count(tokens[b - 1].lower) &&
          tokens[b].start - tokens[b - 1].end == 1) {
        m.definite = tokens[b - 1].lower == "the";
        m.start = tokens[b - 1].start;
      }
      m.end = tokens[i].end;
      // "spokesperson for the prime minister", "officials of the Iraqi government"
      size_t k = i + 1;
      if (k + 1 < tokens.size() && (tokens[k].lower == "for" || tokens[k].lower == "of") &&
          tokens[k].start - tokens[i].end == 1) {
        size_t q = k + 1;
        std::vector<std::string> ext{tokens[k].lower};
        if (tokens[q].lower == "the") ext.push_back("the"), ++q;
        size_t last = 0;
        bool after_demonym = false;  // "the German transport ministry": on to its head
        for (size_t r = q; r < tokens.size() && r < q + (after_demonym ? 5 : 3); ++r) {
          if (const Alias* a = after_demonym ? nullptr : AliasAt(r)) {
            m.cues.push_back(a->actor);
            last = r;
            if (!a->demonym) break;
            after_demonym = true;
            continue;
          }
          const bool head_word = lex.anonymous_heads.count(tokens[r].lower) ||
                                 (after_demonym && lex.organization_heads.count(Capitalized(tokens[r].lower)));
          if (head_word) last = r;
          if (!IsLower(tokens[r].text[0]) && !head_word) break;
        }
        // "a spokeswoman for Fenwick Holdings", "the mayor of Westbury": a
        // name no dictionary knows still says whose the office is.
        // (An office's is the office holder's to resolve: "secretary of State".)
        if (!last && !role && q < tokens.size() && !AliasAt(q)) last = UnknownNameEnd(q);
        if (last) {
          for (size_t r = q; r < last; ++r) ext.push_back(tokens[r].text);
          if (const Alias* a = after_demonym ? nullptr : AliasAt(last))
            ext.push_back(std::string(text.substr(tokens[last].start, a->text.size())));
          else
            ext.push_back(tokens[last].text);
          for (const auto& w : ext) words.push_back(w);
          m.end = tokens[last].end;
          if (const Alias* a = after_demonym ? nullptr : AliasAt(last)) m.end = tokens[last].start + a->text.size();
        }
      }
      for (const std::string& w : words) m.name += (m.name.empty() ? "" : " ") + w;
      found.push_back(m);
    }
  }

  // The last token of a run of capitalized words opening at `first`
  // ("Bakers and Millers Union", "University of Tarnby"), joined by single
  // spaces and by "of", "and" or "&" between two of them, short of a
  // possessive; 0 when `first` opens none.
  size_t UnknownNameEnd(size_t first) const {
    static const std::set<std::string> kJoiners = {"of", "and", "&"};
    auto name_word = [&](size_t k) { return IsNameToken(tokens[k]) && !EndsWith(tokens[k].text, "'s"); };
    auto adjacent = [&](size_t k) { return Adjacent(k - 1, k); };
    if (!name_word(first)) return 0;
    size_t last = first;
    for (size_t k = first + 1; k < tokens.size() && k < first + 6 && adjacent(k); ++k) {
      if (name_word(k)) last = k;
      else if (!kJoiners.count(tokens[k].text) || k + 1 >= tokens.size() || !adjacent(k + 1) || !name_word(k + 1))
        break;
    }
    // (A known name inside, "President Ana Ruiz", is the dictionary's to read,
    // and one cut by an abbreviation's stop, "Mr. Ruiz", the person finder's;
    // a body's word after, "the Kurdish parliament", the body's.)
    for (size_t k = first; k <= last; ++k)
      if (AliasAt(k)) return 0;
    for (size_t k = first; k <= last; ++k)
      if (lex.abbreviations.count(tokens[k].text) && tokens[k].end < text.size() && text[tokens[k].end] == '.')
        return 0;
    if (last + 1 < tokens.size() && adjacent(last + 1) && IsLower(tokens[last + 1].text[0]) &&
        (lex.organization_nouns.count(tokens[last + 1].lower) ||
         lex.organization_heads.count(Capitalized(tokens[last + 1].lower))))
      return 0;
    return last;
  }

  static bool IsFunctionWord(const std::string& w) {
    static const std::set<std::string> kWords = {
        "who", "on", "at", "in", "with", "from", "familiar", "speaking", "also", "later",
        "earlier", "had", "has", "have", "was", "were", "is", "are", "would", "will", "did",
        "does", "and", "or", "to", "for", "of", "in", "briefing", "involved"};
    return kWords.count(w) > 0;
  }

  // "Mao Ning, a ministry spokeswoman, said": the role describes the person
  // named before it and is no anonymous source of its own; what it names
  // ("a Pentagon spokeswoman") is the person's employer.
  std::vector<Mention> WithoutAppositiveRoles(std::vector<Mention> kept) const {
    std::vector<Mention> out;
    for (Mention& m : kept) {
      bool role = m.kind == MentionKind::kAnonymous || m.kind == MentionKind::kRole;
      if (role && !m.plural && !out.empty() && text.substr(out.back().end, m.start - out.back().end) == ", ") {
        Mention& person = out.back();
        bool named_person = person.kind == MentionKind::kPerson ||
                            (person.kind == MentionKind::kDictionary && lex.actors[person.actor].kind == "person");
        if (named_person) {
          if (person.kind == MentionKind::kPerson && person.cues.empty()) person.cues = m.cues;
          continue;
        }
      }
      out.push_back(std::move(m));
    }
    return out;
  }

  // One capitalized word that news calls sources by ("Senator said",
  // "Delegates argued"): a description written with a capital, no name of a
  // person.
  bool CapitalizedDescription(const std::string& phrase) const {
    if (Words(phrase).size() != 1) return false;
    const std::string lower = Lower(phrase);
    return lex.HeadsSources(lower);
  }

  // Longer and more specific mentions win overlaps; anonymous and role phrases
  // keep the dictionary names inside them as cues.
  // Sources of reported speech that no other rule named: a name becomes a
  // person (an organization when the name finder says so), a description an
  // anonymous source named by its words ("Senate Democrats", "the campaign").
  void AddSpeakers() {
    if (!speakers) return;
    for (const SpeakerPhrase& sp : *speakers) {
      // A name is found or not at the head; a description with a name in it
      // is that name's ("the Ruiz campaign").
      bool named = false;
      size_t from = sp.proper ? sp.name_start : sp.start, to = sp.proper ? sp.name_end : sp.end;
      // (A nationality does not name "the Swiss firm": the firm named before.)
      const bool refers_back =
          !sp.proper && sp.definite && lex.organization_references.count(Lower(std::string(
                                           text.substr(sp.head_start, sp.head_end - sp.head_start))));
      for (const Mention& m : found)
        if (m.start < to && from < m.end && !(refers_back && m.demonym)) named = true;
      if (named || sp.end > text.size() || sp.start >= sp.end || sp.name_end > text.size()) continue;
      size_t start = sp.proper ? sp.name_start : sp.start;
      size_t end = sp.proper ? sp.name_end : sp.end;
      // The determiner is not part of a name ("the Tulsa police" -> "Tulsa police").
      if (!sp.proper && sp.determiner) {
        size_t space = text.find(' ', start);
        if (space == std::string_view::npos || space >= end) continue;
        start = space + 1;
      }
      std::string phrase = StripPossessive(std::string(text.substr(start, end - start)));
      if (phrase.empty() || phrase.size() > 80 || Words(phrase).size() > 5) continue;
      // "Finance Minister Ana Ruiz, speaking …, said" parsed with "Finance"
      // the subject: a title's first words name no one.
      // (Nor does a ship's: "the MV Corran Star".)
      if (sp.proper) {
        const auto k = std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.start == start; });
        if (k != tokens.end() && TitleRunsPast(static_cast<size_t>(k - tokens.begin()), start + phrase.size()))
          continue;
        if (k != tokens.end() && ShipNameAt(static_cast<size_t>(k - tokens.begin()))) continue;
      }
      Mention m;
      m.start = start;
      m.end = start + phrase.size();
      if (!sp.called.empty()) phrase = sp.called;
      m.plural = sp.plural;
      m.definite = sp.definite;
      // An acronym names an organization ("the OKRA"), not a person; a
      // person's surname stays theirs.
      const bool known_person = sp.proper && !people->FullNameOf(phrase).empty();
      // A title alone ("CEO says …" in a headline) is an office, no name.
      const bool office = lex.lower_titles.count(Lower(phrase)) > 0;
      if (sp.proper && !known_person && !office && (sp.organization || IsAcronym(phrase))) {
        m.kind = MentionKind::kOrganization;
        m.org_kind = "organization";
        m.name = phrase;
      } else if (sp.proper && !office && !sp.plural && !CapitalizedDescription(phrase)) {
        if (!StartsUpper(phrase)) continue;
        const std::string known = people->FullNameOf(phrase);
        m.kind = MentionKind::kPerson;
        m.name = known.empty() ? phrase : known;
        if (known.empty()) people->Add(phrase);
      } else {
        // An office ("the prime minister") resolves to whoever holds it.
        std::string head_word(text.substr(sp.head_start, sp.head_end - sp.head_start));
        auto head = lex.anonymous_heads.find(Lower(head_word));
        bool role = head != lex.anonymous_heads.end() && head->second == "role";
        m.kind = role ? MentionKind::kRole : MentionKind::kAnonymous;
        // Lower case but for the names inside ("Senate Democrats" stays).
        bool capital_of_sentence =
            !sp.proper && sp.start == start && (Words(phrase).size() == 1 || sp.common_first_word);
        m.name = capital_of_sentence ? Lower(phrase) : phrase;
        // "Brandt's campaign", "Ruiz's aides": whose they are.
        if (size_t owner_end = phrase.find("'s "); owner_end != std::string::npos && StartsUpper(phrase))
          m.owner_name = LastWord(phrase.substr(0, owner_end));
      }
      found.push_back(m);
    }
  }

  // What the name finder calls an organization, in an argument role
  // (ingest/name_spans.h), when no other rule named anything there: a whole
  // run of capitalized words ("the Harbor Chronicle published", "hired by
  // Norvale Airlines"). Not a piece of a longer run or of a hyphenated word,
  // nor a name opening with a title, nor a word the article gave a person as
  // surname; a head word of data/place_words.txt or
  // data/not_organization_heads.txt names a place or a thing.
  // The dictionary name that `name`, written in capitals only, spells
  // ("REUTERS" for "Reuters"; aliases of one capitalized word otherwise
  // match case-sensitively).
  const Alias* AllCapitalAlias(const std::string& name) const {
    if (name.size() < 2 || std::any_of(name.begin(), name.end(), [](char c) { return IsLower(c); })) return nullptr;
    auto bucket = lex.aliases_by_prefix.find(Lower(name.substr(0, 2)));
    if (bucket == lex.aliases_by_prefix.end()) return nullptr;
    for (const Alias& a : bucket->second)
      if (!a.demonym && !a.local && Lower(a.text) == Lower(name)) return &a;
    return nullptr;
  }

  void AddNamedOrganizations() {
    if (!organization_names) return;
    static const std::set<std::string> kConnectors = {"of", "for", "and", "the", "on", "in", "&"};
    for (auto [start, end] : *organization_names) {
      if (end > text.size() || start >= end) continue;
      std::vector<size_t> in;  // its tokens; one cut by the span ("anti-Western League") spoils it
      bool cut = false;
      for (size_t k = 0; k < tokens.size(); ++k) {
        if (tokens[k].start >= start && tokens[k].end <= end) in.push_back(k);
        else if (tokens[k].start < end && start < tokens[k].end) cut = true;
      }
      if (cut || in.empty()) continue;
      if (ShipNameAt(in.front())) continue;
      // A piece of a longer capitalized run ("The Tolvik Post", "anti-Western
      // State") is no name of its own.
      auto capital_part = [&](size_t k) {
        const std::string& w = tokens[k].text;
        size_t hyphen = w.rfind('-');
        return IsNameToken(tokens[k]) || (hyphen != std::string::npos && hyphen + 1 < w.size() && IsUpper(w[hyphen + 1]));
      };
      if (in.front() > 0 && Adjacent(in.front() - 1, in.front()) && capital_part(in.front() - 1)) continue;
      if (in.back() + 1 < tokens.size() && Adjacent(in.back(), in.back() + 1) && capital_part(in.back() + 1)) continue;
      // A person's possessive opens no name of a body: "Sanders' Senate office"
      // is the Senate's, as "Ana's office" is no name.
      for (size_t k = in.size(); k-- > 1;)
        if (PossessiveOfPerson(in[k - 1], in[k])) {
          in.erase(in.begin(), in.begin() + static_cast<std::ptrdiff_t>(k));
          break;
        }
      while (!in.empty() && kConnectors.count(tokens[in.front()].lower)) in.erase(in.begin());
      if (in.empty() || in.size() > 6) continue;
      bool capitalized = IsNameToken(tokens[in.front()]) && IsNameToken(tokens[in.back()]);
      for (size_t k : in) capitalized = capitalized && (IsNameToken(tokens[k]) || kConnectors.count(tokens[k].text));
      // "Secretary of State X": a title opens a person's name.
      for (size_t k : in)
        for (const std::string& t : lex.titles) capitalized = capitalized && !TitleAt(tokens[k].start, t);
      if (!capitalized) continue;
      Mention m;
      m.start = tokens[in.front()].start;
      std::string last = StripPossessive(tokens[in.back()].text);
      m.end = tokens[in.back()].start + last.size();
      bool named = false;
      for (const Mention& f : found)
        if (f.start < m.end && m.start < f.end) named = true;
      // Its head word: the last, or the one before "of"/"for" ("Democrat of Ohio").
      std::string head = last;
      for (size_t k = in.size(); k-- > 1;)
        if (tokens[in[k]].text == "of" || tokens[in[k]].text == "for") head = tokens[in[k - 1]].text;
      if (named || lex.place_words.count(head) || lex.not_organization_heads.count(head)) continue;
      // "(D-Ore.)", "pro-NATO": a piece of a hyphenated word modifies, names no one.
      if ((m.start > 0 && text[m.start - 1] == '-') || (m.end < text.size() && text[m.end] == '-')) continue;
      m.name = std::string(text.substr(m.start, m.end - m.start));
      if (people->by_surname.count(m.name) || people->full_names.count(m.name)) continue;
      if (const Alias* a = AllCapitalAlias(m.name)) {  // "told REUTERS": the outlet
        m.kind = MentionKind::kDictionary;
        m.actor = a->actor;
        found.push_back(m);
        continue;
      }
      m.kind = MentionKind::kOrganization;
      auto [kind, head_len] = HeadAt(in.back());
      m.org_kind = kind.empty() ? "organization" : kind;
      found.push_back(m);
    }
  }

  // "Norvale declined to comment" after "Norvale Mining": the first word of
  // a firm's name, standing alone, is that firm (a club's last word:
  // "Rovers" after "Harbour Rovers"); so is the acronym given in
  // brackets after an organization's name ("the Eastern Freedom Front
  // (EFF)"). Organizations named so far (here and in earlier paragraphs)
  // are remembered by those short names first.
  void AddShortNames() {
    for (const Mention& m : found) {
      if (m.kind != MentionKind::kOrganization) continue;
      if (std::string acronym = AcronymAfter(text, m.end, m.name); !acronym.empty())
        people->organization_by_short_name.emplace(acronym, m.name);
      const size_t space = m.name.find(' ');
      if (space == std::string::npos || space < 3 || !StartsUpper(m.name)) continue;
      const std::string last = m.name.substr(m.name.rfind(' ') + 1);
      // (Or a club's last word: "Rovers" after "Harbour Rovers".)
      const std::string short_name = lex.short_name_heads.count(last)   ? m.name.substr(0, space)
                                     : lex.short_name_tails.count(last) ? last
                                                                        : "";
      if (short_name.empty()) continue;
      auto [it, fresh] = people->organization_by_short_name.emplace(short_name, m.name);
      // Two firms: neither ("Norvale Foods Inc." after "Norvale Foods" is one).
      if (!fresh && OrganizationNameKey(it->second, lex.legal_suffixes) != OrganizationNameKey(m.name, lex.legal_suffixes))
        it->second.clear();
    }
    for (size_t k = 0; k < tokens.size(); ++k) {
      const std::string word = StripPossessive(tokens[k].text);
      auto firm = people->organization_by_short_name.find(word);
      if (firm == people->organization_by_short_name.end() || firm->second.empty() || FunctionWord(k)) continue;
      // Part of a longer name ("Norvale Mining" itself, "Norvale Resources").
      if (k + 1 < tokens.size() && Adjacent(k, k + 1) && IsNameToken(tokens[k + 1]) && !LowerCaseWord(k + 1)) continue;
      if (k > 0 && Adjacent(k - 1, k) && IsNameToken(tokens[k - 1]) && StartsUpper(tokens[k - 1].text)) continue;
      Mention m;
      m.start = tokens[k].start;
      m.end = m.start + word.size();
      bool named = false;
      for (const Mention& f : found)
        if (f.start < m.end && m.start < f.end) named = true;
      if (named) continue;
      m.kind = MentionKind::kOrganization;
      m.org_kind = "organization";
      m.name = firm->second;
      found.push_back(m);
    }
  }

  std::vector<Mention> Resolve() {
    std::sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) {
      auto rank = [](const Mention& m) {
        switch (m.kind) {
          case MentionKind::kAnonymous:
          case MentionKind::kRole: return 0;
          case MentionKind::kDictionary: return 1;
          case MentionKind::kOrganization: return 2;
          case MentionKind::kPerson: return 3;
        }
        return 3;
      };
      if (a.end - a.start != b.end - b.start) return a.end - a.start > b.end - b.start;
      return rank(a) < rank(b);
    });
    std::vector<Mention> kept;
    // The spans kept so far, by start (they never overlap): a new span
    // overlaps one only if it overlaps its neighbour on either side, so a
    // paragraph of a million names takes n log n, not n squared.
    std::map<size_t, size_t> taken;  // start -> end
    for (const Mention& m : found) {
      auto next = taken.lower_bound(m.start);
      bool overlaps = next != taken.end() && next->first < m.end;
      if (next != taken.begin() && std::prev(next)->second > m.start) overlaps = true;
      if (overlaps) continue;
      if (m.start < m.end) taken[m.start] = m.end;  // an empty span overlaps nothing
      kept.push_back(m);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Mention& a, const Mention& b) { return a.start < b.start; });
    return WithoutAppositiveRoles(kept);
  }
};

}  // namespace

void KnownPeople::Add(const std::string& full_name) {
  full_names.insert(full_name);
  // "Ferdinand Marcos Jr." is Mr. Marcos: a generational suffix is no surname.
  static const std::set<std::string> kSuffixes = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"};
  std::string name = full_name;
  size_t space = name.rfind(' ');
  while (space != std::string::npos && kSuffixes.count(name.substr(space + 1))) {
    name = name.substr(0, space);
    space = name.rfind(' ');
  }
  if (space == std::string::npos) return;
  const std::string given = name.substr(0, name.find(' '));
  auto [given_entry, first_of_name] = by_given_name.emplace(given, full_name);
  if (!first_of_name && given_entry->second != full_name) given_entry->second.clear();
  // The surname alone stays the first person named with it ("Ivo Brandt …
  // his wife, Lena Brandt … Brandt said" is Ivo Brandt).
  std::string surname = name.substr(space + 1);
  by_surname.emplace(surname, full_name);
  if (StartsWith(surname, "al-") || StartsWith(surname, "el-"))
    by_surname.emplace(std::string(1, static_cast<char>(surname[3])) + surname.substr(4), full_name);
}

std::string KnownPeople::FullNameOf(const std::string& word) const {
  if (auto known = by_surname.find(word); known != by_surname.end()) return known->second;
  if (auto known = by_given_name.find(word); known != by_given_name.end()) return known->second;
  return "";
}

ArticleContext ScanArticle(std::string_view body, const Lexicon& lexicon) {
  ArticleContext context;
  const std::set<int> none;  // with no parent named, no local alias matches
  const std::vector<Token> tokens = Tokenize(body);
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.start > 0 && IsAlnum(body[t.start - 1])) continue;
    const Alias* a = lexicon.MatchAlias(body, t.start, &none);
    if (!a) continue;
    // ("a Democrat from New Mexico" names no Mexico: no "Senate of Mexico" after it.)
    if (lexicon.actors[a->actor].kind == "country" &&
        InsidePlaceName(body, tokens, k, t.start + a->text.size(), lexicon))
      continue;
    // A surname alone ("Halden") may be a place; the person counts as named
    // only by more (ingest/lexicon.h, Alias::surname).
    if (!a->surname) context.named.insert(a->actor);
    // The headline and lead name the country a story is about first ("Niger
    // junta orders French ambassador to leave"); adjectives only qualify.
    if (a->demonym || lexicon.actors[a->actor].kind != "country") continue;
    if (context.main_country < 0) context.main_country = a->actor;
    context.countries.emplace_back(t.start, a->actor);
  }
  return context;
}

std::vector<Mention> FindMentions(std::string_view text, const Lexicon& lexicon,
                                  KnownPeople* people, const ArticleContext* context,
                                  size_t offset, const NameSpans* person_names,
                                  const std::vector<SpeakerPhrase>* speakers,
                                  const NameSpans* organization_names,
                                  const NameSpans* function_words, const NameSpans* lower_case_words) {
  Finder f{text,         lexicon,  people,             Tokenize(text), context,          offset,
           person_names, speakers, organization_names, function_words, lower_case_words, {}};
  f.AddDictionary();
  f.AddAnonymous();
  f.AddPeople();
  f.AddOrganizations();
  f.AddCountryInstitutions();
  f.AddShortNames();
  f.AddSpeakers();
  f.AddNamedOrganizations();
  return f.Resolve();
}

}  // namespace ng::ingest
