#include "ingest/nlp/tagger.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <ostream>
#include <random>
#include <set>
#include <string_view>

#include "ingest/nlp/feature_hash.h"
#include "ingest/nlp/lexical.h"
#include "ingest/nlp/model_file.h"

namespace ng::nlp {

namespace {

// Words seen at least this often get an ambiguity class.
constexpr int kAmbiguityMinCount = 3;
// A tag taking this share of a frequent word's occurrences is its fixed tag.
constexpr int kFixedMinCount = 20;
constexpr double kFixedMinShare = 0.995;

enum Template : uint32_t {
  kBias, kLower, kForm, kSuffix1, kSuffix2, kSuffix3, kSuffix4, kPrefix1, kPrefix2, kPrefix3,
  kShape, kPrevTag, kPrevTwoTags, kPrevTagLower, kPrevLower, kPrevSuffix3, kPrevPrevLower,
  kNextLower, kNextSuffix3, kNextNextLower, kAmbiguity, kNextAmbiguity, kNextNextAmbiguity,
  kPrevTagAmbiguity, kLowerNextLower, kPrevLowerLower, kNextShape, kPrevShape, kPrevTagNextLower,
  kFirstShape, kAmbiguityNextAmbiguity, kPrevAmbiguity, kFlags, kFormAmbiguity, kPrevShapeShape,
  kShapeNextShape, kTitleSentenceShape, kPrevTagShape, kNextGuess, kNextTwoGuesses, kNextGuessLower,
  kPrevTagNextGuess, kGuessAmbiguity,
};

constexpr uint64_t kNone = 0x6e6f6e65;  // "none": before the start or past the end

// A first-pass tag whose score leads the next by this much (in units of one
// perceptron update) is kept without a second look: on EWT dev this skips most
// words of the second pass and changes 0.01 % of the tags.
constexpr float kSureMargin = 30;

}  // namespace

struct Tagger::Context {
  std::vector<Lexical> words;
  std::vector<uint64_t> ambiguity, form_ambiguity;
  std::vector<int> tags;  // chosen so far
  std::vector<float> margin;  // how far the chosen tag's score is ahead of the next
  const std::vector<int>* first_pass = nullptr;  // the first pass's tags, in the second
  bool title_case = false;  // most words capitalized: a headline
  int forced_at = -1;       // a word whose tag is set, not chosen (TagWithFiniteVerb)
  int forced_tag = -1;
};

void Tagger::Prepare(const std::vector<Token>& tokens, Context* c) const {
  c->words.clear();
  c->ambiguity.clear();
  c->form_ambiguity.clear();
  c->tags.assign(tokens.size(), -1);
  int capitalized = 0, alphabetic = 0;
  for (const Token& t : tokens) {
    c->words.push_back(Describe(t.form));
    const Lexical& w = c->words.back();
    auto it = ambiguity_.find(w.lower);
    c->ambiguity.push_back(it == ambiguity_.end() ? kNone : it->second);
    it = ambiguity_.find(Mix(w.form, 0x666f726d));
    c->form_ambiguity.push_back(it == ambiguity_.end() ? kNone : it->second);
    bool alpha = !t.form.empty() && ((t.form[0] | 0x20) >= 'a' && (t.form[0] | 0x20) <= 'z');
    alphabetic += alpha;
    capitalized += alpha && w.capitalized;
  }
  c->title_case = alphabetic >= 3 && capitalized * 10 >= alphabetic * 7;
}

void Tagger::Features(const Context& c, size_t i, std::vector<uint64_t>* out) const {
  out->clear();
  const size_t n = c.words.size();
  const Lexical& w = c.words[i];
  auto lower = [&](long j) { return j >= 0 && j < static_cast<long>(n) ? c.words[j].lower : kNone; };
  auto suffix3 = [&](long j) {
    return j >= 0 && j < static_cast<long>(n) ? c.words[j].suffix[2] : kNone;
  };
  auto shape = [&](long j) { return j >= 0 && j < static_cast<long>(n) ? c.words[j].shape : kNone; };
  auto amb = [&](long j) { return j >= 0 && j < static_cast<long>(n) ? c.ambiguity[j] : kNone; };
  auto tag = [&](long j) { return j >= 0 ? tag_hash_[c.tags[j]] : kNone; };
  long k = static_cast<long>(i);
  out->push_back(Feature(kBias, 0));
  out->push_back(Feature(kLower, w.lower));
  out->push_back(Feature(kForm, w.form));
  out->push_back(Feature(kSuffix1, w.suffix[0]));
  out->push_back(Feature(kSuffix2, w.suffix[1]));
  out->push_back(Feature(kSuffix3, w.suffix[2]));
  out->push_back(Feature(kSuffix4, w.suffix[3]));
  out->push_back(Feature(kPrefix1, w.prefix[0]));
  out->push_back(Feature(kPrefix2, w.prefix[1]));
  out->push_back(Feature(kPrefix3, w.prefix[2]));
  out->push_back(Feature(kShape, w.shape));
  out->push_back(Feature(kPrevTag, tag(k - 1)));
  out->push_back(Feature(kPrevTwoTags, tag(k - 2), tag(k - 1)));
  out->push_back(Feature(kPrevTagLower, tag(k - 1), w.lower));
  out->push_back(Feature(kPrevLower, lower(k - 1)));
  out->push_back(Feature(kPrevSuffix3, suffix3(k - 1)));
  out->push_back(Feature(kPrevPrevLower, lower(k - 2)));
  out->push_back(Feature(kNextLower, lower(k + 1)));
  out->push_back(Feature(kNextSuffix3, suffix3(k + 1)));
  out->push_back(Feature(kNextNextLower, lower(k + 2)));
  out->push_back(Feature(kAmbiguity, amb(k)));
  out->push_back(Feature(kNextAmbiguity, amb(k + 1)));
  out->push_back(Feature(kNextNextAmbiguity, amb(k + 2)));
  out->push_back(Feature(kPrevTagAmbiguity, tag(k - 1), amb(k)));
  out->push_back(Feature(kLowerNextLower, w.lower, lower(k + 1)));
  out->push_back(Feature(kPrevLowerLower, lower(k - 1), w.lower));
  out->push_back(Feature(kNextShape, shape(k + 1)));
  out->push_back(Feature(kPrevShape, shape(k - 1)));
  out->push_back(Feature(kPrevTagNextLower, tag(k - 1), lower(k + 1)));
  if (i == 0) out->push_back(Feature(kFirstShape, w.shape));
  out->push_back(Feature(kAmbiguityNextAmbiguity, amb(k), amb(k + 1)));
  out->push_back(Feature(kPrevAmbiguity, amb(k - 1)));
  out->push_back(Feature(kFormAmbiguity, c.form_ambiguity[i]));
  out->push_back(Feature(kPrevShapeShape, shape(k - 1), w.shape));
  out->push_back(Feature(kShapeNextShape, w.shape, shape(k + 1)));
  out->push_back(Feature(kTitleSentenceShape, c.title_case, w.shape));
  out->push_back(Feature(kPrevTagShape, tag(k - 1), w.shape));
  if (c.first_pass) {
    auto guess = [&](long j) {
      return j >= 0 && j < static_cast<long>(n) ? tag_hash_[(*c.first_pass)[j]] : kNone;
    };
    out->push_back(Feature(kNextGuess, guess(k + 1)));
    out->push_back(Feature(kNextTwoGuesses, guess(k + 1), guess(k + 2)));
    out->push_back(Feature(kNextGuessLower, guess(k + 1), w.lower));
    out->push_back(Feature(kPrevTagNextGuess, tag(k - 1), guess(k + 1)));
    out->push_back(Feature(kGuessAmbiguity, guess(k), amb(k)));
  }
  out->push_back(Feature(kFlags, w.capitalized * 1 + w.has_digit * 2 + w.has_hyphen * 4 + w.all_caps * 8));
}

void Tagger::RunPass(const Perceptron& model, Context* c, const std::vector<float>* sure) const {
  std::vector<uint64_t> features;
  std::vector<float> scores(tags_.size());
  c->margin.assign(c->words.size(), 0);
  for (size_t i = 0; i < c->words.size(); ++i) {
    auto fixed = fixed_.find(c->words[i].lower);
    if (fixed != fixed_.end()) {
      c->tags[i] = fixed->second;
      continue;
    }
    if (static_cast<int>(i) == c->forced_at) {
      c->tags[i] = c->forced_tag;
      continue;
    }
    if (sure && (*sure)[i] >= kSureMargin) continue;  // the first pass's tag stands
    Features(*c, i, &features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model.Score(features.data(), features.size(), scores.data());
    // A capitalized word training saw less than thrice is a name, not an
    // interjection ("Ortiz, a senator from Tucson, said ...": EWT's "Yes,"
    // and "Thanks," had made such names INTJ, and the sentence subjectless).
    if (c->ambiguity[i] == kNone && c->words[i].capitalized && !c->words[i].all_caps) {
      for (int tag : interjection_tags_) scores[tag] = -1e30f;
      // Nor an auxiliary, a class training knows whole ("Berg posted on
      // ..." had made "Berg" one, lemma "b").
      for (int tag : auxiliary_tags_) scores[tag] = -1e30f;
      // Nor an adverb ("Norvale declined to comment" had "Norvale" an
      // adverb, the verb subjectless), unless it reads as one: "-ly", or
      // set off by a comma ("Elsewhere, ...").
      static const uint64_t kLy = Describe("ly").suffix[1];
      static const uint64_t kComma = Describe(",").lower;
      const bool comma_after = i + 1 < c->words.size() && c->words[i + 1].lower == kComma;
      if (c->words[i].suffix[1] != kLy && !comma_after)
        for (int tag : adverb_tags_) scores[tag] = -1e30f;
    }
    int best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    float top = scores[best];
    scores[best] = -1e30f;
    c->margin[i] = top - *std::max_element(scores.begin(), scores.end());
    c->tags[i] = best;
  }
}

void Tagger::IndexTags() {
  upos_of_tag_.clear();
  finite_verb_tags_.clear();
  interjection_tags_.clear();
  adverb_tags_.clear();
  auxiliary_tags_.clear();
  for (size_t i = 0; i < tags_.size(); ++i) {
    upos_of_tag_.push_back(tags_[i].substr(0, tags_[i].find('|')));
    if (tags_[i] == "VERB|VBZ" || tags_[i] == "VERB|VBD" || tags_[i] == "VERB|VBP")
      finite_verb_tags_.push_back(static_cast<int>(i));
    if (upos_of_tag_.back() == "INTJ") interjection_tags_.push_back(static_cast<int>(i));
    if (upos_of_tag_.back() == "ADV") adverb_tags_.push_back(static_cast<int>(i));
    if (upos_of_tag_.back() == "AUX") auxiliary_tags_.push_back(static_cast<int>(i));
  }
}

bool Tagger::FinitePredicate(Context* c, const std::vector<int>& candidates, int* at, int* tag) const {
  std::vector<uint64_t> features;
  std::vector<float> scores(tags_.size());
  float least_loss = 1e30f;
  for (int i : candidates) {
    if (i < 0 || i >= static_cast<int>(c->tags.size()) || fixed_.count(c->words[i].lower)) continue;
    Features(*c, i, &features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    second_.Score(features.data(), features.size(), scores.data());
    for (int f : finite_verb_tags_) {
      float loss = scores[c->tags[i]] - scores[f];
      if (loss < least_loss) {
        least_loss = loss;
        *at = i;
        *tag = f;
      }
    }
  }
  return least_loss < 1e30f;
}

void Tagger::Tag(std::vector<Token>* tokens) const { TagWithFiniteVerb(tokens, {}); }

int Tagger::IndexOfTag(std::string_view tag) const {
  auto it = std::find(tags_.begin(), tags_.end(), tag);
  return it == tags_.end() ? -1 : static_cast<int>(it - tags_.begin());
}

std::string_view Tagger::XposAt(const Context& c, size_t i) const {
  const std::string& t = tags_[c.tags[i]];
  return std::string_view(t).substr(t.find('|') + 1);
}

void Tagger::AddFixedTags(const std::vector<std::pair<std::string, std::string>>& words) {
  for (const auto& [word, tag] : words) {
    if (int known = IndexOfTag(tag); known >= 0) fixed_[Describe(word).lower] = known;
  }
}

void Tagger::AddRareWordTags(const std::vector<std::pair<std::string, std::string>>& words) {
  std::vector<std::pair<std::string, std::string>> rare;
  for (const auto& word : words)
    if (!ambiguity_.count(Describe(word.first).lower)) rare.push_back(word);
  AddFixedTags(rare);
}

void Tagger::AddLowerCaseNouns(const std::vector<std::string>& words) {
  for (const std::string& w : words) lower_case_nouns_.insert(Describe(w).lower);
}

void Tagger::AddTitleNouns(const std::vector<std::string>& words) {
  for (const std::string& w : words) title_nouns_.insert(Describe(w).lower);
}

bool Tagger::TagWithFiniteVerb(std::vector<Token>* tokens, const std::vector<int>& candidates) const {
  Context c;
  Prepare(*tokens, &c);
  RunPass(first_, &c);
  std::vector<int> guesses = c.tags;
  std::vector<float> margins = c.margin;
  c.first_pass = &guesses;
  RunPass(second_, &c, &margins);
  bool forced = false;
  if (!candidates.empty()) {
    int at = -1, tag = -1;
    forced = FinitePredicate(&c, candidates, &at, &tag);
    if (forced) {
      c.forced_at = at;
      c.forced_tag = tag;
      RunPass(second_, &c, &margins);  // the words after it see the verb
    }
  }
  RetagPhraseFinalAdverbs(*tokens, &c);
  RetagByAgreement(*tokens, &c);
  RetagMainHave(*tokens, &c);
  RetagAgeNouns(*tokens, &c);
  RetagNameHyphens(*tokens, &c);
  for (size_t i = 0; i < tokens->size(); ++i) {
    const std::string& t = tags_[c.tags[i]];
    size_t bar = t.find('|');
    (*tokens)[i].upos = t.substr(0, bar);
    (*tokens)[i].xpos = t.substr(bar + 1);
  }
  return forced;
}

// "according to an early tally by X": a word training saw too seldom,
// read as an adverb for its "-ly", that closes a phrase opened by a
// determiner with only adjectives between ("an early tally", "an ally")
// is that phrase's noun; an adverb there would modify a word after it
// ("a newly built", "the most heavily populated"). On EWT train no adverb
// ending in "-ly" stands there.
void Tagger::RetagPhraseFinalAdverbs(const std::vector<Token>& tokens, Context* c) const {
  static const std::set<std::string, std::less<>> kDeterminers = {"DT", "PRP$", "WP$"};
  static const std::set<std::string, std::less<>> kPhraseEnds = {"IN", ",", ".", ":", "CC", "-RRB-", "''", "TO"};
  const int noun = IndexOfTag("NOUN|NN");
  if (noun < 0) return;
  auto xpos = [&](size_t j) { return XposAt(*c, j); };
  for (size_t i = 1; i < tokens.size(); ++i) {
    const std::string& form = tokens[i].form;
    if (xpos(i) != "RB" || c->ambiguity[i] != kNone || form.size() < 4 ||
        LowerAscii(form.substr(form.size() - 2)) != "ly")
      continue;
    if (i + 1 < tokens.size() && !kPhraseEnds.count(xpos(i + 1))) continue;
    size_t j = i - 1;
    while (j > 0 && (xpos(j) == "JJ" || xpos(j) == "JJS" || xpos(j) == "JJR")) --j;
    if (kDeterminers.count(xpos(j))) c->tags[i] = noun;
  }
}

void Tagger::RetagMainHave(const std::vector<Token>& tokens, Context* c) const {
  static const std::set<std::string, std::less<>> kHave = {"have", "has", "had", "having"};
  static const std::set<std::string, std::less<>> kSkipped = {"RB", "``", "''", "PRP", "NNP", "DT"};
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (upos_of_tag_[c->tags[i]] != "AUX" || !kHave.count(LowerAscii(tokens[i].form))) continue;
    // Only across quotation marks: elsewhere the parse and tagger agree
    // well enough ("had already left", "has the council decided").
    size_t j = i + 1;
    bool quoted = false;
    while (j < tokens.size() && kSkipped.count(XposAt(*c, j)) && j < i + 4) {
      quoted = quoted || XposAt(*c, j) == "``" || XposAt(*c, j) == "''";
      ++j;
    }
    if (!quoted || j >= tokens.size()) continue;
    const std::string_view next = XposAt(*c, j);
    if (next == "VBN" || next == "VBD" || next == "VBG") continue;
    const int verb = IndexOfTag("VERB|" + std::string(XposAt(*c, i)));
    if (verb >= 0) c->tags[i] = verb;
  }
}

// After a person's first and last name the model reads an attached hyphen
// as a comma ("Mary Jones-Smith left": "Smith" became a subject of its
// own). On EWT train and dev every hyphen with no space either side
// between two Title Case words is HYPH.
void Tagger::RetagNameHyphens(const std::vector<Token>& tokens, Context* c) const {
  const int hyphen = IndexOfTag("PUNCT|HYPH"), proper = IndexOfTag("PROPN|NNP");
  if (hyphen < 0) return;
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (tokens[i].form != "-" || tokens[i - 1].space_after || tokens[i].space_after) continue;
    if (!IsTitleCaseWord(tokens[i - 1].form) || !IsTitleCaseWord(tokens[i + 1].form)) continue;
    c->tags[i] = hyphen;
    // ("Trans-Pacific": a common noun's tag before a name's half is the name's.)
    const std::string_view before = XposAt(*c, i - 1);
    if (proper >= 0 && XposAt(*c, i + 1) == "NNP" && (before == "NN" || before == "NNS")) c->tags[i - 1] = proper;
  }
}

// "The 42-year-old, who …, told friends …": "old" closing "N-year-old"
// with no noun or adjective after it is the phrase's noun, a person ("the
// two 17-year-olds"); read as an adjective it heads no subject and the
// parse makes it the sentence's root.
void Tagger::RetagAgeNouns(const std::vector<Token>& tokens, Context* c) const {
  static const std::set<std::string, std::less<>> kNounLike = {"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD"};
  const int noun = IndexOfTag("NOUN|NN"), plural_noun = IndexOfTag("NOUN|NNS"), past = IndexOfTag("VERB|VBD");
  if (noun < 0 || plural_noun < 0) return;
  for (size_t i = 4; i < tokens.size(); ++i) {
    const std::string lower = LowerAscii(tokens[i].form);
    if ((lower != "old" && lower != "olds") || tokens[i - 1].form != "-" || tokens[i - 3].form != "-" ||
        XposAt(*c, i - 4) != "CD")
      continue;
    const std::string unit = LowerAscii(tokens[i - 2].form);
    if (unit != "year" && unit != "month" && unit != "week") continue;
    if (i + 1 < tokens.size() && kNounLike.count(XposAt(*c, i + 1))) continue;
    c->tags[i] = lower == "olds" ? plural_noun : noun;
    // Its verb next, read as a participle before a noun ("The 61-year-old
    // said trade would grow": "the said trade"), is the past tense; one
    // before a preposition describes the person ("… injured in the crash").
    if (past >= 0 && i + 2 < tokens.size() && XposAt(*c, i + 1) == "VBN" && XposAt(*c, i + 2) != "IN" &&
        XposAt(*c, i + 2) != "RP" && XposAt(*c, i + 2) != ",")
      c->tags[i + 1] = past;
  }
}

// On EWT train and dev, "that" before a plural noun is a determiner once in
// 44 ("said that countries ...": a complementizer), and an "-ing" word after
// a form of "be" a common noun 3 times in 1,070 (not counting "something"
// and its kin, pronouns there).
void Tagger::RetagByAgreement(const std::vector<Token>& tokens, Context* c) const {
  static const std::set<std::string, std::less<>> kBe = {"is",  "are",   "was", "were", "be", "been",
                                                         "'s",  "'re",   "'m",  "am",   "being"};
  static const std::set<std::string, std::less<>> kTimeWords = {
      "monday", "tuesday", "wednesday", "thursday", "friday",  "saturday", "sunday",  "today",     "yesterday",
      "tonight", "week",   "month",     "year",     "weekend", "morning",  "evening", "afternoon", "night"};
  static const std::set<std::string, std::less<>> kQuantitySubjects = {"several", "many", "some", "most",
                                                                        "few",     "others", "both"};
  // What may open the object or clause of a progressive ("is warning voters",
  // "is saying that"); a noun's phrase ends before a preposition or stop.
  static const std::set<std::string, std::less<>> kOpensPhrase = {"DT", "PRP", "PRP$", "NNP", "NNS", "NNPS", "CD", "IN"};
  const int complementizer = IndexOfTag("SCONJ|IN"), gerund = IndexOfTag("VERB|VBG"), noun = IndexOfTag("NOUN|NN");
  const int plural_noun = IndexOfTag("NOUN|NNS"), third_person = IndexOfTag("VERB|VBZ"), present = IndexOfTag("VERB|VBP");
  const int preposition = IndexOfTag("ADP|IN"), participle = IndexOfTag("VERB|VBN");
  if (complementizer < 0 || gerund < 0 || noun < 0 || plural_noun < 0 || third_person < 0 || present < 0 ||
      preposition < 0)
    return;
  auto xpos = [&](size_t j) { return XposAt(*c, j); };
  auto finite = [&](size_t j) { return xpos(j) == "VBD" || xpos(j) == "VBZ" || xpos(j) == "VBP" || xpos(j) == "MD"; };
  auto main_verb = [&](size_t j) { return upos_of_tag_[c->tags[j]] == "VERB"; };
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    const std::string lower = LowerAscii(tokens[i].form);
    const std::string prev = i > 0 ? LowerAscii(tokens[i - 1].form) : "";
    const std::string_view next = xpos(i + 1);
    if (lower == "that" && xpos(i) == "DT" && (next == "NNS" || next == "NNPS")) c->tags[i] = complementizer;
    // So with nouns before the plural, when a verb follows it ("told a
    // conference that price pressures had eased").
    if (lower == "that" && xpos(i) == "DT" && next == "NN") {
      size_t k = i + 1;
      while (k + 1 < tokens.size() && xpos(k) == "NN") ++k;
      if ((xpos(k) == "NNS" || xpos(k) == "NNPS") && k + 1 < tokens.size() && finite(k + 1)) c->tags[i] = complementizer;
    }
    // Nor right after a day or a span of time ("argued on Friday that photo
    // identification was …"): no "Friday that photo".
    if (lower == "that" && xpos(i) == "DT" && i > 0 && kTimeWords.count(LowerAscii(tokens[i - 1].form)))
      c->tags[i] = complementizer;
    if (i > 0 && xpos(i) == "NN" && lower.size() > 5 && lower.compare(lower.size() - 3, 3, "ing") == 0 &&
        lower.find("thing") == std::string::npos && kBe.count(LowerAscii(tokens[i - 1].form)) &&
        kOpensPhrase.count(next) && (next != "IN" || LowerAscii(tokens[i + 1].form) == "that"))
      c->tags[i] = gerund;
    // "would be better spent on X": no past tense follows a form of "be",
    // adverbs between or not; it is the participle.
    if (i > 0 && xpos(i) == "VBD" && main_verb(i)) {
      size_t j = i - 1;
      while (j > 0 && (xpos(j) == "RB" || xpos(j) == "RBR" || xpos(j) == "JJR")) --j;
      if (kBe.count(LowerAscii(tokens[j].form)) && participle >= 0) c->tags[i] = participle;
    }
    // ", warning that small firms were …": after a comma, with no article,
    // an -ing word before "that" is the participle of a report.
    if (i > 0 && xpos(i) == "NN" && lower.size() > 5 && lower.compare(lower.size() - 3, 3, "ing") == 0 &&
        lower.find("thing") == std::string::npos && prev == "," && LowerAscii(tokens[i + 1].form) == "that")
      c->tags[i] = gerund;
    // "said that footfall would fall": no verb comes between "that" and a
    // modal (EWT train and dev: pronouns, names and nouns only), so a word
    // read as one is the clause's subject, and "that" opens the clause.
    if (i > 0 && prev == "that" && (xpos(i) == "VBP" || xpos(i) == "VB") && next == "MD") {
      c->tags[i] = noun;
      c->tags[i - 1] = complementizer;
    }
    // "called the ruling a victory": "the" opens a noun, and a gerund after
    // it with a second phrase right after is that noun (EWT train and dev,
    // after "the", "a" or "an": 6 nouns there to 2 gerunds, both odd).
    if (i > 0 && xpos(i) == "VBG" && prev == "the" && (next == "DT" || next == "PRP$" || next == "PRP"))
      c->tags[i] = noun;
    if ((xpos(i) == "NNP" || xpos(i) == "NNPS") && tokens[i].form == lower && lower_case_nouns_.count(c->words[i].lower))
      c->tags[i] = xpos(i) == "NNP" ? noun : plural_noun;
    // "Dr. Ana Ruiz, a neurologist in Leeds, worries that …": a plural-looking
    // word right after a comma, before "that", with no verb in a tense before
    // it in the sentence, is the subject's verb (the name and its apposition
    // end at the comma).
    // So before a clause with no "that": a noun phrase, then its verb in a
    // tense or a modal ("Her cousin, Ana Ruiz, fears the bakery will close").
    auto clause_follows = [&]() {
      static const std::set<std::string_view> kPhrase = {"DT", "JJ", "NN", "NNS", "NNP", "NNPS",
                                                         "PRP", "PRP$", "CD", "POS"};
      size_t j = i + 1;
      while (j < tokens.size() && j < i + 6 && kPhrase.count(xpos(j))) ++j;
      return j > i + 1 && j < tokens.size() && (finite(j) || xpos(j) == "MD");
    };
    if (i > 1 && xpos(i) == "NNS" && prev == "," && lower.back() == 's' &&
        (LowerAscii(tokens[i + 1].form) == "that" || clause_follows())) {
      bool tensed = false;
      for (size_t j = 0; j < i && !tensed; ++j) tensed = finite(j);
      if (!tensed) c->tags[i] = third_person;
    }
    // "Ridership rose, he points out": a subject pronoun opens no noun
    // phrase; the noun after it is its verb.
    if (xpos(i) == "NNS" && (prev == "he" || prev == "she")) c->tags[i] = third_person;
    if (xpos(i) == "NN" && (prev == "they" || prev == "we")) c->tags[i] = present;
    // "The union said pay was low": a bare verb between a finite verb and
    // another has no clause of its own; it is the second verb's subject.
    if (i > 0 && xpos(i) == "VB" && finite(i - 1) && main_verb(i - 1) && finite(i + 1)) c->tags[i] = noun;
    // "Several now believe a cut is likely": a bare verb after a pronoun of
    // quantity opening the sentence (adverbs between) is that plural's
    // present tense, not an infinitive.
    if (i > 0 && xpos(i) == "VB" && main_verb(i)) {
      size_t j = i - 1;
      while (j > 0 && xpos(j) == "RB") --j;
      if (j == 0 && kQuantitySubjects.count(LowerAscii(tokens[0].form))) c->tags[i] = present;
    }
  }
  // "the firm's chief executive, said": after a possessive, adjectives with
  // no noun that close the phrase before a comma or a verb end in their noun
  // (on EWT train and dev 855 nouns there to 10 adjectives, most "own").
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    const std::string_view next = xpos(i + 1);
    if (xpos(i) != "JJ" || LowerAscii(tokens[i].form) == "own" ||
        (next != "," && next != "VBD" && next != "VBZ" && next != "VBP" && next != "MD"))
      continue;
    // (Not before a participle read as a past tense that goes with a noun
    // after it: "Ana's current pledged delegate lead".)
    const std::string_view after = i + 2 < tokens.size() ? xpos(i + 2) : "";
    if (next != "," && (after == "NN" || after == "NNS" || after == "JJ")) continue;
    // (Nouns may come first: "Its education critic, Ana Ruiz, said"; not
    // before a participle's adjective, "Ana's Server Unprotected, …".)
    size_t j = i - 1;
    while (j > 0 && xpos(j) == "JJ") --j;
    const std::string adjective = LowerAscii(tokens[i].form);
    const bool participle = adjective.size() > 2 && adjective.compare(adjective.size() - 2, 2, "ed") == 0;
    while (j > 0 && !participle && (xpos(j) == "NN" || xpos(j) == "NNS") &&
           (xpos(j - 1) == "NN" || xpos(j - 1) == "NNS" || xpos(j - 1) == "POS" || xpos(j - 1) == "PRP$"))
      --j;
    // (One adjective before a comma may be a predicate after a copula read
    // as a possessive: "The food's okay, but …".)
    if ((xpos(j) == "POS" || xpos(j) == "PRP$") && (j + 1 < i || next != ",")) c->tags[i] = noun;
  }
  // "The Provincial Teachers' Federation said": an apostrophe closing a plural
  // with no space before it and a noun after is its possessive (EWT tags 31
  // such, and two closing quotation marks, both with an opening one earlier).
  const int possessive = IndexOfTag("PART|POS");
  bool opened = false;  // a single quotation mark has opened and not closed
  for (size_t i = 0; i + 1 < tokens.size() && possessive >= 0; ++i) {
    const std::string& form = tokens[i].form;
    if (form != "'" && form != "\u2019" && form != "\u2018") continue;
    if (i == 0) {
      opened = true;
      continue;
    }
    const std::string& before = tokens[i - 1].form;
    const std::string_view next = xpos(i + 1);
    if (!opened && !tokens[i - 1].space_after && !before.empty() && before.back() == 's' &&
        (next == "NN" || next == "NNS" || next == "NNP" || next == "NNPS" || next == "JJ" || next == "CD")) {
      c->tags[i] = possessive;
      continue;
    }
    opened = tokens[i - 1].space_after ? true : !opened;
  }
  // "The forecasts suggest inflation will …" read "suggest" as a superlative:
  // on EWT no superlative but "most" and "best" follows a noun with no
  // determiner between, so a longer "-est" word there is the noun's verb
  // (not after an ordinal read as a noun: "the fifth highest").
  auto ordinal = [](const std::string& w) {
    return w == "first" || w == "second" || w == "third" || (w.size() > 2 && w.compare(w.size() - 2, 2, "th") == 0);
  };
  for (size_t i = 1; i < tokens.size(); ++i) {
    const std::string lower = LowerAscii(tokens[i].form);
    const std::string_view before = xpos(i - 1);
    if (xpos(i) == "JJS" && lower.size() >= 6 && lower.compare(lower.size() - 3, 3, "est") == 0 &&
        (before == "NN" || before == "NNS" || before == "NNPS") && !ordinal(LowerAscii(tokens[i - 1].form)))
      c->tags[i] = present;
  }
  // "Aides to the governor said …" read "Aides" as a verb in -s: opening the
  // sentence, with no subject before it, a preposition after it, it is a
  // plural noun ("Sources close to the talks", "Officials in Oslo").
  if (tokens.size() > 2 && xpos(0) == "VBZ" && upos_of_tag_[c->tags[0]] == "VERB" && xpos(1) == "IN" &&
      LowerAscii(tokens[1].form) != "that" && LowerAscii(tokens[1].form) != "like" && tokens[0].form.size() > 3 &&
      tokens[0].form.back() == 's')
    c->tags[0] = plural_noun;
  // "said job losses at the plant could be kept low", "told investors that
  // inventories at stores remained high": a word in -s after a noun (or
  // after "that" opening a verb's clause), then a preposition's phrase and
  // the clause's finite verb, is the plural subject, not a verb — unless
  // training saw the word only as a verb ("the firm says in its filing …").
  const uint64_t only_verb = Mix(0x616d62, tag_hash_[third_person]);
  for (size_t i = 1; i + 3 < tokens.size(); ++i) {
    const std::string lower = LowerAscii(tokens[i].form);
    if (xpos(i) != "VBZ" || !main_verb(i) || lower.size() <= 3 || lower.back() != 's' ||
        lower.compare(lower.size() - 2, 2, "'s") == 0)
      continue;
    auto seen = ambiguity_.find(Describe(tokens[i].form).lower);
    if (seen != ambiguity_.end() && seen->second == only_verb) continue;
    const bool after_noun = xpos(i - 1) == "NN" && std::islower(static_cast<unsigned char>(tokens[i - 1].form[0]));
    // ("that" after a verb, or after a verb and its hearer: "told investors that".)
    auto verb = [&](size_t j) { return xpos(j).substr(0, 2) == "VB"; };
    const std::string_view hearer = i >= 3 ? xpos(i - 2) : "";
    static const std::set<std::string, std::less<>> kInPhrase = {"DT", "PRP$", "JJ",   "JJR", "JJS",
                                                                 "NN", "NNS",  "NNP", "NNPS", "CD", "POS"};
    // (Or after a verb and where or when it was said: "said in a statement
    // that", "wrote on Friday that".)
    auto after_phrase = [&]() {
      size_t j = i - 2;
      while (j > 1 && i - 2 - j < 5 && (kInPhrase.count(xpos(j)) || xpos(j) == "VBN")) --j;  // "an emailed statement"
      return j + 2 < i && j > 0 && xpos(j) == "IN" && verb(j - 1);
    };
    const bool opens_clause =
        LowerAscii(tokens[i - 1].form) == "that" && i >= 2 &&
        (verb(i - 2) || ((hearer == "NNS" || hearer == "NNP" || hearer == "PRP") && verb(i - 3)) || after_phrase());
    static const std::set<std::string, std::less<>> kNoPhrase = {"that", "like", "as",      "if",
                                                                 "than", "because", "whether"};
    // (Or the clause's verb right after it: "told analysts that costs had
    // eased" — a verb in "-s" takes no verb in a tense after it.)
    // (After a hearer with its determiner too: "told the committee that
    // costs had" — a relative clause's verb would have an object.)
    const bool after_hearer = LowerAscii(tokens[i - 1].form) == "that" && i >= 4 && xpos(i - 2) == "NN" &&
                              xpos(i - 3) == "DT" && verb(i - 4);
    const bool verb_next = (opens_clause || after_hearer) && finite(i + 1);
    if (!verb_next) {
      if ((!after_noun && !opens_clause) || (xpos(i + 1) != "IN" && xpos(i + 1) != "TO") ||
          kNoPhrase.count(LowerAscii(tokens[i + 1].form)))
        continue;
      size_t j = i + 2;
      int nouns = 0;
      // (Phrases inside it too: "diversions around the Cape of Good Hope were".)
      for (; j < tokens.size() && j <= i + 8 &&
             (kInPhrase.count(xpos(j)) || (xpos(j) == "IN" && nouns > 0 && LowerAscii(tokens[j].form) != "that"));
           ++j)
        nouns += xpos(j).substr(0, 2) == "NN";
      if (nouns == 0 || j == tokens.size() || !finite(j)) continue;
    }
    c->tags[i] = plural_noun;
    // Its "that" opens the clause: no determiner nor relative pronoun.
    size_t k = i - 1;
    while (k > 0 && xpos(k) == "NN") --k;
    if (LowerAscii(tokens[k].form) == "that" && (xpos(k) == "DT" || xpos(k) == "WDT")) c->tags[k] = complementizer;
  }
  // "The airline disputes that figure, saying …": "that" right after a
  // finite verb opens no relative clause (no noun before it), and as a
  // subordinator it would need a subject; before a bare present verb it is
  // the word's determiner and the word a noun ("thinks that help is near").
  const int determiner = IndexOfTag("DET|DT");
  for (size_t i = 1; determiner >= 0 && i + 1 < tokens.size(); ++i) {
    const std::string_view before = xpos(i - 1);
    if (LowerAscii(tokens[i].form) == "that" && (xpos(i) == "WDT" || xpos(i) == "IN") && xpos(i + 1) == "VBP" &&
        (before == "VBZ" || before == "VBD" || before == "VBP")) {
      c->tags[i] = determiner;
      c->tags[i + 1] = noun;
    }
  }
  // "Harriers coach Mina Solberg said": a noun of an office or trade read as
  // a verb before a name and the name's finite verb is the name's title. So
  // is a word training never saw before a name of two words set off by
  // commas ("her partner, sommelier Ana Ruiz, who …").
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (!main_verb(i) || tokens[i].form != LowerAscii(tokens[i].form)) continue;
    const bool title = title_nouns_.count(c->words[i].lower) > 0;
    if (!title && (c->ambiguity[i] != kNone || i == 0 || tokens[i - 1].form != ",")) continue;
    size_t k = i + 1;
    while (k < tokens.size() && (xpos(k) == "NNP" || xpos(k) == "NNPS")) ++k;
    if (k < tokens.size() && ((title && k > i + 1 && finite(k)) || (k > i + 2 && tokens[k].form == ",")))
      c->tags[i] = noun;
  }
  // "Seven in 10 voters say": a number word opening the sentence before a
  // lower-case word is a number, not a name ("Seven Oaks" stays one).
  static const std::set<std::string, std::less<>> kNumberWords = {
      "one",      "two",      "three",     "four",     "five",     "six",     "seven",   "eight",
      "nine",     "ten",      "eleven",    "twelve",   "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty",   "thirty",   "forty",   "fifty",   "sixty",
      "seventy",  "eighty",   "ninety",    "hundred",  "thousand", "hundreds"};
  const int number = IndexOfTag("NUM|CD");
  if (tokens.size() > 2 && number >= 0 && xpos(0) == "NNP" && kNumberWords.count(LowerAscii(tokens[0].form)) &&
      !tokens[1].form.empty() && std::islower(static_cast<unsigned char>(tokens[1].form[0])))
    c->tags[0] = number;
  // "Progress Alliance leader Ana Ruiz said": a capitalized noun opening the
  // sentence before a proper noun that a common one follows is the first
  // word of a name (EWT's opening common nouns before a proper one are titles
  // before a name, "Judge Samuel Alito", and "Thanks").
  const int proper = IndexOfTag("PROPN|NNP");
  if (tokens.size() > 3 && proper >= 0 && xpos(0) == "NN" && !tokens[0].form.empty() &&
      std::isupper(static_cast<unsigned char>(tokens[0].form[0])) && xpos(1) == "NNP" &&
      (xpos(2) == "NN" || xpos(2) == "NNS") && !tokens[2].form.empty() &&
      std::islower(static_cast<unsigned char>(tokens[2].form[0])))
    c->tags[0] = proper;
  // "…, documents obtained by the newspaper show.": a closing verb of
  // showing or saying after a participle's phrase set off by a comma is
  // the phrase's verb, not a compound's noun ("a reality show" has none).
  static const std::set<std::string, std::less<>> kClosingReports = {"show",     "shows",     "suggest", "suggests",
                                                                      "indicate", "indicates", "say",     "says"};
  if (tokens.size() > 4) {
    size_t last = tokens.size() - 1;
    if (xpos(last) == ".") --last;
    const std::string closing = LowerAscii(tokens[last].form);
    bool participle = false;
    size_t k = last;
    while (k > 0 && xpos(k - 1) != ",") {
      --k;
      participle = participle || xpos(k) == "VBN";
    }
    if ((xpos(last) == "NN" || xpos(last) == "NNS") && kClosingReports.count(closing) && k > 1 && participle &&
        (xpos(last - 1) == "NN" || xpos(last - 1) == "NNS" || xpos(last - 1) == "NNP"))
      c->tags[last] = closing.back() == 's' ? third_person : present;
  }
  // "in a letter to regulators last year", "to teammates": no base or present
  // verb ends in a consonant or "e" and "s" (on EWT train and dev only
  // "sms", a misspelt "posses" and a misannotation); such a word is a plural
  // noun, and a "to" before it its preposition.
  for (size_t i = 1; i < tokens.size(); ++i) {
    const std::string lower = LowerAscii(tokens[i].form);
    if ((xpos(i) != "VB" && xpos(i) != "VBP") || lower.size() < 4 || lower.back() != 's' ||
        !std::isalpha(static_cast<unsigned char>(lower[lower.size() - 2])) ||
        std::string_view("aiousy").find(lower[lower.size() - 2]) != std::string_view::npos)
      continue;
    c->tags[i] = plural_noun;
    if (xpos(i - 1) == "TO") c->tags[i - 1] = preposition;
  }
}

Perceptron Tagger::TrainPass(const std::vector<const TreebankSentence*>& train,
                             const std::vector<std::vector<int>>* first_pass,
                             const TaggerOptions& options, std::ostream* log) const {
  PerceptronTrainer trainer(static_cast<int>(tags_.size()));
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  Context c;
  std::vector<uint64_t> features;
  std::vector<float> scores(tags_.size());
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const TreebankSentence& s = *train[idx];
      Prepare(s.tokens, &c);
      c.first_pass = first_pass ? &(*first_pass)[idx] : nullptr;
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        int gold = TagIndex(s.tokens[i]);
        auto fixed = fixed_.find(c.words[i].lower);
        if (fixed != fixed_.end()) {
          c.tags[i] = fixed->second;
          continue;
        }
        Features(c, i, &features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(features.data(), features.size(), scores.data());
        int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        trainer.Update(features.data(), features.size(), gold, guess);
        trainer.Tick();
        c.tags[i] = guess;
        correct += guess == gold;
        ++total;
      }
    }
    if (log)
      *log << "tagger: pass " << (first_pass ? 2 : 1) << " epoch " << epoch + 1
           << ": training accuracy " << 100.0 * correct / std::max<size_t>(total, 1) << "%\n";
  }
  return trainer.Average(0.0f, options.min_updates);
}

int Tagger::TagIndex(const Token& t) const {
  auto it = std::lower_bound(tags_.begin(), tags_.end(), t.upos + "|" + t.xpos);
  return it != tags_.end() && *it == t.upos + "|" + t.xpos ? static_cast<int>(it - tags_.begin()) : 0;
}

Tagger Tagger::Train(const std::vector<const TreebankSentence*>& train, const TaggerOptions& options,
                     std::ostream* log) {
  Tagger t;
  std::map<uint64_t, std::map<int, int>> counts;       // lower form -> tag -> count
  std::map<uint64_t, std::map<int, int>> form_counts;  // exact form -> tag -> count
  std::set<std::string> tags;
  for (const TreebankSentence* s : train)
    for (const Token& tok : s->tokens) tags.insert(tok.upos + "|" + tok.xpos);
  t.tags_.assign(tags.begin(), tags.end());
  for (const std::string& tag : t.tags_) t.tag_hash_.push_back(HashString(tag));
  t.IndexTags();
  for (const TreebankSentence* s : train)
    for (const Token& tok : s->tokens) {
      int tag = t.TagIndex(tok);
      ++counts[HashString(LowerAscii(tok.form))][tag];
      ++form_counts[Mix(HashString(tok.form), 0x666f726d)][tag];
    }
  for (const auto& [word, by_tag] : counts) {
    int total = 0, best = 0, best_tag = 0;
    for (const auto& [tag, n] : by_tag) {
      total += n;
      if (n > best) best = n, best_tag = tag;
    }
    if (total >= kAmbiguityMinCount) {
      uint64_t h = 0x616d62;
      for (const auto& [tag, n] : by_tag)
        if (n * 10 >= total) h = Mix(h, t.tag_hash_[tag]);
      t.ambiguity_[word] = h;
    }
    if (total >= kFixedMinCount && best >= kFixedMinShare * total) t.fixed_[word] = best_tag;
  }
  for (const auto& [form, by_tag] : form_counts) {
    int total = 0;
    for (const auto& [tag, n] : by_tag) total += n;
    if (total < kAmbiguityMinCount) continue;
    uint64_t h = 0x666f726d;
    for (const auto& [tag, n] : by_tag)
      if (n * 10 >= total) h = Mix(h, t.tag_hash_[tag]);
    t.ambiguity_[form] = h;
  }
  // The second pass learns from first-pass tags as good as on unseen text:
  // each fold is tagged by a first pass trained on the other folds.
  std::vector<std::vector<int>> guesses(train.size());
  for (int fold = 0; fold < options.folds; ++fold) {
    std::vector<const TreebankSentence*> rest;
    for (size_t i = 0; i < train.size(); ++i)
      if (static_cast<int>(i % options.folds) != fold) rest.push_back(train[i]);
    Perceptron model = t.TrainPass(rest, nullptr, options, nullptr);
    for (size_t i = fold; i < train.size(); i += options.folds) {
      Context c;
      t.Prepare(train[i]->tokens, &c);
      t.RunPass(model, &c);
      guesses[i] = c.tags;
    }
    if (log) *log << "tagger: fold " << fold + 1 << " of " << options.folds << " tagged\n";
  }
  t.first_ = t.TrainPass(train, nullptr, options, log);
  t.second_ = t.TrainPass(train, &guesses, options, log);
  return t;
}

void Tagger::Save(ModelWriter* out) const {
  out->AddStrings("tags", tags_);
  std::vector<uint64_t> amb_keys, amb_values, fixed_keys, fixed_values;
  std::map<uint64_t, uint64_t> amb(ambiguity_.begin(), ambiguity_.end());
  for (const auto& [k, v] : amb) amb_keys.push_back(k), amb_values.push_back(v);
  std::map<uint64_t, int> fixed(fixed_.begin(), fixed_.end());
  for (const auto& [k, v] : fixed) fixed_keys.push_back(k), fixed_values.push_back(v);
  out->AddArray("ambiguity.keys", amb_keys);
  out->AddArray("ambiguity.values", amb_values);
  out->AddArray("fixed.keys", fixed_keys);
  out->AddArray("fixed.values", fixed_values);
  first_.Save(out, "first");
  second_.Save(out, "second");
}

Tagger Tagger::Load(const ModelFile& in) {
  Tagger t;
  t.tags_ = in.Strings("tags");
  if (t.tags_.empty()) in.Fail("no tags");
  for (const std::string& tag : t.tags_) {
    if (tag.find('|') == std::string::npos) in.Fail("tag without '|'");
    t.tag_hash_.push_back(HashString(tag));
  }
  t.IndexTags();
  auto amb_keys = in.Array<uint64_t>("ambiguity.keys");
  auto amb_values = in.Array<uint64_t>("ambiguity.values");
  auto fixed_keys = in.Array<uint64_t>("fixed.keys");
  auto fixed_values = in.Array<uint64_t>("fixed.values");
  if (amb_keys.size() != amb_values.size() || fixed_keys.size() != fixed_values.size())
    in.Fail("dictionary sizes disagree");
  t.ambiguity_.reserve(amb_keys.size());
  for (size_t i = 0; i < amb_keys.size(); ++i) t.ambiguity_[amb_keys[i]] = amb_values[i];
  for (size_t i = 0; i < fixed_keys.size(); ++i) {
    if (fixed_values[i] >= t.tags_.size()) in.Fail("fixed tag out of range");
    t.fixed_[fixed_keys[i]] = static_cast<int>(fixed_values[i]);
  }
  t.first_ = Perceptron::Load(in, "first");
  t.second_ = Perceptron::Load(in, "second");
  if (t.first_.classes() != static_cast<int>(t.tags_.size()) ||
      t.second_.classes() != static_cast<int>(t.tags_.size()))
    in.Fail("tag count disagrees");
  return t;
}

}  // namespace ng::nlp
