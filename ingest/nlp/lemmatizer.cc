#include "ingest/nlp/lemmatizer.h"

#include <cstring>

#include <algorithm>
#include <map>
#include <set>

#include "ingest/nlp/feature_hash.h"
#include "ingest/nlp/lexical.h"
#include "ingest/nlp/model_file.h"

namespace ng::nlp {

namespace {

constexpr size_t kMaxSuffix = 5;
constexpr int kMinRuleCount = 2;

// The rewrite that turns `lower` into `lemma`: bytes cut from the end, then
// what is appended ("studies" -> "study": cut 3, add "y").
std::string Rewrite(const std::string& lower, const std::string& lemma) {
  size_t common = 0;
  while (common < lower.size() && common < lemma.size() && lower[common] == lemma[common]) ++common;
  return std::to_string(lower.size() - common) + "\t" + lemma.substr(common);
}

uint64_t Key(std::string_view a, std::string_view b) { return Mix(HashString(a), HashString(b)); }

}  // namespace

Lemmatizer Lemmatizer::Train(const std::vector<const TreebankSentence*>& train) {
  Lemmatizer l;
  std::map<std::string, std::map<std::string, int>> pairs;  // form\txpos -> lemma -> count
  std::map<std::string, std::map<std::string, int>> rules;  // xpos\tsuffix -> rewrite -> count
  std::set<std::string> vocabulary;
  for (const TreebankSentence* s : train)
    for (const Token& t : s->tokens) {
      if (t.lemma.empty() || t.lemma == "_") continue;
      ++pairs[t.form + "\t" + t.xpos][t.lemma];
      if (t.upos == "PROPN") continue;  // proper nouns are their own lemma
      if (LowerAscii(t.lemma) == t.lemma) vocabulary.insert(t.lemma);
      std::string lower = LowerAscii(t.form);
      // Rules keep a stem and write lower case; the rest is known pairs.
      if (LowerAscii(t.lemma) != t.lemma) continue;
      std::string rewrite = Rewrite(lower, t.lemma);
      if (std::stoul(rewrite.substr(0, rewrite.find('\t'))) >= lower.size()) continue;
      for (size_t k = 0; k <= std::min(kMaxSuffix, lower.size()); ++k)
        ++rules[t.xpos + "\t" + lower.substr(lower.size() - k)][rewrite];
    }
  for (const auto& [key, lemmas] : pairs) {
    auto best = std::max_element(lemmas.begin(), lemmas.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    // Only what the rules below would not give anyway.
    l.known_[key] = best->first;
  }
  for (const auto& [key, rewrites] : rules) {
    auto best = std::max_element(rewrites.begin(), rewrites.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best->second >= kMinRuleCount) l.rules_[key] = best->first;
  }
  // Drop known pairs the rules already get right: they only cost space.
  Lemmatizer rules_only;
  rules_only.rules_ = l.rules_;
  rules_only.Index();
  for (auto it = l.known_.begin(); it != l.known_.end();) {
    size_t tab = it->first.find('\t');
    std::string form = it->first.substr(0, tab), xpos = it->first.substr(tab + 1);
    std::string upos = xpos == "NNP" || xpos == "NNPS" ? "PROPN" : "";
    if (rules_only.Lemma(form, upos, xpos) == it->second) it = l.known_.erase(it);
    else ++it;
  }
  l.vocabulary_.assign(vocabulary.begin(), vocabulary.end());
  l.Index();
  return l;
}

void Lemmatizer::Index() {
  known_by_hash_.clear();
  rules_by_hash_.clear();
  lemmas_.clear();
  for (const std::string& lemma : vocabulary_) lemmas_.insert(HashString(lemma));
  for (const auto& [key, lemma] : known_) {
    size_t tab = key.find('\t');
    known_by_hash_[Key(std::string_view(key).substr(0, tab), std::string_view(key).substr(tab + 1))] = lemma;
  }
  for (const auto& [key, rule] : rules_) {
    size_t tab = key.find('\t'), rule_tab = rule.find('\t');
    rules_by_hash_[Key(std::string_view(key).substr(0, tab), std::string_view(key).substr(tab + 1))] =
        Rule{std::stoul(rule.substr(0, rule_tab)), rule.substr(rule_tab + 1)};
  }
}

namespace {
// True when `pos` does not fall on a UTF-8 continuation byte.
bool IsCharBoundary(std::string_view s, size_t pos) {
  return pos >= s.size() || (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80;
}
}  // namespace

std::string Lemmatizer::Lemma(const std::string& form, const std::string& upos,
                              const std::string& xpos) const {
  static constexpr std::pair<std::string_view, std::string_view> kBritish[] = {
      {"ise", "ize"}, {"yse", "yze"}, {"isation", "ization"}, {"iser", "izer"}};
  std::string lemma = TrainedLemma(form, upos, xpos);
  if (upos != "VERB" && upos != "NOUN" && upos != "ADJ") return lemma;
  for (const auto& [british, american] : kBritish) {
    if (lemma.size() < british.size() + 3 || !lemma.ends_with(british)) continue;
    std::string spelled = lemma.substr(0, lemma.size() - british.size()) + std::string(american);
    if (lemmas_.count(HashString(spelled))) return spelled;
  }
  return lemma;
}

std::string Lemmatizer::TrainedLemma(const std::string& form, const std::string& upos,
                                     const std::string& xpos) const {
  auto known = known_by_hash_.find(Key(form, xpos));
  if (known != known_by_hash_.end()) return known->second;
  if (upos == "PROPN" || upos == "PUNCT" || upos == "NUM" || upos == "SYM") return form;
  std::string lower = LowerAscii(form);
  known = known_by_hash_.find(Key(lower, xpos));
  if (known != known_by_hash_.end()) return known->second;
  if (upos == "VERB" || upos == "AUX")
    if (auto irregular = irregular_.find(lower); irregular != irregular_.end()) return irregular->second;
  std::string_view view(lower);
  uint64_t tag = HashString(xpos);
  for (size_t k = std::min(kMaxSuffix, lower.size()) + 1; k-- > 0;) {
    if (!IsCharBoundary(view, view.size() - k)) continue;
    auto rule = rules_by_hash_.find(Mix(tag, HashString(view.substr(view.size() - k))));
    if (rule == rules_by_hash_.end() || rule->second.cut > lower.size()) continue;
    // A rule learned on ASCII words must not cut a multibyte character in two.
    if (!IsCharBoundary(view, lower.size() - rule->second.cut)) continue;
    std::string out = lower.substr(0, lower.size() - rule->second.cut) + rule->second.append;
    if (!out.empty()) return KnownInflectionBase(lower, xpos, std::move(out));
  }
  return lower;
}

namespace {

// The bases an inflected form may have, likeliest first: "ruled" -> rule,
// rul; "stopped" -> stop; "carried" -> carry; "making" -> make.
struct Inflection {
  const char* tag;
  const char* ending;
  const char* base_ending;
  bool undouble;  // "stopped" -> "stop"
};
constexpr Inflection kInflections[] = {
    {"VBD", "ied", "y", false}, {"VBD", "ed", "e", false}, {"VBD", "ed", "", false}, {"VBD", "ed", "", true},
    {"VBN", "ied", "y", false}, {"VBN", "ed", "e", false}, {"VBN", "ed", "", false}, {"VBN", "ed", "", true},
    {"VBG", "ing", "e", false}, {"VBG", "ing", "", false}, {"VBG", "ing", "", true},
    {"VBZ", "ies", "y", false}, {"VBZ", "es", "", false},   {"VBZ", "s", "", false},
    {"NNS", "ies", "y", false}, {"NNS", "es", "", false},   {"NNS", "s", "", false},
};

}  // namespace

std::string Lemmatizer::KnownInflectionBase(const std::string& lower, const std::string& xpos,
                                            std::string guess) const {
  // "noting" -> "note", not "not"; "hoped" -> "hope", not "hop": a
  // participle or past tense whose stem ends in one vowel and one undoubled
  // consonant after a consonant takes the silent "e" when training knows that
  // base too (a short vowel's consonant doubles: "stopped"; "visiting" keeps
  // "visit", no "visite"; "singing" is no such stem).
  auto vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
  const size_t n = guess.size();
  const bool inflected = (xpos == "VBG" && lower == guess + "ing") ||
                         ((xpos == "VBD" || xpos == "VBN") && lower == guess + "ed");
  if (inflected && n >= 3 && !vowel(guess[n - 1]) && guess[n - 1] != 'w' &&
      guess[n - 1] != 'x' && guess[n - 1] != 'y' && vowel(guess[n - 2]) && !vowel(guess[n - 3]) &&
      !lemmas_.empty() && lemmas_.count(HashString(guess + "e")))
    return guess + "e";
  // A suffix rule learned on other words can leave a stem no word has ("ruled"
  // -> "rul" after "pulled" -> "pull"); a base seen as a lemma in training wins.
  if (lemmas_.empty() || lemmas_.count(HashString(guess))) return guess;
  for (const Inflection& i : kInflections) {
    const size_t ending = std::strlen(i.ending);
    if (xpos != i.tag || lower.size() <= ending || !lower.ends_with(i.ending)) continue;
    std::string base = lower.substr(0, lower.size() - ending);
    if (i.undouble) {
      if (base.size() < 3 || base.back() != base[base.size() - 2]) continue;
      base.pop_back();
    }
    base += i.base_ending;
    if (lemmas_.count(HashString(base))) return base;
  }
  // "conceded" -> "concede", not "conced" (the rule of "needed", "added"): no
  // base ends in a consonant and "ed" with one "e" but a past tense's.
  const bool past = xpos == "VBD" || xpos == "VBN";
  if (past && lower.ends_with("eded") && guess.size() >= 3 && guess.ends_with("ed") &&
      std::string_view("aeiou").find(guess[guess.size() - 3]) == std::string_view::npos)
    return guess + "e";
  // "tweeted" -> "tweet", not "tweete" (the rule of "deleted"): no base ends
  // in a doubled "ee" or "oo", one consonant and a silent "e" but before
  // "s" or "z" ("freeze", "choose").
  const size_t g = guess.size();
  if (past && g >= 5 && guess[g - 1] == 'e' && (guess[g - 3] == 'e' || guess[g - 3] == 'o') &&
      guess[g - 4] == guess[g - 3] && std::string_view("aeiouyzs").find(guess[g - 2]) == std::string_view::npos)
    guess.pop_back();
  return guess;
}

bool Lemmatizer::IsCommonLemma(const std::string& lower) const { return lemmas_.count(HashString(lower)) > 0; }

void Lemmatizer::Lemmatize(std::vector<Token>* tokens) const {
  for (Token& t : *tokens) t.lemma = Lemma(t.form, t.upos, t.xpos);
}

void Lemmatizer::Save(ModelWriter* out) const {
  std::map<std::string, std::string> known(known_.begin(), known_.end());
  std::map<std::string, std::string> rules(rules_.begin(), rules_.end());
  std::vector<std::string> flat;
  for (const auto& [k, v] : known) flat.push_back(k), flat.push_back(v);
  out->AddStrings("lemmas", flat);
  flat.clear();
  for (const auto& [k, v] : rules) flat.push_back(k), flat.push_back(v);
  out->AddStrings("lemma_rules", flat);
  out->AddStrings("lemma_vocabulary", vocabulary_);
}

Lemmatizer Lemmatizer::Load(const ModelFile& in) {
  Lemmatizer l;
  std::vector<std::string> flat = in.Strings("lemmas");
  if (flat.size() % 2) in.Fail("lemmas");
  for (size_t i = 0; i < flat.size(); i += 2) l.known_[flat[i]] = flat[i + 1];
  // Models trained before it was kept lemmatize with the rules alone.
  if (in.Has("lemma_vocabulary")) l.vocabulary_ = in.Strings("lemma_vocabulary");
  flat = in.Strings("lemma_rules");
  if (flat.size() % 2) in.Fail("lemma_rules");
  for (size_t i = 0; i < flat.size(); i += 2) {
    const std::string& rule = flat[i + 1];
    size_t tab = rule.find('\t');
    if (tab == std::string::npos || tab == 0 || tab > 3 ||
        rule.find_first_not_of("0123456789") != tab)
      in.Fail("lemma rule '" + rule + "'");
    l.rules_[flat[i]] = rule;
  }
  l.Index();
  return l;
}

}  // namespace ng::nlp
