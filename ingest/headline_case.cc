#include "ingest/headline_case.h"

#include <string>
#include <unordered_map>

#include "ingest/nlp/lemmatizer.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

bool IsLetter(char c) { return IsUpper(c) || IsLower(c); }

// A capitalized word, not an acronym: "Vows", "Pre-Season"; not "NATO", "U.S.".
bool Capitalized(std::string_view w) {
  if (w.empty() || !StartsUpper(w)) return false;
  for (char c : w.substr(1))
    if (IsLower(c)) return true;
  return false;
}

// How the body writes each word (lower case): in lower case, and capitalized
// where no sentence starts (a name, "in Washington").
struct CaseUses {
  int lower = 0;
  int capitalized = 0;
};

std::unordered_map<std::string, CaseUses> BodyCase(std::string_view body) {
  std::unordered_map<std::string, CaseUses> uses;
  bool sentence_start = true;
  for (size_t i = 0; i < body.size();) {
    if (!IsLetter(body[i])) {
      char c = body[i];
      // After these a capital says nothing: a sentence, a quotation or a line may start.
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || c == '(' ||
          (c & 0x80))
        sentence_start = true;
      else if (c != ' ' && c != '\t')
        sentence_start = false;
      ++i;
      continue;
    }
    size_t end = i;
    while (end < body.size() && IsLetter(body[end])) ++end;
    std::string_view w = body.substr(i, end - i);
    if (IsLower(w[0])) ++uses[Lower(std::string(w))].lower;
    else if (!sentence_start && Capitalized(w)) ++uses[Lower(std::string(w))].capitalized;
    sentence_start = false;
    i = end;
  }
  return uses;
}

// A common English word: a lemma of a common word in the tagger's training,
// itself or as an inflected form ("hammers", "vowed").
bool CommonWord(const std::string& lower, const nlp::Lemmatizer& lemmatizer) {
  if (lemmatizer.IsCommonLemma(lower)) return true;
  static const char* const kInflected[][2] = {{"NOUN", "NNS"}, {"VERB", "VBZ"}, {"VERB", "VBD"},
                                              {"VERB", "VBG"}, {"VERB", "VBN"}};
  for (const auto& [upos, xpos] : kInflected) {
    std::string lemma = lemmatizer.Lemma(lower, upos, xpos);
    if (lemma != lower && lemmatizer.IsCommonLemma(lemma)) return true;
  }
  return false;
}

// The form a headline word is tagged in: lower case unless the body writes
// it as a name, or never writes it and it is no common word.
std::string TaggingForm(const std::string& form, const std::unordered_map<std::string, CaseUses>& body,
                        const nlp::Lemmatizer& lemmatizer) {
  std::string lower = Lower(form);
  // Each part of "Pre-Season" on its own.
  size_t part_start = 0;
  for (size_t i = 0; i <= lower.size(); ++i) {
    if (i < lower.size() && IsLetter(lower[i])) continue;
    if (i > part_start) {
      std::string part = lower.substr(part_start, i - part_start);
      auto seen = body.find(part);
      if (seen != body.end() && seen->second.capitalized > 0) return form;
      if ((seen == body.end() || seen->second.lower == 0) && !CommonWord(part, lemmatizer)) return form;
    }
    part_start = i + 1;
  }
  return lower;
}

}  // namespace

bool IsTitleCaseHeadline(std::string_view headline) {
  int longer = 0, capitalized = 0;
  bool first = true;
  for (size_t i = 0; i < headline.size();) {
    if (!IsLetter(headline[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < headline.size() && IsLetter(headline[end])) ++end;
    std::string_view w = headline.substr(i, end - i);
    // Short words ("of", "to", "and") are lower case in many house styles.
    if (!first && w.size() >= 4) {
      ++longer;
      capitalized += StartsUpper(w);
    }
    first = false;
    i = end;
  }
  return longer >= 3 && 4 * capitalized >= 3 * longer;
}

std::vector<nlp::Sentence> AnalyzeTitleCaseHeadline(std::string_view headline, std::string_view body,
                                                    const nlp::Pipeline& syntax,
                                                    std::vector<std::pair<size_t, size_t>>* lowered) {
  const std::unordered_map<std::string, CaseUses> uses = BodyCase(body);
  std::vector<nlp::Sentence> sentences = syntax.Segment(headline);
  for (nlp::Sentence& s : sentences) {
    std::vector<std::string> forms;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      nlp::Token& t = s.tokens[i];
      forms.push_back(t.form);
      // The first word, and the first after a colon ("Survey: Riders …"), start a sentence.
      bool starts = i == 0 || s.tokens[i - 1].form == ":";
      if (!starts && Capitalized(t.form)) t.form = TaggingForm(t.form, uses, syntax.lemmatizer());
      if (t.form != forms.back()) lowered->emplace_back(t.begin, t.end);
    }
    syntax.Annotate(&s);
    for (size_t i = 0; i < s.tokens.size(); ++i) s.tokens[i].form = forms[i];
  }
  return sentences;
}

}  // namespace ng::ingest
