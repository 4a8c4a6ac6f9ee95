#include "ingest/lexicon.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "graph/error.h"
#include "ingest/embedded_data.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

std::string_view DataFile(const char* name) {
  for (const EmbeddedFile& f : EmbeddedDataFiles())
    if (f.name == name) return f.contents;
  throw Error(ErrorKind::kInternal, std::string("data file ") + name + " is not compiled in");
}

// Lines that are neither empty nor comments.
std::vector<std::string> DataLines(const char* name) {
  std::vector<std::string> out;
  for (const std::string& line : SplitLines(DataFile(name))) {
    std::string t = Trim(line);
    if (!t.empty() && t[0] != '#') out.push_back(t);
  }
  return out;
}

// Whether `word` (one word) is a word of `name` ("Halden" of "Lars Halden").
// The first word of each line of a data file: a list of words.
std::set<std::string> FirstWords(const char* name) {
  std::set<std::string> out;
  for (const std::string& line : DataLines(name)) {
    std::vector<std::string> f = Words(line);
    if (!f.empty()) out.insert(f[0]);
  }
  return out;
}

bool IsWordOf(const std::string& word, const std::string& name) {
  if (word.empty() || word.find(' ') != std::string::npos) return false;
  const std::vector<std::string> words = Words(name);
  return std::find(words.begin(), words.end(), word) != words.end();
}

std::vector<std::string> StringList(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key) && j[key].is_array())
    for (const auto& e : j[key])
      if (e.is_string()) out.push_back(e.get<std::string>());
  return out;
}

std::string StringField(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

// "The Times": "The" and one capitalized word.
bool TheAndOneName(const std::string& alias) {
  return StartsWith(alias, "The ") && alias.size() > 4 && IsUpper(alias[4]) && alias.find(' ', 4) == std::string::npos;
}

// Single words written with capitals ("Lord", "US") must match case; a
// lower-case alias ("coalition") or a phrase matches in any case.
bool NeedsCase(const std::string& alias) {
  // "The Hill", "The National": the capital is all that tells the outlet
  // from "the hill" or "the national cup" (the article's "the" may be lower).
  if (TheAndOneName(alias)) return true;
  if (alias.find(' ') != std::string::npos) return false;
  return alias != Lower(alias);
}

// A run of letters every match must contain (letters outside groups, not made
// optional by a quantifier), or "" when the pattern has a top-level '|'.
// Lines without it skip the (slow) std::regex.
std::string RequiredLiteral(const std::string& pattern) {
  std::string run, best;
  int depth = 0;
  bool in_class = false;
  auto flush = [&](char next) {
    if (next == '?' || next == '*' || next == '{') {
      if (!run.empty()) run.pop_back();
    }
    if (run.size() > best.size()) best = run;
    run.clear();
  };
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\') {
      flush(i + 2 < pattern.size() ? pattern[i + 2] : '\0');
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') {
      flush(c);
      in_class = true;
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == '|' && depth == 0) return "";
    if (depth == 0 && IsLower(c)) {
      run += c;
    } else if (depth == 0 && c == ' ' && !run.empty()) {
      run += c;
    } else {
      flush(c);
    }
  }
  flush('\0');
  while (!best.empty() && best.back() == ' ') best.pop_back();
  return best;
}

}  // namespace

std::unique_ptr<Lexicon> Lexicon::LoadDefault() {
  auto lex = std::make_unique<Lexicon>();
  for (const std::string& line : DataLines("speech_verbs.txt")) {
    std::vector<std::string> forms = Words(line);
    for (const std::string& f : forms) lex->speech_verbs[f] = forms[0];
    if (!forms.empty()) lex->speech_lemmas.insert(forms[0]);
  }
  for (const std::string& line : DataLines("anonymous_heads.txt")) {
    std::vector<std::string> w = Words(line);
    for (size_t i = 1; i < w.size(); ++i) {
      if (w[0] == "home") lex->home_country_heads.insert(w[i]);
      else if (w[0] == "any") lex->any_office_heads.insert(w[i]);
      else lex->anonymous_heads[w[i]] = w[0];
    }
  }
  for (const std::string& w : DataLines("anonymous_modifiers.txt")) lex->anonymous_modifiers.insert(w);
  for (const std::string& w : DataLines("quote_only_verbs.txt")) lex->quote_only_verbs.insert(w);
  for (const std::string& w : DataLines("speaker_verbs.txt")) lex->speaker_verbs.insert(w);
  for (const std::string& w : DataLines("belief_verbs.txt")) lex->belief_verbs.insert(w);
  for (const std::string& line : DataLines("non_attribution_verbs.txt"))
    lex->non_attribution_verbs.insert(Words(line)[0]);
  // lemma, UPOS, count, share, then relation:count pairs.
  for (const std::string& line : DataLines("attribution_cues.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() < 5) continue;
    std::vector<std::string>& relations = lex->attribution_cues[f[0] + " " + f[1]];
    for (size_t i = 4; i < f.size(); ++i) relations.push_back(f[i].substr(0, f[i].rfind(':')));
  }
  // The hand-made speech and belief verbs are cues too, where the learned
  // table lacks them; and whatever the training text showed, a clause that
  // is their complement ("expected that ...") or that their reporting clause
  // is set beside (", she noted") is what they report.
  std::set<std::string> clausal = lex->belief_verbs;
  for (const auto& [form, lemma] : lex->speech_verbs)
    if (!lex->quote_only_verbs.count(lemma)) clausal.insert(lemma);
  for (const std::string& lemma : clausal) {
    std::vector<std::string>& relations = lex->attribution_cues[lemma + " VERB"];
    if (std::find(relations.begin(), relations.end(), "ccomp") == relations.end())
      relations.push_back("ccomp");
  }
  // So are the hand-made nouns of saying, of their "that" clause.
  for (const std::string& w : DataLines("report_nouns.txt")) {
    std::vector<std::string>& relations = lex->attribution_cues[Trim(w) + " NOUN"];
    if (std::find(relations.begin(), relations.end(), "acl") == relations.end()) relations.push_back("acl");
  }
  for (const std::string& w : DataLines("statement_verbs.txt")) lex->statement_verbs.insert(Trim(w));
  // Topic phrases (data/topic_cues.tsv): an oblique of a verb or adjective,
  // a noun modifier of a noun, after whatever the learned table holds.
  for (const std::string& line : DataLines("topic_cues.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() < 3) continue;
    const std::string key = f[0] + " " + f[1];
    std::vector<std::string>& relations = lex->attribution_cues[key];
    std::stringstream cases(f[2]);
    for (std::string c; std::getline(cases, c, ',');) {
      const std::string relation = (f[1] == "NOUN" ? "nmod:" : "obl:") + c;
      lex->topic_cues.insert(key + " " + relation);
      if (std::find(relations.begin(), relations.end(), relation) != relations.end()) continue;
      relations.push_back(relation);
      lex->owned_topic_cues.insert(key + " " + relation);
    }
  }
  for (auto& [cue, relations] : lex->attribution_cues)
    if (std::find(relations.begin(), relations.end(), "ccomp") != relations.end())
      for (const char* r : {"^parataxis", "^conj"})
        if (std::find(relations.begin(), relations.end(), r) == relations.end()) relations.push_back(r);
  for (const std::string& line : DataLines("event_modes.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() >= 2) lex->event_modes[f[0]] = f[1];
    if (f.size() == 3) lex->event_modes_reported[f[0]] = f[2];
  }
  for (const std::string& line : DataLines("event_forums.txt")) {
    std::vector<std::string> f = Words(line);
    if (!f.empty()) lex->event_forum_heads.insert(Lower(f[0]));
  }
  lex->event_not_by_states = FirstWords("event_not_by_states.txt");
  lex->event_recurring = FirstWords("event_recurring.txt");
  lex->event_mode_open = FirstWords("event_mode_open.txt");
  for (const std::string& line : DataLines("name_variants.txt")) {
    std::vector<std::string> f = Words(line);
    for (const std::string& w : f) lex->name_variants[w] = f[0];
  }
  lex->source_heads = FirstWords("source_heads.tsv");
  for (const std::string& line : DataLines("evidence_nouns.txt")) {
    std::vector<std::string> f = Words(line);
    if (!f.empty()) lex->evidence_nouns.insert(f[0]);
    if (f.size() > 1) lex->evidence_in_phrase[f[0]] = f[1];
  }
  for (const std::string& line : DataLines("gendered_titles.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() != 2 || (f[1] != "m" && f[1] != "f"))
      throw Error(ErrorKind::kInternal, "data/gendered_titles.tsv: expected 'title m|f', got '" + line + "'");
    lex->gendered_titles[f[0]] = f[1][0];
  }
  for (const std::string& w : DataLines("relay_verbs.txt")) lex->relay_verbs.insert(w);
  for (const std::string& w : DataLines("hearing_bodies.txt")) lex->hearing_bodies.insert(w);
  for (const std::string& line : DataLines("partitive_sources.txt")) {
    const std::vector<std::string> w = Words(line);
    if (w.size() != 2 || (w[1] != "p" && w[1] != "s"))
      throw Error(ErrorKind::kInternal, "data/partitive_sources.txt: bad line '" + line + "'");
    lex->partitive_sources[w[0]] = w[1] == "p";
  }
  for (const std::string& w : DataLines("display_verbs.txt")) lex->display_verbs.insert(w);
  for (const std::string& w : DataLines("single_offices.txt")) lex->single_offices.insert(w);
  for (const std::string& line : DataLines("given_names.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() != 2 || (f[1] != "m" && f[1] != "f"))
      throw Error(ErrorKind::kInternal, "data/given_names.tsv: expected 'name m|f', got '" + line + "'");
    lex->given_names[f[0]] = f[1][0];
  }
  for (const std::string& line : DataLines("person_nouns.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() != 2 || (f[1] != "m" && f[1] != "f" && f[1] != "-"))
      throw Error(ErrorKind::kInternal, "data/person_nouns.tsv: expected 'noun m|f|-', got '" + line + "'");
    lex->person_nouns[f[0]] = f[1][0];
  }
  for (const std::string& line : DataLines("source_nouns.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() == 2) lex->source_nouns[f[0]] = f[1];
  }
  for (const std::string& w : DataLines("determiners.txt")) lex->determiners.insert(w);
  for (const std::string& w : DataLines("country_references.txt")) lex->country_references.insert(Trim(w));
  for (const std::string& w : DataLines("country_group_references.txt")) lex->country_group_references.insert(Trim(w));
  for (const std::string& w : DataLines("abbreviations.txt")) lex->abbreviations.insert(w);
  for (const std::string& w : DataLines("place_words.txt")) lex->place_words.insert(w);
  for (const std::string& w : DataLines("geographic_words.txt")) lex->geographic_words.insert(Trim(w));
  for (const std::string& w : DataLines("possessive_name_words.txt")) lex->possessive_name_words.insert(Trim(w));
  for (const std::string& w : DataLines("not_content_nouns.txt")) lex->not_content_nouns.insert(Trim(w));
  for (const std::string& w : DataLines("speaking_occasions.txt")) lex->speaking_occasions.insert(Trim(w));
  for (const std::string& line : DataLines("denial_verbs.txt")) {
    const std::vector<std::string> w = Words(line);
    if (w.empty()) continue;
    lex->denial_verbs.insert(w[0]);
    if (w.size() > 1 && w[1] == "claims") lex->claim_denial_verbs.insert(w[0]);
  }
  for (const std::string& w : DataLines("claim_nouns.txt")) lex->claim_nouns.insert(Trim(w));
  for (const std::string& w : DataLines("organization_nouns.txt")) lex->organization_nouns.insert(Trim(w));
  for (const std::string& line : DataLines("organization_references.tsv")) {
    size_t tab = line.find('\t');
    if (tab != std::string::npos) lex->organization_references[Trim(line.substr(0, tab))] = Trim(line.substr(tab + 1));
  }
  for (const std::string& w : DataLines("anonymity_verbs.txt")) lex->anonymity_verbs.insert(Trim(w));
  for (const std::string& w : DataLines("permission_words.txt")) lex->permission_words.insert(Trim(w));
  for (const std::string& w : DataLines("access_verbs.txt")) lex->access_verbs.insert(Trim(w));
  for (const std::string& w : DataLines("relation_nouns.txt")) lex->relation_nouns.insert(Trim(w));
  for (const std::string& w : DataLines("small_clause_cues.txt")) lex->small_clause_cues.insert(Trim(w));
  for (const std::string& w : DataLines("crowd_nouns.txt")) lex->crowd_nouns.insert(Trim(w));
  for (const std::string& w : DataLines("hearsay_adverbs.txt")) lex->hearsay_adverbs.insert(Trim(w));
  for (const std::string& w : DataLines("short_name_heads.txt")) lex->short_name_heads.insert(Trim(w));
  for (const std::string& w : DataLines("short_name_tails.txt")) lex->short_name_tails.insert(Trim(w));
  for (const std::string& w : DataLines("legal_suffixes.txt")) lex->legal_suffixes.insert(Trim(w));
  for (const std::string& w : DataLines("nationality_nouns.txt")) lex->nationality_nouns.insert(Trim(w));
  for (const std::string& w : DataLines("vessel_prefixes.txt")) lex->vessel_prefixes.insert(Trim(w));
  for (const std::string& line : DataLines("authored_works.txt")) {
    const std::vector<std::string> w = Words(line);
    for (size_t i = 1; i < w.size(); ++i) (w[0] == "by" ? lex->authoring_verbs : lex->authored_works).insert(w[i]);
  }
  for (const std::string& w : DataLines("state_institutions.txt")) lex->state_institutions.push_back(Trim(w));
  for (const std::string& line : DataLines("attitude_cues.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() < 2) continue;
    std::stringstream nouns(f[1]);
    for (std::string noun; std::getline(nouns, noun, ',');) lex->attitude_cues[f[0]].insert(noun);
  }
  for (const std::string& w : DataLines("byline_roles.txt")) lex->byline_roles.insert(Trim(w));
  for (const std::string& w : DataLines("state_bodies.txt")) lex->state_bodies.insert(Trim(w));
  const std::map<std::string, std::set<std::string>*> place_cue_sets = {
      {"noun", &lex->place_nouns},
      {"preposition", &lex->place_prepositions},
      {"particle", &lex->name_particles},
      {"never", &lex->never_places}};
  for (const std::string& line : DataLines("title_abbreviations.tsv")) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos)
      throw Error(ErrorKind::kInternal, "data/title_abbreviations.tsv: no noun in line '" + line + "'");
    lex->title_nouns[line.substr(0, tab)] = Trim(line.substr(tab + 1));
  }
  std::map<std::string, std::pair<std::set<std::string>, std::set<std::string>>> countries;  // regions, cities
  for (const std::string& line : DataLines("gazetteer.tsv")) {
    size_t tab = line.find('\t'), tab2 = line.find('\t', tab + 1);
    if (tab2 == std::string::npos) throw Error(ErrorKind::kInternal, "data/gazetteer.tsv: bad line '" + line + "'");
    auto& [regions, cities] = countries[Lower(line.substr(0, tab))];
    (line.compare(tab2 + 1, std::string::npos, "region") == 0 ? regions : cities)
        .insert(line.substr(tab + 1, tab2 - tab - 1));
  }
  for (const auto& [name, of] : countries) {
    const auto& [regions, cities] = of;
    const std::set<std::string>& deciding = regions.empty() ? cities : regions;
    lex->gazetteer[name] = deciding.size() == 1 ? *deciding.begin() : "";
    if (!regions.empty()) lex->gazetteer_regions.insert(name);
  }
  for (const std::string& line : DataLines("place_cues.tsv")) {
    size_t tab = line.find('\t');
    auto set = tab == std::string::npos ? place_cue_sets.end() : place_cue_sets.find(line.substr(0, tab));
    if (set == place_cue_sets.end())
      throw Error(ErrorKind::kInternal, "data/place_cues.tsv: no kind in line '" + line + "'");
    set->second->insert(Trim(line.substr(tab + 1)));
  }
  for (const std::string& w : DataLines("not_organization_heads.txt")) lex->not_organization_heads.insert(w);
  lex->titles = DataLines("titles.txt");
  for (const std::string& title : lex->titles) {
    const std::string last = title.substr(title.rfind(' ') + 1);
    if (StartsUpper(last) && last.back() != '.') lex->possessive_name_words.insert(last);
  }
  for (const std::string& t : lex->titles) {
    lex->lower_titles.insert(Lower(t));
    for (const std::string& w : Words(t))
      if (w.size() > 1 && w.back() == '.') lex->dotted_title_words.insert(w);
  }
  std::sort(lex->titles.begin(), lex->titles.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& line : DataLines("boilerplate.txt")) {
    bool whole = StartsWith(line, "line:");
    std::string pattern = line.substr(line.find(':') + 1);
    // Whole-line patterns run on the lower-cased line: case-insensitive
    // std::regex is an order of magnitude slower.
    std::string lowered;
    for (size_t i = 0; i < pattern.size(); ++i)
      lowered += (i > 0 && pattern[i - 1] == '\\') ? pattern[i] : Lower(pattern.substr(i, 1))[0];
    BoilerplatePattern bp{whole, whole ? std::regex(lowered, std::regex::ECMAScript)
                                       : std::regex(pattern, std::regex::icase | std::regex::ECMAScript)};
    bp.anchored = StartsWith(pattern, "^");
    bp.lower_re = std::regex(lowered, std::regex::ECMAScript);
    bp.literal = RequiredLiteral(lowered);
    lex->boilerplate.push_back(std::move(bp));
  }
  for (const std::string& line : DataLines("outlets.tsv")) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) f.push_back(cell);
    if (f.size() >= 2) lex->outlets.push_back({f[0], f[1], f.size() > 2 ? f[2] : ""});
  }
  for (const std::string& line : DataLines("organization_heads.tsv")) {
    size_t tab = line.find('\t');
    if (tab != std::string::npos) lex->organization_heads[line.substr(0, tab)] = line.substr(tab + 1);
  }
  for (const std::string& line : DataLines("event_triggers.tsv")) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) f.push_back(cell);
    if (f.size() == 3) lex->event_triggers[f[0]] = {f[1], f[2]};
  }
  for (const std::string& line : DataLines("event_trigger_lemmas.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() < 4) continue;
    EventTrigger& trigger = lex->event_trigger_lemmas[f[0] + " " + f[1]];
    trigger = {f[2], f[3], {}};
    if (f.size() > 4) {
      std::stringstream needs(f[4]);
      for (std::string word; std::getline(needs, word, ',');) trigger.needs.insert(word);
    }
  }
  for (const std::string& line : DataLines("event_object_types.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() < 5) continue;
    std::set<std::string> objects;
    std::stringstream words(f[2]);
    for (std::string word; std::getline(words, word, ',');) objects.insert(word);
    EventTrigger trigger{f[3], f[4], {}, {}, objects};
    lex->event_object_types[f[0] + " " + f[1]].emplace_back(std::move(objects), std::move(trigger));
  }
  for (const std::string& line : DataLines("event_groups.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() == 3 && f[1] == "head") lex->event_group_heads[f[0]] = f[2];
    else if (f.size() == 2) lex->event_group_cues[f[0]] = f[1];
  }
  for (const std::string& line : DataLines("event_onlookers.tsv")) lex->event_onlookers.insert(Trim(line));
  for (const std::string& line : DataLines("event_undergoers.txt")) lex->event_undergoers.insert(Trim(line));
  for (const std::string& line : DataLines("bilateral_nouns.txt")) lex->bilateral_nouns.insert(Trim(line));
  for (const std::string& line : DataLines("event_places.tsv")) lex->event_places.insert(Trim(line));
  for (const std::string& line : DataLines("event_settlements.txt")) lex->event_settlements.insert(Trim(line));
  for (const std::string& line : DataLines("event_intentions.tsv")) lex->event_intentions.insert(Trim(line));
  for (const std::string& line : DataLines("event_categories.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() >= 2) lex->event_categories[f[0]] = f[1];
    if (f.size() == 3) lex->event_categories_one_side[f[0]] = f[2];
  }
  std::map<std::string, std::map<std::string, std::string>> preposition_roles;  // type -> preposition -> role
  for (const std::string& line : DataLines("event_prepositions.tsv")) {
    std::vector<std::string> f = Words(line);
    if (f.size() == 3) preposition_roles[f[0]][f[1]] = f[2];
  }
  auto of_category = [&](const std::string& type, std::string_view name) {
    auto category = lex->event_categories.find(type);
    return category != lex->event_categories.end() && category->second == name;
  };
  // What a trigger's type says of its phrases and of the act it calls for.
  auto describe = [&](EventTrigger& trigger) {
    if (auto roles = preposition_roles.find(trigger.type); roles != preposition_roles.end())
      trigger.preposition_roles = roles->second;
    trigger.demands = of_category(trigger.type, "REQUEST");
  };
  for (auto* triggers : {&lex->event_triggers, &lex->event_trigger_lemmas})
    for (auto& [word, trigger] : *triggers) describe(trigger);
  for (auto& [word, kinds] : lex->event_object_types)
    for (auto& [objects, trigger] : kinds) describe(trigger);
  std::set<std::string> destinations;
  for (const std::string& line : DataLines("event_destinations.txt")) destinations.insert(Trim(line));
  for (auto& [word, trigger] : lex->event_triggers) trigger.visits = destinations.count(word) > 0;
  for (auto& [key, trigger] : lex->event_trigger_lemmas) trigger.visits = destinations.count(key.substr(0, key.find(' '))) > 0;
  for (const auto& [form, trigger] : lex->event_triggers)
    if (form.find(' ') == std::string::npos && of_category(trigger.type, "ASSAULT")) lex->event_attack_nouns.insert(form);
  constexpr std::string_view kNoun = " NOUN";
  for (const auto& [key, trigger] : lex->event_trigger_lemmas)  // "strike NOUN"
    if (std::string_view(key).ends_with(kNoun) && of_category(trigger.type, "ASSAULT"))
      lex->event_attack_nouns.emplace(std::string_view(key).substr(0, key.size() - kNoun.size()));
  lex->AddActorJson(std::string(DataFile("actors.json")), "data/actors.json");
  // US Presidents, Vice Presidents and members of Congress (CC0 data,
  // scripts/convert-us-officials); entries of actors.json with the same
  // name are extended.
  lex->AddActorJson(std::string(DataFile("us_officials.json")), "data/us_officials.json");
  // Armed groups and international organizations of the PETRARCH2/Phoenix
  // dictionaries (MIT, scripts/convert-petrarch-actors), after ours: an
  // entry either already holds stays ours.
  lex->AddActorJson(std::string(DataFile("petrarch_actors.json")), "data/petrarch_actors.json");
  // Every outlet known by its address is a media actor too.
  for (const Outlet& outlet : lex->outlets) {
    const std::string& name = outlet.name;
    if (lex->actor_by_name.count(name)) continue;
    int index = static_cast<int>(lex->actors.size());
    lex->actors.push_back({name, "media", {}, {}, "", "", "", {}});
    lex->actor_by_name[name] = index;
    lex->IndexAlias(name, index, false);
  }
  lex->IndexPersonKeys();  // in step with `actors`, the outlets appended above included
  return lex;
}

void Lexicon::AddActorFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::kNotFound, "cannot read actor dictionary " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  AddActorJson(ss.str(), path);
}

void Lexicon::AddActorJson(const std::string& json_text, const std::string& source_name) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorKind::kInvalidArgument,
                source_name + ": not valid JSON (byte " + std::to_string(e.byte) + ")");
  }
  if (!doc.is_object() || !doc.contains("actors") || !doc["actors"].is_array())
    throw Error(ErrorKind::kInvalidArgument, source_name + ": expected {\"actors\": [...]}");
  int n = 0;
  for (const auto& j : doc["actors"]) {
    ++n;
    std::string name = StringField(j, "name"), kind = StringField(j, "kind");
    if (name.empty() || kind.empty())
      throw Error(ErrorKind::kInvalidArgument, source_name + ": actor " + std::to_string(n) +
                                                   " needs a \"name\" and a \"kind\"");
    int index;
    auto found = actor_by_name.find(name);
    if (found == actor_by_name.end()) {
      index = static_cast<int>(actors.size());
      actors.push_back({name, kind, {}, {}, "", "", "", {}});
      actor_by_name[name] = index;
      IndexAlias(name, index, false);
    } else {
      index = found->second;  // a later file extends an earlier entry
    }
    DictActor& a = actors[index];
    for (const std::string& alias : StringList(j, "aliases")) {
      a.aliases.push_back(alias);
      IndexAlias(alias, index, false, false, a.kind == "person" && IsWordOf(alias, a.name));
    }
    for (const std::string& alias : StringList(j, "local_aliases")) {
      a.aliases.push_back(alias);
      IndexAlias(alias, index, false, true);
    }
    for (const std::string& d : StringList(j, "demonyms")) {
      a.demonyms.push_back(d);
      IndexAlias(d, index, true);
    }
    if (!StringField(j, "capital").empty()) {
      a.capital = StringField(j, "capital");
      IndexAlias(a.capital, index, false);
    }
    if (!StringField(j, "part_of").empty()) a.part_of = StringField(j, "part_of");
    if (!StringField(j, "affiliated_with").empty())
      a.affiliated_with = StringField(j, "affiliated_with");
    if (j.contains("roles") && j["roles"].is_array())
      for (const auto& r : j["roles"])
        a.roles.push_back({StringField(r, "title"), StringField(r, "of"), StringField(r, "from"), StringField(r, "to")});
  }
  IndexPersonKeys();
}

void Lexicon::IndexPersonKeys() {
  person_keys.assign(actors.size(), {});
  for (size_t i = 0; i < actors.size(); ++i) {
    const DictActor& d = actors[i];
    if (d.kind != "person") continue;
    person_keys[i].push_back(PersonNameKey(d.name, name_variants));
    for (const std::string& alias : d.aliases)
      if (Words(alias).size() > 1) person_keys[i].push_back(PersonNameKey(alias, name_variants));
  }
}

void Lexicon::IndexAlias(const std::string& text, int actor, bool demonym, bool local, bool surname) {
  if (text.size() < 2) return;
  std::vector<Alias>& bucket = aliases_by_prefix[Lower(text.substr(0, 2))];
  for (const Alias& a : bucket)
    if (a.text == text && a.actor == actor) return;
  bucket.push_back({text, actor, NeedsCase(text), demonym, local, surname});
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Alias& a, const Alias& b) { return a.text.size() > b.text.size(); });
}

std::string Lexicon::SourceNounKind(const std::string& word) const {
  auto noun = source_nouns.find(word);
  return noun == source_nouns.end() ? "" : noun->second;
}

std::string Lexicon::HomeCountryOf(const std::string& outlet_name) const {
  // "Daily Caller News Foundation" is The Daily Caller: compare the names
  // without "the", the article's may go on.
  auto bare = [](const std::string& name) {
    std::string lower = Lower(name);
    return StartsWith(lower, "the ") ? lower.substr(4) : lower;
  };
  std::string wanted = bare(outlet_name);
  for (const Outlet& outlet : outlets) {
    std::string known = bare(outlet.name);
    if (!known.empty() && StartsWith(wanted, known) &&
        (wanted.size() == known.size() || wanted[known.size()] == ' '))
      return outlet.country;
  }
  return "";
}

bool Lexicon::AncestorNamed(int actor, const std::set<int>& named) const {
  // "the Senate" is the US Senate where the article names the United States
  // (its parent is Congress, whose parent is the country).
  for (int up = ParentOf(actor), depth = 0; up >= 0 && depth < 4; up = ParentOf(up), ++depth)
    if (named.count(up)) return true;
  return false;
}

int Lexicon::ParentOf(int actor) const {
  const DictActor& a = actors[actor];
  const std::string& parent = a.part_of.empty() ? a.affiliated_with : a.part_of;
  auto it = actor_by_name.find(parent);
  return it == actor_by_name.end() ? -1 : it->second;
}

const Alias* Lexicon::MatchAlias(std::string_view text, size_t pos,
                                 const std::set<int>* named) const {
  if (pos + 2 > text.size()) return nullptr;
  auto it = aliases_by_prefix.find(Lower(text.substr(pos, 2)));
  if (it == aliases_by_prefix.end()) return nullptr;
  for (const Alias& a : it->second) {
    if (a.local && named && !AncestorNamed(a.actor, *named)) continue;
    const bool matches = TheAndOneName(a.text) && a.case_sensitive
                             ? Lower(text.substr(pos, 1)) == "t" && MatchesAt(text, pos + 1, a.text.substr(1), true)
                             : MatchesAt(text, pos, a.text, a.case_sensitive);
    if (!matches) continue;
    size_t end = pos + a.text.size();
    // The match must end at a word boundary ("Iran" must not match "Iranian").
    if (end < text.size() && IsAlnum(text[end]) && IsAlnum(text[end - 1])) continue;
    // "The National" is no outlet in "the National Highway Traffic Safety
    // Administration": a capitalized word after it continues a longer name.
    if (TheAndOneName(a.text) && end + 1 < text.size() && text[end] == ' ' && IsUpper(text[end + 1])) continue;
    return &a;
  }
  return nullptr;
}

}  // namespace ng::ingest
