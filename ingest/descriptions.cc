#include "ingest/descriptions.h"

#include <algorithm>
#include <optional>
#include <set>

#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// The person mention over a byte of the paragraph, or -1.
int PersonAt(size_t at, const std::vector<PlacedMention>& mentions) {
  for (const PlacedMention& m : mentions)
    if (m.person && m.start <= at && at < m.end) return m.actor;
  return -1;
}

// Relations that attach a description to a name: "nominee Walter Brennick"
// (nmod:desc, compound) and "Lindqvist, the former secretary" (appos).
bool Describes(const std::string& relation) {
  return relation == "nmod:desc" || relation == "compound" || relation == "appos";
}

// The noun a title word stands for: "Sen." -> "senator", "Governor" ->
// "governor", "Economist" -> "economist"; "" when `t` is no title.
std::string TitleNoun(const nlp::Token& t, const Lexicon& lex) {
  auto abbreviated = lex.title_nouns.find(t.form);
  if (abbreviated != lex.title_nouns.end()) return abbreviated->second;
  // (The tagger may read a capitalized title as a noun or an adjective:
  // "Detective Inspector X".)
  if ((t.upos != "PROPN" && t.upos != "NOUN" && t.upos != "ADJ") || t.form.empty() || !StartsUpper(t.form)) return "";
  // (A lower-case title capitalized opening a sentence: "Economist Lise Dahl".)
  for (const std::string& title : lex.titles)
    if (title == t.form || (IsLower(title[0]) && Lower(t.form) == title)) return Lower(title);
  return "";
}

// The words before noun i that modify it, lower case: "Republican
// presidential" of "Republican presidential nominee".
std::vector<std::string> ModifiersBefore(const nlp::Sentence& s, int i) {
  std::vector<std::string> modifiers;
  std::vector<int> phrase = {i};
  for (int j = i - 1; j >= 0; --j) {
    const nlp::Token& w = s.tokens[j];
    const bool modifier = w.upos == "ADJ" || w.upos == "PROPN" || w.upos == "NOUN";
    if (!modifier || std::find(phrase.begin(), phrase.end(), w.head) == phrase.end()) break;
    phrase.push_back(j);
    modifiers.push_back(Lower(w.form));
  }
  return modifiers;
}

}  // namespace

void LearnDescriptions(std::span<const nlp::Sentence> sentences,
                       const std::vector<PlacedMention>& mentions,
                       const std::vector<ActorFact>& actors, const Lexicon& lexicon, Descriptions* out) {
  for (const nlp::Sentence& s : sentences)
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const nlp::Token& t = s.tokens[i];
      const std::string title = TitleNoun(t, lexicon);
      if (!title.empty()) {
        // "Sen. X": the title inside X's mention, or the name right after it.
        int person = PersonAt(t.begin, mentions);
        // Titles may stack: "Detective Inspector X" is "the detective" too.
        size_t name = i + 1;
        while (name < s.tokens.size() && name < i + 4 && !TitleNoun(s.tokens[name], lexicon).empty()) ++name;
        if (person < 0 && name < s.tokens.size()) person = PersonAt(s.tokens[name].begin, mentions);
        if (person >= 0 && actors[person].kind == "person") (*out)[title].push_back({{}, person});
        continue;
      }
      // (A lower-case word tagged a proper noun in a run of names is a noun:
      // "Republican nominee Walter Brennick".)
      const bool noun = t.upos == "NOUN" || (t.upos == "PROPN" && t.form == Lower(t.form));
      if (!noun) continue;
      // The name it describes: its head by a describing relation, or the
      // name written right after it ("nominee Walter Brennick" parsed as two
      // subjects is still one phrase).
      int person = -1;
      if (t.head >= 0 && Describes(t.deprel) && s.tokens[t.head].upos == "PROPN")
        person = PersonAt(s.tokens[t.head].begin, mentions);
      if (person < 0 && i + 1 < s.tokens.size() && s.tokens[i + 1].upos == "PROPN" &&
          s.tokens[i + 1].begin == t.end + 1)
        person = PersonAt(s.tokens[i + 1].begin, mentions);
      if (person < 0 || actors[person].kind != "person") continue;
      (*out)[Lower(t.lemma)].push_back({ModifiersBefore(s, static_cast<int>(i)), person});
    }
}

namespace {

// The country a demonym names ("french" -> "France"), or "".
std::string CountryOfDemonym(const std::string& lower_word, const Lexicon& lexicon) {
  if (lower_word.size() < 2) return "";
  auto bucket = lexicon.aliases_by_prefix.find(lower_word.substr(0, 2));
  if (bucket == lexicon.aliases_by_prefix.end()) return "";
  for (const Alias& a : bucket->second)
    if (a.demonym && Lower(a.text) == lower_word) return lexicon.actors[a.actor].name;
  return "";
}

}  // namespace

int OrganizationReferredTo(const Mention& mention, const std::vector<ActorFact>& actors,
                          const std::vector<int>& named, const Lexicon& lexicon) {
  if (mention.kind != MentionKind::kAnonymous || !mention.definite || mention.plural) return -1;
  std::vector<std::string> words = Words(mention.name);
  if (!words.empty() && Lower(words[0]) == "the") words.erase(words.begin());
  if (words.empty()) return -1;
  // "the central bank" after "Peru's central bank" (the "Central Bank of
  // Peru"): an institution named before whose name opens with the words.
  std::string phrase;
  for (const std::string& w : words) phrase += Lower(w) + " ";
  for (size_t i = named.size(); i-- > 0;)
    if (StartsWith(Lower(actors[named[i]].name), phrase + "of ")) return named[i];
  // "the London-listed miner", "the embattled lender", "the streaming
  // service", "the Swiss firm": participles before the noun that describe it
  // (hyphened, in "-ed" or "-ing") and the country it is of, not a kind ("the
  // rights group" is no firm named before) nor another name.
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const bool hyphened = words[i].find('-') != std::string::npos;
    const bool participle =
        words[i] == Lower(words[i]) && (EndsWith(words[i], "ed") || (EndsWith(words[i], "ing") && words[i].size() > 5));
    const bool nationality = words[i] != Lower(words[i]) && !CountryOfDemonym(Lower(words[i]), lexicon).empty();
    // ("the San Diego-based company": the place's first words.)
    const bool place_of_hyphened = i + 2 < words.size() && words[i] != Lower(words[i]) &&
                                   words[i + 1].find('-') != std::string::npos && words[i + 1] != Lower(words[i + 1]);
    if (!hyphened && !participle && !nationality && !place_of_hyphened) return -1;
  }
  words = {Lower(words.back())};
  std::vector<std::vector<std::string>> name_words;  // of each of `named`
  for (int a : named) name_words.push_back(Words(Lower(actors[a].name)));
  auto holds = [](const std::vector<std::string>& name, const std::string& noun) {
    return std::find(name.begin(), name.end(), noun) != name.end();
  };
  for (size_t i = named.size(); i-- > 0;)
    if (holds(name_words[i], words[0])) return named[i];
  auto kind = lexicon.organization_references.find(words[0]);
  if (kind == lexicon.organization_references.end()) return -1;
  int only = -1;
  for (size_t i = 0; i < named.size(); ++i) {
    if (actors[named[i]].kind != kind->second) continue;
    const bool described = std::any_of(name_words[i].begin(), name_words[i].end(),
                                       [&](const std::string& w) { return lexicon.organization_nouns.count(w) > 0; });
    if (described) continue;
    if (only >= 0) return -1;  // two it may be: neither
    only = named[i];
  }
  return only;
}

namespace {

// "the 42-year-old", "the 58-year-old former budget official" (its words as
// written; the mention may leave "the" out): the words after the age, ""
// when none; nullopt when the mention calls no one by age.
std::optional<std::string> AfterAge(const Mention& mention, std::string_view words) {
  static constexpr std::string_view kOpening = "the ", kAge = "-year-old";
  if (!mention.definite || mention.plural) return std::nullopt;
  std::string lower = Lower(std::string(words));
  if (StartsWith(lower, kOpening)) lower.erase(0, kOpening.size());
  size_t digits = 0;
  while (digits < lower.size() && std::isdigit(static_cast<unsigned char>(lower[digits]))) ++digits;
  if (digits == 0 || digits > 3 || lower.compare(digits, kAge.size(), kAge) != 0) return std::nullopt;
  const size_t after = digits + kAge.size();
  if (after == lower.size()) return "";
  if (lower[after] != ' ') return std::nullopt;
  return lower.substr(after + 1);
}

// "the 58-year-old former budget official": at most four words after the
// age (`after_age`, AfterAge's) ending in a noun of a person, an office or
// a source; that noun ("official"), or "" when it is none.
std::string AgedPersonNoun(const std::optional<std::string>& after_age, const Lexicon& lexicon) {
  const std::vector<std::string> rest = after_age ? Words(*after_age) : std::vector<std::string>{};
  if (rest.empty() || rest.size() > 4) return "";
  const std::string& noun = rest.back();
  const bool person = lexicon.person_nouns.count(noun) || lexicon.lower_titles.count(noun) ||
                      lexicon.anonymous_heads.count(noun);
  return person ? noun : "";
}

// "the Scot said", "the Brazilian added": by nation, the subject of a verb
// of speech right after it.
bool IsNationalityDescription(const Mention& mention, std::string_view before, std::string_view words,
                              std::string_view after, const Lexicon& lexicon) {
  const std::string lower_before = Lower(std::string(before.substr(before.size() < 4 ? 0 : before.size() - 4)));
  if (lower_before != "the " || (!mention.demonym && !lexicon.nationality_nouns.count(std::string(words))))
    return false;
  if (after.empty() || after[0] != ' ') return false;
  after.remove_prefix(1);
  size_t end = 0;
  while (end < after.size() && std::isalpha(static_cast<unsigned char>(after[end]))) ++end;
  return lexicon.speech_verbs.count(Lower(std::string(after.substr(0, end)))) > 0;
}

// "the mother-of-two", "the father-of-three" (`after`: the text after it).
bool IsFamilyDescription(const Mention& mention, std::string_view after) {
  static const std::set<std::string, std::less<>> kCounts = {"one", "two",  "three", "four",   "five",  "six",
                                                             "seven", "eight", "nine", "ten", "eleven", "twelve"};
  static constexpr std::string_view kOf = "-of-";
  if (!mention.definite || mention.plural || after.substr(0, kOf.size()) != kOf) return false;
  after.remove_prefix(kOf.size());
  size_t end = 0;
  while (end < after.size() && std::isalnum(static_cast<unsigned char>(after[end]))) ++end;
  const std::string count = Lower(std::string(after.substr(0, end)));
  return kCounts.count(count) > 0 ||
         (!count.empty() && std::all_of(count.begin(), count.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }));
}

}  // namespace

int PersonCalledWithoutName(const Mention& m, std::string_view text, int last, const std::vector<ActorFact>& actors,
                            const Lexicon& lex) {
  if (last < 0) return -1;
  const std::string_view words = text.substr(m.start, m.end - m.start);
  const std::optional<std::string> after_age = AfterAge(m, words);
  if ((after_age && after_age->empty()) ||
      IsNationalityDescription(m, text.substr(0, m.start), words, text.substr(m.end), lex))
    return last;
  // ("the 58-year-old former official" of one sex or none: of the other
  // it is someone else.)
  std::string person_noun = AgedPersonNoun(after_age, lex);
  if (person_noun.empty() && !IsFamilyDescription(m, text.substr(m.end))) return -1;
  if (person_noun.empty()) person_noun = Lower(m.name);
  const auto noun = lex.person_nouns.find(person_noun);
  const std::vector<std::string> name = Words(actors[last].name);
  const auto given = name.empty() ? lex.given_names.end() : lex.given_names.find(name.front());
  const bool differ = noun != lex.person_nouns.end() && given != lex.given_names.end() && noun->second != '-' &&
                      given->second != '-' && noun->second != given->second;
  return differ ? -1 : last;
}

int DescribedPerson(const Mention& mention, const Descriptions& descriptions, const std::vector<ActorFact>& actors,
                    const Lexicon& lexicon) {
  if (mention.kind != MentionKind::kAnonymous && mention.kind != MentionKind::kRole) return -1;
  if (!mention.definite || mention.plural || mention.name.empty()) return -1;
  std::vector<std::string> words = Words(mention.name);
  if (words.empty()) return -1;
  auto found = descriptions.find(Lower(words.back()));
  if (found == descriptions.end()) return -1;
  const std::vector<Description>& described = found->second;
  auto holds = [](const std::vector<std::string>& list, const std::string& w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  // The words before the noun that tell people apart.
  std::vector<std::string> telling;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string w = Lower(words[i]);
    if (w == "the") continue;
    const bool capitalized = StartsUpper(words[i]);
    const bool used = std::any_of(described.begin(), described.end(),
                                  [&](const Description& d) { return holds(d.modifiers, w); });
    if (capitalized || used) telling.push_back(w);
  }
  for (size_t i = described.size(); i-- > 0;)
    if (std::all_of(telling.begin(), telling.end(), [&](const std::string& w) { return holds(described[i].modifiers, w); }))
      return described[i].person;
  // A nationality says whose office it is: "the French president" is no
  // "President X" of another country.
  auto other_country = [&](int person) {
    for (const std::string& w : telling) {
      const std::string country = CountryOfDemonym(w, lexicon);
      if (country.empty()) continue;
      const int affiliation = actors[person].affiliation;
      if (affiliation < 0 || actors[affiliation].name != country) return true;
    }
    return false;
  };
  for (size_t i = described.size(); i-- > 0;)
    if (described[i].modifiers.empty()) return other_country(described[i].person) ? -1 : described[i].person;
  return -1;
}

}  // namespace ng::ingest
